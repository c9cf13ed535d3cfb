"""Verbs that tell what was done ("met", "signed") or, for a plan, what will be ("will hold"),
outside quotations: what a speaker says happened is a statement. Read by the proposed events
(`index.proposals`) and by the test of a title's worth (`index.title_worth`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from corpus.english_past import LEFT_AS_IS, SENTENCE_PAST

# A verb in the past tense that says something was done, when no listed kind of happening does.
PAST_VERB = re.compile(
    r"\b(?=[a-z])"  # (a word's first letter first: the checks below then run at a word's start only, 5 times faster)
    r"(?<!\bat\s)(?<!\bfrom\s)(?<!\bfar\s)"  # "Kono, behind at left": a place in a photo
    # "its list of trusted partners", "the revised ordinance": an adjective
    r"(?<!\bof\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\bto\sbe\s)(?<!\bto\s)"  # "calling for the pact to be kept", "an approach to strained ties"
    r"(?<!-)"  # "the now-cancelled pact", "a US-led coalition": adjectives
    r"\b(?!(?:said|reported|added|noted|stated|told|called|based|named|related|concerned|argued|stressed"
    r"|planned|hoped|wanted|intended|expected|aimed|tried|sought|scheduled|needed"  # an intention
    r"|threatened|vowed|pledged|promised"  # or its statement
    r"|thought|felt|knew|understood"  # a view or a state of mind ("is thought to have been", "felt it was a success")
    r"|insisted|claimed|warned|urged|hinted|suggested|asserted|explained|emphasi[sz]ed|acknowledged"
    r"|reflected|underscored|highlighted|illustrated|signall?ed|showed|indicated|meant)\b)"  # what a thing means
    r"(?!(?:confirmed|announced|revealed|disclosed|declared)\s+that\b)"  # what follows is what happened
    r"(?<!\bleft\s)"  # "left unsigned": a state, not a verb
    rf"(?:[a-z]{{3,}}ed|{SENTENCE_PAST})\b"
    # "the left-leaning party", "a left-wing group": a compound's; "left open the question", "left intact", "left
    # unsigned": no deed (review 44; only "left": with any "-ed" word so joined, "burned-out", another misread won)
    rf"(?!(?<=\bleft)(?:-|\s+(?:{LEFT_AS_IS}|un[a-z]+ed)\b))"
)
FUTURE_VERB = re.compile(r"\b(?:will|would|shall|to)\s+(?:(?:also|be|\w+ly)\s+)?[a-z]{3,}\b")


@lru_cache(maxsize=64)
def plain_verbs(sentence: str, role: str) -> tuple[tuple[int, int], ...]:
    """A verb saying what was done ("met") or, for a plan, what will be ("will hold"), not
    in a quotation: what a speaker says happened is a statement. (Remembered: a sentence is
    asked once for each date it prints, and a long one read again each time took the square of it.)"""
    found = (PAST_VERB if role == "event" else FUTURE_VERB).finditer(sentence)
    quotations = Quotations(sentence)
    return tuple(verb.span() for verb in found if not quotations.inside(verb.start()))


def quoted(sentence: str, at: int) -> bool:
    """Whether `sentence[at]` is inside quotation marks (the sentence may open inside one)."""
    return Quotations(sentence).inside(at)


class Quotations:
    """Whether places of one sentence, asked in order, are inside quotation marks: the marks before each place
    counted on from the last one asked (asked of every verb of a long sentence, counting from its start each
    time took the square of its length); a place asked before the last counts again from the start."""

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._counted_to = self._straight = self._depth = 0
        self._closings = _places(sentence, "\u201d")
        self._openings = _places(sentence, "\u201c")

    def inside(self, at: int) -> bool:
        at = max(at, 0)  # a place before the sentence is its start
        if at < self._counted_to:  # asked out of order: counted again from the start
            self._counted_to = self._straight = self._depth = 0
        between = self._sentence[self._counted_to:at]
        self._straight += between.count('"')
        self._depth += between.count("\u201c") - between.count("\u201d")
        self._counted_to = at
        if self._straight % 2:
            return True
        if self._depth:
            return self._depth > 0
        closing, opening = _next(self._closings, at), _next(self._openings, at)
        return closing >= 0 and (opening < 0 or closing < opening)


def _places(sentence: str, mark: str) -> list[int]:
    """Where `mark` stands in `sentence`, in order (found by `str.find`: a long sentence is not walked letter by
    letter in Python)."""
    places, at = [], sentence.find(mark)
    while at >= 0:
        places.append(at)
        at = sentence.find(mark, at + 1)
    return places


def _next(places: list[int], at: int) -> int:
    """The first of the sorted `places` at or after `at`, or -1."""
    index = bisect_left(places, at)
    return places[index] if index < len(places) else -1
