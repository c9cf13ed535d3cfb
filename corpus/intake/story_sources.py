"""Source lines that belong to the story, not to the page.

A "Source: X" line under a box's title inside the story names the source of what the box
quotes ("<the note's text> / Suicide note left by Roh Moo-hyun / Source: Yonhap news agency",
then the story goes on, as the BBC printed it): never the page's outlet. A source line standing
between two of the story's sentences may name the agency a paper's item rests on ("<lead> /
Source: RIA Novosti / Details: …", as Ukrainska Pravda prints its items) or the page's own
source: it counts only when the page names no outlet elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corpus.intake.first_appeared import SOURCE_LABEL

MAX_SOURCE_LINE = 80
MAX_BOX_TITLE = 80


def boxed_sources(lines: Sequence[str], is_sentence: Callable[[str], bool]) -> frozenset[str]:
    """The source lines under a box's title (a short line that is no sentence) inside the story:
    a sentence before the title and one after the source."""
    return frozenset(line for index, line in enumerate(lines)
                     if _is_source(line) and 2 <= index < len(lines) - 1
                     and is_sentence(lines[index - 2]) and is_sentence(lines[index + 1])
                     and not is_sentence(title := lines[index - 1]) and len(title) <= MAX_BOX_TITLE
                     and not _is_source(title))


def sources_between_sentences(lines: Sequence[str], is_sentence: Callable[[str], bool]) -> frozenset[str]:
    """The source lines with one of the story's sentences just before and just after them."""
    return frozenset(line for index, line in enumerate(lines)
                     if _is_source(line) and 1 <= index < len(lines) - 1
                     and is_sentence(lines[index - 1]) and is_sentence(lines[index + 1]))


def _is_source(line: str) -> bool:
    return len(line.strip()) <= MAX_SOURCE_LINE and bool(SOURCE_LABEL.match(line.strip()))
