"""A page's happenings found by their sentence, their span or their kind without a scan of all of them: asked at
each date or passage of a page, such a scan took time growing as the product of its dates (or passages) and its
happenings (review 36: 10 s on a page of 5,000 sentences "The talks resumed on Tuesday.", 6 s on 5,000 lines).
Each answer holds the happenings in their order, as the scan it replaces found them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.happenings import Happening


@dataclass(frozen=True)
class _Index:
    happenings: Sequence[Happening]
    sentence_starts: list[int]
    by_sentence: list[list[Happening]] | None  # None when two sentences overlap
    starts: list[int]  # each happening's start, in order
    order: list[int]  # the happenings' positions, by start
    longest: int  # the longest wording's length
    reported_kinds: frozenset[str]


# The happenings last asked of (the same tuple, or a list never changed after), indexed: a few, since a caller
# asks of a page's happenings and of a passage's wordings in turn.
_last: list[_Index] = []
_REMEMBERED = 4


def of_the_sentence_holding(offset: int, happenings: Sequence[Happening]) -> Sequence[Happening]:
    """The happenings whose sentence may hold `offset`: those of the one sentence holding it when their
    sentences lie apart, else all of them."""
    index = _index(happenings)
    if index.by_sentence is None:
        return happenings
    at = bisect_right(index.sentence_starts, offset) - 1
    return index.by_sentence[at] if at >= 0 else []


def starting_within(start: int, end: int, happenings: Sequence[Happening]) -> list[Happening]:
    """The happenings that start in `start` to `end`."""
    index = _index(happenings)
    positions = index.order[bisect_left(index.starts, start):bisect_left(index.starts, end)]
    return [happenings[i] for i in sorted(positions)]


def overlapping(start: int, end: int, happenings: Sequence[Happening]) -> list[Happening]:
    """The happenings whose words overlap `start` to `end` (none starts before `start` by more than the longest)."""
    nearby = starting_within(start - _index(happenings).longest, end, happenings)
    return [h for h in nearby if h.start < end and start < h.end]


def reports_a(kind: str, happenings: Sequence[Happening]) -> bool:
    """Whether one of the happenings words `kind` as having happened."""
    return kind in _index(happenings).reported_kinds


def _index(happenings: Sequence[Happening]) -> _Index:
    global _last
    last = _last
    found = next((index for index in last if index.happenings is happenings), None)
    if found is None:
        found = _indexed(happenings)
        _last = [found, *last[:_REMEMBERED - 1]]  # (a new list: another thread may read the old one)
    return found


def _indexed(happenings: Sequence[Happening]) -> _Index:
    groups: dict[tuple[int, int], list[Happening]] = {}
    for happening in happenings:
        groups.setdefault((happening.sentence.start, happening.sentence.end), []).append(happening)
    spans = sorted(groups)
    apart = all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    order = sorted(range(len(happenings)), key=lambda i: happenings[i].start)
    return _Index(happenings, [start for start, _ in spans], [groups[span] for span in spans] if apart else None,
                  [happenings[i].start for i in order], order, max((h.end - h.start for h in happenings), default=0),
                  frozenset(h.kind for h in happenings if h.reported))
