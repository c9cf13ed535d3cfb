"""A stamp in the story's body against the page's head: which day is the page's?

A date line standing in the body, three paragraphs or more under the story's lead (`site_clocks.note_lead_above`),
is the page's own stamp when it is the only one ("(KCNA - November 25, 2019)" closing the story). When the page's
head prints another day, the body's stamp is another story's: a blog quoting two Niigata Nippo stories prints its
heading's day and the first story's stamp above the first story, and the second story's stamp under its fourth
paragraph ("新潟日報モア 2016/12/23 23:20"). The chooser ranks dates above the titles (a site's clock, at times)
after those under one, so the second story's stamp, under the first story's title, outranked the head's two. Nothing
on the page says which stamp of the head is the page's (a blog's heading and a quoted story's stamp, of two days):
the date is left unknown. A stamp the page labels as its own ("Originally Published: …") is kept.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from corpus.intake.printed_dates import PrintedDate


def another_storys_stamp(chosen: PrintedDate, page_dates: Sequence[PrintedDate], in_body: Collection[int]) -> bool:
    """Whether `chosen`, an unlabelled date line of the body (its index in `in_body`), stands under a head that
    prints another day on a date line of its own."""
    if chosen.label or not any(date is chosen for at, date in enumerate(page_dates) if at in in_body):
        return False
    return any(not _same_day(date.value, chosen.value) for at, date in enumerate(page_dates) if at not in in_body)


def _same_day(one: str, other: str) -> bool:
    """"2016-12" and "2016-12-23" do not disagree: a month is no other day."""
    return one.startswith(other) or other.startswith(one)
