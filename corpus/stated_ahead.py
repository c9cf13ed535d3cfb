"""Whether a sentence states that something will be done: the statements of an event that is
itself a statement ("Seoul says it will sign the pact", `statement` in `corpus/events.json`)."""

from __future__ import annotations

import re

from corpus.happenings import Happening
from corpus.text_units import clause_after

# A statement that something will be done: said ("a source said"), or quoted.
_SAYING = re.compile(r"(?i)\b(?:said|says|say|told|tells|announc(?:ed|es)|stated|declared|confirmed"
                     r"|according\s+to)\b|[\"\u201c]")
_AHEAD = re.compile(r"(?i)\b(?:will|would|shall|plans?\s+to|intends?\s+to)\b|['\u2019]ll\b")


# ... by the press alone: "Seoul will shortly sign the pact, a report said Wednesday" is the
# press's word of a plan, not a statement of the government's.
_PRESS_SAID = re.compile(r"(?i)\b(?:an?|the|news|media|press|newspaper)\s+(?:\w+\s+)?(?:reports?|media)\s+"
                         r"(?:said|says|showed|suggested)\b|\baccording\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                         r"(?:reports?|media)\b")


# ... nor one in a relative clause after it, another's saying: "called off before the Friday
# signing and drew criticism from parties, who said the government had ignored ...".
_RELATIVE_SAYER = re.compile(r"(?i)\b(?:who|which)\s+(?:also\s+|had\s+|have\s+)?$")


# A plan only named, by an adjective before its noun: "apologized for failing to proceed with the
# planned signing" states no plan ("the planned signing will go ahead Friday" does).
_NAMED_PLAN = re.compile(r"(?i)\b(?:planned|scheduled|upcoming|proposed|expected|impending|pending|looming)\s+$")


# ... nor the time a plan gives to another deed: "announced it less than an hour before the two were to sign the pact"
# (timeline round 82: a page dated 29 June 2012 read so as Seoul's word of the 27th).
_BEFORE_THE_PLAN = re.compile(r"(?i)\bbefore\s+(?:[\w'\u2019-]+\s+){1,4}?(?:was|were)\s+(?:due\s+|set\s+)?to\s+$")


def stated_ahead(text: str, happening: Happening) -> bool:
    """"Korea will sign the pact, a source said": planned, or after a "will", in a sentence
    that says or quotes it (not only a report); not "the two were on the point of signing it in 2012"."""
    sentence = happening.sentence
    if _BEFORE_THE_PLAN.search(text, max(sentence.start, happening.start - 60), happening.start):
        return False
    ahead = happening.frame == "planned" or _AHEAD.search(text, sentence.start, happening.start)
    if _NAMED_PLAN.search(text, max(sentence.start, happening.start - 30), happening.start):
        ahead = _AHEAD.search(text, sentence.start, happening.start) \
            or _AHEAD.search(clause_after(text, sentence, happening.end))
    sayings = [m for m in _SAYING.finditer(text, sentence.start, sentence.end)
               if not _PRESS_SAID.search(text, max(sentence.start, m.start() - 40), min(sentence.end, m.end() + 30))
               and not (m.start() > happening.end and _RELATIVE_SAYER.search(text, max(sentence.start, m.start() - 20), m.start()))]
    return bool(ahead) and bool(sayings)
