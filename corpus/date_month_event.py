"""An undated page dated by a yearless day of a listed event that took a month ("29일" of the
three-way arrangement of December 2014), for `corpus.date_estimate`. Pure standard library."""

from __future__ import annotations

import re

from corpus.date_own_day import counts_years_since
from corpus.dates import DateValue, find_dates
from corpus.events import DatedMention, EventSpec, mention_role
from corpus.happenings import Happening
from corpus.model import Article


# A day the page numbers ("29일", "the 29th", "June 29"), not a weekday: placed back from the
# month's end, "Friday" would fall in the month whatever week it was.
_NUMBERED = re.compile(r"\d")


def days_of_a_month_event(article: Article, spec: EventSpec, happenings: tuple[Happening, ...],
                          about: re.Pattern[str], named_year: set[int]) -> tuple[DatedMention, ...]:
    """The page's numbered dates without their year (a day of the month too: "29일", "the 29th"), placed
    back from the month's last day, that fall in the event's month, in a sentence that names what
    the event is about and words its kind as having happened (for an event of `"kind": "any"`,
    any happening): "국방부는 ... 한·미·일 정보공유 약정이 체결돼 효력이 발생했다고 29일 발표했다"
    is of 29 Dec 2014. A day in another sentence may be any month's. Of an event whose day is
    known (`on`: the April 2012 rocket, launched on the 13th), only that day: launches of
    missiles recur, and "22日" in a sentence telling of one is any month's 22nd. Not a day in a
    sentence that counts years since ("북한이 23일 연평도를 포격한 지 8년 만에 …": of long ago)."""
    text, found = article.clean_text, []
    sentences = [h.sentence for h in happenings if h.reported and spec.kind in ("any", h.kind)]
    for expression in find_dates(text, month_end(spec)):
        value, passage = expression.value, article.passage_at(expression.start)
        if expression.kind != "date" or value is None or passage is None or expression.start in named_year \
                or not _NUMBERED.search(expression.text) \
                or value.granularity != "day" or not spec.date.contains(value) \
                or spec.on is not None and value.bounds() != spec.on.bounds() \
                or counts_years_since(text, expression.start, expression.end):
            continue
        role = mention_role(text, expression.start, expression.end)
        if role not in ("plan", "reference") and any(s.start <= expression.start < s.end
                                                     and about.search(text, s.start, s.end) for s in sentences):
            found.append(DatedMention(article.id, passage.number, expression.start, expression.end, expression.text,
                                      value, role))
    return tuple(found)


def month_end(spec: EventSpec) -> DateValue:
    """The last day of a month event's month, to place its yearless days from."""
    last = spec.date.bounds()[1]
    return DateValue(last.year, last.month, last.day)
