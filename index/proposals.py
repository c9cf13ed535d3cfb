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
from dataclasses import dataclass

from corpus.dates import parse_date_value
from corpus.event_titles import event_title
from corpus.events import DatedMention, EventSpec
from corpus.happenings import Happening
from corpus.text_units import sentence_at
from index.readings import ArticleReading, coverage_of
from index.results import Coverage, Span
from index.timeline_merge import Proposal, overlap

PROPOSABLE_GRANULARITIES = ("day", "month")
JOINING_WORDING = 0.3  # ... that joins a candidate to a listed event of a compatible date
_CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
# A verb in the past tense that says something was done, when no listed kind of happening does.
_PAST_VERB = re.compile(
    r"\b(?!(?:said|reported|added|noted|stated|told|called|based|named|related|concerned)\b)"
    r"(?:[a-z]{3,}ed|met|held|began|broke|fell|took|went|came|made|won|lost|left|sent|struck|hit|"
    r"fought|led|sank|rose|shot|killed)\b"
)

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


def article_proposals(reading: ArticleReading, specs: tuple[EventSpec, ...],
                      listed: Iterable[tuple[str, Coverage]]) -> tuple[Proposal, ...]:
    """The article's proposals, given its coverage of listed events ((event id, coverage))."""
    dates = {spec.id: parse_date_value(spec.date.iso()) for spec in specs}
    claimed = {m for event_id, item in listed for m in reading.mentions
               if m.passage == item.passage and m.value.compatible(dates[event_id])}
    return tuple(_proposal(candidate, specs) for candidate in _candidates(reading, claimed))


def _proposal(candidate: _Candidate, specs: tuple[EventSpec, ...]) -> Proposal:
    mention = candidate.mention
    joins = _joinable(candidate, specs) if mention.role == "event" else None
    return Proposal(mention.role, joins.id if joins else None, mention.value, candidate.words,
                    _published(candidate),
                    event_title(candidate.sentence, candidate.date_span, candidate.verb_span),
                    _coverage(candidate))


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
        if way is None and (worded or plain is None):
            continue
        verb = min((v for v in (way, plain) if v), key=lambda v: v[0])  # the title ends with its clause
        yield _Candidate(reading, mention, sentence, (mention.start - unit.start, mention.end - unit.start),
                         verb, frozenset(h.kind for h in ways),
                         frozenset(w.lower() for w in _CONTENT_WORD.findall(sentence)))


def _verb_span(ways: list[Happening], offset: int) -> tuple[int, int] | None:
    return (ways[0].start - offset, ways[0].end - offset) if ways else None


def _plain_verb(sentence: str, role: str) -> tuple[int, int] | None:
    """A verb saying what was done ("met") or, for a plan, what will be ("will hold")."""
    found = (_PAST_VERB if role == "event" else _FUTURE_VERB).search(sentence)
    return found.span() if found else None


def _joinable(candidate: _Candidate, specs: tuple[EventSpec, ...]) -> EventSpec | None:
    """The listed event a candidate reports, by a compatible date and its wording."""
    for spec in specs:
        if not candidate.mention.value.compatible(spec.date):
            continue
        if spec.kind in candidate.kinds or overlap(candidate.words, _spec_words(spec)) >= JOINING_WORDING:
            return spec
    return None


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
