"""A review of the papers, as a radio's or an agency's morning digest prints it: each paper's name heads the
lines on what that paper says ("The Press" / "The Press runs the headline …", "NZ Herald" / "The New Zealand
Herald calls it …"). The names are the papers reviewed, not the page's outlet (intake round 65).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.cleaning import is_prose
from corpus.intake.outlets import OutletDirectory, name_key

_HEADING_WORDS = 4  # "The Press", "NZ Herald", "The Sydney Morning Herald"
_SENTENCE_END = re.compile(r"[.!?:;,]$")


def review_headings(lines: Sequence[str], directory: OutletDirectory) -> frozenset[str]:
    """The lines that head a paper's part of a review: a short name alone whose paper the sentence under it speaks of,
    on a page that heads two parts or more so (one such line alone may be a masthead over its own story). Read once
    for all the lines a reader asks about (asked of each line, a page's n lines read n² pairs)."""
    headings = [heading for heading, under in zip(lines, lines[1:]) if _names_again(heading, under, directory)]
    return frozenset(headings) if len(headings) >= 2 else frozenset()


def _names_again(heading: str, under: str, directory: OutletDirectory) -> bool:
    """The heading is a short name, and the prose under it names the same words or the same listed outlet."""
    words = heading.split()
    if not 1 <= len(words) <= _HEADING_WORDS or _SENTENCE_END.search(heading) or not is_prose(under) \
            or not all(word[:1].isupper() for word in words):
        return False
    if _holds(under, name_key(heading)):
        return True
    outlet = directory.named(heading)
    return bool(outlet) and any(_holds(under, key) for key in directory.keys_of(outlet))


def _holds(text: str, key: str) -> bool:
    """The name, folded as `name_key` folds names, stands as whole words in the text."""
    folded = " ".join(text.casefold().replace(".", "").replace("-", " ").replace("\u2019", "'").split())
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded) is not None
