"""A page listing dated entries prints each day on a line of one form, latest first: a broadcast's
briefs under "November 28, Thursday, 2019 (2:00 p.m.) Read by …", then "November 27, Wednesday, 2019
(2:00 p.m.) Read by …". Such a line above every title is the list's first day, not a site's clock
(a clock prints the day it is read once, never again in the same form lower down); so is a day line
naming who wrote or read what it dates ("… (2:00 p.m.) Read by Ms. …", alone on its page).

    >>> first = "November 28, Thursday, 2019 (2:00 p.m.) Read by Ms. A"
    >>> same_form(first, "November 27, Wednesday, 2019 (2:00 p.m.) Read by Mr. B", "November 28, Thursday, 2019",
    ...           "November 27, Wednesday, 2019")
    True
    >>> same_form("Thursday, November 28, 2019", "November 27, 2019 | Politics", "Thursday, November 28, 2019",
    ...           "November 27, 2019")
    False
    >>> signed("September 7, Friday, 2018 (2:00 p.m.) Read by Ms. Sara Macdonald", "September 7, Friday, 2018")
    True
    >>> signed("Friday, September 7, 2018 | Subscribe", "Friday, September 7, 2018")
    False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORDS_AFTER = 4  # the words after the day that make its line's form ("(2:00 p.m.) Read by")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _form(line: str, date_text: str) -> tuple[str, str] | None:
    before, found, after = line.partition(date_text)
    if not found or not after.split():
        return None  # a date alone has no form to share: a clock's line may be one
    date_shape = _LETTERS.sub("a", _DIGITS.sub("9", date_text))  # "November 28, Thursday, 2019": "a 9, a, 9"
    return before.strip(), date_shape + " " + " ".join(after.split()[:_WORDS_AFTER])


def same_form(line: str, other: str, date_text: str, other_date_text: str) -> bool:
    """Whether two date lines print their days in one form, with the same words after them."""
    form = _form(line, date_text)
    return form is not None and form == _form(other, other_date_text)


# "September 7, Friday, 2018 (2:00 p.m.) Read by Ms. Sara Macdonald and …": the day signed by who wrote or read
# what is under it, a post's or a broadcast's own line (a clock names no one).
_SIGNED_AFTER = re.compile(r"^[\s(),.:\dapm]{0,20}(?:[Rr]ead|[Ww]ritten|[Pp]osted|[Pp]resented)?\s*\b[Bb]y\s+"
                           r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]+\s+[A-Z]")


def signed(line: str, date_text: str) -> bool:
    """Whether the words after a line's day name who wrote or read what it dates."""
    _, found, after = line.partition(date_text)
    return bool(found) and _SIGNED_AFTER.match(after) is not None


def not_clocks(above: set[int], dates: Sequence) -> set[int]:
    """Of the date lines above every title (their indexes in `dates`, PrintedDate), those that a later date
    line repeats in form with another day (entries of a dated list), or that name who wrote or read what
    they date: not a site's clock."""
    return {index for index in above
            if signed(dates[index].line, dates[index].text)
            or any(other.value != dates[index].value
                   and same_form(dates[index].line, other.line, dates[index].text, other.text)
                   for other in dates[index + 1:])}
