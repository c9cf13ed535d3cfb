"""What a pronoun after a wording stands for, across a paragraph's break: "The treaty had let the two
countries swap information ...\n\nSeoul's conservative government signed it in 2016" signs the
treaty. For `corpus.event_rules`. Pure standard library."""

from __future__ import annotations

import re

from corpus.about_words import WholeWords
from corpus.happening_index import reports_a, starting_within
from corpus.happenings import Happening
from corpus.model import Passage
from corpus.text_units import Sentence, clause_before, first_sentence, sentences

# The pronoun right after the verb, as what it governs ("signed it in 2016", not "signed it off").
_IT = re.compile(r"\s+(it)\b(?!\s+(?:off|up|out|over)\b)(?!['\u2019]s)")
# ... and a noun before it that it could stand for instead, in an earlier clause of its sentence:
# "The ministry said the text was ready, and Seoul signed it" leaves "it" the text's (the
# subject of the wording's own clause is none: "The two governments signed it").
# ("drafted the memo, and ...": the noun may end at a comma)
_NOUN_BEFORE = re.compile(r"(?i)\b(?:the|its|their|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+[\s,;]")
# The pronoun found, as a match in the passage's own text (what the event rules answer with).
# (`\bit\b`, written to open with its letters: the engine then skips to each "it" instead of
# trying the boundary at every character, 10 times faster on a passage without one.)
_THE_WORD_IT = re.compile(r"it(?<!\wit)\b")


def named_in_the_sentence_before(kind: str, passage: Passage, text: str, happenings: tuple[Happening, ...],
                                 about: WholeWords) -> re.Match | None:
    """The "it" that a wording of `kind` as having happened governs in the passage's first
    sentence, with no noun before it in that sentence for it to stand for, when the last sentence
    before the passage names what the event is about: that "it" names it. A match in
    `passage.text`."""
    if not reports_a(kind, happenings):
        return None  # (none to govern it: an event of any kind ("any") is worded by no happening)
    if not _THE_WORD_IT.search(passage.text):
        return None  # (no pronoun: its sentences are not split, for each event's rules)
    first, before = _first_and_before(text, passage.start, passage.end)
    if not first or not before or not about.search(text, before[0].start, before[0].end):
        return None
    for happening in starting_within(first[0].start, first[0].end, happenings):
        if happening.kind == kind and happening.reported:
            pronoun = _IT.match(text, happening.end)
            own_clause = happening.start - len(clause_before(text, first[0], happening.start))
            if pronoun and not _NOUN_BEFORE.search(text, first[0].start, own_clause):
                return _THE_WORD_IT.match(passage.text, pronoun.start(1) - passage.start)
    return None


# The last text asked about (by identity) and its passages' sentences (review fixes, session 18: an
# lru_cache keyed by the whole text kept 256 pages).
_last: tuple[str | None, dict[tuple[int, int], tuple[tuple[Sentence, ...], tuple[Sentence, ...]]]] = (None, {})


def _first_and_before(text: str, start: int, end: int) -> tuple[tuple[Sentence, ...], tuple[Sentence, ...]]:
    """The first sentence of `text[start:end]` (none or one, in a tuple) and the last one before it
    (as well): split once for a passage, not again for each event's rules. Only the last text's are
    kept."""
    global _last
    last = _last
    if last[0] is not text:
        last = _last = (text, {})
    found = last[1].get((start, end))
    if found is None:
        found = last[1][start, end] = (first_sentence(text, start, end),
                                       sentences(text, max(0, start - 600), start)[-1:])
    return found
