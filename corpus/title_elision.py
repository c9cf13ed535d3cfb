"""A long subject shortened in the middle before its verb (`corpus.event_titles`), unless what
is kept before the mark tells a clause of its own: "Hundreds of climbers were trapped for hours
on the … erupted without warning" joined two clauses; the title is the first one whole.

    >>> elided_or_first_clause("Hundreds of climbers were trapped for hours on the 3,067-metre mountain"
    ...                        " after the volcano in central Japan erupted without warning", 124, 131)
    'Hundreds of climbers were trapped for hours on the 3,067-metre mountain'
"""

from __future__ import annotations

import re

from corpus.english_past import IRREGULAR_PAST
from corpus.title_cuts import AUXILIARY_WORDS, MAX_TITLE, elided, shortened

# A verb of the kept words' own, told as done ("were trapped", "had argued"), not one of a relative clause
# within the subject ("The man who was arrested in … pleaded guilty"). Not a heading's "Has Answered" (its
# page text), nor "will meet": the clause kept would be a plan, and the happening after the mark lost.
_OWN_AUXILIARY = re.compile(rf"\b(?:{AUXILIARY_WORDS})\s+(?:[a-z]+ly\s+)?\w+")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\s")
_ELIDED_AT_MOST = 20  # characters of the subject left out before a verb
# A wording of a happening that is a noun ("after talks", "the launch"), not a verb whose object the cut lost
_A_NOUNS_OPENING = re.compile(r"(?i)\b(?:after|before|of|the|a|an|for|in|on|at|with|by|to|from|its|their|his|her"
                              r"|and)\s+$")
# ... and the auxiliary of a verb, kept with it: "P-1 … was locked on by a destroyer"
_AUXILIARY_BEFORE = re.compile(rf"\b(?:{AUXILIARY_WORDS}|been)\s+$")
_OPENING_REACH = 12  # characters before the verb read for either
# ... nor a verb of a clause told under another's ("The 34 employees died after Aoba allegedly poured…"): shortened,
# the main clause would be lost
_SUBORDINATE = re.compile(r"\s(?:after|before|when|while|as|because|since|until|where)\s")
# A verb in the past, its title's last (not a participle's "-ing")
_PAST_WORD = re.compile(rf"(?<=\s)(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b")
# ... after a wording that is a participle of the subject ("members meeting in", "a meeting led by")
_PARTICIPLE_WORDING = re.compile(r"[a-z]+ing\b|[a-z]+\s+by\b")
_ANOTHER_CLAUSE = re.compile(r"\b(?:that|which|who|and|but)\s")
# Words that tell nothing of a verb's object by themselves: a cut after "chose the…" or "decided that…" left it out
_EMPTY_OBJECT_WORD = re.compile(r"(?i)(?:the|a|an|of|to|its|his|her|their|this|these|those|that|new|each|some|by|in|on"
                                rf"|at|for|with|and|or|not|be|been|{AUXILIARY_WORDS}|\W+)")


def cut_to_room(text: str, verb_start: int, verb_end: int) -> str:
    """The title cut to its room at the end of the verb's clause (`shortened`); a verb just beyond
    the room keeps it, its subject shortened in the middle, not the verb dropped."""
    if MAX_TITLE < verb_end and verb_start <= MAX_TITLE + _ELIDED_AT_MOST:
        return elided_or_first_clause(text, verb_start, verb_end)
    title = shortened(text, verb_end)
    verb_start, verb_end = _past_verb_cut_after(text, title, verb_start, verb_end)
    if verb_start > MAX_TITLE // 2 and _object_cut_off(title, verb_end) \
            and not _A_NOUNS_OPENING.search(text, max(0, verb_start - _OPENING_REACH), verb_start) \
            and not _SUBORDINATE.search(text, 0, verb_start):
        # ("IOC members meeting in … chose the Japanese capital", not "… chose the…"; not when the words kept
        # before the mark tell a clause of their own, the verb lost)
        auxiliary = _AUXILIARY_BEFORE.search(text, max(0, verb_start - _OPENING_REACH), verb_start)
        shorter = elided_or_first_clause(text, auxiliary.start() if auxiliary else verb_start, verb_end)
        return shorter if text[verb_start:verb_end] in shorter else title
    return title


def _past_verb_cut_after(text: str, title: str, verb_start: int, verb_end: int) -> tuple[int, int]:
    """The span of the past verb the room cut the title right after, when the happening's wording is a participle
    in its subject ("IOC members meeting in Buenos Aires chose…", "A meeting led by … decided that…"), no relative
    clause or second clause between them; else the wording's span."""
    if not _PARTICIPLE_WORDING.match(text, verb_start, verb_end + len(" by ")):
        return verb_start, verb_end
    past = None
    for past in _PAST_WORD.finditer(title, verb_end):
        pass
    if past is None or not text.startswith(title[:past.end()]) or not _object_cut_off(title, past.end()) \
            or _ANOTHER_CLAUSE.search(title, verb_end, past.start()):
        return verb_start, verb_end
    return past.span()


def _object_cut_off(title: str, verb_end: int) -> bool:
    """Whether the room cut the title right after its verb, which it keeps, no word of its object kept
    ("chose the…")."""
    if not title.endswith("\u2026") or verb_end >= len(title):
        return False
    kept = title[verb_end:-1].split()
    return all(_EMPTY_OBJECT_WORD.fullmatch(word) for word in kept)


def elided_or_first_clause(text: str, verb_start: int, verb_end: int) -> str:
    """`elided` ("Japan's decision to strike South Korea off its whitelist … took effect"), or,
    when the words it keeps before the mark hold a verb of their own, the clause of that verb."""
    title = elided(text, verb_start, verb_end)
    kept = title[:title.find(" \u2026 ")]
    own = _OWN_AUXILIARY.search(kept)
    if own is None or _RELATIVE.search(kept, 0, own.start()):
        return title
    return shortened(text, own.end())
