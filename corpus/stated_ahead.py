"""Whether a sentence states that something will be done: the statements of an event that is
itself a statement ("Seoul says it will sign the pact", `statement` in `corpus/events.json`)."""

from __future__ import annotations

import re

from corpus.happenings import Happening
from corpus.text_units import clause_after

# A statement that something will be done: said ("a source said"), or quoted.
_SAYING = re.compile(r"(?i)\b(?:said|says|say|told|tells|announc(?:ed|es)|stated|declared|confirmed"
                     r"|according\s+to"
                     # ... in the other languages of the 2012 story: "disse a fonte", "dijo", "a annoncé", "cho biết"
                     r"|disse|disseram|afirmou|informou|anunciou|dijo|dijeron|afirmó|señaló|indicó|anunció|informó"
                     r"|annoncé|déclaré|indiqué|affirmé|a\s+dit|cho\s+biết|cho\s+hay|tuyên\s+bố|nói"
                     r"|قال|وقال|أعلن|وأعلن|صرح|أفاد|وأفاد|ذكر|وذكر)\b|[\"\u201c]"
                     # ... and where words take endings or are not spaced: "말했다", "述べた", "發言人…說"
                     r"|(?:라고|다고)\s*(?:말했|밝혔|전했|설명했)|と(?:述べ|明らかにし|語っ|説明し)|話として|[说說]|表示|指出")
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
# ... nor Seoul's word after the 2012 delay, another statement: the signing put off until lawmakers are consulted
# ("would be signed after more consultations", "cuando concluyan nuevas consultas", "après de nouvelles consultations"),
# told after the signing's wording, or before it where the verb comes last ("국회와 협의한 뒤 서명할").
_AFTER_CONSULTING = re.compile(r"(?i)[^.;]{0,80}?(?:\b(?:after|following|once|until|when)\s+(?:\w+\s+){0,3}?consult"
                               r"|\bcuando\s+(?:\w+\s+){0,3}?consultas"
                               r"|\b(?:après|após|depois\s+d[ae]s?)\s+(?:\w+\s+){0,2}?consult)")
_CONSULTED_FIRST = re.compile(r"협의\w*\s*(?:후|뒤|를\s*거쳐|을\s*거쳐)[^.]{0,40}$")


# How far from the wording its saying is sought: a news sentence's length, and no more in a sentence of hostile length.
_SAID_WITHIN = 400


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
    return bool(ahead) and not _after_consulting(text, happening) and _said(text, happening)


def _after_consulting(text: str, happening: Happening) -> bool:
    """Whether the signing is put off until lawmakers are consulted (Seoul's word after the delay)."""
    sentence = happening.sentence
    return bool(_AFTER_CONSULTING.match(text, happening.end, min(sentence.end, happening.end + _SAID_WITHIN))
                or _CONSULTED_FIRST.search(text, max(sentence.start, happening.start - 80), happening.start))


def _said(text: str, happening: Happening) -> bool:
    """Whether a saying near the wording, in its sentence, tells it (not the press alone, nor a relative clause's)."""
    sentence = happening.sentence
    start, end = max(sentence.start, happening.start - _SAID_WITHIN), min(sentence.end, happening.end + _SAID_WITHIN)
    return any(not _PRESS_SAID.search(text, max(sentence.start, m.start() - 40), min(sentence.end, m.end() + 30))
               and not (m.start() > happening.end
                        and _RELATIVE_SAYER.search(text, max(sentence.start, m.start() - 20), m.start()))
               for m in _SAYING.finditer(text, start, end))
