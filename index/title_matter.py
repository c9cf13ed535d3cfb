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


# A reaction with no matter, how at most: "People reacted with stunned disbelief", "Markets reacted calmly".
_REACTED = re.compile(r"\sreacted(?:\s+(?:[a-z]+ly|and))*(?:\s+with\s+(?:[a-z]+\s+){0,2}[a-z]+)?$")
# An agreement with no matter, where or when at most: "Yoon and Kishida agreed at a landmark meeting".
_AGREED_WHERE = re.compile(r"\sagreed\s+(?:at|during|in|after|following|amid)"
                           r"(?:\s+(?!(?:to|on|that|with|upon)\s)[^\s,]+){1,8}$")
# A news agency's or a paper's quotation, whose words the title leaves out: "KCNA quoted an unnamed commentator".
_QUOTED = re.compile(r"\squoted\s+(?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+$")
# A beginning that names nothing, what began the page told before: "Formal negotiations began", "Work on
# the buildings started" (not "The Defense Trilateral Talks took place", a name).
_NOTHING_NAMED_BEGAN = re.compile(r"[A-Z][a-z'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,4}?\s+(?:began|started|resumed"
                                  r"|opened|broke\s+out|took\s+place)$")  # (an end told, "Talks ended", is kept)


def matter_lost(title: str) -> bool:
    """Whether the title ends with a feeling voiced, a protest, a signing, a reaction or an agreement and says nothing
    of what about, with a quotation's source and not its words, or tells a beginning or an end of nothing it
    names."""
    return bool(_FEELING_VOICED.search(title) or _PROTESTED.search(title) or _SIGNED_ALONE.search(title)
                or _REACTED.search(title) or _AGREED_WHERE.search(title) or _QUOTED.search(title)
                or _NOTHING_NAMED_BEGAN.fullmatch(title))
