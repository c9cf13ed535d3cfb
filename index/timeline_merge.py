"""Merging every article's part of the timeline into the timeline: what depends on all of them.

An article's part (`ArticlePart`: its passages that report listed events, its `Proposal`s)
is found from that article alone (`index.timeline.article_part`); here the parts are merged:
each listed event's coverage in order, proposals joined to listed events, grouped across
outlets into proposed and anticipated events, titled by the earliest report. Nothing here
reads an article's text or imports the rules that do, so merging kept parts is quick.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from corpus.date_value import DateValue, parse_date_value
from index.results import Coverage, Timeline, TimelineEvent

if TYPE_CHECKING:
    from corpus.events import EventSpec

SIMILAR_WORDING = 0.15  # Jaccard overlap of content words that makes two candidates one event
# ... when their days are next to each other: reports of one happening told in two time zones, or
# on both sides of a midnight ("was arrested on Thursday", "was arrested on Friday"), share more
NEXT_DAY_WORDING = 0.25
TITLE_WORDING = 0.2  # ... of two titles of the same day, when they share what happened beyond names
_TITLE_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
# Runs of Chinese, Japanese or Korean letters, whose pairs of characters compare two titles as words do
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]{2,}")
CJK_PAIRS_AT_LEAST = 6  # pairs in the shorter title
CJK_PAIRS_SHARED = 0.8  # ... of which the other title holds at least this share
# ... and the letters of the shorter title in no pair the other holds: one may be a variant ("签署", "签订"), two are
# a word of its own, often the happening's ("협정 체결", "협정 종료": review 41)
CJK_LETTERS_UNSHARED_AT_MOST = 1


@dataclass(frozen=True)
class Proposal:
    """A dated happening of one article that no listed event's coverage of it claims: it
    joins the listed event `joins`, or is grouped across articles into a proposed event
    (role "event") or an anticipated one (role "plan"). All of it is the article's own, so
    it can be kept with the article and merged with the others' later."""

    role: str
    joins: str | None  # the id of the listed event it joins (a happening only)
    value: DateValue
    words: frozenset[str]  # its sentence's content words, which group it with others
    published: str  # its article's date (ISO; "~" undated): the earliest report titles a group
    sentence: str  # the sentence it is dated in
    title_date: tuple[bool, int]  # which of its sentence's proposals titles it: the least
    title: str  # the clause that says what happened, should it title its group
    coverage: Coverage


@dataclass(frozen=True)
class ArticlePart:
    """What one article gives the timeline, whatever the other articles: its passages that
    report listed events, and its dated happenings that join a listed event or are proposed."""

    listed: tuple[tuple[str, Coverage], ...]  # (listed event id, a passage covering it)
    proposals: tuple[Proposal, ...]
    # (ISO date, provenance) of the date the article was estimated to have, when it prints none
    # and its text allows one: what `index.estimated_dates` shows, kept so it is worked out once
    estimate: tuple[str, str] | None = None


def merge_parts(parts: Iterable[ArticlePart], specs: tuple[EventSpec, ...],
                outlets: tuple[tuple[str, str], ...]) -> Timeline:
    """The timeline from every article's part, in reading order: what depends on all of them
    (grouping proposals across outlets, each event's coverage in order) is done here."""
    covering: dict[str, list[Coverage]] = {spec.id: [] for spec in specs}
    proposals: list[Proposal] = []
    for part in parts:
        for event_id, item in part.listed:
            covering[event_id].append(item)
        proposals.extend(part.proposals)
    listed = [make_event(spec.id, spec.title, spec.date, covering[spec.id]) for spec in specs]
    listed, proposed, anticipated = merge_proposals(listed, proposals)
    return Timeline(tuple(sorted(listed + proposed, key=_order)), outlets,
                    tuple(sorted(anticipated, key=_order)))


def merge_proposals(listed: list[TimelineEvent], proposals: Iterable[Proposal]
                    ) -> tuple[list[TimelineEvent], list[TimelineEvent], list[TimelineEvent]]:
    """(listed events with the proposals that join them, proposed events, anticipated events),
    from every article's proposals in reading order."""
    proposals = list(proposals)
    joining: dict[str, list[Coverage]] = {}
    for proposal in proposals:
        if proposal.joins is not None:
            joining.setdefault(proposal.joins, []).append(proposal.coverage)
    listed = [replace(event, coverage=_merged_coverage(event.coverage, joining.get(event.id, [])))
              for event in listed]
    remaining = [p for p in proposals if p.role == "event" and p.joins is None]
    planned = [p for p in proposals if p.role == "plan"]
    return listed, _grouped(remaining, "proposed"), _grouped(planned, "anticipated")


def make_event(event_id: str, title: str, date: DateValue, coverage: list[Coverage], proposed: bool = False,
               anticipated: bool = False) -> TimelineEvent:
    coverage.sort(key=lambda c: (c.article_date is None, c.article_date or "", c.outlet_label,
                                 c.article_id, c.passage))
    return TimelineEvent(id=event_id, title=title, date=date.iso(), date_label=date.label(),
                         granularity=date.granularity, proposed=proposed, coverage=tuple(coverage),
                         anticipated=anticipated)


def _merged_coverage(coverage: tuple[Coverage, ...], more: list[Coverage]) -> tuple[Coverage, ...]:
    by_passage = {(c.article_id, c.passage): c for c in coverage}
    for item in more:
        key = (item.article_id, item.passage)
        if key in by_passage:
            item = replace(item, spans=tuple(sorted(set(by_passage[key].spans + item.spans),
                                                    key=lambda s: (s.start, s.end))))
        by_passage[key] = item
    ordered = sorted(by_passage.values(), key=lambda c: (c.article_date is None, c.article_date or "",
                                                         c.outlet_label, c.article_id, c.passage))
    return tuple(ordered)


def _grouped(proposals: list[Proposal], status: str) -> list[TimelineEvent]:
    clusters: list[list[Proposal]] = []
    by_day: dict[str, list[int]] = {}  # a cluster's date (its first proposal's): the clusters' numbers
    for proposal in proposals:
        near = sorted(n for iso in _days_around(proposal.value) for n in by_day.get(iso, ()))
        home = next((n for n in near if _same_happening(proposal, clusters[n][0])), None)
        if home is None:
            by_day.setdefault(proposal.value.iso(), []).append(len(clusters))
            clusters.append([proposal])
        else:
            clusters[home].append(proposal)
    titled: dict[tuple[str, str], list[Proposal]] = {}
    for cluster in clusters:
        # titled by the earliest report (of two as early, the earlier date), its sentence's first date
        first = min(cluster, key=lambda proposal: (proposal.published, proposal.value.iso()))
        first = min((p for p in cluster if p.coverage.article_id == first.coverage.article_id
                     and p.sentence == first.sentence), key=lambda proposal: proposal.title_date)
        titled.setdefault((first.value.iso(), first.title), []).extend(cluster)  # one clause, one date: one event
    events = []
    for number, ((iso, title), cluster) in enumerate(sorted(titled.items(), key=lambda item: item[0][0]), start=1):
        coverage = list(_merged_coverage((), [p.coverage for p in cluster]))
        value = next(p.value for p in cluster if p.value.iso() == iso)
        events.append(make_event(f"{status}-{iso}-{number}", title, value, coverage,
                                 proposed=True, anticipated=status == "anticipated"))
    return events


def _same_happening(proposal: Proposal, other: Proposal) -> bool:
    """Whether two proposals tell one happening: the same date and similar words in their
    sentences or in their titles, or days next to each other and more words shared."""
    wording = overlap(proposal.words, other.words)
    if proposal.value.iso() == other.value.iso():
        return wording >= SIMILAR_WORDING or _similar_titles(proposal.title, other.title)
    return wording >= NEXT_DAY_WORDING and _next_days(proposal.value, other.value)


def _similar_titles(title: str, other: str) -> bool:
    """Titles that share what happened, beyond names: "A strong typhoon tore into western Japan",
    "Typhoon Jebi came ashore in Japan" (not "North Korea fired a missile", "North Korea held a
    parade": only names shared; nor "Police arrested a man", "Police arrested a woman": a verb)."""
    if _cjk_titles_alike(title, other):
        return True
    words, other_words = _title_words(title), _title_words(other)
    shared = words.keys() & other_words.keys()
    things = [word for word in shared if (words[word] or other_words[word]) and not word.endswith("ed")]
    return len(shared) >= 2 and bool(things) and len(shared) / len(words.keys() | other_words.keys()) >= TITLE_WORDING


def _cjk_titles_alike(title: str, other: str) -> bool:
    """Chinese, Japanese or Korean titles (no words spaced to compare) most of whose pairs of characters the
    other holds: "会上表决通过了韩日《军事情报保护协定》" and "韩国经济副总理柳一镐主持国务会议,会上表决通过了
    韩日《军事情报保护协定》"; not when the shorter has a word the other lacks: "한일 군사정보보호협정 체결" (signed),
    "한일 군사정보보호협정 종료" (ended)."""
    pairs, other_pairs = _cjk_pairs(title), _cjk_pairs(other)
    shorter, shared = title if len(pairs) <= len(other_pairs) else other, pairs & other_pairs
    fewer = min(len(pairs), len(other_pairs))
    return fewer >= CJK_PAIRS_AT_LEAST and len(shared) >= CJK_PAIRS_SHARED * fewer \
        and _letters_unshared(shorter, shared) <= CJK_LETTERS_UNSHARED_AT_MOST


def _cjk_pairs(title: str) -> frozenset[str]:
    return frozenset(run[at:at + 2] for run in _CJK_RUN.findall(title) for at in range(len(run) - 1))


def _letters_unshared(title: str, shared: frozenset[str]) -> int:
    """How many letters of the title's CJK runs are in no pair of `shared`."""
    return sum(not (at > 0 and run[at - 1:at + 1] in shared or run[at:at + 2] in shared)
               for run in _CJK_RUN.findall(title) for at in range(len(run)))


def _title_words(title: str) -> dict[str, bool]:
    """A title's words of four letters or more, lower-cased, each with whether it is ever
    written in lower case after the first word (a thing, not a name)."""
    words: dict[str, bool] = {}
    for number, word in enumerate(_TITLE_WORD.findall(title)):
        key = word.lower()
        words[key] = words.get(key, False) or (number > 0 and word == key)
    return words


def _days_around(value: DateValue) -> tuple[str, ...]:
    """The dates a proposal may share a happening with (`_same_happening`): its own, and for a
    day the days before and after it; only these clusters are compared, in the order made."""
    if value.granularity != "day":
        return (value.iso(),)
    day = date.fromisoformat(value.iso())
    return tuple((day + timedelta(days=offset)).isoformat() for offset in (-1, 0, 1))


def _next_days(a: DateValue, b: DateValue) -> bool:
    if a.granularity != "day" or b.granularity != "day":
        return False
    return abs((date.fromisoformat(a.iso()) - date.fromisoformat(b.iso())).days) == 1


def _order(event: TimelineEvent) -> tuple:
    """By date, a month before its days (as "Nov 2016" reads before "23 Nov 2016")."""
    value = parse_date_value(event.date)
    return value.year, value.month or 0, value.day or 0, event.proposed, event.id


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
