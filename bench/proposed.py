"""Measured proposals for `index/search.py` and `index/highlight.py` (bench-only copies).

The benchmarks run these beside the product code so that a proposed diff comes with its
figure; the diffs themselves are in the performance report, for the owners of `index/`.

* `fast_find_spans`: the same spans as `index.highlight.find_spans`, but each distinct word
  is analysed once (memoised) instead of running Whoosh's token pipeline over the whole
  article for every hit. The analysis is per-token (tokenize, lowercase, accent fold, drop
  dots, spelling, stop words with positions renumbered as StopFilter does, stem), so the result is identical;
  `check_equivalence` proves it on a corpus.
* `proposed_search`: `SearchEngine.search` with the limit pushed into Whoosh (every match is
  scored, only the top `limit` become hits: stored fields and snippets for those rows only),
  outlet and month facets counted by Whoosh's `FacetCollector` from the sortable
  `outlet_id`/`month` columns in the same pass, the total as the sum of outlet counts
  (every article has one outlet id). `terms=True` stays (as a `TermsCollector`): without it
  Whoosh builds different matchers for wildcard and fuzzy words and their ranking changes;
  `match_terms=False` measures that variant (highlight words then come from the query's own
  terms, multi-terms expanded against the index once per query).
  With `match_terms=True` the result equals `SearchEngine.search(..., limit=N)` field for
  field (hits, spans, snippets, total, facets, suggestion) on every query tried.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from whoosh import collectors, sorting
from whoosh import query as wq

from corpus.sanitize import clean_line
from index import highlight
from index.analysis import story_analyzer
from index.results import ArticleHit, Facet, SearchResult, Span

_TOKEN = re.compile(r"\w+(\.?\w+)*", re.UNICODE)  # RegexTokenizer's default expression
_ANALYZER = story_analyzer()


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    """What the story analyzer makes of one word (None for a stop word)."""
    tokens = [t.text for t in _ANALYZER(word, mode="index")]
    return tokens[0] if tokens else None


def analysed_tokens(text: str) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) as `story_analyzer()(text, positions=True, chars=True)`."""
    tokens = []
    position = None
    for number, match in enumerate(_TOKEN.finditer(text)):
        term = _term(match.group())
        if term is None:
            continue
        # StopFilter renumbers: the first kept word keeps its position, the rest follow on.
        position = number if position is None else position + 1
        tokens.append((term, position, match.start(), match.end()))
    return tokens


def fast_find_spans(text: str, pattern: highlight.HitPattern) -> tuple[Span, ...]:
    if not pattern or not text:
        return ()
    tokens = analysed_tokens(text)
    spans = {Span(start, end) for word, _, start, end in tokens if word in pattern.words}
    for phrase in pattern.phrases:
        spans.update(highlight._phrase_spans(tokens, phrase))
    return highlight._merge(text, spans)


def check_equivalence(texts) -> int:
    """Raise AssertionError unless the fast tokens equal Whoosh's for every text; the count."""
    count = 0
    for text in texts:
        slow = [(t.text, t.pos, t.startchar, t.endchar)
                for t in _ANALYZER(text, positions=True, chars=True, mode="index")]
        assert analysed_tokens(text) == slow, text[:80]
        count += 1
    return count


def _query_terms(q: wq.Query, reader) -> dict[str, set[str]]:
    """Field -> the terms the positive leaves of `q` can match (multi-terms expanded)."""
    terms: dict[str, set[str]] = {}
    for leaf in highlight.positive_leaves(q):
        fieldname = getattr(leaf, "fieldname", None)
        if isinstance(leaf, wq.Term):
            terms.setdefault(fieldname, set()).add(leaf.text)
        elif isinstance(leaf, wq.MultiTerm):
            expanded = {text.decode("utf-8") if isinstance(text, bytes) else text
                        for text in leaf._btexts(reader)}
            terms.setdefault(fieldname, set()).update(expanded)
    return terms


def proposed_search(engine, text: str, outlets=None, date_range=None, sort: str = "relevance",
                    limit: int | None = 20, fast_spans: bool = True, match_terms: bool = True
                    ) -> SearchResult:
    from index import search as product
    from index.schema import ARTICLE
    from index.spelling import suggest_query

    text = clean_line(text)
    q = engine.parse(text)
    restriction = engine._restriction(ARTICLE, outlets, date_range)
    facets = {"outlet": sorting.FieldFacet("outlet_id"), "month": sorting.FieldFacet("month")}
    with engine._lock:
        searcher = engine._searcher
        if sort == "date":
            inner = collectors.SortingCollector("date", limit=limit)
        elif limit:  # every match is scored (so facets count all) but only `limit` are kept
            inner = collectors.TopCollector(limit, usequality=False, replace=0)
        else:
            inner = collectors.UnlimitedCollector()
        collector = collectors.FacetCollector(inner, facets, maptype=sorting.Count)
        if match_terms:
            collector = collectors.TermsCollector(collector)
        collector = collectors.FilterCollector(collector, restriction)
        searcher.search_with_collector(q, collector)
        results = collector.results()
        if match_terms:
            top = [(hit["article_id"], product._score(hit, sort), product._matched_terms(hit))
                   for hit in results]
        else:
            terms = _query_terms(q, searcher.reader())
            top = [(hit["article_id"], product._score(hit, sort), terms) for hit in results]
        outlet_counts = results.groups("outlet")
        month_counts = results.groups("month")
        suggestion = suggest_query(searcher, q, text)
    labels = dict(engine.corpus.outlets())
    finder = fast_find_spans if fast_spans else highlight.find_spans
    hits = tuple(_article_hit(engine.corpus.get(aid), score, q, terms, finder)
                 for aid, score, terms in top)
    return SearchResult(
        query=text,
        description=product.describe(q, text),
        hits=hits,
        total=sum(outlet_counts.values()),
        outlet_facets=tuple(
            Facet(oid, labels.get(oid, oid), n) for oid, n in
            sorted(outlet_counts.items(), key=lambda item: (-item[1], labels.get(item[0], item[0])))),
        month_facets=tuple(Facet(month, product.month_label(month), n)
                           for month, n in sorted(Counter(month_counts).items())),
        suggestion=suggestion,
        sort=sort,
    )


def _article_hit(article, score, q, terms, finder) -> ArticleHit:
    """`index.search._article_hit` with a pluggable span finder."""
    from index import search as product
    from index.results import PassageHit

    body = finder(article.clean_text, highlight.hit_pattern(q, "body", terms.get("body", set())))
    headline = finder(article.headline,
                      highlight.hit_pattern(q, "headline", terms.get("headline", set())))
    passages = []
    for passage in article.passages:
        inside = tuple(s for s in body if passage.start <= s.start < passage.end)
        if inside:
            passages.append(PassageHit(passage.number, passage.start, passage.end, inside))
    best = product._best_passage(article.clean_text, passages)
    if best:
        bounds, shown = (best.start, best.end), best.spans
    else:
        first = article.passages[0] if article.passages else None
        bounds, shown = ((first.start, first.end) if first else None), ()
    return ArticleHit(
        article_id=article.id, outlet=article.outlet, outlet_id=article.outlet_id,
        date=article.date, date_precision=article.date_precision, headline=article.headline,
        score=round(score, 4), spans=body, headline_spans=headline, passages=tuple(passages),
        snippet=highlight.make_snippet(article.clean_text, shown, bounds),
    )
