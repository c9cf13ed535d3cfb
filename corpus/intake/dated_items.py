"""An aggregator's item: its full date, after its weekday if any and before a note of its age, opening a wire's
dateline with its credit: "Monday, 10 February 2020 (2 hours ago) LOS ANGELES (AP) — ..." (`dated_item` and
`find_dateline` in `corpus.intake.datelines` read it).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from corpus.date_patterns import WEEKDAYS
from corpus.intake.printed_dates import MONTH_NAME, date_span, read_date, weekday_named

if TYPE_CHECKING:
    from corpus.intake.datelines import Dateline

# "(2 hours ago)", "()": an aggregator's note of the story's age or source after its date.
_ITEM_NOTE = re.compile(r"^\s*(?:\([^()]{0,30}\))?\s*")
_ITEM_START = re.compile(rf"\s*(?:\d|{MONTH_NAME}|(?i:{'|'.join(d[:3] for d in WEEKDAYS)}))")
_WEEKDAY_BEFORE = re.compile(rf"^\s*(?i:{'|'.join(WEEKDAYS)}|{'|'.join(d[:3] for d in WEEKDAYS)})\.?,?\s*$")


def item_and_dateline(line: str, number: int, read_dateline: Callable[[str, int], Dateline | None]
                      ) -> tuple[str, str, Dateline] | None:
    """(ISO day, the date as printed, the wire's dateline after it) of an aggregator's item, its dateline read by
    `read_dateline` (`corpus.intake.datelines.dated_item`)."""
    if not _ITEM_START.match(line) or "(" not in line:
        return None  # (cheaply: reading a date on every opening line is not)
    span = date_span(line)
    if span is None or not (span[0] == 0 or _WEEKDAY_BEFORE.match(line[:span[0]])):
        return None
    value = read_date(line[span[0]:span[1]])
    if value is None or len(value) != 10 or weekday_named(line[:span[0]]) not in (
            None, _weekday_of(value)):
        return None
    after = line[span[1]:]
    dateline = read_dateline(after[_ITEM_NOTE.match(after).end():], number)
    return (value, line[:span[1]], dateline) if dateline and dateline.place and dateline.credit else None


def _weekday_of(iso: str) -> int:
    year, month, day = (int(part) for part in iso.split("-"))
    return datetime.date(year, month, day).weekday()
