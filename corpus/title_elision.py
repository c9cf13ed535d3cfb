"""A long subject shortened in the middle before its verb (`corpus.event_titles`), unless what
is kept before the mark tells a clause of its own: "Hundreds of climbers were trapped for hours
on the … erupted without warning" joined two clauses; the title is the first one whole.

    >>> elided_or_first_clause("Hundreds of climbers were trapped for hours on the 3,067-metre mountain"
    ...                        " after the volcano in central Japan erupted without warning", 124, 131)
    'Hundreds of climbers were trapped for hours on the 3,067-metre mountain'
"""

from __future__ import annotations

import re

from corpus.title_cuts import AUXILIARY_WORDS, MAX_TITLE, elided, shortened

# A verb of the kept words' own, told as done ("were trapped", "had argued"), not one of a relative clause
# within the subject ("The man who was arrested in … pleaded guilty"). Not a heading's "Has Answered" (its
# page text), nor "will meet": the clause kept would be a plan, and the happening after the mark lost.
_OWN_AUXILIARY = re.compile(rf"\b(?:{AUXILIARY_WORDS})\s+(?:[a-z]+ly\s+)?\w+")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\s")
_ELIDED_AT_MOST = 20  # characters of the subject left out before a verb


def cut_to_room(text: str, verb_start: int, verb_end: int) -> str:
    """The title cut to its room at the end of the verb's clause (`shortened`); a verb just beyond
    the room keeps it, its subject shortened in the middle, not the verb dropped."""
    if MAX_TITLE < verb_end and verb_start <= MAX_TITLE + _ELIDED_AT_MOST:
        return elided_or_first_clause(text, verb_start, verb_end)
    return shortened(text, verb_end)


def elided_or_first_clause(text: str, verb_start: int, verb_end: int) -> str:
    """`elided` ("Japan's decision to strike South Korea off its whitelist … took effect"), or,
    when the words it keeps before the mark hold a verb of their own, the clause of that verb."""
    title = elided(text, verb_start, verb_end)
    kept = title[:title.find(" \u2026 ")]
    own = _OWN_AUXILIARY.search(kept)
    if own is None or _RELATIVE.search(kept, 0, own.start()):
        return title
    return shortened(text, own.end())
