"""The blocking work the main screen runs in thread workers: plain functions, no widgets.

Corpus and index modules are imported here, lazily, so that the first frame does not
wait for Whoosh.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from corpus.loader import Corpus
    from corpus.model import Article
    from index.results import ArticleHit, SearchResult, Timeline
    from index.search import SearchEngine

CorpusLoader = Callable[[], "Corpus"]
TimelineBuilder = Callable[["SearchEngine"], "Timeline"]
RESULT_ROWS = 50  # rows a search shows; counts and facets always cover every match
TIMELINE_MISSING = "event list unavailable: the timeline module (index.timeline) is not installed"


@dataclass(frozen=True)
class SearchRequest:
    query: str
    sort: str = "relevance"
    outlet_id: str | None = None


@dataclass(frozen=True)
class SearchOutcome:
    """Rows to show, the unfiltered outlet facets, and either a result or an error."""

    request: SearchRequest
    rows: tuple[tuple["ArticleHit | None", "Article"], ...] = ()
    facets: tuple[tuple[str, str, int], ...] = ()  # (outlet id, label, count)
    total: int = 0
    result: "SearchResult | None" = None
    error: str | None = None


def open_engine(index_root: Path | None, load_corpus: CorpusLoader | None) -> "SearchEngine":
    """The bundled articles and the user's own (re-read on every call: `r` reloads)."""
    from corpus.library import load_corpus as load_bundled_and_added
    from index.search import SearchEngine

    corpus = (load_corpus or load_bundled_and_added)()
    return SearchEngine.open(corpus, index_root)


def build_timeline(engine: "SearchEngine", builder: TimelineBuilder | None
                   ) -> tuple["Timeline | None", str | None]:
    """The timeline, or None and why not (a missing module is a state, not a crash)."""
    if builder is None:
        try:
            from index.timeline import build_timeline as builder
        except ImportError:
            return None, TIMELINE_MISSING
    return builder(engine), None


def search(engine: "SearchEngine", request: SearchRequest) -> SearchOutcome:
    """Run one request; an empty query lists every article (browsing)."""
    from index.results import QueryError

    if not request.query.strip():
        return _browse(engine, request)
    outlets = [request.outlet_id] if request.outlet_id else None
    try:
        result = engine.search(request.query, outlets=outlets, sort=request.sort,
                               limit=RESULT_ROWS)
    except QueryError as error:
        return SearchOutcome(request, error=error.message)
    facets = tuple((f.key, f.label, f.count) for f in result.outlet_facets)
    rows = tuple((hit, engine.corpus.get(hit.article_id)) for hit in result.hits)
    return SearchOutcome(request, rows, facets, result.total, result)


def _browse(engine: "SearchEngine", request: SearchRequest) -> SearchOutcome:
    articles = list(engine.corpus.articles)
    if request.sort == "date":
        articles.sort(key=lambda a: a.date or "9999")
    counts = Counter((a.outlet_id, a.outlet_label) for a in articles)
    facets = tuple((oid, label, n) for (oid, label), n in
                   sorted(counts.items(), key=lambda item: (-item[1], item[0][1])))
    shown = [a for a in articles if request.outlet_id in (None, a.outlet_id)]
    return SearchOutcome(request, tuple((None, a) for a in shown[:RESULT_ROWS]), facets,
                         len(shown))
