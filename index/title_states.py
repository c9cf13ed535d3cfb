"""Whether a proposed event's title tells a state, a conjecture or a view rather than a happening
(`index.title_worth`): what something was, is still or has become over a span, what it appears or is believed
to have done, or a saying whose said clause the title's room cut.

    >>> tells_a_state("The missile it fired the previous day was the Hwasong-17")
    True
    >>> tells_a_state("North Korea appears to have carried out its third nuclear test")
    True
    >>> tells_a_state("Former Prime Minister Lee charged that Seoul was\u2026")
    True
    >>> tells_a_state("North Korea launched what officials believed was a missile")
    False
"""

from __future__ import annotations

import re

from corpus.english_past import IRREGULAR_PAST

# The words of the title's main clause before its verb: not inside a clause of its own ("what officials believed
# was a missile", "Kim, who was the party's leader, ...", "while talks were still going on").
_CLAUSE_OPENERS = r"what|who|whom|which|whose|while|when|as|after|because|since|though|although"


def main_clause_words(also_not: str = "") -> str:
    """A pattern of the title's first words before its main verb, none of them a clause's opener nor any of
    `also_not` (an alternation of words)."""
    return rf"\A(?:(?!(?:{_CLAUSE_OPENERS}{'|' if also_not else ''}{also_not})\b)[\w.'\u2019,-]+\s+){{1,12}}?"


_MAIN_CLAUSE_WORDS = main_clause_words()
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b"
# A conjecture, no happening told as done: "North Korea appears to have carried out ...", "More than 1,000 people are
# feared to have died", "A missile ... appears likely to fall", "One of the fighters very likely crashed" (not "fired
# what is thought to be a Musudan missile": the firing is told).
_CONJECTURE = re.compile(
    _MAIN_CLAUSE_WORDS + r"(?<!\bwhat\s)(?:(?:appears?|seems?|appeared|seemed)\s+(?:likely\s+)?to\s+(?:have|be)\b"
    r"|(?:appears?|seems?)\s+likely\b|(?:is|are|was|were)\s+(?:feared|believed|thought|presumed|understood"
    r"|estimated|said|reported)\s+to\s+(?:have|be)\b|(?:very|most|highly)\s+likely\b"
    r"|(?:looked|looks?|seemed|appeared)\s+(?:set|poised|likely)\b)")  # "The opposition looked set for a win"
# A state: what something was ("The missile ... was the Hwasong-17", "This paper is the product of research"; not
# "was the first to ...", a happening named by its ordinal), still was or remained ("Smoke still rose from the
# volcano", "Trains were still delayed", "The defining event remained the Kaesong suspension"), what it aims at
# ("The measures adopted aim to cut ..."), or what it was doing ("Moon's office was suspending ...": a saying's
# tense kept, the doing under way; not a second clause's: "The storm left ... and was weakening").
_A_STATE = re.compile(
    _MAIN_CLAUSE_WORDS
    + r"(?<!\band\s)(?:(?:is|are|was|were)\s+(?:(?:also|still|now)\s+)?(?:the|a|an)\s+(?!" + _ORDINAL + ")"
    rf"|still\s+(?:[a-z]{{2,}}ed|{IRREGULAR_PAST}|was|were|is|are|had|has)\b|(?:is|are|was|were|had|has|have)\s+still\b"
    r"|(?<![Tt]he\s)remain(?:s|ed)?\b|(?:aims?|seeks?|intends?|wants?)\s+to\s"
    r"|(?:was|were)\s+(?!being\b)[a-z]{2,}ing\b"
    # or what has been so over a span, a tally or a trend ("North Korea has carried out seven launches since July 25",
    # "International pressure has mounted since the January test"; not "Hwang has ended his hunger strike")
    r"|(?:has|have|had)\s+(?:[\w'\u2019-]+\s+){1,10}?since\b"
    # or what a poll found, a view held ("A Gallup survey found that 59% were against the deal")
    r"|(?:survey|poll|opinion\s+poll)s?\s+(?:found|showed|suggested|indicated)\b)")
# A saying or a view whose said clause the room cut: "Lee charged that Seoul was…", "Milley agreed with Japanese
# officials that cooperation among…", "Japan, the US and South Korea said that they have fully switched on a…" (not
# an announcement or a decision, which is itself the news: "A meeting ... decided that Korea will enlarge its
# Air…"; nor a telling to someone named, "South Korea told the World Trade Organization that Japan's export curbs
# break…", round 24).
_SAYING_CUT = re.compile(
    _MAIN_CLAUSE_WORDS + r"(?:said|says|charged|claimed|argued|insisted|warned"
    r"|stressed|noted|added|believes?|believed|thinks?|agreed(?:\s+with(?:\s+[\w.'\u2019-]+){1,4}?)?)\s+that\s"
    r"[^\u2026]*\u2026$")


def tells_a_state(title: str) -> bool:
    """Whether the title's main clause tells a conjecture, a state or a cut saying."""
    return bool(_CONJECTURE.match(title) or _A_STATE.match(title) or _SAYING_CUT.match(title))
