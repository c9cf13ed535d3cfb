r"""The words that name what a listed event is about (its `about` expressions), as one pattern
(`about_pattern`), and that pattern for one passage (`about_in`): without the expressions that open
with `\w*` ("\w*(?:韓国|韓國|日本)\w*": tried at every word, they cost half of the search) and
match nowhere in it. Such an expression matches only where what follows its `\w*` does; where
that is found nowhere in the text, it matches nowhere, and leaving it out changes no match. For
`corpus.event_rules`. Pure standard library."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.events import EventSpec

_ANY_WORD = (r"\w*?", r"\w*")  # (the lazy one first: it starts with the other)
_NOWHERE = re.compile(r"(?!)")


@lru_cache(maxsize=None)
def about_pattern(spec: EventSpec) -> re.Pattern[str]:
    return _alternation(spec.about)


def about_in(spec: EventSpec, text: str) -> re.Pattern[str]:
    """`about_pattern(spec)`, as it matches in `text`, without what cannot match there."""
    absent = frozenset(term for term, rest in _word_led(spec.about) if not rest.search(text))
    return _without(spec.about, absent) if absent else about_pattern(spec)


def _alternation(about: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(about) + r")\b")


@lru_cache(maxsize=None)
def _word_led(about: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each expression that opens with `\w*`, and what follows it (found wherever the expression is)."""
    found = []
    for term in about:
        opening = next((opening for opening in _ANY_WORD if term.startswith(opening)), None)
        if opening is None or term[len(opening):len(opening) + 1] in ("", "?", "*", "+", "{"):
            continue
        try:
            found.append((term, re.compile("(?i)" + term[len(opening):])))
        except re.error:  # (not a pattern on its own: kept)
            continue
    return tuple(found)


@lru_cache(maxsize=1024)  # (an event and the terms its passage lacks: few, but bounded)
def _without(about: tuple[str, ...], absent: frozenset[str]) -> re.Pattern[str]:
    kept = tuple(term for term in about if term not in absent)
    return _alternation(kept) if kept else _NOWHERE
