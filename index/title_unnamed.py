"""Whether a proposed event's title has for its subject someone the title never names (`index.title_worth`): an
office with no name after it ("The US President opened the summit": whose?) or a person by what they are ("The man
went missing", "The gunman fled"), told of elsewhere on the page.

    >>> unnamed_subject("The US President opened the historic summit")
    True
    >>> unnamed_subject("The US President Joe Biden opened the historic summit")
    False
"""

from __future__ import annotations

import re

from corpus.english_past import IRREGULAR_PAST

# The subject's verb next, as done: "opened", "went", "was shot", "had left".
_VERB_NEXT = rf"(?:also\s+|then\s+|later\s+)?(?:[a-z]{{2,}}ed|{IRREGULAR_PAST}|was|were|had|has)\b"
# An office, a country's or a body's word or two before it ("The US President", "The Japanese Prime Minister"; not
# a unique style of its own, "The Pope", "The Emperor").
_OFFICE = (r"(?:Vice\s+|Deputy\s+|Foreign\s+|Defen[cs]e\s+)?(?:President|Prime\s+Minister|Premier|Chancellor"
           r"|Ambassador|Secretary|Minister|Governor|Mayor)")
_OFFICE_UNNAMED = re.compile(rf"The\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}{_OFFICE}\s+{_VERB_NEXT}")
# A person by what they are, a few words before it ("The man", "The 24-year-old suspect", "The University of
# Westland student").
_PERSON = r"(?:man|woman|men|women|boy|girl|couple|gunman|suspect|victim|teenager|student)"
_PERSON_UNNAMED = re.compile(rf"The\s+(?:[\w-]+\s+){{0,4}}?{_PERSON}\s+{_VERB_NEXT}")


def unnamed_subject(title: str) -> bool:
    """Whether the title's subject is an office or a person it does not name."""
    return bool(_OFFICE_UNNAMED.match(title) or _PERSON_UNNAMED.match(title))
