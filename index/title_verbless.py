"""Whether a proposed event's title is a phrase with no clause of its own (`index.title_worth`):
what was cut from a sentence whose main clause went elsewhere, so that no happening is told.

    >>> verbless("Setting aside years of ill will")
    True
    >>> verbless("Kumamoto Castle, damaged by strong earthquakes")
    True
    >>> verbless("Fighting in the capital killed 20 people")
    False
"""

from __future__ import annotations

import re

from corpus.title_cuts import AUXILIARY_WORDS, MAX_TITLE
from index.plain_verbs import plain_verbs

# A phrase opened by a participle ("Setting aside ...", "Besides sailing within ...", "Talking to reporters ...",
# "Being pressed at a hearing ..."): the sentence's subject and main verb came after its comma.
_OPENING_PARTICIPLE = re.compile(r"(?:(?:Besides|Without|While|Upon|After|Before)\s+[a-z]{2,}ing"
                                 r"|[A-Z][a-z]{2,}ing\s+(?:aside|behind|to|with|within|under|up|off|out|down"
                                 r"|through|about|against)|Being)\s")
# A past form that is not a verb of the clause: an adjective ("China's reclaimed outpost", "burned-out houses")
# or the participle of "being pressed".
_NOT_A_CLAUSE_VERB_AFTER = ("'s ", "\u2019s ", " being ", "Being ")
# A participle after its noun ("Buildings damaged by the earthquake", "The banks, led by the state bank",
# "Lee, credited with stirring ...", "At the ceremony, held at ..."): an agent or a comma before it tells it
# is no finite verb.
# ("Exports dropped by 10%", "The bill passed by a wide margin", "Seoul stood by its account": a finite verb
# and a measure or a stance; "answered by closing": a manner)
_AGENT_AFTER = re.compile(r"\s+by\s+(?!\d|[a-z]+ing\b|(?:about|some|nearly|almost|over|more|less"
                          r"|a\s+(?:wide\s+|narrow\s+)?(?:third|quarter|half|tenth|margin|vote|landslide))\b)")
_BY_A_MEASURE = frozenset("stood passed went came rose fell won lost grew dropped increased decreased climbed declined "
                          "jumped surged slid gained abided swore".split())
_AFTER_COMMA_PREPOSITION = re.compile(r"\s+(?:by|with|at)\s")
_AUXILIARY = re.compile(rf"\b(?:{AUXILIARY_WORDS}|been)\b")
_ELIDED_WITHIN = re.compile(r"\u2026.")  # a subject elided: its verb kept after the mark
_LONGEST = 2 * MAX_TITLE  # titles are cut to their room: longer text is no title


def verbless(title: str) -> bool:
    """Whether the title is only a phrase opened by a participle, or a noun with its participle
    after it, and tells no finite verb."""
    if len(title) > _LONGEST or _AUXILIARY.search(title) or _ELIDED_WITHIN.search(title):
        return False
    verbs = [span for span in plain_verbs(title, "event")
             if not title.endswith(_NOT_A_CLAUSE_VERB_AFTER, 0, span[0]) and not title.startswith("-", span[1])]
    if _OPENING_PARTICIPLE.match(title) and "," not in title:
        return not verbs
    return bool(verbs) and all(_participle_after_noun(title, span) for span in verbs)


def _participle_after_noun(title: str, span: tuple[int, int]) -> bool:
    start, end = span
    if start == 0 or title[start:end] in _BY_A_MEASURE:
        return False
    if _AGENT_AFTER.match(title, end):
        return True
    return title.endswith(", ", 0, start) and bool(_AFTER_COMMA_PREPOSITION.match(title, end))
