"""Whether a proposed event's title tells a view or a call voiced rather than a happening (`index.title_worth`): its
main clause's verb is one of saying what its speaker thinks of something or wants done ("condemned", "welcomed",
"spoke of the need", "pressed the government to step in"), what was said on a day and not done.
(An announcement, a decision, a protest lodged or a visit is the news itself and stays: "Abe announced he would step
down", "Biden welcomed the leaders to Camp David".)

    >>> tells_a_view("South Korean President Moon Jae-in condemned North Korea")
    True
    >>> tells_a_view("South Korea's opposition parties pressed the government to step in")
    True
    >>> tells_a_view("President Joe Biden welcomed the leaders of Japan and South Korea to Camp David")
    False
    >>> tells_a_view("Tokyo imposed curbs that Seoul condemned")
    False
"""

from __future__ import annotations

import re

from corpus.english_past import IRREGULAR_PAST
from index.title_states import main_clause_words

# The main clause's subject: words before its verb, none of them a verb of its own ("Tokyo imposed curbs that Seoul
# condemned": the curbs are the happening).
_SUBJECT = main_clause_words(rf"[a-z]{{2,}}ed|{IRREGULAR_PAST}|is|are|was|were|has|have|had|did|that")
_HOW = r"(?:(?:again|also|once\s+more|[a-z]{3,}ly)\s+)?"  # "again dismissed", "strongly condemned"
# A view of something: blame, praise, a stance repeated or pressed. (A feeling voiced over a matter, "Singapore voiced
# concern over the collisions", is a reaction the page dates, kept since round 113; "spoke about his plan to the
# council", an address to a body, round 98; nor "slammed", which a storm does: "Typhoon Haishen slammed into Kyushu".)
_VIEW = (r"condemned|denounced|critici[sz]ed|lambasted|decried|deplored|praised|hailed|lauded|applauded"
         r"|repeated|reiterated|insisted|stressed|emphasi[sz]ed|warned|demanded|(?:lashed|hit)\s+out|spoke\s+of")
# A welcome of news, not of guests to a place ("welcomed the leaders … to Camp David", "welcomed the team home").
_WELCOMED = r"welcomed(?![^,]{0,160}?\s(?:to|into|at)\s+(?:the\s+)?[A-Z]|[^,]{0,160}?\shome\b)"
# A call on someone to act: "pressed the government to step in", "urged Seoul to reconsider", "called for talks"
# (not "called on the Emperor": a visit).
_CALL = r"(?:pressed|urged|called\s+on)\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+[a-z]|called\s+for\b"
_VIEW_VOICED = re.compile(rf"{_SUBJECT}{_HOW}(?:(?:{_VIEW})\b(?![^,]{{0,80}}?\sto\s+(?:death|life|prison|jail)\b)"
                          rf"|{_WELCOMED}|{_CALL})")


def tells_a_view(title: str) -> bool:
    """Whether the title's main clause voices a view of something or calls on someone to act."""
    return bool(_VIEW_VOICED.match(title))
