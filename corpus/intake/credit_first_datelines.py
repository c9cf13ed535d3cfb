"""A wire's credit before its dated dateline: "(ANSA) - ROMA, 29 APR - ...", "(MENAFN- IANS) Seoul, Dec 27 (IANS) ...".

The credit opens the line and the place and day follow it; `corpus.intake.datelines` reads the credit first, then the
dateline in what follows, and asks here which of the two the page's dateline is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.intake.outlets import carried_source, outlets

# "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, ...": an opening credit holding the source's abbreviation in brackets.
_ABBREVIATION_IN_CREDIT = re.compile(r"^\((?P<credit>[^()]{2,60}?)\s*\([A-Z]{2,8}\)\)")


def without_inner_abbreviation(line: str) -> str:
    """An opening credit without the abbreviation it brackets within it: "(MENAFN- Kuwait News Agency (KUNA))" ->
    "(MENAFN- Kuwait News Agency)", so that the credit reads as one and the dateline after it follows."""
    return _ABBREVIATION_IN_CREDIT.sub(r"(\g<credit>)", line, count=1)


def dateline_after_credit(credited, line: str, read_dateline, number: int):
    """The dated dateline read (`read_dateline`) after the credit `credited` opening `line` when the dispatch is one:
    a syndicator's credit naming the wire whose own credited dateline follows ("(MENAFN- IANS) Seoul, Dec 27 (IANS)",
    "(MENAFN- Kuwait News Agency) TOKYO, Dec 19 (KUNA)"),
    or a wire's credit before its place and day in capitals, credited nowhere else ("(ANSA) - ROMA, 29 APR -"): then
    the day is the credit's. Otherwise `credited` itself."""
    inner = credited.day is None and credited.rest and read_dateline(credited.rest, number)
    if not inner or not inner.day or not credited.credit:
        return credited
    if inner.credit:
        return inner if credited.credit.endswith(inner.credit) or _carries(credited.credit, inner.credit) else credited
    if credited.place or not inner.place.isupper():
        return credited
    start = len(line) - len(credited.rest)
    return replace(inner, credit=credited.credit, text=line[:start + len(inner.text)])


def _carries(credit: str, inner_credit: str) -> bool:
    """Whether a syndicator's credit carries the listed outlet the dateline after it credits: "MENAFN- Kuwait News
    Agency" and "KUNA"."""
    source = carried_source(credit)
    return bool(source and outlets().named(source) and outlets().named(source) == outlets().named(inner_credit))
