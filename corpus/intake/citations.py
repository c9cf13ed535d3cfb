"""A citation of the story a blog quotes, as a reference list prints it, on a line of its own:
the writer, the title in quotation marks, the outlet (its site: "online", "website") and the
day, commas between:

    >>> from corpus.intake.outlets import outlets
    >>> line = 'Choe Sang-Hun, “Seoul Strikes Back,” The New York Times online, August 12, 2019'
    >>> cited_outlet(line, outlets()), cited_date(line)
    ('The New York Times', '2019-08-12')

The outlet is taken when listed; the day is the cited story's (a repost's original), and the
line is the page's note of its source, not the story's text. A sentence quoting a title
("Kim said, “We will not give in,” on Monday") is none: the outlet and a full date must close it.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import read_date

_CITATION = re.compile(
    r"^(?P<author>[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3}),\s+"
    r"[“\"](?P<title>[^“”\"]{8,200}?)[,.]?[”\"],?\s+"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4}?)(?:\s+(?:online|website|web\s?site|\(online\)))?,\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\.?$")


def _match(line: str) -> re.Match | None:
    return _CITATION.match(line.strip()) if line and len(line) <= 400 else None


def cited_outlet(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a citation line names, or None."""
    match = _match(line)
    return match["outlet"] if match and directory.named(match["outlet"]) else None


def cited_date(line: str) -> str | None:
    """The day (ISO) a citation line gives its story, or None."""
    match = _match(line)
    return read_date(match["date"]) if match else None


def is_citation(line: str) -> bool:
    return _match(line) is not None
