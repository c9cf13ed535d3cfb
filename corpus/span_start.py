"""A month named as the start of a span of time names no happening: "North Korea's two nuclear tests
since January" counts the tests of a span, and "January" there is no name of January's test (as
"the January test", "since January's test" or "since January 6" would be). For `corpus.event_rules`,
whose `about` words may be a bare month ("January" of the fourth nuclear test of 2016). Pure standard
library and `corpus.date_patterns`."""

from __future__ import annotations

import re

from corpus.date_patterns import MONTH_FULL

_MONTH = re.compile(rf"(?i){MONTH_FULL}")
# "since" right before the month ...
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:last|early|late)\s+|mid-?\s*)?$")  # "since early January"
# ... and no day, possessive, noun or "when" clause of its own after it ("since January 6", "since
# January's test", "since September, when the North conducted its fifth test" name the test; a year is no
# day: "since January 2016", review fixes, session 17).
_NAMED_AFTER = re.compile(r"\s*(?:\d{1,2}(?!\d)|['\u2019]s\b|(?:nuclear\s+|atomic\s+)?tests?\b|,\s*when\b)", re.IGNORECASE)


def begins_a_span(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a bare month that "since" makes the start of a span."""
    return (_MONTH.fullmatch(text, start, end) is not None
            and _SINCE_BEFORE.search(text, max(0, start - 20), start) is not None
            and _NAMED_AFTER.match(text, end) is None)
