"""The non-interactive subcommands: the same core as the TUI, printed for people or scripts.

Output is a Rich table on a terminal, plain lines in a pipe, JSON with --json. Every
string from the corpus or the query is data: Rich gets `Text` objects, never markup.
"""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from dataclasses import asdict, replace
from typing import TYPE_CHECKING

from corpus.model import Article, ArticleSummary
from explorer.cli.output import (
    EXIT_NO_MATCH, EXIT_OK, add_id_column, date_problem, error, highlighted, marked, short_id,
)
from explorer.cli.session import load_corpus, open_engine
from index.results import ArticleHit, QueryError, SearchResult, Snippet

if TYPE_CHECKING:
    from index.estimated_dates import EstimatedDate

def search(args: Namespace) -> int:
    for option, value in (("--from", args.date_from), ("--to", args.date_to)):
        if problem := date_problem(option, value):
            return error(problem)
    corpus = load_corpus(args.data)
    try:
        engine = open_engine(args, corpus)
        result = engine.search(args.query, outlets=args.outlet,
                               date_range=(args.date_from, args.date_to),
                               sort=args.sort, limit=args.limit)
    except QueryError as problem:
        return error(f"{_what_failed(args, problem)}: {problem.message}")
    copies: dict[str, list[str]] = {}
    if args.fold_copies:
        result, copies = _folded(result, corpus, engine)
    if args.json:
        for hit in result.hits:
            record = hit_record(hit, corpus.get(hit.article_id))
            if args.fold_copies:
                record["copies"] = copies.get(hit.article_id, [])
            print(json.dumps(record, ensure_ascii=False))
    elif sys.stdout.isatty():
        _print_result_table(result)
    else:
        for hit in result.hits:
            print("\t".join((hit.article_id, hit.date or "", hit.outlet_label, hit.headline,
                             marked_snippet(hit.snippet))))
    if not result.hits:
        hint = f"; did you mean: {result.suggestion}" if result.suggestion else ""
        print(f"gsomia-tui: no article matches {result.description}{hint}", file=sys.stderr)
        return EXIT_NO_MATCH
    return EXIT_OK


def _folded(result: SearchResult, corpus, engine) -> tuple[SearchResult, dict[str, list[str]]]:
    """The hits with syndicated copies folded into the earliest article they copy (its
    outlet "Yonhap +3 copies"), and head id -> its copies' ids (`index.copies`)."""
    from index.copies import SharedIndex, fold_copies
    from index.overlap import shared_sentences

    shared = SharedIndex.of(shared_sentences(corpus, engine.opened.location))
    folds = fold_copies([corpus.get(hit.article_id) for hit in result.hits], shared)
    hits = {hit.article_id: hit for hit in result.hits}
    heads = []
    for fold in folds:
        hit, count = hits[fold.original.id], len(fold.copies)
        label = f"{hit.outlet_label} +{count} cop{'ies' if count > 1 else 'y'}" if count else \
            hit.outlet_label
        heads.append(replace(hit, outlet_label=label))
    copies = {fold.original.id: [copy.id for copy in fold.copies] for fold in folds}
    return replace(result, hits=tuple(heads)), copies


def _what_failed(args: Namespace, problem: QueryError) -> str:
    """The option or the query a QueryError is about, as the user wrote it."""
    if args.outlet and problem.query in args.outlet and problem.query != args.query:
        return f"--outlet {problem.query!r}"
    return f"query {problem.query!r}"


def hit_record(hit: ArticleHit, article: Article) -> dict:
    record = asdict(hit)
    record["outlet"] = hit.outlet_label
    record["url"] = article.url
    record["snippet"] = hit.snippet.prefix + hit.snippet.text + hit.snippet.suffix
    shift = len(hit.snippet.prefix)
    record["snippet_spans"] = [[s.start + shift, s.end + shift] for s in hit.snippet.spans]
    record["spans"] = [[s.start, s.end] for s in hit.spans]
    record["headline_spans"] = [[s.start, s.end] for s in hit.headline_spans]
    record["passages"] = [{"number": p.number, "start": p.start, "end": p.end,
                           "spans": [[s.start, s.end] for s in p.spans]} for p in hit.passages]
    return record


def marked_snippet(snippet: Snippet) -> str:
    return snippet.prefix + marked(snippet.text, snippet.spans) + snippet.suffix


def _print_result_table(result: SearchResult) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    table = Table(show_lines=True, expand=True)
    add_id_column(table)
    table.add_column("Outlet", ratio=2, overflow="fold")
    table.add_column("Date", no_wrap=True)
    for name, ratio in (("Headline", 3), ("Snippet", 6)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for hit in result.hits:
        headline = highlighted(hit.headline, hit.headline_spans, style="bold")
        table.add_row(Text(short_id(hit.article_id)), Text(hit.outlet_label),
                      Text(hit.date or "undated"), headline, snippet_text(hit.snippet))
    summary = Text(f"{result.total} article{'s' if result.total != 1 else ''} match ")
    summary.append(result.description, style="italic")
    if result.total > len(result.hits):
        summary.append(f" (showing {len(result.hits)}; use --limit for more)")
    console.print(summary)
    if result.hits:
        console.print(table)


def snippet_text(snippet: Snippet):
    return highlighted(snippet.prefix + snippet.text + snippet.suffix, snippet.spans,
                       shift=len(snippet.prefix))


def articles(args: Namespace) -> int:
    from index.estimated_dates import estimated_dates

    corpus = load_corpus(args.data)
    listed = corpus.summaries()  # metadata only: no article text is read
    estimates = estimated_dates(corpus)  # only undated articles are read
    if args.json:
        for article in listed:
            print(json.dumps(article_record(article, estimate=estimates.get(article.id)),
                             ensure_ascii=False))
    elif sys.stdout.isatty():
        _print_article_table(listed, estimates)
    else:
        for article in listed:
            estimate = estimates.get(article.id)
            print("\t".join((article.id, article.date or (f"~{estimate.date}" if estimate else ""),
                             article.outlet_label, article.headline,
                             _provenance(article, estimate), article.source)))
    return EXIT_OK


def article_record(article: Article | ArticleSummary, with_text: bool = False,
                   estimate: "EstimatedDate | None" = None) -> dict:
    """An article's metadata for --json; `date` is only ever a printed or given date, an
    estimate is apart (`estimated_date`, `estimated_date_provenance`)."""
    record = {
        "id": article.id, "outlet": article.outlet, "outlet_id": article.outlet_id,
        "date": article.date, "date_precision": article.date_precision,
        "date_provenance": article.date_provenance,
        "estimated_date": estimate.date if estimate else None,
        "estimated_date_provenance": estimate.provenance if estimate else None,
        "headline": article.headline,
        "byline": article.byline, "url": article.url, "section": article.section,
        "source": article.source, "passages": article.passage_count,
    }
    if with_text:
        record["passages"] = [{"number": p.number, "start": p.start, "end": p.end,
                               "text": p.text} for p in article.passages]
    return record


def _provenance(article: Article | ArticleSummary, estimate: "EstimatedDate | None") -> str:
    if estimate is None:
        return article.date_provenance
    return f"{article.date_provenance}; date {estimate.provenance}"


def _date_text(article: Article | ArticleSummary, estimate: "EstimatedDate | None"):
    """"24 Nov 2016", "24 Nov 2016 (inferred)", "~23 Nov 2016 (estimated)" or "undated"."""
    from rich.text import Text

    if estimate is not None and not article.date:
        return Text(estimate.label).append(" (estimated)", style="dim")
    date = Text(article.date or "undated")
    if article.date_inferred:
        date.append(" (inferred)", style="dim")
    return date


# "~23 Nov 2016" on one line, "(estimated)" whole on the next (as a share of 80 columns the column
# was 10 wide and folded "(estimated" from its ")"); a fixed width, as a ratio ignores a minimum
_DATE_WIDTH = len("~23 Nov 2016")


def _print_article_table(listed: list[ArticleSummary], estimates: dict) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=True)
    add_id_column(table)
    table.add_column("Outlet", ratio=2, overflow="fold")
    table.add_column("Date", width=_DATE_WIDTH, overflow="fold")
    for name, ratio in (("Headline", 3), ("Provenance", 4)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for article in listed:
        estimate = estimates.get(article.id)
        table.add_row(Text(short_id(article.id)), Text(article.outlet_label), _date_text(article, estimate),
                      Text(article.headline), Text(f"{_provenance(article, estimate)}; {article.source}"))
    Console().print(table)


def show(args: Namespace) -> int:
    corpus = load_corpus(args.data)
    try:
        article = corpus.get(args.id)
        passages = [article.passage(args.passage)] if args.passage else list(article.passages)
    except KeyError as missing:
        return error(str(missing.args[0]))
    except IndexError:
        return error(f"article {args.id} has {len(article.passages)} passages, not {args.passage}")
    from index.estimated_dates import estimate_for

    estimate = estimate_for(corpus, article)
    if args.json:
        print(json.dumps(article_record(article, with_text=True, estimate=estimate), ensure_ascii=False))
        return EXIT_OK
    print(article.headline)
    print(" · ".join(filter(None, (article.outlet_label, _date_text(article, estimate).plain,
                                   article.byline and f"by {article.byline}", article.url))))
    if estimate is not None:
        print(f"date {estimate.provenance}; the page prints none")
    for passage in passages:
        print(f"\n[{passage.number}] {passage.text}")
    return EXIT_OK
