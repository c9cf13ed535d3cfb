"""A full date run into the story's first words, as a copy joins the page's elements: "13 NOV. 2016 Cientos de miles
de surcoreanos …", "23.09.2015 (intv) Martin Winterkorn zieht …" (the site's credit between), "10 November 201922.14
Bolivia's President …" (the year glued to the time), "<title> | 29 May 2023 | Türkiye's Supreme Election Council …"
(the title, the date and the lead joined by bars) (`date_run_into_lead`).

The date has its four-digit year and is read without guessing (a numeric day's order decided by a part over 12); the
words after it are the story's: a capitalised word opening a run of at least `_LEAD_WORDS` words. Not read: a dash,
a colon or a comma after the date (a chronology's entry, "June 29, 2012 – Signing postponed", or an apposition), a
date in lower-case words ("on 13 Nov. 2016 the …"), a short line (a heading), a page whose other opening lines
open on a full date too (a chronology's entries, each a day of its own), and a date alone before the words spelt as
prose spells it ("March 31, 2014 Judges of …": a timeline's entry, intake round 37), not as a site's stamp ("13 NOV.
2016", "23.09.2015").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.intake.date_readings import first_reading, read_date

_LEAD_WORDS = 12  # a story's sentence or two, not a heading's few words
_HEAD = 60  # where the date stands: at the line's start, or after a title and its bar
_TITLE_BAR = re.compile(r"^[^|\n]{10,200}?\s\|\s(?=\d)")  # "<title> | 29 May 2023 | …"
# "201922.14 ": a four-digit year glued to the time of day as copied (two elements)
_GLUED_TIME = re.compile(r"^(?P<date>.{4,40}?(?:19|20)\d\d)(?=[0-2]\d[.:][0-5]\d\s)")
# after the date: its time at most, a short credit in brackets, a bar; then the story's capitalised word
_TO_THE_STORY = re.compile(r"(?P<time>[0-2]?\d[.:][0-5]\d)?[ \t]*+(?P<credit>\([^()\n]{1,20}\)[ \t]*+)?"
                           r"(?P<bar>\|[ \t]*+)?(?=[A-ZÀ-ÖØ-Þ][^\W\d_])")
# A date alone before the story's words is a stamp in a site's form ("13 NOV. 2016", "23.09.2015"); spelt as prose
# spells it ("March 31, 2014 Judges of the top U.N. court …", "23 November 2016 Seoul and Tokyo sign …") it is a
# timeline's entry or an "on this day" page's (intake round 37), not the page's day
_PROSE_SPELLING = re.compile(r"[a-zà-ÿ]")
_YEAR = re.compile(r"(?:19|20)\d\d")


def date_run_into_lead(lines: Sequence[str]) -> tuple[str, str] | None:
    """(ISO day, the line) of the first of `lines` (the page's title and first lines) whose full date runs into the
    story's first words, when no other of them opens on a full date."""
    dated = [(line, value) for line in lines if (value := _date_before_story(line))]
    if len(dated) != 1 or any(_opens_on_a_date(line) for line in lines if line != dated[0][0]):
        return None
    return dated[0][1], dated[0][0]


def _date_before_story(line: str) -> str | None:
    title = _TITLE_BAR.match(line)
    head = line[title.end():] if title else line
    glued = _GLUED_TIME.match(head[:_HEAD])
    date_text = glued["date"] if glued else head[:_HEAD]
    reading = first_reading(date_text)
    if reading is None or reading.start or not _YEAR.search(head[:reading.end]):
        return None
    after = _TO_THE_STORY.match(head, reading.end)
    if after is None or (not glued and after.end() == reading.end) or len(head[after.end():].split()) < _LEAD_WORDS:
        return None
    if not (title or glued or after["time"] or after["credit"] or after["bar"]) \
            and _PROSE_SPELLING.search(head, 0, reading.end):
        return None
    value = read_date(head[:reading.end])
    return value if value and len(value) == len("YYYY-MM-DD") else None


def _opens_on_a_date(line: str) -> bool:
    reading = first_reading(line[:_HEAD])
    return bool(reading and reading.start == 0)
