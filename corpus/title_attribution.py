"""Who said it and how it became known, taken out of a proposed event's title (`corpus.event_titles`): "Officials said
Tuesday that Seoul ended ..." is "Seoul ended ...", "Seoul ended the pact, officials said" is "Seoul ended the pact",
"It later emerged that ..." goes, and a Korean report's hearsay ("가서명한 것으로 확인됐다") is told as done ("가서명했다"). The
speaker stays when the saying is the happening. Pure standard library.
"""

from __future__ import annotations

import re

from corpus.title_clause import PRONOUN
from corpus.title_hearsay import without_hearsay

_LEADING_ATTRIBUTION = re.compile(
    r"^(?:(?P<subject>[^,.;]{0,80}?)(?<!\s)\s++(?:said|says|announced|reported"
    # "told a National Assembly defense committee meeting Monday that ...": whom, up to its "that"
    r"|told(?:\s[\w.'\u2019-]+){3,8}?(?=\s+that\s)|told\s+\w+(?:\s+\w+)?|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:morning|afternoon|evening|night))?"
    # "said on its website that"
    r"(?:\s+(?:on|in)\s+(?:its|their|his|her|a|an|the)\s+(?:website|statement|report|blog|broadcast))?"
    r",?\s+(?:that\s+)?)"
    r"(?=\S+\s+\S+)(?!(?:it|them|him|her|this|that|so)[,.;])"  # "media had reported it, and ...": no saying
)
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:,|(?<!\s)\s++--)\s++(?:[^,]{0,80}?\s)?"
    r"(?:said|says|added|noted|told\s+[^,]{1,40}|reported|according\s+to\b[^,]*)"
    r"(?:\s+[^,]{0,40})?[.\"\u201d]*$"
)
# A saying whose object is a thing, not what was said: "announced the decision", "confirmed its plan".
_NOUN_OBJECT = re.compile(r"\s++(?:the|a|an|its|their|his|her)\s+\w+")
_DANGLING = re.compile(r"(?i)(?<!\s)\s++(?:on|in|as\s+of|since|of|by|from|until|at)$")  # its date was after it
LEADING_PHRASE = re.compile(
    r"^(?:(?:In|At|During)\s+an?\s+(?:statement|briefing|release|speech|letter|(?:news|press)\s+conference)"
    r"[^,]{0,40}|According\s+to\s+[^,]{1,60}"
    # "Speaking in parliament, Abe ..."
    r"|(?:Speaking|Writing|Talking)\s+(?:to|in|at|on|before|after)\s[^,]{1,60}),\s+"
    r"|^[^,.]{1,40}?에\s*따르면,?\s+"  # "국방부에 따르면" (according to the ministry)
)
# What a Korean report says was found or heard, told as done: "가서명한 것으로 확인됐다" (was confirmed
# to have initialled) is "가서명했다" (initialled).
_KOREAN_HEARSAY = re.compile(r"(?P<ending>[한된]) 것으로 (?:확인|알려|전해|파악)(?:됐다|되었다|졌다)$")
_KOREAN_PAST = {"한": "했다", "된": "됐다"}
# "It later emerged that Washington had signed ...": how it became known, not what happened
_LEADING_FRAME = re.compile(r"^(?:It\s+(?:(?:later|soon|then|has|had|now)\s+)?(?:emerged|transpired|turned\s+out"
                            r"|became\s+(?:clear|known)|was\s+(?:later\s+)?(?:revealed|learned|reported))\s+that"
                            # ... or what others believe of it: "They believe he left his home on Thursday"
                            r"|(?:They|Police|Investigators|Officials)\s+(?:believe|suspect)(?:\s+that)?)\s+(?=\S)")


def without_attribution_or_frame(text: str, verb: str) -> str:
    """Without who said it ("officials said Tuesday that", ", a spokesman said"), how it became known ("It later
    emerged that"), a Korean report's hearsay ("한 것으로 확인됐다": "했다") and a preposition its date left."""
    text = _LEADING_FRAME.sub("", LEADING_PHRASE.sub("", _without_attribution(text, verb), count=1), count=1)
    text = " ".join(_without_trailing_attribution(text, verb).rstrip(" .,;:\"\u201d\u3002").split())
    text = _KOREAN_HEARSAY.sub(lambda found: _KOREAN_PAST[found["ending"]], text)
    return _DANGLING.sub("", text)


def _without_trailing_attribution(text: str, verb: str) -> str:
    """"Seoul ended the pact, officials said" -> "Seoul ended the pact"; not when the saying is the
    happening's own verb: "The ministry, however, said it would respond" (review fixes, session 17)."""
    trailing = _TRAILING_ATTRIBUTION.search(text)
    if trailing is None or verb and text[trailing.start():].lstrip(",- ").startswith(verb):
        return text
    return text[:trailing.start()]


def _without_attribution(text: str, verb: str = "") -> str:
    """"Officials said Tuesday that Seoul ended ..." -> "Seoul ended ..."; "Seoul said it is
    putting off ..." -> "Seoul is putting off ...": the speaker stays when it is the doer; and
    all stays when the happening's verb is in what looks like the saying's subject ("The
    ministry summoned the envoy and told Tokyo it intends to ...": the summoning)."""
    text = without_hearsay(text, verb)  # "Aides say ...", "According to ...", "were reported to have"
    match = _LEADING_ATTRIBUTION.match(text)
    verb_at = text.find(verb) if verb else -1
    if match is None or 0 <= verb_at < len(match["subject"]) \
            or 0 <= verb_at < match.end() and _NOUN_OBJECT.match(text, verb_at + len(verb)):
        return text  # the happening is in the saying's subject, or is the saying ("announced the decision")
    rest = text[match.end():]
    pronoun = PRONOUN.match(rest)
    return f"{match['subject']} {rest[pronoun.end():]}" if pronoun else rest
