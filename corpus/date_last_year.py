"""An undated page dated by a listed event it tells of as last year's, for `corpus.date_estimate`
(moved out of it in timeline round 31). Pure standard library."""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.dates import DateValue, find_dates
from corpus.events import DatedMention, EventSpec, dated_mentions, mention_role
from corpus.happenings import Happening
from corpus.model import Article

# A date told as last year's: "昨年11月22日", "지난해 8월", "去年8月", "in August last year".
_LAST_YEARS = re.compile(r"^(?:昨年|去年|작년|지난해)|(?i:\blast\s+year\b)")
# Anywhere in a page that has a date `_LAST_YEARS` finds (a date's edges are not the text's: no `\b` asked).
_LAST_YEARS_ANYWHERE = re.compile(r"昨年|去年|작년|지난해|(?i:last\s+year)")


# `corpus.date_estimate.as_happened` (passed in: that module imports this one)
AsHappened = Callable[[str, tuple[DatedMention, ...], tuple[Happening, ...]], tuple[DatedMention, ...]]


def told_as_last_years(article: Article, spec: EventSpec, happenings: tuple[Happening, ...], as_happened: AsHappened
                       ) -> tuple[DatedMention, tuple[DatedMention, ...]] | None:
    """A page that tells of the event as last year's ("지난해 8월 일본 측에 지소미아 종료를
    통보했습니다", of August 2019) appeared the year after it: that mention (the first) and the
    page's mentions resolved in that year, if one such date falls on the event's day or month
    in a sentence that words its kind as having happened (`as_happened`: `corpus.date_estimate`'s,
    which makes a date right after a verb of a happening told as done no plan)."""
    year = DateValue(spec.date.year + 1)
    last_years = _last_years(article, year)
    worded = [h.sentence for h in happenings if h.kind == spec.kind and h.reported]
    told = [m for m in last_years if m.role not in ("plan", "reference")
            and any(s.start <= m.start < s.end for s in worded)
            and m.value.granularity in ("day", "month")
            and (spec.date.contains(m.value) or m.value.contains(spec.date))]
    if not told:
        return None
    calendar = dated_mentions(article, year)  # (other dates counted from the page's day stay unknown)
    resolved = tuple(sorted(calendar + tuple(last_years), key=lambda m: m.start))
    return told[0], as_happened(article.clean_text, resolved, ())


def _last_years(article: Article, year: DateValue) -> list[DatedMention]:
    """The page's dates told as last year's, resolved in `year`."""
    text, found = article.clean_text, []
    if not _LAST_YEARS_ANYWHERE.search(text):
        return found  # (no date of the page can be told as last year's: none is read)
    for expression in find_dates(text, year):
        passage = article.passage_at(expression.start)
        if expression.kind == "date" and expression.value is not None and passage is not None \
                and _LAST_YEARS.search(expression.text):
            found.append(DatedMention(article.id, passage.number, expression.start, expression.end, expression.text,
                                      expression.value, mention_role(text, expression.start, expression.end)))
    return found
