"""At `add`, the year of a dateline that prints none, from the span of the user's library.

An article whose own page gives no year for its dateline ("SEOUL, Nov. 22 (Yonhap) --", no
date line, no year in the text), or prints a date line without one ("NHK -- Aug 22"), is dated
when the month and day fall in one year only of the period the library's dated articles cover: those kept before, and those of the same
`add` (its batch so far); in a library spanning several such years, when it has articles
near that day in one year only whose weekday the lead names (the store counts them,
`ArticleStore.dated_between`). The date is marked inferred, with the reasons in the
provenance; otherwise it stays unknown (`corpus.intake.years.year_from_span`).
"""

from __future__ import annotations

import datetime

from corpus.intake.datelines import find_dateline
from corpus.intake.years import CorpusSpan, year_from_span
from corpus.intake.yearless import find_yearless
from corpus.loader import cleaned
from corpus.page_dates import dateline_lead, iso_day


def library_span(store) -> CorpusSpan:
    """The span of the dated articles already in the library (`ArticleStore.library_span`)."""
    first, last, count = store.library_span()
    if not count:
        return CorpusSpan()
    return CorpusSpan(datetime.date.fromisoformat(first), datetime.date.fromisoformat(last), count,
                      lambda start, end: store.dated_between(start.isoformat(), end.isoformat()))


def prepared_days(batch) -> list[str]:
    """The day-precision dates of a batch's prepared articles."""
    return [item[3]["date"] for item in batch
            if isinstance(item, tuple) and item[3].get("date_precision") == "day"]


def dated_by_span(prepared, span: CorpusSpan):
    """`prepared` (see `corpus.library.prepare_article`) with its dateline's year from `span`
    when it has no date and a dateline without a year; otherwise unchanged."""
    if not isinstance(prepared, tuple):
        return prepared
    path, source, received, known, derived, *_ = prepared  # (what was derived with it: again later)
    if known.get("date"):
        return prepared
    page = cleaned(received.text)
    found = _month_day(page)
    if found is None:
        return prepared
    month, day, lead, where = found
    inferred = year_from_span(month, day, span, lead, page.seen_text)
    value = iso_day(inferred.year, month, day) if inferred else None
    if value is None:
        return prepared
    from corpus.derive import derive

    dated = {**known, "date": value, "date_precision": "day",
             "date_provenance": f"inferred from {where}: its year from {inferred.reason}"}
    derived = derive(received.text, dated, source)
    return path, source, received, {**dated, "id": derived.article.id}, derived


def _month_day(page) -> tuple[int, int, str, str] | None:
    """(month, day, the words naming its weekday, where) of a dateline without a year, or
    else of a date line without one ("NHK -- Aug 22", "Fri, Nov 22"), under the title."""
    dateline = find_dateline(list(page.opening))
    if dateline is not None and dateline.dated:
        if dateline.year:
            return None
        return (dateline.month, dateline.day, dateline_lead(dateline, page),
                f"the dateline {dateline.text!r}")
    printed = find_yearless(page.opening[1:])
    if printed is None:
        return None
    lead = printed.text if printed.weekday is not None else next(iter(page.paragraphs), "")
    return printed.month, printed.day, lead, f"the date line {printed.text!r}, which prints no year"
