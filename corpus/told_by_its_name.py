"""An event of kind "any" that happened once, told by a name that words it whole (its `once` expressions: "North
Korea shelled Yeonpyeong Island", "연평도 포격", "the island shelled by North Korea"): a page that prints no date, or
a later one, that so names it tells of it, with no date of its own. An event of another kind is told again by its
wording and the name of what it happened to (`corpus.told_again`). Pure functions."""

from __future__ import annotations

import re

from corpus.events import EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.text_units import sentence_at
from corpus.told_again import once_pattern

# A threat, a warning or a possibility in the sentence ("延坪島に砲撃を加え、…と威嚇した", "延坪岛可能遭到炮击"): no
# happening told as done there (the Korean, Japanese and Chinese names read no verb of their own).
_THREAT_OR_POSSIBILITY = re.compile(r"威嚇|警告|恐れ|かもしれ|可能|威胁|威脅|경고|위협|가능성|(?i:\bthreat\w*|\bwarn\w*)")


def told_by_its_name(spec: EventSpec, text: str, start: int, end: int, published: ReportingDate | None) -> bool:
    """Whether `text[start:end]` (a passage) names the "any" event `spec` by one of its `once` names, not only
    looked ahead to ("could shell Yeonpyeong again"), threatened or counted years back to (an anniversary's, read
    by `corpus.date_anniversary`), on a page of no date (or one dated only at the earliest) or one that appeared
    after it."""
    if spec.kind != "any" or not spec.once:
        return False
    if published is not None and not published.earliest and published.value.bounds()[0] <= spec.date.bounds()[1]:
        return False
    from corpus.date_own_day import counts_years  # (here: that module reads `corpus.event_rules`, which reads this)
    for found in once_pattern(spec).finditer(text, start, end):
        sentence = sentence_at(text, found.start(), start, end)
        if not only_foresees(text, sentence, found.start(), found.end()) and not counts_years(text, sentence) \
                and not _THREAT_OR_POSSIBILITY.search(text, sentence.start, sentence.end):
            return True
    return False
