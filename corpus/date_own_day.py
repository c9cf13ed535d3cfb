"""A yearless numbered day that dates the happening its sentence tells of, for `corpus.date_estimate`
(timeline round 31). An undated page of another story is dated by a listed event of it by a
numbered day of the event only with something that fixes the year: the weekday it names for it
(`corpus.date_weekdays`), or the day told in the very sentence that words the event as done and
names what it is about, the day first: "북한이 23일 오후 2시 34분쯤 연평도 일대에 포탄 200여 발을 쏜 가운데"
(of 23 Nov 2010), "北朝鮮は23日午後2時34分ごろ、…延坪島周辺に突如砲撃を加えた". Not when the sentence counts
years or an anniversary ("북한이 연평도를 포격한 지 13년이 되는 23일"): that day is of a later year.
Pure standard library."""

from __future__ import annotations

import re

from corpus.event_rules import about_pattern
from corpus.events import DatedMention, EventSpec
from corpus.happenings import Happening
from corpus.model import Article

_NUMBERED = re.compile(r"\d")
# Years counted, an anniversary: the sentence's day is not the event's own.
_COUNTED = re.compile(r"주기|주년|周年|週年|(?i:anniversar)|\d\s*(?:년|年)\s*(?:만|째|전|前|が経|이)"
                      r"|(?i:\byears?\s+(?:ago|after|since|on|later)\b)")


def dates_its_sentence(article: Article, spec: EventSpec, days: list[DatedMention] | tuple[DatedMention, ...],
                       happenings: tuple[Happening, ...]) -> bool:
    """Whether one of `days` (numbered, the event's own day) stands in a sentence that names what
    `spec` is about and, after the day, words a happening of its kind as done, counting no years."""
    own = spec.on or spec.date  # (of an event of a month, its day if known: else no day is its own)
    if own.granularity != "day":
        return False
    text, about = article.clean_text, about_pattern(spec)
    for day in days:
        if not _NUMBERED.search(day.text) or day.value != own or day.role != "event":  # (no dateline)
            continue
        for happening in happenings:
            sentence = happening.sentence
            if happening.reported and spec.kind in ("any", happening.kind) and sentence.start <= day.start \
                    and day.end <= happening.start < sentence.end \
                    and about.search(text, sentence.start, sentence.end) \
                    and not _COUNTED.search(text, sentence.start, sentence.end):
                return True
    return False
