"""Whether a proposed event's title lost what its verb was about (`index.title_worth`): a reaction with no matter
("Kono voiced unease", "The United States voiced its "disappointment" again", "China protested strongly to Japan",
over what the title does not say), or a signing with no object ("Washington signed", what the page named before).

    >>> matter_lost("Japanese Defense Minister Taro Kono voiced unease")
    True
    >>> matter_lost("Singapore voiced concern over the collisions")
    False
"""

from __future__ import annotations

import re

# A feeling or a view voiced, the title's last words: "voiced unease", "raised his concern", "expressed strong
# regret", 'voiced its "disappointment" again'.
_FEELING = (r"unease|concerns?|disappointment|regret|anger|dismay|worry|worries|displeasure|discontent|frustration"
            r"|outrage|alarm|doubts?|reservations|objections?|opposition|indignation")
_FEELING_VOICED = re.compile(r"\s(?:voiced|expressed|raised|conveyed|registered|aired|showed|signalled|signaled)"
                             r"(?:\s+(?:its|his|her|their|the|a|an|some|deep|strong|serious|grave|great|further))*"
                             rf"\s+[\"\u201c]?(?:{_FEELING})[\"\u201d]?(?:\s+(?:again|anew|too|also|publicly))?$")
# A protest with no matter, to whom at most: "China's Foreign Ministry protested strongly to Japan".
_PROTESTED = re.compile(r"\s(?:lodged\s+a\s+protest|protested|complained)(?:\s+(?:strongly|formally|sharply|again))?"
                        r"(?:\s+(?:to|with)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?$")
# A signing with no object: "Washington signed", "The United States actually signed" (the pact the page named).
# (not a passive, "The harbour treaty was signed": its subject is what was signed)
_SIGNED_ALONE = re.compile(r"(?<!\swas)(?<!\swere)(?<!\sbeen)(?<!\sbe)(?<!\sis)(?<!\sare)"
                           r"\s(?:[a-z]+ly\s+)?(?:signed|ratified|initialled|initialed|countersigned)$")


def matter_lost(title: str) -> bool:
    """Whether the title ends with a feeling voiced, a protest or a signing and says nothing of what about."""
    return bool(_FEELING_VOICED.search(title) or _PROTESTED.search(title) or _SIGNED_ALONE.search(title))
