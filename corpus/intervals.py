"""How long before a report a happening lay, by the words that lead to it.

    >>> text = "The signing came less than a month after talks resumed."
    >>> days_before(text, 0, text.index("resumed"))
    (0, 31)

"Less than a month after talks resumed", "more than four years after they collapsed", "three
months after it said it would let the deal die": the happening is dated by its distance
from what the sentence tells, which a news report tells on its day or just before. So the
distance is counted back from the report's date, with a week's leeway each side for the
report's lag (`corpus.event_rules`). A vague count ("some years after") or a distance
counted forward ("two weeks before the vote") dates nothing.
"""

from __future__ import annotations

import re

from corpus.date_patterns import NUMBER, number_value

_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
# At most this many words between "after" and the happening's own words ("after the two
# sides restarted", "after it said it would let the deal").
_WORDS_BETWEEN = 8
# A distance of two units is counted in both: "four years and five months after they broke down".
_LEADING = re.compile(
    rf"(?i)\b(?:(?P<bound>less\s+than|under|within|barely|just|only|nearly|almost|more\s+than|over"
    rf"|about|some|around|roughly)\s+)?(?:(?P<larger>{NUMBER})\s+(?P<larger_unit>year|month|week)s?,?\s+and\s+)?"
    rf"(?P<count>{NUMBER})\s+(?P<unit>day|week|month|year)s?"
    rf"(?:['\u2019]s)?\s+(?:after|since)\s+(?:[\w'\u2019-]+,?\s+){{0,{_WORDS_BETWEEN}}}$"
)
_UPPER = ("less than", "under", "within", "barely", "just", "only", "nearly", "almost")
_LOWER = ("more than", "over")


def days_before(text: str, sentence_start: int, happening_start: int) -> tuple[int, int] | None:
    """The least and most days between the happening at `happening_start` and the time its
    sentence tells of, when the words before it in its sentence give them; else None."""
    match = _LEADING.search(text, sentence_start, happening_start)
    if match is None:
        return None
    count = number_value(match.group("count").replace(" ", "-"))
    if count is None:
        return None
    unit = _UNIT_DAYS[match.group("unit").lower()]
    larger = _larger_part(match)
    if larger is None:
        return None
    bound = " ".join((match.group("bound") or "").lower().split())
    if bound in _UPPER:
        return 0, larger + count * unit
    if bound in _LOWER:
        return larger + count * unit, 2 * (larger + count * unit) + unit
    return larger + max(count - 1, 0) * unit, larger + (count + 1) * unit


def _larger_part(match: re.Match) -> int | None:
    """The days of a distance's larger unit ("four years" in "four years and five months"), 0
    when it has none; None when its count is no definite number."""
    if match.group("larger") is None:
        return 0
    count = number_value(match.group("larger").replace(" ", "-"))
    return None if count is None else count * _UNIT_DAYS[match.group("larger_unit").lower()]
