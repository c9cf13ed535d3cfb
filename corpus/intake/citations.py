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

A blog's labelled note of its source in the same order, the day in numbers (and its time) last:

    >>> note = '참고(출처) : 김민수, 국방부 "협정 연장" 발표, 연합뉴스, 2019-11-22 18:05:00'
    >>> cited_outlet(note, outlets()), cited_date(note)
    ('연합뉴스', '2019-11-22')
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


# "참고(출처) : <writer>, <title>, <outlet>, 2019-11-23 14:04:00", "出典：<writer>, <title>, <outlet>, 2019.11.23"
_LABELLED_CITATION = re.compile(
    r"^(?:참고\s*)?(?:\(?출처\)?|出典|出所|ソース|来源|Source)\s*[:：]\s*(?P<author>[^,，:：]{1,30}),\s*"
    r"(?P<title>\S.{3,200}?),\s*(?P<outlet>[^,，]{2,40}?),\s*"
    r"(?P<date>(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01]))\.?"
    r"(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?$")


# A digest's credit of the story it sums up, on a line of its own: "Jack Ewing reports for the New York Times
# September 23, 2015." (the original's writer, outlet and day; the digest's own "Source: NY Times, 09/24/2015" is
# the day it was posted). The outlet is named in capitals and the full day closes the line: a sentence of the story
# ("She reports for the Times on the crisis of September 18, 2015.") is none.
_NAME = r"[A-Z][\w.'’]*+(?:-[A-Z]?[\w.'’]++)?(?:\s[A-Z][\w.'’]*+(?:-[A-Z]?[\w.'’]++)?){0,3}"
_REPORTS_FOR = re.compile(
    rf"^(?P<author>{_NAME}(?:,\s{_NAME}){{0,2}}(?:,?\sand\s{_NAME})?)\s(?:reports|report)\sfor\s"
    r"(?:the\s)?(?P<outlet>[A-Z][\w&.'’-]*+(?:\s[A-Z][\w&.'’-]*+){0,4}?),?\s(?:on\s)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s[0-3]?\d,\s(?:19|20)\d\d|[0-3]?\d\s[A-Z][a-z]{2,8}\.?\s(?:19|20)\d\d)\.?$")


def _match(line: str) -> re.Match | None:
    if not line or len(line) > 400:
        return None
    line = line.strip()
    return _CITATION.match(line) or _LABELLED_CITATION.match(line) or _REPORTS_FOR.match(line)


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
