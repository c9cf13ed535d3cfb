"""The dates that `corpus.dates` reads in the text of pages in other languages: a day and a
month named as French, Spanish, Italian, Indonesian or Turkish pages name them ("mercredi 23
novembre", "14 Kasım 2016", "22 nov."; their names are the intake's, `corpus.intake.languages`), Korean and
Japanese calendar dates ("2019년 8월 22일", "2019年8月22日", "8月22日"), and a day written in
figures whose order no reading doubts ("14/11/2016": no month is 14; "11/23/2016"). A date
without its year is resolved as "Nov. 23" is.

    >>> FOREIGN_DAY_PATTERNS[0].search("ont signé mercredi 23 novembre un accord")["month"]
    'novembre'
"""

from __future__ import annotations

import re

from corpus.intake.languages import MONTH_NAMES, WEEKDAY_NAMES, foreign_month

# (not Malay's "Mac", a name in English text: "3 Mac computers")
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(set(MONTH_NAMES) - {"mac"}, key=len, reverse=True)) + r"))(?!\w)"
# Months cut short with a full stop, in lower case as these languages write them ("Roma, 22 nov.").
# (not Italian's "ago.", which English ends sentences with)
_ABBREVIATED = {"gen": 1, "genn": 1, "janv": 1, "ene": 1, "feb": 2, "febbr": 2, "févr": 2, "fév": 2, "mar": 3,
                "apr": 4, "avr": 4, "abr": 4, "mag": 5, "giu": 6, "lug": 7, "juil": 7, "set": 9,
                "sett": 9, "sept": 9, "ott": 10, "oct": 10, "okt": 10, "nov": 11, "dic": 12, "déc": 12, "dez": 12}
_MONTH_OR_ABBREVIATED = (_MONTH[:-len(r"))(?!\w)")] + r"))(?!\w)"
                         + r"|(?P<abbreviated>" + "|".join(sorted(_ABBREVIATED, key=len, reverse=True)) + r")\.")
_WEEKDAY = r"(?:(?i:" + "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True)) + r")(?!\w),?\s+)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?!\d)"
_CJK_YEAR = r"(?:(?P<year>1[5-9]\d\d|20\d\d)\s*[年년]\s*)?"
_DAY_NOT_MONTH = r"(?:1[3-9]|2\d|3[01])"  # a number no month has
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"

FOREIGN_DAY_PATTERNS = (
    # "mercredi 23 novembre", "23 novembre 2016", "14 de noviembre de 2016", "1er décembre"
    re.compile(rf"(?<![\w.:,/]){_WEEKDAY}(?P<day>[0-3]?\d)(?:er|º)?\.?\s+(?:de\s+)?(?:{_MONTH_OR_ABBREVIATED})"
               rf"(?:\.?,?\s+(?:(?i:de|del)\s+)?{_YEAR})?"),
    # "2019년 8월 22일", "2019年8月22日", "8月22日"
    re.compile(rf"(?<!\d){_CJK_YEAR}(?P<month>{_MONTH_NUMBER})\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"),
    # "14/11/2016" (day first) and "11/23/2016" (month first), never "11/12/2016"
    re.compile(rf"(?<![\w/.])(?:(?P<day>{_DAY_NOT_MONTH})/(?P<month>{_MONTH_NUMBER})"
               rf"|(?P<month_first>{_MONTH_NUMBER})/(?P<day_second>{_DAY_NOT_MONTH}))/{_YEAR}(?![\w/])"),
)
# What each pattern's every match holds: where `corpus.date_scan` looks for them.
# (in lower case, as `corpus.date_scan` finds them in a text folded to it: "kasım" is "kasim")
MONTH_WORDS = tuple(sorted({name.lower().replace("\u0131", "i").replace("\u0130", "i")
                            for name in (*MONTH_NAMES, *(f"{short}." for short in _ABBREVIATED))} - {"mac"}))
CJK_MONTH = re.compile(r"[月월]")
FIGURES_DATE = re.compile(r"\d/\d")


def month_of(match: re.Match) -> int:
    """The month's number of a match of `FOREIGN_DAY_PATTERNS`."""
    groups = match.groupdict()
    if groups.get("abbreviated"):
        return _ABBREVIATED[groups["abbreviated"]]
    month = match["month"] or groups.get("month_first")
    return int(month) if month.isdigit() else foreign_month(month)


def day_of(match: re.Match) -> int:
    return int(match["day"] or match.groupdict().get("day_second"))
