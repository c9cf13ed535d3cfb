"""The blocking work the main screen runs in thread workers: plain functions, no widgets.

Corpus and index modules are imported here, lazily, so that the first frame does not
wait for Whoosh.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from corpus.loader import Corpus
    from corpus.model import Article
    from index.estimated_dates import EstimatedDate
    from index.results import ArticleHit, SearchResult, Timeline
    from index.search import SearchEngine

CorpusLoader = Callable[[], "Corpus"]
TimelineBuilder = Callable[["SearchEngine"], "Timeline"]
RESULT_ROWS = 50  # rows a search shows; counts and facets always cover every match
# Rows whose text a search highlights (the first row, which is shown): any other row's text is
# highlighted when the reader moves to it (`ResultsPane.hit`). Highlighting the texts of 50
# articles a search process has not shown before was most of a search at 10k.
TEXTS_HIGHLIGHTED = 1
# The word being typed is searched as a prefix from this many letters (PERF-NOTES: shorter
# prefixes expand to thousands of Whoosh terms).
MIN_TYPED_PREFIX = 3
MAX_TYPED_COMPLETIONS = 100
SORTS = ("relevance", "newest", "oldest")
SORT_LABELS = {"relevance": "best match first", "newest": "newest first",
               "oldest": "oldest first"}
_TYPED_WORD = re.compile(r"(?:^|(?<=[\s(]))(\w{%d,})$" % MIN_TYPED_PREFIX)
_SHORT_TYPED_WORD = re.compile(r"(?:^|[\s(-])\w{1,%d}$" % (MIN_TYPED_PREFIX - 1))
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
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
    hint: str | None = None  # not an error: the query is still being typed (results stay)
    # article id -> the estimated date of a shown article that prints none (shown as "~...")
    estimates: "Mapping[str, EstimatedDate]" = field(default_factory=dict)


def describe(error: BaseException) -> str:
    """An error in one line, for the user."""
    return f"{type(error).__name__}: {error}"


def open_engine(index_root: Path | None, load_corpus: CorpusLoader | None,
                progress: Callable[[int, int], None] | None = None) -> "SearchEngine":
    """The bundled articles and the user's own (re-read on every call: `r` reloads);
    `progress` is told of the articles indexed when the index is built again (an index of
    an older schema after an upgrade: minutes at 10k)."""
    from corpus.store_sync import open_library
    from index.search import SearchEngine

    corpus = (load_corpus or open_library)()
    return SearchEngine.open(corpus, index_root, progress)


def library_notices(corpus: "Corpus") -> tuple[str, ...]:
    """What the commands say on stderr as they open the library, for the explorer to show: the
    article store's notice (damaged and built again, kept in memory, not read again with newer
    rules) and a user's outlets file that is not used."""
    from corpus.sanitize import clean_line

    said = (getattr(corpus, "notice", None), _outlets_file_problem())
    return tuple(clean_line(notice) for notice in said if notice)


def _outlets_file_problem() -> str | None:
    """Why the user's outlets.json is not used; the list of outlets is read only when the user
    has such a file (half a second, which nothing else of opening the library needs)."""
    from corpus.paths import config_root

    if not (config_root() / "outlets.json").exists():
        return None
    from corpus.intake.outlets import outlets

    return outlets().problem


class TimelineStopped(Exception):
    """The explorer is closing: finding the articles' events stops after the batch at hand
    (what was found is kept for the next start)."""


def build_timeline(engine: "SearchEngine", builder: TimelineBuilder | None,
                   cancelled: Callable[[], bool] = lambda: False,
                   progress: Callable[[int, int], None] | None = None
                   ) -> tuple["Timeline | None", str | None]:
    """The timeline, or None and why not (a missing module is a state, not a crash)."""
    try:
        from index.timeline_cache import current_timeline
    except ImportError:
        return None, TIMELINE_MISSING

    def after_each_batch(done: int, total: int) -> None:
        if cancelled():
            raise TimelineStopped
        if progress:
            progress(done, total)

    # with no builder given, a store's timeline is merged from its articles' kept parts
    # (found first for the articles without one, a batch at a time: 145 s at 10k)
    return current_timeline(engine, builder, after_each_batch), None


def search(engine: "SearchEngine", request: SearchRequest) -> SearchOutcome:
    """Run one request; an empty query lists every article (browsing)."""
    from index.results import QueryError

    if not request.query.strip():
        return _browse(engine, request)
    outlets = [request.outlet_id] if request.outlet_id else None
    index_sort = "date" if request.sort == "oldest" else request.sort
    try:
        result = _search_typed(engine, request.query, outlets, index_sort)
    except QueryError as error:
        if still_typing(request.query):
            return _keep_typing(request)
        return SearchOutcome(request, error=error.message)
    if not result.total and still_typing(request.query):
        return _keep_typing(request)  # not "no match" for the first letter or two
    facets = tuple((f.key, f.label, f.count) for f in result.outlet_facets)
    rows = tuple((hit, engine.corpus.get(hit.article_id)) for hit in result.hits)
    estimates = _estimates(engine)
    if request.sort != "relevance":  # an estimated date sorts with the printed ones
        rows = _by_date(rows, estimates, newest=request.sort == "newest")
    return SearchOutcome(request, rows, facets, result.total, result,
                         estimates=_shown(rows, estimates))


def _search_typed(engine: "SearchEngine", query: str, outlets, sort: str) -> "SearchResult":
    """The query with the word being typed (not yet ended by a space or a quote) also taken
    as a prefix: `Naga` finds Nagamine. Without any match, the query as typed (and its
    "did you mean")."""
    as_prefix = typed_prefix_query(query)
    if as_prefix is not None and _few_completions(engine, query):
        result = engine.search(as_prefix, outlets=outlets, sort=sort, limit=RESULT_ROWS,
                               highlight=TEXTS_HIGHLIGHTED)
        if result.total:
            # no suggestion for the rewritten text; the query described as the user wrote it
            return replace(result, suggestion=None,
                           description=f"{_described(engine, query)} (or longer)")
    return engine.search(query, outlets=outlets, sort=sort, limit=RESULT_ROWS,
                         highlight=TEXTS_HIGHLIGHTED)


def _few_completions(engine: "SearchEngine", query: str) -> bool:
    """Whether the word being typed starts at most `MAX_TYPED_COMPLETIONS` indexed words:
    a prefix of thousands (`min` in 10,000 articles) is a union Whoosh walks for seconds, and
    too vague to help; the word is then searched as typed until it is longer."""
    word = _TYPED_WORD.search(query)
    limit = MAX_TYPED_COMPLETIONS + 1
    return word is not None and engine.words_starting(word[1], limit) < limit


def _described(engine: "SearchEngine", query: str) -> str:
    from index.describe import describe

    return describe(engine.parse(query), query)


def typed_prefix_query(query: str) -> str | None:
    """`Korea Naga` -> `Korea (Naga OR Naga*)`; None when the last word is ended, too short,
    an operator, a field, or inside a quote."""
    found = _TYPED_WORD.search(query)
    if found is None or found[1] in _OPERATORS or query.count('"') % 2:
        return None
    word = found[1]
    return f"{query[:found.start(1)]}({word} OR {word}*)"


def _keep_typing(request: SearchRequest) -> SearchOutcome:
    return SearchOutcome(request, hint=f"“{request.query.strip()}”: keep typing…")


def still_typing(query: str) -> bool:
    """A query that cannot be searched yet but is probably not finished: a first word of one
    or two letters, a last word (or part after a hyphen) of one or two letters not yet ended
    (`Han Mi`, `Han Min-ko`: too short to be searched as a prefix), or a field name waiting
    for its value."""
    text = query.strip()
    return (bool(re.fullmatch(r"\w{1,%d}" % (MIN_TYPED_PREFIX - 1), text))
            or text.endswith(":") or bool(_SHORT_TYPED_WORD.search(query)))


def reload_summary(old: dict[str, str], new: dict[str, str]) -> str:
    """"5 articles loaded: 1 added, 1 removed" (what changed since the last load), from each
    load's article id -> fingerprint (read in the worker: the store is read lazily, so the
    articles an engine holds are not a snapshot)."""
    changes = {"added": len(new.keys() - old.keys()), "removed": len(old.keys() - new.keys()),
               "changed": sum(1 for key in new.keys() & old.keys() if new[key] != old[key])}
    said = ", ".join(f"{n} {what}" for what, n in changes.items() if n) or "nothing changed"
    return f"{len(new):,} articles loaded: {said}"


def _browse(engine: "SearchEngine", request: SearchRequest) -> SearchOutcome:
    """The first rows of every article (of one outlet), from the store's lists and counts."""
    corpus = engine.corpus
    facets = tuple(corpus.outlet_counts())
    shown = corpus.summaries(request.outlet_id, order=request.sort, limit=RESULT_ROWS)
    total = sum(n for oid, _, n in facets if request.outlet_id in (None, oid))
    rows = tuple((None, corpus.get(a.id)) for a in shown)
    estimates = _estimates(engine)
    if request.sort != "relevance" and estimates:
        # the estimated articles may sort before the page's last rows: add them, sort, cut
        listed = {article.id for _, article in rows}
        more = [corpus.get(aid) for aid in estimates if aid not in listed]
        rows += tuple((None, article) for article in more
                      if request.outlet_id in (None, article.outlet_id))
        rows = _by_date(rows, estimates, newest=request.sort == "newest")[:RESULT_ROWS]
    return SearchOutcome(request, rows, facets, total, estimates=_shown(rows, estimates))


def _estimates(engine: "SearchEngine") -> "Mapping[str, EstimatedDate]":
    from index.estimated_dates import estimated_dates

    return estimated_dates(engine.corpus)


def _by_date(rows: tuple, estimates: "Mapping[str, EstimatedDate]", newest: bool) -> tuple:
    """Rows by printed date, else estimated date; rows with neither stay last."""
    dated = [row for row in rows if row[1].date or row[1].id in estimates]
    undated = [row for row in rows if not (row[1].date or row[1].id in estimates)]
    dated.sort(key=lambda row: row[1].date or estimates[row[1].id].date, reverse=newest)
    return tuple(dated + undated)


def _shown(rows: tuple, estimates: "Mapping[str, EstimatedDate]") -> dict:
    return {article.id: estimates[article.id] for _, article in rows if article.id in estimates}
