"""An event's names that name another happening as well (an event's `shared` expressions): "a hydrogen bomb" names
North Korea's test of January 2016 and its test of September 2017, both claimed as one. On a page that names the
other (`shared_with`: "its sixth nuclear test", "2017"), those names are the other's: the event is named there by
its other `about` expressions alone. A page of no date is estimated from the events it reports
(`corpus.date_estimate`), so a name read there without this would date a page of 2017 to 2016. A bound from below
(`corpus.date_after_reported`) reads both (`with_shared_names`): either happening is of the event's day or later.
Pure functions."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from corpus.events import EventSpec
from corpus.per_text import PerText


def named_on_this_page(spec: EventSpec, text: str) -> EventSpec:
    """`spec`, or, on a page that names what its `shared` expressions name as well, `spec` without them."""
    if not spec.shared or not _names_the_other(spec, text):
        return spec
    return replace(spec, about=tuple(term for term in spec.about if term not in spec.shared), shared=())


def with_shared_names(spec: EventSpec) -> EventSpec:
    """The event told by its names and by those it shares with a later one ("tested a hydrogen bomb": January 2016's
    or September 2017's), for a bound from below only: either way the page is of its day at the earliest."""
    return replace(spec, once=spec.once + spec.shared) if spec.shared else spec


_NAMED = PerText()


def _names_the_other(spec: EventSpec, text: str) -> bool:
    """Whether `text` names what `spec`'s shared expressions name too: read once a page, not once a passage (asked
    for each passage, a 100 KB page was read again hundreds of times)."""
    known = _NAMED.answers(text)
    if spec.shared_with not in known:  # (what the answer depends on)
        known[spec.shared_with] = _the_other(spec).search(text) is not None
    return known[spec.shared_with]


@lru_cache(maxsize=None)
def _the_other(spec: EventSpec) -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + "|".join(spec.shared_with) + r")")
