"""Attention over time: a search's articles per day, week or month, per outlet.

Counted from the hits of an unlimited search, so a trend always agrees with the search's
facets. An article whose date is coarser than the interval (a month-dated article in a
daily trend) or that has no date is counted apart, never guessed into an interval.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from index.results import SearchResult

INTERVALS = ("day", "week", "month")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 2}


@dataclass(frozen=True)
class Bucket:
    key: str  # "2016-11-23", "2016-W47" or "2016-11"
    label: str  # "23 Nov 2016", "week of 21 Nov 2016", "Nov 2016"
    start: str  # first and last day, ISO
    end: str
    by_outlet: tuple[tuple[str, int], ...]  # (outlet id, articles), most first

    @property
    def articles(self) -> int:
        return sum(n for _, n in self.by_outlet)

    def share(self, outlet_id: str) -> float:
        """The outlet's share of this interval's articles, 0..1."""
        return dict(self.by_outlet).get(outlet_id, 0) / self.articles if self.articles else 0.0


@dataclass(frozen=True)
class Trend:
    interval: str
    buckets: tuple[Bucket, ...]  # in time order
    outlets: tuple[tuple[str, str], ...]  # (id, label) of the outlets counted, most first
    undated: int  # articles with no date
    coarser: int  # articles dated less precisely than the interval (a month, a year)

    @property
    def counted(self) -> int:
        return sum(bucket.articles for bucket in self.buckets)


def build_trend(result: SearchResult, interval: str = "month", fill: bool = False) -> Trend:
    """`result` must be unlimited (its hits are all of its matches); `fill` adds the empty
    intervals between the first and the last, as a chart needs them."""
    if len(result.hits) != result.total:
        raise ValueError("a trend needs every match: search with limit=None")
    return count_dated(((h.outlet_id, h.outlet_label, h.date, h.date_precision)
                        for h in result.hits), interval, fill)


def count_dated(items: Iterable[tuple[str, str, str | None, str | None]], interval: str = "month",
                fill: bool = False) -> Trend:
    """A trend of (outlet id, outlet label, ISO date or None, date precision) items."""
    if interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}: use {', '.join(INTERVALS)}")
    counts: dict[str, Counter[str]] = {}
    labels: dict[str, str] = {}
    undated = coarser = 0
    for outlet_id, outlet_label, date, precision in items:
        labels.setdefault(outlet_id, outlet_label)
        if not date:
            undated += 1
        elif _PRECISION_RANK.get(precision or "", 0) < _PRECISION_RANK[interval]:
            coarser += 1
        else:
            counts.setdefault(bucket_key(date, interval), Counter())[outlet_id] += 1
    keys = sorted(counts)
    if fill and keys:
        keys = _every_key(keys[0], keys[-1], interval)
    totals = Counter()
    for counter in counts.values():
        totals.update(counter)
    return Trend(
        interval=interval,
        buckets=tuple(_bucket(key, interval, counts.get(key, Counter())) for key in keys),
        outlets=tuple((oid, labels[oid]) for oid, _ in
                      sorted(totals.items(), key=lambda item: (-item[1], labels[item[0]]))),
        undated=undated, coarser=coarser)


def bucket_key(iso_date: str, interval: str) -> str:
    if interval == "month":
        return iso_date[:7]
    day = datetime.date.fromisoformat(iso_date[:10])
    if interval == "day":
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def bucket_bounds(key: str) -> tuple[datetime.date, datetime.date]:
    if "-W" in key:
        monday = datetime.date.fromisocalendar(int(key[:4]), int(key[6:]), 1)
        return monday, monday + datetime.timedelta(days=6)
    if len(key) == 7:
        first = datetime.date(int(key[:4]), int(key[5:]), 1)
        following = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - datetime.timedelta(days=1)
    day = datetime.date.fromisoformat(key)
    return day, day


def bucket_label(key: str, interval: str) -> str:
    first, _ = bucket_bounds(key)
    if interval == "day":
        return f"{first.day} {_MONTHS[first.month - 1]} {first.year}"
    if interval == "week":
        return f"week of {first.day} {_MONTHS[first.month - 1]} {first.year}"
    return f"{_MONTHS[first.month - 1]} {first.year}"


def _bucket(key: str, interval: str, counter: Counter[str]) -> Bucket:
    first, last = bucket_bounds(key)
    by_outlet = tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
    return Bucket(key, bucket_label(key, interval), first.isoformat(), last.isoformat(), by_outlet)


def _every_key(first_key: str, last_key: str, interval: str) -> list[str]:
    keys, day = [], bucket_bounds(first_key)[0]
    last = bucket_bounds(last_key)[0]
    while day <= last:
        keys.append(bucket_key(day.isoformat(), interval))
        day = bucket_bounds(keys[-1])[1] + datetime.timedelta(days=1)
    return keys
