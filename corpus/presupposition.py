"""A decision named as a thing that exists: "its decision to end the pact", "Seoul's notice
to terminate it". Naming it so tells that it was made, whatever the sentence does with it
("urged Seoul to reverse its decision to end the pact", "was not forewarned of Seoul's recent
decision to terminate the pact"), and the sentence's dates date what is done with it, not the
decision ("on Nov. 15 urged Seoul to reverse its decision to end GSOMIA" is no decision of 15
November). "Suspended the termination" tells of no decision of its own: it is dated by its
suspension. Pure standard library.
"""

from __future__ import annotations

import re

# The noun of a decision, owned or made definite: "its (earlier) decision to", "South Korea's
# (recent) plan to", "the notice to".
_DECISION_NOUN = re.compile(r"(?i)(?:decision|plan|notice|notification|announcement)\s+(?:\w+\s+){0,3}?to\b")
_DEFINITE = re.compile(r"(?i)(?:\b(?:its|the|their|this|that|his|her)|\w['\u2019]s)(?:\s+(?!to\b)[\w-]+)?\s+$")
# ... unless it is only awaited: "Seoul's decision on whether to end it is expected next week".
# ... or only foreseen: "Seoul's decision to end the pact could come next week".
_AWAITED = re.compile(r"(?i)^[^.;]{0,40}?\b(?:(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:expected|due|likely|set|slated|awaited)"
                      r"|could|would|might|may|will|shall)\b")
_OPEN = re.compile(r"(?i)\b(?:whether|if)\b")


def names_a_decision_made(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a wording of ending the pact, names the decision as made."""
    words = text[start:end]
    return bool(_DECISION_NOUN.match(words) and _DEFINITE.search(text[max(0, start - 60):start])
                and not _OPEN.search(words) and not _AWAITED.match(text[end:end + 80]))
