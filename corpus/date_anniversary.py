"""An ordinal anniversary names one event and dates its page (issue 14, timeline round 29): "the
fifth anniversary of the North's artillery attack on Yeonpyeong Island" tells of the shelling of
November 2010 on a page of 2015; "연평도 포격 도발 6주기인 23일" on one of 2016; so does the count of
what the sentence named before "its" or "the battle's" (round 30: "killed when North Korea shelled
Yeonpyeong Island ... at a ceremony for the battle's 13th anniversary", on one of 2023). The page's
year is the event's plus the count: a page that prints no date meets that condition, a dated page must
be of that year (an anniversary of the same count of another event, or of another year's, is not this
one). Not when the sentence names a year of its own ("his statement of Aug. 15, 1995, on the 50th
anniversary of Japan's surrender": the anniversary dates that statement, not the page), nor past the
twentieth: a round anniversary of history (the 70th of the war's end) is a commemoration, no report of
it. Pure standard library.
"""

from __future__ import annotations

import re

from corpus.events import EventSpec, ReportingDate
from corpus.text_units import sentence_at

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth")
# "the fifth anniversary of the North's artillery attack on Yeonpyeong", "the 6th anniversary of ..."
_EN = re.compile(r"(?i)\b(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(_ORDINALS) + r"))\s+"
                 r"anniversary\s+of\b(?P<after>[^.!?\n]{0,100})")
# "... killed when North Korea shelled Yeonpyeong Island, at a ceremony for the battle's 13th anniversary":
# the count of what the sentence named before it
_EN_ITS = re.compile(r"(?i)\b(?:its|the\s+[\w-]+['\u2019]s)\s+(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>"
                     + "|".join(_ORDINALS) + r"))\s+anniversary\b")
# "연평도 포격 도발 6주기", "延坪岛炮击事件6周年", "延坪島砲撃から6年" is no anniversary's name
_CJK = re.compile(r"(?P<before>[^.!?。\n]{0,30}?)(?<!\d)(?P<digits>\d{1,2})\s*(?:주기|주년|周年|週年)")


def anniversary_years(spec: EventSpec, text: str, start: int, end: int) -> set[int]:
    """The years whose pages the counted anniversaries of the event, named in `text[start:end]`
    (a passage), tell of: the event's year plus each count (what it is about named right after
    "anniversary of", or right before "주기", "周年")."""
    from corpus.event_rules import about_pattern

    about = about_pattern(spec)
    counts = [(match, _count(match)) for match in _EN.finditer(text, start, end) if about.search(match.group("after"))]
    counts += [(match, _count(match)) for match in _EN_ITS.finditer(text, start, end)
               if about.search(text, sentence_at(text, match.start(), start, end).start, match.start())]
    counts += [(match, int(match.group("digits"))) for match in _CJK.finditer(text, start, end)
               if about.search(match.group("before"))]
    return {spec.date.year + count for match, count in counts
            if count <= len(_ORDINALS) and not _names_a_year(text, match.start(), start, end)}


def _count(match: re.Match) -> int:
    return int(match.group("digits")) if match.group("digits") else _ORDINALS.index(match.group("word").lower()) + 1


_A_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _names_a_year(text: str, at: int, start: int, end: int) -> bool:
    sentence = sentence_at(text, at, start, end)
    return _A_YEAR.search(text, sentence.start, sentence.end) is not None


def on_an_anniversary(spec: EventSpec, text: str, start: int, end: int, published: ReportingDate | None) -> bool:
    """Whether the passage names a counted anniversary of the event that the page's date (if any) fits."""
    years = anniversary_years(spec, text, start, end)
    return bool(years) and (published is None or published.value.year in years)
