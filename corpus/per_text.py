"""Answers about a text remembered for the last few texts asked of (the same string object), so that a page read
again for each listed event, or for each estimate of its date, is not read again: perf31 found 23,000 readings of a
date's role and 8,000 of a sentence's dates on one page of 100 KB. Held by identity, never by equality: a text
equal to a remembered one but not the same object is only read again."""

from __future__ import annotations

from typing import Any

_REMEMBERED = 4


class PerText:
    """A dictionary of answers for each of the last `_REMEMBERED` texts."""

    def __init__(self) -> None:
        self._last: list[tuple[str, dict]] = []

    def answers(self, text: str) -> dict[Any, Any]:
        """The answers kept for `text` (an empty dictionary, kept, for a text not asked of lately)."""
        last = self._last
        for kept, answers in last:
            if kept is text:
                return answers
        answers = {}
        self._last = [(text, answers), *last[:_REMEMBERED - 1]]  # (a new list: another thread may read the old one)
        return answers
