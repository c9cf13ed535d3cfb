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
it. What the anniversary is of must be the event's own name (`anniversary` in `corpus/events.json`:
"Yeonpyeong", "연평도"), never its generic `about` words: "the first anniversary of Washington's decision
to terminate the INF treaty" is no anniversary of the GSOMIA's end (review fixes, session 15). Each
passage's sentences are read once, and at most a few anniversaries of a kind in it. Pure standard library.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import islice

from corpus.events import EventSpec, ReportingDate
from corpus.text_units import Sentence, sentences

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth")
# "the fifth anniversary of the North's artillery attack on Yeonpyeong", "the 6th anniversary of ...":
# what it is of, up to the clause's end ("the first anniversary of the January 6 riot, a day after ...")
_EN = re.compile(r"(?i)\b(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(_ORDINALS) + r"))\s+"
                 r"anniversary\s+of\b(?P<after>[^.!?\n,;:]{0,100})")
# "... killed when North Korea shelled Yeonpyeong Island, at a ceremony for the battle's 13th anniversary":
# the count of what the sentence named before it
_EN_ITS = re.compile(r"(?i)\b(?:its|the\s+[\w-]+['\u2019]s)\s+(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>"
                     + "|".join(_ORDINALS) + r"))\s+anniversary\b")
# "연평도 포격 도발 6주기", "延坪岛炮击事件6周年", "延坪島砲撃から6年" is no anniversary's name
_CJK = re.compile(r"(?P<before>[^.!?。\n]{0,30}?)(?<!\d)(?P<digits>\d{1,2})\s*(?:주기|주년|周年|週年)")
_MOST = 8  # anniversaries of a kind read in a passage: a page of thousands names no more of one event


def anniversary_years(spec: EventSpec, text: str, start: int, end: int) -> set[int]:
    """The years whose pages the counted anniversaries of the event, named in `text[start:end]`
    (a passage), tell of: the event's year plus each count (the event's own name right after
    "anniversary of", in the sentence before "its Nth anniversary", or right before "주기", "周年")."""
    if not spec.anniversary:
        return set()
    name = _name_pattern(spec.anniversary)
    if name.search(text, start, end) is None:
        return set()
    units = _Sentences(text, start, end)
    counts = [(match, _count(match)) for match in islice(_EN.finditer(text, start, end), _MOST)
              if name.search(match.group("after"))]
    counts += [(match, _count(match)) for match in islice(_EN_ITS.finditer(text, start, end), _MOST)
               if name.search(text, units.at(match.start()).start, match.start())]
    counts += [(match, int(match.group("digits"))) for match in islice(_CJK.finditer(text, start, end), _MOST)
               if name.search(match.group("before"))]
    return {spec.date.year + count for match, count in counts
            if count <= len(_ORDINALS) and not units.names_a_year(match.start())}


@lru_cache(maxsize=None)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + "|".join(names) + r")")


def _count(match: re.Match) -> int:
    return int(match.group("digits")) if match.group("digits") else _ORDINALS.index(match.group("word").lower()) + 1


_A_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


class _Sentences:
    """A passage's sentences, split once; whether each names a year, read once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.units = text, sentences(text, start, end) or (Sentence(start, start),)
        self.starts = [unit.start for unit in self.units]
        self.years: dict[int, bool] = {}

    def at(self, offset: int) -> Sentence:
        return self.units[max(bisect_right(self.starts, offset) - 1, 0)]

    def names_a_year(self, offset: int) -> bool:
        unit = self.at(offset)
        if unit.start not in self.years:
            self.years[unit.start] = _A_YEAR.search(self.text, unit.start, unit.end) is not None
        return self.years[unit.start]


def on_an_anniversary(spec: EventSpec, text: str, start: int, end: int, published: ReportingDate | None) -> bool:
    """Whether the passage names a counted anniversary of the event that the page's date (if any) fits."""
    years = anniversary_years(spec, text, start, end)
    return bool(years) and (published is None or published.value.year in years)
