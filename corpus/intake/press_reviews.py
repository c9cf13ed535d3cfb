"""A review of the papers, as a radio's or an agency's morning digest prints it: each paper's name heads the
lines on what that paper says ("The Press" / "The Press runs the headline …", "NZ Herald" / "The New Zealand
Herald calls it …"). The names are the papers reviewed, not the page's outlet (intake round 65).
"""
from __future__ import annotations

import re

from corpus.cleaning import is_prose
from corpus.intake.outlets import OutletDirectory, name_key

_HEADING_WORDS = 4  # "The Press", "NZ Herald", "The Sydney Morning Herald"
_SENTENCE_END = re.compile(r"[.!?:;,]$")


def is_review_heading(line: str, opening: tuple[str, ...], directory: OutletDirectory) -> bool:
    """The line heads a paper's part of a review: a short name alone whose paper the sentence under it speaks of,
    on a page that heads two parts or more so (one such line alone may be a masthead over its own story)."""
    headings, count = _review_headings(tuple(opening), directory)
    return count >= 2 and line in headings


_last_headings: tuple = ((), None, (frozenset(), 0))  # (lines, directory, headings): each line of them asks again


def _review_headings(opening: tuple[str, ...], directory: OutletDirectory) -> tuple[frozenset[str], int]:
    """The lines of `opening` that head a paper's part, and how many do, read once for all the lines asked about
    (else a page's n lines read n² pairs)."""
    global _last_headings
    lines, known, found = _last_headings
    if known is directory and (lines is opening or lines == opening):
        return found
    headings = [heading for heading, under in zip(opening, opening[1:]) if _names_again(heading, under, directory)]
    _last_headings = (opening, directory, (frozenset(headings), len(headings)))
    return _last_headings[2]


def _names_again(heading: str, under: str, directory: OutletDirectory) -> bool:
    """The heading is a short name, and the prose under it names the same words or the same listed outlet."""
    words = heading.split()
    if not 1 <= len(words) <= _HEADING_WORDS or _SENTENCE_END.search(heading) or not is_prose(under) \
            or not all(word[:1].isupper() for word in words):
        return False
    if _holds(under, name_key(heading)):
        return True
    outlet = directory.named(heading)
    return bool(outlet) and any(_holds(under, key) for key, shown in directory.by_name.items() if shown == outlet)


def _holds(text: str, key: str) -> bool:
    """The name, folded as `name_key` folds names, stands as whole words in the text."""
    folded = " ".join(text.casefold().replace(".", "").replace("-", " ").replace("\u2019", "'").split())
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded) is not None
