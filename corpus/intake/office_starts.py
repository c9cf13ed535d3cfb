"""A yearless dateline's year from an officeholder taking office on its day.

"Tokyo, Sept. 16 (Jiji Press)--Japan's parliament, the Diet, on Wednesday elected Yoshihide Suga
... as prime minister": a lead that tells of a listed holder (`corpus/offices.json`) being
elected, chosen, named, sworn in or inaugurated to the office on the dateline's day, that day the
first of one of the holder's terms, and the weekday the lead names that day's (a story a year
later recalling the election names another weekday, and a lead naming none is not read).
The holder is named by full name, the office by its title in any case ("as prime minister").
"""

from __future__ import annotations

import datetime
import json
import re
from functools import lru_cache

from corpus.intake.office_years import OFFICES_FILE, OfficeYear, _latin_name

_TAKING_OFFICE = re.compile(
    r"(?i)\b(?:elect(?:s|ed)?|cho(?:se|sen|oses)|pick(?:s|ed)?|name[sd]?|appoint(?:s|ed)?|sworn\s+in"
    r"|inaugurated|becomes|became|t(?:ook|akes)\s+office)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=1)
def _starts() -> tuple[tuple[re.Pattern[str], re.Pattern[str], tuple[datetime.date, ...], str], ...]:
    """(the holder's names, the office's titles, the first days of the terms, who) per holder."""
    data = json.loads(OFFICES_FILE.read_text(encoding="utf-8"))
    starts = []
    for entry in data["holders"]:
        latin = [name for name in entry["names"] if name.isascii()]
        if not latin:
            continue
        titles = data["offices"][entry["office"]]["titles"]
        starts.append((re.compile(rf"\b(?:{'|'.join(map(_latin_name, latin))})\b"),
                       re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, titles))})\b"),
                       tuple(datetime.date.fromisoformat(first) for first, _ in entry["terms"]),
                       f"{titles[0]} {latin[0]}"))
    return tuple(starts)


def year_of_taking_office(month: int, day: int, lead: str) -> OfficeYear | None:
    """The one year in which a holder the lead tells of taking office began a term on
    `month`/`day`, the lead's weekday that day's; or None (see the module's doc)."""
    if not _TAKING_OFFICE.search(lead):
        return None
    found = {}
    for names, titles, firsts, who in _starts():
        if not (names.search(lead) and titles.search(lead)):
            continue
        for first in firsts:
            if (first.month, first.day) == (month, day) and _named_weekday(lead) == first.weekday():
                found[first.year] = who
    if len(found) != 1:
        return None
    year, who = found.popitem()
    return OfficeYear(year, f"the lead's {who} taking office, whose term began on "
                            f"{_WEEKDAYS[datetime.date(year, month, day).weekday()]} {day} "
                            f"{datetime.date(year, month, day):%B} {year}, the weekday the lead names")


def _named_weekday(lead: str) -> int | None:
    named = {index for index, name in enumerate(_WEEKDAYS) if re.search(rf"\b{name}\b", lead)}
    return named.pop() if len(named) == 1 else None
