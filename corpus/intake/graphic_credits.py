"""A graphic's or a table's credit line: the sources it drew on, then its makers and its day,
run together on one line as copied ("Sources: Korean Committee of Space Technology; wire
reports. By Bill Webster and Laris Karklis/The Washington Post. Published on April 11, 2012,
6:10 p.m."). The sources are what the graphic drew on, not the page's outlet; the byline's
outlet and the day it was published are the page's."""

from __future__ import annotations

import re

from corpus.intake.credits import byline_credit
from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import PrintedDate, find_date_line

MAX_CREDIT_LINE = 400
_SOURCES = re.compile(r"^(?:Sources?|SOURCES?)\s*:\s")
_NEXT_PART = re.compile(r"(?<=[.;])\s+(?=(?:By|BY|Published|Updated|Posted)\s)")


def _parts_after_sources(line: str) -> list[str]:
    """The parts after the sources: "By ...", "Published on ..."; none for another line."""
    if len(line) > MAX_CREDIT_LINE or not _SOURCES.match(line):
        return []
    return [part.rstrip(" .") for part in _NEXT_PART.split(line)[1:]]


def graphic_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet of the byline after a graphic's sources ("By X and Y/The Washington Post")."""
    return next((credit for part in _parts_after_sources(line)
                 if part.startswith(("By ", "BY ")) and (credit := byline_credit(part, directory))), None)


def graphic_date(line: str) -> PrintedDate | None:
    """The day after a graphic's sources and byline ("Published on April 11, 2012, 6:10 p.m."),
    as printed in `line`."""
    return next((printed for part in _parts_after_sources(line)
                 if not part.startswith(("By ", "BY ")) and (printed := find_date_line(f"{part}."))), None)
