"""A yearless dateline's year from an officeholder taking office on its day.

"Tokyo, Sept. 16 (Jiji Press)--Japan's parliament, the Diet, on Wednesday elected Yoshihide Suga
... as prime minister": a lead that tells of a listed holder (`corpus/offices.json`) being
elected, chosen, named, sworn in or inaugurated to the office on the dateline's day, that day the
first of one of the holder's terms, and the weekday the lead names that day's (a story a year
later recalling the election names another weekday, and a lead naming none is not read).
The holder is named by full name, the office by its title in any case ("as prime minister").
A Japanese, Chinese or Korean lead names the day itself rather than its weekday: "【10月1日 AFP】
1日に召集された臨時国会で、自民党総裁の石破茂氏が新たな首相に選ばれた。" (the holder by a name in
its script, the office taken in its words, the dateline's day as "1日", no anniversary's "年前").
"""

from __future__ import annotations

import calendar
import re

from corpus.date_patterns import WEEKDAYS
from corpus.intake.office_years import OfficeYear, holders

_TAKING_OFFICE = re.compile(
    r"(?i)\b(?:elect(?:s|ed)?|cho(?:se|sen|oses)|pick(?:s|ed)?|name[sd]?|appoint(?:s|ed)?|sworn\s+in"
    r"|inaugurated|becomes|became|t(?:ook|akes)\s+office)\b")

_YEARS_COUNTED = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,2}\s*(?:年|周年|週年|주년|년)(?![0-9０-９])|年前|年目|周年|週年|주년")


def year_of_taking_office(month: int, day: int, lead: str) -> OfficeYear | None:
    """The one year in which a holder the lead tells of taking office began a term on
    `month`/`day`, the lead's weekday that day's; or None (see the module's doc)."""
    east_asian = _names_the_day(lead, day)
    if not (_TAKING_OFFICE.search(lead) or east_asian):
        return None
    found = {}
    weekday = _named_weekday(lead)
    for holder in holders():
        if _takes_office_in_east_asian_words(holder, lead) and east_asian:
            found.update({first.year: f"{holder.title} {holder.name}" for first, _ in holder.terms
                          if (first.month, first.day) == (month, day)})
            continue
        if not (holder.names.search(lead) and holder.titles.search(lead)):
            continue
        for first, _ in holder.terms:
            if (first.month, first.day) == (month, day) and weekday == first.weekday():
                found[first.year] = f"{holder.title} {holder.name}"
    if len(found) != 1:
        return None
    year, who = found.popitem()
    if weekday is None:
        return OfficeYear(year, f"the lead's {who} taking office, whose term began on {day} "
                                f"{calendar.month_name[month]} {year}, the day the lead names")
    return OfficeYear(year, f"the lead's {who} taking office, whose term began on "
                            f"{WEEKDAYS[weekday]} {day} {calendar.month_name[month]} {year}, "
                            f"the weekday the lead names")


def _names_the_day(lead: str, day: int) -> bool:
    """A Japanese, Chinese or Korean lead naming the dateline's day ("1日に", "1일"), and no count
    of years ("就任して1年", "1年前", "1周年", "1주년": an anniversary's)."""
    return bool(re.search(rf"(?<![0-9０-９]){day}[日일]", lead)) and not _YEARS_COUNTED.search(lead)


def _takes_office_in_east_asian_words(holder, lead: str) -> bool:
    return bool(holder.taking_office and any(name in lead for name in holder.east_asian_names)
                and holder.taking_office.search(lead))


def _named_weekday(lead: str) -> int | None:
    named = {index for index, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", lead)}
    return named.pop() if len(named) == 1 else None
