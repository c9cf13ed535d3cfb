"""An event of kind "any" that happened once, told by a name that words it whole (its `once` expressions: "North
Korea shelled Yeonpyeong Island", "연평도 포격", "the island shelled by North Korea"): a page that prints no date, or
a later one, that so names it tells of it, with no date of its own. An event of another kind is told again by its
wording and the name of what it happened to (`corpus.told_again`). Pure functions."""

from __future__ import annotations

from corpus.events import EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.text_units import sentence_at
from corpus.told_again import once_pattern


def told_by_its_name(spec: EventSpec, text: str, start: int, end: int, published: ReportingDate | None) -> bool:
    """Whether `text[start:end]` (a passage) names the "any" event `spec` by one of its `once` names, not only
    looked ahead to ("could shell Yeonpyeong again"), on a page of no date (or one dated only at the earliest)
    or one that appeared after it."""
    if spec.kind != "any" or not spec.once:
        return False
    if published is not None and not published.earliest and published.value.bounds()[0] <= spec.date.bounds()[1]:
        return False
    return any(not only_foresees(text, sentence_at(text, found.start(), start, end), found.start(), found.end())
               for found in once_pattern(spec).finditer(text, start, end))
