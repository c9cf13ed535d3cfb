"""Arabic date lines that print a month by both its names, the Levantine and the Egyptian, as
Jordanian and Syrian sites do: "الجمعة 23 آب / أغسطس 2019" (August by both), the day sometimes with an
English ordinal from the site's template ("23rd آب / أغسطس 2019"). The two names must agree: a pair
naming two months is left unread. The Levantine names of two words ("تشرين الأول", October) are read
here too.
"""
from __future__ import annotations

import re

_NAMES = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4, "ابريل": 4,
    "إبريل": 4, "نيسان": 4, "مايو": 5, "أيار": 5, "يونيو": 6, "يونيه": 6, "حزيران": 6, "يوليو": 7,
    "يوليه": 7, "تموز": 7, "أغسطس": 8, "اغسطس": 8, "آب": 8, "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10,
    "اكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12,
}
_NAME = "|".join(name.replace(" ", r"\s+") for name in sorted(_NAMES, key=len, reverse=True))
_DATE = re.compile(rf"(?<![\w.:,])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<first>{_NAME})(?!\w)"
                   rf"(?:\s*/\s*(?P<second>{_NAME})(?!\w))?\s+(?P<year>(?:19|20)\d\d)(?!\d)")


def _number(name: str) -> int:
    return _NAMES[" ".join(name.split())]


def arabic_dates(text: str):
    """(start, end, (year, month, day)) of each date printed with an Arabic month's name or two."""
    for match in _DATE.finditer(text):
        month = _number(match["first"])
        if match["second"] and _number(match["second"]) != month:
            continue
        yield match.start(), match.end(), (int(match["year"]), month, int(match["day"]))
