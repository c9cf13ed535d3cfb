"""An event's names that name another happening as well (an event's `shared` expressions): "a hydrogen bomb" names
North Korea's test of January 2016 and its test of September 2017, both claimed as one. On a page that names the
other (`shared_with`: "its sixth nuclear test", "2017"), those names are the other's: the event is named there by
its other `about` expressions alone. A page of no date is estimated from the events it reports
(`corpus.date_estimate`), so a name read there without this would date a page of 2017 to 2016. Pure functions."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from corpus.events import EventSpec


def named_on_this_page(spec: EventSpec, text: str) -> EventSpec:
    """`spec`, or, on a page that names what its `shared` expressions name as well, `spec` without them."""
    if not spec.shared or not _the_other(spec).search(text):
        return spec
    return replace(spec, about=tuple(term for term in spec.about if term not in spec.shared), shared=())


@lru_cache(maxsize=None)
def _the_other(spec: EventSpec) -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + "|".join(spec.shared_with) + r")")
