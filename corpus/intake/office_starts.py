"""A yearless dateline's year from an officeholder taking office on its day.

"Tokyo, Sept. 16 (Jiji Press)--Japan's parliament, the Diet, on Wednesday elected Yoshihide Suga
... as prime minister": a lead that tells of a listed holder (`corpus/offices.json`) being
elected, chosen, named, sworn in or inaugurated to the office on the dateline's day, that day the
first of one of the holder's terms, and the weekday the lead names that day's (a story a year
later recalling the election names another weekday, and a lead naming none is not read).
The holder is named by full name, the office by its title in any case ("as prime minister").
"""

from __future__ import annotations

import calendar
import re

from corpus.date_patterns import WEEKDAYS
from corpus.intake.office_years import OfficeYear, holders

_TAKING_OFFICE = re.compile(
    r"(?i)\b(?:elect(?:s|ed)?|cho(?:se|sen|oses)|pick(?:s|ed)?|name[sd]?|appoint(?:s|ed)?|sworn\s+in"
    r"|inaugurated|becomes|became|t(?:ook|akes)\s+office)\b")


def year_of_taking_office(month: int, day: int, lead: str) -> OfficeYear | None:
    """The one year in which a holder the lead tells of taking office began a term on
    `month`/`day`, the lead's weekday that day's; or None (see the module's doc)."""
    if not _TAKING_OFFICE.search(lead):
        return None
    found = {}
    weekday = _named_weekday(lead)
    for holder in holders():
        if not (holder.names.search(lead) and holder.titles.search(lead)):
            continue
        for first, _ in holder.terms:
            if (first.month, first.day) == (month, day) and weekday == first.weekday():
                found[first.year] = f"{holder.title} {holder.name}"
    if len(found) != 1:
        return None
    year, who = found.popitem()
    return OfficeYear(year, f"the lead's {who} taking office, whose term began on "
                            f"{WEEKDAYS[weekday]} {day} {calendar.month_name[month]} {year}, "
                            f"the weekday the lead names")


def _named_weekday(lead: str) -> int | None:
    named = {index for index, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", lead)}
    return named.pop() if len(named) == 1 else None
