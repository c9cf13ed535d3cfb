"""The date of the original a page reposts, as the page's credit line gives it.

    >>> original_date("This article first appeared in The Japan Times on Nov. 25, 2019.")
    '2019-11-25'

A repost credits its original in a line of its own, at the top or the end: "(The above story
first appeared on LatestLY on Jul 08, 2022 02:49 PM IST. ...)", "This article appeared in The
Japan Times on November 25, 2019", "Originally published on July 3, 2019". The line must speak
of the piece itself ("this article", "the above story") or open with the credit, so that a
sentence of the story ("the idea first appeared in talks on June 29, 2012") is never one.
"""

from __future__ import annotations

import re

from corpus.intake.date_readings import iso_day
from corpus.intake.printed_dates import date_span, read_date

# What may stand before "first appeared ...": nothing, or the piece itself ("This article
# was", "(The above story", "This opinion article is").
_PIECE_SUBJECT = re.compile(
    r"(?i)(?:^|[.!?]\s)\W*(?P<piece>(?:the\s+text\s+(?:in|of)\s+)?(?:this|the\s+above|the\s+original)(?:\s+[\w-]+)?\s+"
    r"(?:article|story|report|piece|post|column|op-ed|commentary|interview|analysis|essay|"
    r"content|version)(?:\s+(?:was|has\s+been|is|had))?)?\s*$")
_CREDIT = re.compile(r"(?i)\b(?P<first>(?:first|originally)\s+)?(?:appeared|published|ran|posted)\s+")
_SOURCE_THEN_ON = re.compile(r"(?i)^(?:on|in|at|by)\s+[^.;:()]{1,60}?\s+on\s+(?=\S)")
_ON = re.compile(r"(?i)^on\s+(?=\S)")
MAX_CREDIT_LINE = 400


def original_date(line: str) -> str | None:
    """The day the reposted original appeared, when `line` is its credit and names one."""
    if len(line) > MAX_CREDIT_LINE:
        return None
    for match in _CREDIT.finditer(line):
        if not speaks_of_the_piece(line[:match.start()]):
            continue
        after = line[match.end():]
        # "Originally published on <date>", "This article was published on <date>": the
        # piece's own date; a bare "published on <date>" may be anything's
        named = speaks_of_the_piece(line[:match.start()], named=True)
        forms = (_SOURCE_THEN_ON, _ON) if match["first"] or named else (_SOURCE_THEN_ON,)
        for form in forms:
            if (on := form.match(after)) and (value := _date_opening(after[on.end():])):
                return value
    return None


def speaks_of_the_piece(before: str, named: bool = False) -> bool:
    """Whether the words before a credit's verb are none or the piece itself (`named`: must be
    the piece: a bare "Published on ..." is a date line)."""
    match = _PIECE_SUBJECT.search(before)
    return bool(match and (match["piece"] or not named))


def _date_opening(text: str) -> str | None:
    span = date_span(text)
    value = read_date(text[:span[1]]) if span and span[0] == 0 else None
    return value if value and len(value) == 10 else None


# The source page's title and date line copied with their spaces gone, ahead of the lead:
# "AbelandsinBeijingforofficialvisit2018-10-2608:53ShenzhenDaily JAPANESE Prime Minister ...".
_SPACELESS_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:[0-2]\d:[0-5]\d)?(?!\d)")
MIN_TITLE_WORDS = 3


def spaceless_copy_date(line: str, title: str) -> str | None:
    """The original's day, when `line` opens with the page's title run together (a scraper kept
    the source page's title and date line without their spaces) and its date glued after it."""
    if len(title.split()) < MIN_TITLE_WORDS or not line.startswith(key := "".join(title.split())):
        return None
    match = _SPACELESS_DATE.match(line, len(key))
    return iso_day(*(int(part) for part in match.groups())) if match else None
