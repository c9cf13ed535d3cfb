"""Date lines of official, institutional and document pages, in forms news pages do not print
(`corpus.intake.printed_dates` reads the line itself first):

* a press conference's or briefing's line, its weekday, day and clock before its place:
  "Tuesday, November 15, 2016, 8:50 a.m. Front Entrance Hall, Prime Minister's Office";
* a board's fields, "Date" over the day with its count of hits run on: "Date" / "2012-07-03 hit";
* a report series' number over its day: "BACKGROUNDER No. 3481 | July 6, 2020 ASIAN STUDIES CENTER";
* and a document-sharing site's card, the day a copy was uploaded ("Upload: others" / "Post on
  13-Apr-2022"), which is never the document's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.date_patterns import ANY_WEEKDAY
from corpus.intake.printed_dates import MONTH_NAME, PrintedDate, find_date_line

_FULL_DATE = rf"(?:{MONTH_NAME}\.?\s+[0-3]?\d,\s+(?:19|20)\d\d|[0-3]?\d\s+{MONTH_NAME}\.?\s+(?:19|20)\d\d)"


def official_date_line(line: str, line_before: str = "") -> PrintedDate | None:
    """The date `line` prints in one of the forms above, as printed in `line`, else None."""
    day = _scheduled_day(line) or _series_day(line) or _board_day(line, line_before)
    printed = find_date_line(day) if day else None
    return PrintedDate(printed.value, printed.text, line, printed.label) if printed and not printed.rest else None


_CLOCK = r"[0-2]?\d[:.][0-5]\d\s*(?i:[ap]\.?m\.?)?"
# A place's words are capitalised (a hall, a building, an office): a word in lower case but these
# would begin a sentence ("… 4:15 p.m. the minister arrived …"), which is the story's, not a date line.
_PLACE_WORD = r"(?:[A-Z0-9][\w'’.&-]*|of|the|and|at|in|on)"
_SCHEDULED_AT = re.compile(rf"^(?P<day>{ANY_WEEKDAY},\s+{_FULL_DATE},?\s+{_CLOCK})\s+"
                           rf"(?P<place>[A-Z][\w'’.&-]*(?:,?\s+{_PLACE_WORD}){{0,9}})$")


def _scheduled_day(line: str) -> str | None:
    """"Tuesday, November 15, 2016, 8:50 a.m." before its place."""
    return match["day"] if (match := _SCHEDULED_AT.match(line)) else None


_SERIES_LINE = re.compile(rf"^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,3}}\s+(?:No\.|#)\s*\d{{1,5}}\s*[|·–—-]\s*"
                          rf"(?P<day>{_FULL_DATE})(?:\s+[A-Z][A-Z&'’ -]+)?$")


def _series_day(line: str) -> str | None:
    """"July 6, 2020" after "BACKGROUNDER No. 3481 |", a section's name in capitals at most after it."""
    return match["day"] if (match := _SERIES_LINE.match(line)) else None


# The field's label alone on the line over the day: without it, a day and a count of hits is an
# item of a list of other posts.
_DATE_FIELD = re.compile(r"^(?i:date|posted|registered|date\s+posted)\s*:?$")
_HITS_AFTER = re.compile(r"\s+(?i:hits?|views?|read)\s*:?\s*\d*$")


def _board_day(line: str, line_before: str) -> str | None:
    """"2012-07-03" under "Date", the board's count of hits run on after it."""
    hits = _HITS_AFTER.search(line) if _DATE_FIELD.match(line_before.strip()) else None
    return line[:hits.start()] if hits else None


_UPLOAD_FIELD = re.compile(r"^(?i:upload(?:ed)?(?:\s+by)?)\s*:\s*\S")
_UPLOAD_REACH = 2  # the card's lines: "Upload: <user>", then its day


def is_upload_stamp(date_line: str, opening: Sequence[str]) -> bool:
    """Whether `date_line` stands within a document-sharing site's card, under its "Upload:" field."""
    for at, line in enumerate(opening):
        if line == date_line:
            return any(_UPLOAD_FIELD.match(above.strip()) for above in opening[max(0, at - _UPLOAD_REACH):at])
    return False
