"""A yearless numbered day that dates the happening its sentence tells of, for `corpus.date_estimate`
(timeline round 31). An undated page of another story is dated by a listed event of it by a
numbered day of the event only with something that fixes the year: the weekday it names for it
(`corpus.date_weekdays`), or the event's own day told in the very sentence that names what it is
about and, after the day, words a happening of the event's kind as done: "북한이 23일 오후 2시 34분쯤
연평도 일대에 포탄 200여 발을 쏜 가운데" (of 23 Nov 2010), "北朝鮮は23日午後2時34分ごろ、…延坪島周辺に
突如砲撃を加えた". An event of kind "any" is so dated only as its `own_day` says (the kind, who did it,
what to: events.json); not "우리 군은 23일 연평도에서 … 포탄 80발을 쏘았다". Not when the sentence counts
years or an anniversary ("북한이 연평도를 포격한 지 13년이 되는 23일"): that day is of a later year.
Pure standard library."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from corpus.date_patterns import NUMBER
from corpus.about_words import about_in
from corpus.events import DatedMention, EventSpec
from corpus.happenings import Happening
from corpus.model import Article
from corpus.text_units import Sentence, sentence_at

_NUMBERED = re.compile(r"\d")
# Years counted since a happening, in the sentence that tells of it: its day is of long ago, not the
# page's (`corpus.date_month_event`, `corpus.date_estimate.reporting_date`). (A count of years, not a
# year: "自2006年以来第五次" is since 2006.)
_NUMBER = r"(?<![\d一二三四五六七八九十百〇零])(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_KO_YEARS_SINCE = rf"(?<!까)지\s*(?:꼭\s*|만\s*)?{_NUMBER}\s*년"  # "포격한 지 (꼭) 8년"
_ZH_YEARS_SINCE = rf"{_NUMBER}\s*年(?:以来|以來)"  # "签署3年以来"
# ... since what the sentence tells of, as past ("… 포격한 이후 13년이 지났다", "8年が経った", "eight years on",
# "8年以来" opening a clause); not ahead or on a condition ("1년이 지나면", "1年が経過すると", "经过1年后":
# second review fixes, session 17), nor "years after" (a happening after another: "four years after the deal
# was shelved") or "years later than" (a comparison: "four years later than first planned").
_SINCE_PAST = (rf"{_NUMBER}\s*년이\s*(?:지났|흘렀|(?:지난|흐른)\s*(?:지금|오늘|현재))"
               rf"|{_NUMBER}\s*年(?:が|も)?\s*(?:経っ|経過し|過ぎ|たっ)(?:た|て)"
               rf"|(?<![^\W\d_]){_ZH_YEARS_SINCE}|(?<!经过)(?<!經過){_NUMBER}\s*年[后後]"
               rf"|(?i:\b{NUMBER}\s+years?\s+(?:on|later(?!\s+than))\b)")
# ... since a happening of its own, before it ("북한이 23일 연평도를 포격한 지 8년 만에", "该协定签署3年以来",
# "eight years since it was shelled"): of the day only in the day's clause, no comma between (not "…을
# 포격해, 정전협정이 체결된 지 57년 만에", "decided to end GSOMIA, three years since it was signed"); not "까지 1년".
_SINCE_ITS_OWN = rf"{_KO_YEARS_SINCE}|(?<=[^\W\d_]){_ZH_YEARS_SINCE}|(?i:\b{NUMBER}\s+years?\s+since\b)"
_PAST, _ITS_OWN = re.compile(_SINCE_PAST), re.compile(_SINCE_ITS_OWN)
_CLAUSE_BREAK = re.compile(r"[,，;；]")
# Years counted back from the page ("4年前にも", "4년 전", "four years ago", "hace cuatro años"; not "2012年前半"): what
# the sentence tells of is of an earlier year than the page.
_A_COUNT = r"(?:\d{1,2}|[^\W\d_]+)"
_YEARS_COUNT = r"(?<![\d〇零一二三四五六七八九十百])(?:\d{1,3}|[一二三四五六七八九十百]{1,3})"  # (not "2016", "二〇一六")
_BACK_BY_A_COUNT = (rf"{_YEARS_COUNT}\s*(?:년|年)\s*(?:전|前)(?!半)|(?i:\bhace\s+{_A_COUNT}\s+años\b"
                    rf"|\bil\s+y\s+a\s+{_A_COUNT}\s+ans\b|\bvor\s+{_A_COUNT}\s+Jahren\b)")
_YEARS_AGO = re.compile(rf"{_BACK_BY_A_COUNT}|(?i:\b{NUMBER}\s+years?\s+ago\b)")
# Years counted, an anniversary: the sentence's day is not the event's own ("포격한 지 꼭 10년 되는 날",
# "十年后的纪念日"), with the forms of years since that these do not hold and every count back of `_YEARS_AGO` (its
# English one as "years ago", with or without a count). A count of years, not a year ("2012년 이명박 정부", "2018년 이후",
# "2016年前就已存在" count nothing: review 52).
_COUNTED = re.compile(rf"{_BACK_BY_A_COUNT}|주기|주년|周年|週年|(?i:anniversar)"
                      rf"|{_YEARS_COUNT}\s*(?:년|年)(?:\s*(?:만|째|が経)|이)"
                      r"|되는\s*날|年[后後]|[纪紀記]念"
                      r"|(?i:\byears?\s+(?:ago|after|since|on|later)\b)"
                      rf"|{_KO_YEARS_SINCE}|{_NUMBER}\s*年(?:が|も)?\s*(?:経|過ぎ|たっ|经过|經過)|{_ZH_YEARS_SINCE}")


# A sentence that opens by pointing back at the one before it ("이후 13년이 지났다", "Since then, …").
_BACK_REFERENCE = re.compile(r"[\s.。!?]*(?:이후|그\s*(?:후|뒤|이후)|그로부터|それから|その後|此[后後]|从那以[后来]|從那以[後來]"
                             r"|(?i:since\s+then|in\s+the\s+years\s+since)\b)")


def counts_years_since(text: str, at: int, end: int | None = None) -> bool:
    """Whether the sentence of `text` holding the day at `at` (to `end`) counts years since what it
    tells of: as past anywhere in it (`_SINCE_PAST`), or since a happening of its own in the day's
    clause (`_SINCE_ITS_OWN`, no comma between), or the next sentence does, pointing back at it and
    as past ("…을 포격했다. 이후 13년이 지났다."; not "이후 1년이 지나면"): a day it names is long past, no day
    of the page."""
    sentence, end = sentence_at(text, at), at if end is None else end
    counted = _years_counted_in(text, sentence.start, sentence.end)
    return counted.past or counted.its_own_in_clause(at, end) or counted.next_sentence_as_past


@dataclass(frozen=True)
class _YearsCounted:
    """What one sentence counts of years, read once for all the days it names (read again for each
    day, a sentence of thousands of days took time growing as the square of its length)."""

    past: bool  # `_SINCE_PAST` anywhere in it
    own_starts: list[int]  # each `_SINCE_ITS_OWN`, in order and apart
    own_ends: list[int]
    breaks: list[int]  # each clause break's offset
    next_sentence_as_past: bool

    def its_own_in_clause(self, at: int, end: int) -> bool:
        """Whether a count since a happening of its own stands in the clause of the day at `at` to `end`.
        Only the first count opening after the day and the last opening before it can: the others have
        these ones' text between them and the day."""
        first_after = bisect_left(self.own_starts, end)
        between = [(end, self.own_starts[first_after])] if first_after < len(self.own_starts) else []
        if first_after > 0:
            between.append((self.own_ends[first_after - 1], at))
        return any(not self._break_between(start, stop) for start, stop in between)

    def _break_between(self, start: int, stop: int) -> bool:
        at = bisect_left(self.breaks, start)
        return at < len(self.breaks) and self.breaks[at] < stop


@lru_cache(maxsize=64)
def _years_counted_in(text: str, start: int, end: int) -> _YearsCounted:
    own = [found.span() for found in _ITS_OWN.finditer(text, start, end)]
    back = _BACK_REFERENCE.match(text, end)
    following = sentence_at(text, back.end() - 1) if back else None
    return _YearsCounted(_PAST.search(text, start, end) is not None, [s for s, _ in own], [e for _, e in own],
                         [found.start() for found in _CLAUSE_BREAK.finditer(text, start, end)],
                         following is not None and _PAST.search(text, following.start, following.end) is not None)


def counts_years_ago(text: str, at: int) -> bool:
    """Whether the sentence holding offset `at` counts years back from the page ("両政府は4年前にも…合意し、…延期を求めた
    経緯があり、今月1日から協議が再開されていました"): a yearless day in it dates no event of those years as the page's day."""
    sentence = sentence_at(text, at)
    return _YEARS_AGO.search(text, sentence.start, sentence.end) is not None


def counts_years(text: str, sentence: Sentence) -> bool:
    """Whether the sentence counts years or an anniversary (`_COUNTED`): what it tells of is long before the page."""
    return _COUNTED.search(text, sentence.start, sentence.end) is not None


def dates_its_sentence(article: Article, spec: EventSpec, days: Sequence[DatedMention],
                       happenings: tuple[Happening, ...]) -> bool:
    """Whether one of `days` (numbered, the event's own day, no dateline) stands in a sentence that
    names what `spec` is about, counts no years and, after the day, words a happening of the event's
    kind as done (of kind "any": as its `own_day` says, or not at all)."""
    own = spec.on or spec.date  # (of an event of a month, its day if known: else no day is its own)
    wording = spec.own_day
    kind = wording.kind if wording else spec.kind
    if own.granularity != "day" or kind == "any":
        return False
    text, about = article.clean_text, None
    by = re.compile(wording.by) if wording and wording.by else None
    target = re.compile(wording.target) if wording and wording.target else None
    told: dict[int, list[Happening]] = {}  # the happenings of its kind told as done, by their sentence's start
    for happening in happenings:
        if happening.reported and happening.kind == kind:
            told.setdefault(happening.sentence.start, []).append(happening)
    starts = sorted(told)
    judged: dict[int, bool] = {}  # each sentence's about and counted years, searched once
    for day in days:
        if not _NUMBERED.search(day.text) or day.value != own or day.role != "event":
            continue
        at = bisect_right(starts, day.start) - 1
        if at < 0:
            continue
        sentence = told[starts[at]][0].sentence
        if day.end > sentence.end:
            continue
        if sentence.start not in judged:
            about = about or about_in(spec, text)  # (built once, and only if a day stands in such a sentence)
            judged[sentence.start] = bool(about.search(text, sentence.start, sentence.end)) \
                and not _COUNTED.search(text, sentence.start, sentence.end) \
                and (target is None or bool(target.search(text, sentence.start, sentence.end)))
        if judged[sentence.start] and any(
                day.end <= happening.start and (by is None or by.search(text, sentence.start, happening.start))
                for happening in told[starts[at]]):
            return True
    return False
