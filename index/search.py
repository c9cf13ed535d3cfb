"""Search the corpus: plain frozen results, never Whoosh objects.

One `SearchEngine` holds one long-lived Whoosh searcher (a new searcher per query is
several times slower) behind a lock, so worker threads may share it.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import fields, replace
from pathlib import Path
from typing import Callable, Iterable

from whoosh import query as wq
from whoosh.searching import Searcher

from corpus.loader import Corpus
from corpus.sanitize import clean_line
from corpus.model import Article
from index.columns import DocumentTable, FacetCounter
from index.describe import describe
from index.highlight import find_spans, hit_pattern, make_snippet
from index.passage_search import QueryTerms, article_query, matching_passages
from index.passage_search import matched_terms as _matched_terms
from index.query import date_bounds, make_parser, parse_query
from index.bulk_scoring import PostingMemo, Unsupported
from index.ranking import collect, collect_in_bulk
from index.result_cache import RecentResults, query_key
from index.results import (
    ArticleHit,
    Facet,
    PassageHit,
    PassageMatch,
    PendingHit,
    QueryError,
    SearchResult,
    Span,
)
from index.schema import ARTICLE, SEARCHABLE_FIELDS
from index.spelling import suggest_query
from index.store import DAMAGED_INDEX_ERRORS, OpenedIndex, Progress, open_or_build, rebuild
from index.wildcards import UNSTEMMED_FIELD, match_written_words

SORTS = ("relevance", "date", "newest")  # "date" is oldest first
_WORD = re.compile(r"\w+")
MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class SearchEngine:
    def __init__(self, corpus: Corpus, opened: OpenedIndex) -> None:
        self.corpus = corpus
        self.opened = opened
        self._parser = make_parser(opened.index.schema)
        self._searcher: Searcher = opened.index.searcher()
        self._lock = threading.Lock()
        self._table: DocumentTable | None = None
        self._postings = PostingMemo()  # of this searcher's documents
        self._rebuilt = False
        self._recent: RecentResults[SearchResult] = RecentResults()  # by expanded query
        self.on_notice: Callable[[str], None] | None = None  # told when a read forced a rebuild
        # Cores a search may read segments on (`index.segment_workers`): 1 in a process that
        # searches again and again (its memo of posting lists would be split between children)
        self.search_workers = 1

    @classmethod
    def open(cls, corpus: Corpus, index_root: Path | None = None,
             progress: Progress | None = None) -> "SearchEngine":
        """The engine of the index of `corpus`, brought up to date first (`progress` is told
        of the articles indexed when it is built or many articles are new)."""
        opened = open_or_build(corpus, index_root, progress)
        try:
            return cls(corpus, opened)
        except DAMAGED_INDEX_ERRORS as error:  # damage that only reading shows
            if opened.location is None:
                raise
            return cls(corpus, rebuild(corpus, opened.location.parent, error))

    @property
    def notice(self) -> str | None:
        return self.opened.notice

    def close(self) -> None:
        with self._lock:
            self._searcher.close()

    def warm(self) -> None:
        """Read now what every search needs, before the first is asked (a long-lived search
        process calls it once ready): the document table and each searched field's lengths."""
        with self._lock:
            self.table  # noqa: B018 - read and kept
            self._postings.warm(self._searcher, (*SEARCHABLE_FIELDS, UNSTEMMED_FIELD))

    def words_starting(self, prefix: str, limit: int) -> int:
        """How many indexed words (as written) start with `prefix`, counted up to `limit`
        (what `prefix*` would expand to: a walk of the term list, no matching)."""
        return self._recovering(lambda: self._words_starting(prefix.lower(), limit))

    def _words_starting(self, prefix: str, limit: int) -> int:
        with self._lock:
            words = self._searcher.reader().expand_prefix(UNSTEMMED_FIELD, prefix)
            return sum(1 for _ in itertools.islice(words, limit))

    def parse(self, text: str) -> wq.Query:
        return parse_query(self._parser, text)

    def _recovering(self, work):
        """Run `work`; if reading shows the index damaged, rebuild it (once) and run again,
        so the answer comes from the rebuilt index and `notice` says what happened."""
        try:
            return work()
        except QueryError:
            raise
        except DAMAGED_INDEX_ERRORS as error:
            if self._rebuilt or self.opened.location is None:
                raise
            self._replace_index(rebuild(self.corpus, self.opened.location.parent, error))
            return work()

    def _replace_index(self, opened: OpenedIndex) -> None:
        with self._lock:
            try:
                self._searcher.close()
            except DAMAGED_INDEX_ERRORS:
                pass  # the damaged files go with it
            self.opened, self._rebuilt, self._table = opened, True, None
            self._postings = PostingMemo()
            self._recent.clear()
            self._searcher = opened.index.searcher()
        if self.on_notice and opened.notice:
            self.on_notice(opened.notice)

    def search(
        self,
        text: str,
        outlets: Iterable[str] | None = None,
        date_range: tuple[str | None, str | None] | None = None,
        sort: str = "relevance",
        limit: int | None = 20,
        highlight: int | None = None,
    ) -> SearchResult:
        """Articles matching `text`, with their passages, hit spans, snippet and facets.

        `outlets` are outlet ids or names (any case); `date_range` is (from, to), each an
        ISO date of any precision or None; `sort` is "relevance", "date" (oldest first) or "newest".
        `total` and the month facets count the matches of the chosen outlets; the outlet
        facets count every outlet's matches, so that one search also tells the other
        outlets' counts (what a facet list needs to switch the filter). With `highlight`,
        only the first `highlight` hits have their text highlighted; the others are
        `PendingHit`s (their headlines highlighted), for `highlight_text` when shown.
        """
        return self._recovering(
            lambda: self._search(text, outlets, date_range, sort, limit, highlight))

    def _search(self, text, outlets, date_range, sort, limit, highlight) -> SearchResult:
        text = clean_line(text)
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}: use relevance, date or newest", text)
        q = self.parse(text)
        wanted = set(self._outlet_ids(outlets)) if outlets else None
        with self._lock:
            written = match_written_words(q, self._searcher.reader(), exact=True)
            suggestion = suggest_query(self._searcher, q, text)
            key = (query_key(written), tuple(date_range or ()), frozenset(wanted or ()), sort, limit,
                   highlight)
            found = self._recent.get(key)
            if found is None:
                matched, counter = self._collect(written, date_range, wanted, sort, limit)
        if found is None:
            found = self._found(written, matched, counter, sort, highlight)
            with self._lock:
                self._recent.put(key, found)
        return replace(found, query=text, description=describe(q, text), suggestion=suggestion)

    def _collect(self, q: wq.Query, date_range, wanted: set[str] | None, sort: str,
                 limit: int | None) -> tuple[list[tuple], FacetCounter]:
        """(article id, score, matched terms) of the hits, and the counter of every match: read
        a posting list at a time where the query allows (`index.bulk_scoring`), else collected
        by Whoosh a document at a time; the same either way (call with the lock held)."""
        restriction = self._restriction(ARTICLE, date_range)
        if sort == "relevance" and limit:
            try:
                top, counter = collect_in_bulk(self._searcher, q, self.table, restriction, wanted,
                                               limit, self._postings, self.search_workers)
            except Unsupported:
                pass
            else:
                stored = self._searcher.stored_fields
                return [(stored(docnum)["article_id"], score, terms)
                        for docnum, score, terms in top], counter
        results, counter = collect(self._searcher, q, self.table, restriction, wanted, sort, limit)
        return [(hit["article_id"], _score(hit, sort), _matched_terms(hit))
                for hit in results], counter

    def _found(self, written: wq.Query, matched: list[tuple], counter: FacetCounter, sort: str,
               highlight: int | None) -> SearchResult:
        labels = dict(self.corpus.outlets())
        return SearchResult(
            query="",
            description="",
            hits=tuple(_article_hit(article, score, written, terms,
                                    with_text=highlight is None or number < highlight)
                       for number, (article, score, terms)
                       in enumerate(self._still_present(matched))),
            total=counter.passed,
            outlet_facets=tuple(
                Facet(oid, labels.get(oid, oid), n) for oid, n in
                sorted(counter.outlets.items(), key=lambda item: (-item[1], labels.get(item[0], item[0])))),
            month_facets=tuple(Facet(month, month_label(month), n)
                               for month, n in sorted(counter.months.items())),
            suggestion=None,
            sort=sort,
        )

    def search_passages(self, text: str, date_range=None, limit: int | None = None
                        ) -> tuple[PassageMatch, ...]:
        """Passages matching `text` on their own (all its words in the one passage)."""
        return self._recovering(lambda: self._search_passages(text, date_range, limit))

    def _search_passages(self, text: str, date_range, limit) -> tuple[PassageMatch, ...]:
        """The candidate articles' passages searched on their own (`index.passage_search`)."""
        q = self.parse(text)
        with self._lock:
            q = match_written_words(q, self._searcher.reader(), exact=False)
            restriction = self._restriction(ARTICLE, date_range)
            candidates = article_query(q)
            results = self._searcher.search(candidates, filter=restriction, limit=None,
                                            scored=False)
            article_ids = [hit["article_id"] for hit in results]
            terms = QueryTerms.of(q, candidates, self._searcher.reader())
        articles = {article.id: article
                    for article, in self._still_present([(aid,) for aid in article_ids])}
        matches = []
        for article_id, number, score, matched in matching_passages(articles.values(), q, limit,
                                                                    terms):
            passage = articles[article_id].passage(number)
            body = matched.get("body", set())
            spans = find_spans(passage.text, hit_pattern(q, "body", body))
            shifted = tuple(Span(s.start + passage.start, s.end + passage.start) for s in spans)
            matches.append(PassageMatch(article_id, number, score, shifted))
        return tuple(matches)

    def _still_present(self, found: list[tuple]) -> Iterable[tuple]:
        """(article, ...) for each (article id, ...) found, skipping articles removed from the
        store since this engine's searcher was opened (an open engine keeps its view)."""
        for article_id, *rest in found:
            try:
                yield (self.corpus.get(article_id), *rest)
            except KeyError:
                continue

    @property
    def table(self) -> DocumentTable:
        """Kinds and columns of every document (call with the lock held)."""
        if self._table is None:
            self._table = DocumentTable.read(self._searcher, self.opened.location)
        return self._table

    def _restriction(self, kind, date_range) -> set[int] | None:
        """The documents of `kind` a search may return, as document numbers; None when it may
        return every document of the index (all are of `kind` and no dates restrict it: no
        filter to build or apply). Outlets are chosen while collecting: `FacetCounter`."""
        dated = bool(date_range and any(date_range))
        if not dated and len(self.table.kind_docs[kind]) == self._searcher.doc_count():
            return None
        allowed = self.table.of_kind(kind)
        if dated:
            low, high = date_bounds(*date_range)
            dates = self.table.date
            allowed = {docnum for docnum in allowed if dates[docnum]
                       and (low is None or dates[docnum] >= low)
                       and (high is None or dates[docnum] <= high)}
        # Whoosh takes an empty filter for no filter at all: -1 is no document's number
        return allowed or {-1}

    def _outlet_ids(self, outlets: Iterable[str]) -> list[str]:
        known = self.corpus.outlets()
        ids = []
        for wanted in outlets:
            folded = wanted.casefold().strip()
            found = [oid for oid, label in known
                     if folded in (oid, label.casefold()) or folded in label.casefold()]
            if not found:
                names = ", ".join(oid for oid, _ in known)
                raise QueryError(f"no outlet matches {wanted!r}: the outlets are {names}", wanted)
            ids.extend(found)
        return ids


def _score(hit, sort: str) -> float:
    """Relevance; a date-sorted search does not score (Whoosh reports the sort key)."""
    return float(hit.score or 0.0) if sort == "relevance" else 0.0


def _article_hit(article: Article, score: float, q: wq.Query, terms: dict[str, set[str]],
                 with_text: bool = True) -> ArticleHit:
    """The hit with its headline highlighted, and its text too `with_text` (else pending)."""
    headline = find_spans(article.headline, hit_pattern(q, "headline", terms.get("headline", set())))
    pending = PendingHit(
        article_id=article.id,
        outlet=article.outlet,
        outlet_id=article.outlet_id,
        outlet_label=article.outlet_label,
        date=article.date,
        date_precision=article.date_precision,
        headline=article.headline,
        score=round(score, 4),
        spans=(),
        headline_spans=headline,
        passages=(),
        snippet=None,
        pattern=hit_pattern(q, "body", terms.get("body", set())),
    )
    return highlight_text(pending, article) if with_text else pending


def highlight_text(hit: ArticleHit, article: Article) -> ArticleHit:
    """A `PendingHit` of `article` with its text highlighted: every hit's span, the passages
    holding them and the snippet (an `ArticleHit` already highlighted is returned as it is)."""
    if not isinstance(hit, PendingHit):
        return hit
    body = find_spans(article.clean_text, hit.pattern)
    passages = _passage_hits(article, body)
    best = _best_passage(article.clean_text, passages)
    if best:
        bounds, shown = (best.start, best.end), best.spans
    else:
        first = article.passages[0] if article.passages else None
        bounds, shown = ((first.start, first.end) if first else None), ()
    kept = {field.name: getattr(hit, field.name) for field in fields(ArticleHit)}
    return ArticleHit(**{**kept, "spans": body, "passages": tuple(passages),
                         "snippet": make_snippet(article.clean_text, shown, bounds)})


def _passage_hits(article: Article, spans: tuple[Span, ...]) -> list[PassageHit]:
    """The passages holding hits, each with its hits (spans are in text order)."""
    by_passage: dict[int, list[Span]] = {}
    for span in spans:
        passage = article.passage_at(span.start)
        if passage is not None:
            by_passage.setdefault(passage.number, []).append(span)
    return [PassageHit(number, article.passage(number).start, article.passage(number).end,
                       tuple(found)) for number, found in sorted(by_passage.items())]


def _best_passage(text: str, passages: list[PassageHit]) -> PassageHit | None:
    """The passage holding the most different matched words, then the most hits, then the first."""
    def weight(passage: PassageHit):
        distinct = {word.casefold() for s in passage.spans for word in _WORD.findall(text[s.start:s.end])}
        return len(distinct), len(passage.spans), -passage.number

    return max(passages, key=weight, default=None)


def month_label(month: str) -> str:
    if len(month) == 7:
        return f"{MONTH_NAMES[int(month[5:]) - 1]} {month[:4]}"
    return month or "undated"
