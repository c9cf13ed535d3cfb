"""A story's subheads: a few words on a line of their own between two of its paragraphs ("Heavy
blow", "WIDESPREAD DEVASTATION", "In depth"), headings of the site's layout, not its text. A
quotation as a heading ("'Deeply sad event'") is kept: the words are someone's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

MAX_SUBHEAD_WORDS = 5
_SUBHEAD = re.compile(r"^[A-Z][A-Za-z0-9&'’ -]*[A-Za-z0-9]$")


def without_subheads(paragraphs: Sequence[str], is_sentence: Callable[[str], bool]) -> list[str]:
    """`paragraphs` without the subheads standing between two sentences of the story."""
    return [paragraph for index, paragraph in enumerate(paragraphs)
            if not (0 < index < len(paragraphs) - 1 and _looks_like_subhead(paragraph)
                    and is_sentence(paragraphs[index - 1]) and is_sentence(paragraphs[index + 1]))]


def _looks_like_subhead(line: str) -> bool:
    line = line.strip()
    return len(line.split()) <= MAX_SUBHEAD_WORDS and bool(_SUBHEAD.match(line)) and "'" not in line
