"""Proposed events: happenings the articles date that no listed event claims.

A dated mention whose sentence words a happening as having happened becomes a candidate;
candidates of the same date and similar wording, across outlets, are one proposed event,
titled by the clause that says what happened (`corpus.event_titles`). A candidate whose date
is compatible with a listed event's and whose sentence words that event's kind of happening
(or shares most of its words) joins the listed event instead. Dates in forward-looking
clauses ("will hold a briefing on Dec. 5") make *anticipated* events, kept apart; dates of
statements ("a spokesman said Tuesday") make none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from corpus.dates import parse_date_value
from corpus.event_titles import event_title, without_dateline as _without_dateline
from corpus.events import DatedMention, EventSpec
from corpus.happenings import Happening
from corpus.text_units import sentence_at
from index.readings import ArticleReading, coverage_of, make_event
from index.results import Coverage, Span, TimelineEvent

PROPOSABLE_GRANULARITIES = ("day", "month")
SIMILAR_WORDING = 0.15  # Jaccard overlap of content words that makes two candidates one event
JOINING_WORDING = 0.3  # ... that joins a candidate to a listed event of a compatible date
_CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
# A verb in the past tense that says something was done, when no listed kind of happening does.
_PAST_VERB = re.compile(
    r"(?<!\bat\s)(?<!\bfrom\s)(?<!\bfar\s)"  # "Kono, behind at left": a place in a photo
    r"\b(?!(?:said|reported|added|noted|stated|told|called|based|named|related|concerned|argued|stressed"
    r"|insisted|claimed|warned|urged|hinted|suggested|asserted|explained|emphasi[sz]ed|acknowledged)\b)"
    r"(?:[a-z]{3,}ed|met|held|began|broke|fell|took|went|came|made|won|lost|left|sent|struck|hit|"
    r"fought|led|sank|rose|shot|killed)\b"
)

# A sentence about "the decision" or "the move" tells again of what its article reports.
_ANAPHORIC_SUBJECT = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:decision|move|announcement|step|reversal|notice)\b")

_WILL_VERB = re.compile(r"\b(?:will|would|shall)\s+(?:(?:also|not|be|\w+ly)\s+)?[a-z]{3,}\b")
_FUTURE_VERB = re.compile(r"\b(?:will|would|shall|to)\s+(?:(?:also|be|\w+ly)\s+)?[a-z]{3,}\b")


@dataclass(frozen=True)
class _Candidate:
    reading: ArticleReading
    mention: DatedMention
    sentence: str
    date_span: tuple[int, int]  # in `sentence`
    verb_span: tuple[int, int] | None  # in `sentence`
    kinds: frozenset[str]
    words: frozenset[str]


def propose_events(readings: list[ArticleReading], specs: tuple[EventSpec, ...],
                   listed: list[TimelineEvent]
                   ) -> tuple[list[TimelineEvent], list[TimelineEvent], list[TimelineEvent]]:
    """(listed events with the candidates they join, proposed events, anticipated events)."""
    claimed = _claimed(listed, readings)
    candidates = _nearest_dates([c for reading in readings for c in _candidates(reading, claimed)])
    happened = [c for c in candidates if c.mention.role == "event"]
    covered = {(item.article_id, event.id) for event in listed for item in event.coverage}
    joinable = {id(c): _joinable(c, specs, covered) for c in happened}
    listed = _join(listed, [(c, joinable[id(c)]) for c in happened])
    remaining = [c for c in happened if joinable[id(c)] is None]
    planned = [c for c in candidates if c.mention.role == "plan"]
    return listed, _events(remaining, "proposed"), _events(planned, "anticipated")


def _claimed(listed: list[TimelineEvent], readings: list[ArticleReading]) -> set[DatedMention]:
    """The mentions of covering passages whose dates agree with their listed event's."""
    mentions = {reading.article.id: reading.mentions for reading in readings}
    return {m for event in listed for item in event.coverage for m in mentions[item.article_id]
            if m.passage == item.passage and m.value.compatible(parse_date_value(event.date))}


def _candidates(reading: ArticleReading, claimed: set[DatedMention]) -> Iterable[_Candidate]:
    article = reading.article
    for mention in reading.mentions:
        if (mention.role not in ("event", "plan") or mention in claimed
                or mention.value.granularity not in PROPOSABLE_GRANULARITIES):
            continue
        passage = article.passage(mention.passage)
        unit = sentence_at(article.clean_text, mention.start, passage.start, passage.end)
        wanted = ("planned", "reported") if mention.role == "plan" else ("reported",)
        ways = [h for h in reading.happenings if unit.start <= h.start < unit.end and h.frame in wanted]
        sentence = article.clean_text[unit.start:unit.end]
        # a plain verb ("met") only where no wording of a happening is found, as planned,
        # denied or hypothetical ("would have renewed", "until it is signed") as it may be
        worded = any(unit.start <= h.start < unit.end for h in reading.happenings)
        way, plain = _verb_span(ways, unit.start), _plain_verb(sentence, mention.role)
        if way is None and (worded or plain is None or _planned_before(sentence, plain, mention.role)):
            continue
        verb = min((v for v in (way, plain) if v), key=lambda v: v[0])  # the title ends with its clause
        yield _Candidate(reading, mention, sentence, (mention.start - unit.start, mention.end - unit.start),
                         verb, frozenset(h.kind for h in ways),
                         frozenset(w.lower() for w in _CONTENT_WORD.findall(sentence)))


def _nearest_dates(candidates: list[_Candidate]) -> list[_Candidate]:
    """One date per verb: in "approved on Friday (Aug. 2) taking it off the list from Aug. 28,
    with an announcement due on Wednesday", the verb's own date is the nearest one."""
    nearest: dict[tuple, _Candidate] = {}
    for candidate in candidates:
        key = (candidate.reading.article.id, candidate.sentence, candidate.verb_span, candidate.mention.role)
        kept = nearest.get(key)
        if kept is None or _distance(candidate) < _distance(kept):
            nearest[key] = candidate
    chosen = {(key, c.mention.value) for key, c in nearest.items()}
    return [c for c in candidates
            if ((c.reading.article.id, c.sentence, c.verb_span, c.mention.role), c.mention.value) in chosen]


def _title_date(candidate: _Candidate) -> tuple[bool, int]:
    """Which of a sentence's mentions of the date its title leaves out: the one nearest the
    verb, unless bracketed beside another ("on Friday (Aug. 2)": the title drops both)."""
    start = candidate.date_span[0]
    return candidate.sentence[max(0, start - 1):start] == "(", _distance(candidate)


def _distance(candidate: _Candidate) -> int:
    (date_start, date_end), verb = candidate.date_span, candidate.verb_span or candidate.date_span
    return max(verb[0] - date_end, date_start - verb[1], 0)


def _planned_before(sentence: str, verb: tuple[int, int], role: str) -> bool:
    """A past form after the sentence's future one is no happening: "The government will
    double testing of food imported from Japan from Friday"."""
    return role == "event" and _WILL_VERB.search(sentence, 0, verb[0]) is not None


def _verb_span(ways: list[Happening], offset: int) -> tuple[int, int] | None:
    return (ways[0].start - offset, ways[0].end - offset) if ways else None


def _plain_verb(sentence: str, role: str) -> tuple[int, int] | None:
    """A verb saying what was done ("met") or, for a plan, what will be ("will hold")."""
    found = (_PAST_VERB if role == "event" else _FUTURE_VERB).search(sentence)
    return found.span() if found else None


def _joinable(candidate: _Candidate, specs: tuple[EventSpec, ...], covered: set[tuple[str, str]]
              ) -> EventSpec | None:
    """The listed event a candidate reports, by a compatible date and its wording, or by
    naming it again ("The decision was taken at a meeting on Friday") in an article that
    reports it."""
    article_id = candidate.reading.article.id
    for spec in specs:
        if not candidate.mention.value.compatible(spec.date):
            continue
        if spec.kind in candidate.kinds or _overlap(candidate.words, _spec_words(spec)) >= JOINING_WORDING:
            return spec
        if (article_id, spec.id) in covered and _ANAPHORIC_SUBJECT.match(_without_dateline(candidate.sentence)):
            return spec
    return None


def _join(listed: list[TimelineEvent], joining_pairs: list[tuple[_Candidate, EventSpec | None]]
          ) -> list[TimelineEvent]:
    joining: dict[str, list[Coverage]] = {}
    for candidate, spec in joining_pairs:
        if spec is not None:
            joining.setdefault(spec.id, []).append(_coverage(candidate))
    return [replace(event, coverage=_merged(event.coverage, joining.get(event.id, [])))
            for event in listed]


def _merged(coverage: tuple[Coverage, ...], more: list[Coverage]) -> tuple[Coverage, ...]:
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


def _events(candidates: list[_Candidate], status: str) -> list[TimelineEvent]:
    groups: dict[str, list[list[_Candidate]]] = {}
    for candidate in candidates:
        clusters = groups.setdefault(candidate.mention.value.iso(), [])
        home = next((c for c in clusters if _overlap(candidate.words, c[0].words) >= SIMILAR_WORDING), None)
        if home is None:
            clusters.append([candidate])
        else:
            home.append(candidate)
    titled: dict[tuple[str, str], list[_Candidate]] = {}
    for iso, clusters in sorted(groups.items()):
        for cluster in clusters:
            first = min(cluster, key=_published)
            first = min((c for c in cluster if c.reading is first.reading and c.sentence == first.sentence),
                        key=_title_date)
            title = event_title(first.sentence, first.date_span, first.verb_span)
            titled.setdefault((iso, title), []).extend(cluster)  # one clause, one date: one event
    events = []
    for number, ((iso, title), cluster) in enumerate(titled.items(), start=1):
        coverage = list(_merged((), [_coverage(c) for c in cluster]))
        events.append(make_event(f"{status}-{iso}-{number}", title, cluster[0].mention.value, coverage,
                                 proposed=True, anticipated=status == "anticipated"))
    return events


def _published(candidate: _Candidate) -> str:
    published = candidate.reading.published
    return published.value.iso() if published else "~"  # undated after every date


def _coverage(candidate: _Candidate) -> Coverage:
    mention = candidate.mention
    spans = [Span(mention.start, mention.end)]
    if candidate.verb_span:
        offset = mention.start - candidate.date_span[0]
        spans.append(Span(offset + candidate.verb_span[0], offset + candidate.verb_span[1]))
    return coverage_of(candidate.reading, mention.passage, spans)


def _spec_words(spec: EventSpec) -> frozenset[str]:
    return frozenset(w.lower() for w in _CONTENT_WORD.findall(spec.title))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
