"""A full date in brackets closing a page's title, alone or after the place it was issued in: "North Korea's January 6,
2016, Nuclear Test [January 7, 2016]" (a report's day of issue), "… the Higgs boson (Geneva, 4th July 2012)" (a press
release's), "… (2023年5月31日)" (`title_tail_date`).

The brackets close the title and hold the date with its four-digit year, read without guessing, and at most a place
before it ("Geneva, ") and its time after it ("[2016/09/09 15:53]", TV Asahi's); not a date followed by a word
("[2019.04.11선고]", a ruling's day), not a date within the title's words ("hari Senin (14/11/2016) …", an event's), not
a title long enough to be the lead's sentence.
"""

from __future__ import annotations

import re

from corpus.intake.date_readings import first_reading, read_date

_LONGEST_TITLE = 200  # a headline's length; a longer first line is the lead's sentence
_CLOSING_BRACKETS = re.compile(r"[(\[](?P<inner>[^()\[\]\n]{6,40})[)\]]\s*$")
_NOTHING_OR_TIME = re.compile(r"\.?(?:\s*[0-2]?\d:[0-5]\d)?\s*")  # "[2017/10/23 05:57]": the day's time at most
_PLACE_BEFORE = re.compile(r"[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?,\s*")  # "Geneva, ", "New York, "


def title_tail_date(title: str) -> tuple[str, str] | None:
    """(ISO day, the brackets) of a full date in brackets closing `title`, alone or after a place."""
    match = _CLOSING_BRACKETS.search(title) if len(title) <= _LONGEST_TITLE else None
    if match is None:
        return None
    inner = match["inner"].strip()
    place = _PLACE_BEFORE.match(inner)
    date_text = inner[place.end():] if place else inner
    reading = first_reading(date_text)
    if reading is None or reading.start or not _NOTHING_OR_TIME.fullmatch(date_text[reading.end:]) \
            or not re.search(r"(?:19|20)\d\d", date_text):
        return None
    value = read_date(date_text)
    return (value, match.group(0).strip()) if value and len(value) == len("YYYY-MM-DD") else None
