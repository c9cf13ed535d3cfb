"""What a source line prints around the outlet's name, taken off before the name is read: the
day the site took the story ("Source: Taipei Times November 22, 2019 15:56 UTC") and another
of the outlet's names in brackets ("Source: The Japan News (The Yomiuri Shimbun)", its parent
paper, or its name in another script), and the date before it ("2017/11/14 16:15:19 Source:The New
York Times", a site's line of its date and its source), and its editor's initials after a slash ("Source:
Reuters/aa", as Singapore's CNA signs a wire's story)."""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import date_span

# The small words a person's name may hold in lower case ("Ursula von der Leyen", "Lula da Silva").
NAME_PARTICLES = frozenset({"and", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "al", "el", "la", "le"})

_EDITOR_INITIALS = re.compile(r"(?<=[A-Za-z])/[a-z]{1,3}$")
_BRACKETED_END = re.compile(r"\s*[(（](?P<name>[^()（）]{2,60})[)）]$")
# The time after a date opening the line, and a separator: "2017/11/14 16:15:19 ".
_TIME_BEFORE = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s+(?=\d)")
_TIME_AFTER = re.compile(r"^\s*(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s+)?)?[|,·]?\s*")


def source_name_part(text: str, directory: OutletDirectory) -> str:
    """`text` without its trailing date, then without a listed outlet's name in brackets
    closing it (an unlisted one, "Source: X (via Twitter)", stays)."""
    text = without_trailing_date(text)
    if (initials := _EDITOR_INITIALS.search(text)) and directory.named(_last_name(text[:initials.start()])):
        text = text[:initials.start()]
    bracketed = _BRACKETED_END.search(text)
    return text[:bracketed.start()] if bracketed and directory.named(bracketed["name"].strip()) else text


def _last_name(text: str) -> str:
    """What follows a source line's label: "Source: Reuters" -> "Reuters"."""
    return re.split(r"[:：]", text, maxsplit=1)[-1].strip()


def without_trailing_date(text: str) -> str:
    """"Source: Taipei Times November 22, 2019 15:56 UTC" -> "Source: Taipei Times": an
    aggregator's source line with the date it took the story."""
    text = text.strip()
    span = date_span(text)
    return text[:span[0]].rstrip(" ,;|–—-") if span and span[0] > 0 else text


def without_leading_date(text: str) -> str:
    """"2017/11/14 16:15:19 Source:The New York Times" -> "Source:The New York Times": a date
    line's date and time before its source (or its time first: "10:00 04.07.2022 Source: X")."""
    text = _TIME_BEFORE.sub("", text.strip())
    span = date_span(text)
    return text[span[1]:][_TIME_AFTER.match(text[span[1]:]).end():] if span and span[0] == 0 else text
