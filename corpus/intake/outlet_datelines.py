"""A dateline of the outlet's own name and the full day in brackets, a dash after them, as
Law360 opens its stories: "Law360 (September 16, 2019, 8:16 PM EDT) -- South Korea told …",
"Law360, New York (March 5, 2020, 4:10 PM EST) -- …".

    >>> from corpus.intake.outlets import outlets
    >>> outlet_dateline("Law360 (September 16, 2019, 8:16 PM EDT) -- Seoul told the WTO.", outlets())
    ('Law360', '2019-09-16')

The name must be a listed outlet (a place before a date in brackets, "Seoul (June 27, 2023) --",
is no credit), and the brackets must hold a day with its year. Press wires and trade sites print
the name between slashes after the full day (and the place, if any), then a dash:
"December 12, 2023 /SemiMedia/ -- TSMC's first factory ...", "NEW YORK, Dec. 12, 2023 /X/ -- ...".
Interfax names itself by its address after the place and the day, each closed by a full stop: "Токио. 19 января.
INTERFAX.RU - Три корабля …" (`addressed_dateline_credit`: the address must be a listed outlet's).
A copied story's head run into its lead, as blogs and boards paste it: the outlet's name, its stamp with the year
first (an order no reader doubts) and perhaps the time, then the lead: "自由時報 2023/08/23 印度「月船3號」…",
"CBS노컷뉴스 2024. 7. 27. 18:24 전시물엔 …".
"""

from __future__ import annotations

import re

from corpus.intake.languages import DATELINE_MONTH
from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import MONTH_NAME, find_date_line

_OUTLET_DATELINE = re.compile(
    r"^\s*(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}?)(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    r"\s*\((?P<date>[^()]{8,45})\)\s*(?:—|–|--|-)\s*\S")

# (the date opens on its first non-space: a run of spaces is read once, not tried at every split)
_SLASHED_DATELINE = re.compile(r"^\s*(?P<date>\S[^/]{7,59}?)\s?/(?P<name>[A-Za-z][\w&.'’ -]{1,30}?)/\s*(?:—|–|--|-)\s*\S")
# "Токио. 19 января. INTERFAX.RU - …": a place, its day and month, the outlet's address in capitals, a dash.
_ADDRESSED_DATELINE = re.compile(rf"^\s*[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){{0,2}}\.\s+[0-3]?\d\s+"
                                 rf"(?:{MONTH_NAME}|(?i:{DATELINE_MONTH}))\.\s+"
                                 r"(?P<address>[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,6})\s*(?:—|–|--|-)\s*\S")

# "自由時報 2023/08/23 印度…": a name of up to three words, the day with its year first, the time if any, the lead.
_STAMPED_LEAD = re.compile(
    r"^\s*(?P<name>[^\W\d_]\S{0,24}+(?:\s[^\W\d_]\S{0,24}+){0,2}?)\s+"
    r"(?P<date>(?:19|20)\d\d(?:/[01]?\d/[0-3]?\d|-[01]\d-[0-3]\d|\.\s?[01]?\d\.\s?[0-3]?\d\.?))"
    r"(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s+[^\W\d_].{9}")  # a lead, not a field ("政治")


def outlet_dateline(line: str, directory: OutletDirectory) -> tuple[str, str] | None:
    """(the outlet as printed, its ISO day) of such a dateline, or None."""
    match = (_OUTLET_DATELINE.match(line) or _SLASHED_DATELINE.match(line)) if line else None
    return _named_and_dated(match, directory)


def outlet_stamped_lead(lead: str, directory: OutletDirectory) -> tuple[str, str] | None:
    """(the outlet as printed, its ISO day) of a lead opening on a listed outlet's name and its stamp, or None."""
    return _named_and_dated(_STAMPED_LEAD.match(lead) if lead else None, directory)


def _named_and_dated(match: re.Match | None, directory: OutletDirectory) -> tuple[str, str] | None:
    if match is None or not directory.named(match["name"]):
        return None
    printed = find_date_line(match["date"])
    if printed is None or len(printed.value) != 10 or not re.search(r"(?:19|20)\d\d", printed.text):
        return None
    return match["name"], printed.value


def outlet_dateline_credit(line: str, directory: OutletDirectory) -> str | None:
    found = outlet_dateline(line, directory)
    return found[0] if found else addressed_dateline_credit(line, directory)


def addressed_dateline_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet whose address an Interfax-style dateline prints ("Токио. 19 января. INTERFAX.RU - …")."""
    match = _ADDRESSED_DATELINE.match(line) if line else None
    return directory.at_host(match["address"].lower()) if match else None
