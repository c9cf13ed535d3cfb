"""The blocking work the main screen runs in thread workers: plain functions, no widgets.

Corpus and index modules are imported here, lazily, so that the first frame does not
wait for Whoosh.
"""

from __future__ import annotations

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
    from corpus.store_sync import open_library
    from index.search import SearchEngine

    corpus = (load_corpus or open_library)()
    return SearchEngine.open(corpus, index_root)


def build_timeline(engine: "SearchEngine", builder: TimelineBuilder | None
                   ) -> tuple["Timeline | None", str | None]:
    """The timeline, or None and why not (a missing module is a state, not a crash)."""
    if builder is None:
        try:
            from index.timeline import build_timeline as builder
        except ImportError:
            return None, TIMELINE_MISSING
    from index.timeline_cache import current_timeline

    return current_timeline(engine, builder), None


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
    """The first rows of every article (of one outlet), from the store's lists and counts."""
    corpus = engine.corpus
    facets = tuple(corpus.outlet_counts())
    shown = corpus.summaries(request.outlet_id, by_date=request.sort == "date",
                             limit=RESULT_ROWS)
    total = sum(n for oid, _, n in facets if request.outlet_id in (None, oid))
    return SearchOutcome(request, tuple((None, corpus.get(a.id)) for a in shown), facets, total)
