"""A wire's credit before its dated dateline: "(ANSA) - ROMA, 29 APR - ...", "(MENAFN- IANS) Seoul, Dec 27 (IANS) ...".

The credit opens the line and the place and day follow it; `corpus.intake.datelines` reads the credit first, then the
dateline in what follows, and asks here which of the two the page's dateline is.
"""

from __future__ import annotations

from dataclasses import replace


def dateline_after_credit(credited, line: str, read_dateline, number: int):
    """The dated dateline read (`read_dateline`) after the credit `credited` opening `line` when the dispatch is one:
    a syndicator's credit naming the wire whose own credited dateline follows ("(MENAFN- IANS) Seoul, Dec 27 (IANS)"),
    or a wire's credit before its place and day in capitals, credited nowhere else ("(ANSA) - ROMA, 29 APR -"): then
    the day is the credit's. Otherwise `credited` itself."""
    inner = credited.day is None and credited.rest and read_dateline(credited.rest, number)
    if not inner or not inner.day or not credited.credit:
        return credited
    if inner.credit:
        return inner if credited.credit.endswith(inner.credit) else credited
    if credited.place or not inner.place.isupper():
        return credited
    start = len(line) - len(credited.rest)
    return replace(inner, credit=credited.credit, text=line[:start + len(inner.text)])
