"""`gsomia-tui export`: a search's hits or an event's coverage, each passage cited."""

from __future__ import annotations

import sys
from argparse import Namespace

from corpus.sanitize import clean_line
from explorer.cli.output import EXIT_NO_MATCH, EXIT_OK, error
from explorer.cli.session import load_corpus, open_engine
from index.results import QueryError


def export(args: Namespace) -> int:
    from index.citations import cite_event, cite_hits
    from index.export_formats import render, write_whole

    if bool(args.query) == bool(args.event):
        return error("export takes a QUERY or --event ID (one of them): "
                     "see `gsomia-tui export --help`")
    if args.event and (args.outlet or args.date_from or args.date_to or args.limit):
        return error("--outlet, --from, --to and --limit choose among a QUERY's hits; "
                     "--event exports the event's whole coverage")
    if args.output and args.output.exists() and not args.force:
        return error(f"{args.output} already exists: choose another file, or add --force "
                     "to replace it")
    corpus = load_corpus(args.data)
    engine = open_engine(args, corpus)
    if args.event:
        from index.timeline_cache import current_timeline

        try:
            event = current_timeline(engine).event(args.event)
        except KeyError as missing:
            return error(str(missing.args[0]))
        rows, title = cite_event(event, corpus), f"{event.title} ({event.date_label})"
    else:
        try:
            result = engine.search(args.query, outlets=args.outlet,
                                   date_range=(args.date_from, args.date_to),
                                   sort=args.sort, limit=args.limit)
        except QueryError as problem:
            return error(f"query {problem.query!r}: {problem.message}")
        rows, title = cite_hits(result, corpus), f"Search: {result.query}"
    text = render(rows, args.format, title)
    if args.output:
        problem = write_whole(args.output, text)
        if problem:
            return error(problem)
        print(f"gsomia-tui: wrote {len(rows)} passages to {clean_line(str(args.output))}",
              file=sys.stderr)
    else:
        sys.stdout.write(text)
    if not rows:
        print("gsomia-tui: nothing to export: no passage matches", file=sys.stderr)
        return EXIT_NO_MATCH
    return EXIT_OK


def trend(args: Namespace) -> int:
    from index.trend import build_trend

    corpus = load_corpus(args.data)
    try:
        result = open_engine(args, corpus).search(
            args.query, outlets=args.outlet, date_range=(args.date_from, args.date_to), limit=None)
    except QueryError as problem:
        return error(f"query {problem.query!r}: {problem.message}")
    by_outlet = args.by == "outlet" or args.share
    found = build_trend(result, args.interval, fill=args.fill)
    if args.json:
        _print_trend_json(found, by_outlet, args.share)
    elif args.csv:
        sys.stdout.write(_trend_csv(found, by_outlet, args.share))
    else:
        _print_trend_lines(found, by_outlet, args.share, bars=sys.stdout.isatty())
    _say_what_was_left_out(found)
    if not result.hits:
        print(f"gsomia-tui: no article matches {result.description}", file=sys.stderr)
        return EXIT_NO_MATCH
    return EXIT_OK


def _outlet_values(bucket, outlets, share: bool) -> list:
    counts = dict(bucket.by_outlet)
    return [round(bucket.share(oid), 4) if share else counts.get(oid, 0) for oid, _ in outlets]


def _print_trend_json(found, by_outlet: bool, share: bool) -> None:
    import json

    for bucket in found.buckets:
        record = {"interval": bucket.key, "label": bucket.label, "start": bucket.start,
                  "end": bucket.end, "articles": bucket.articles}
        if by_outlet:
            values = _outlet_values(bucket, found.outlets, share)
            record["share" if share else "outlets"] = dict(zip((oid for oid, _ in found.outlets),
                                                               values))
        print(json.dumps(record, ensure_ascii=False))
    for label, count in _left_out(found):
        print(json.dumps({"interval": None, "label": label, "articles": count}))


def _trend_csv(found, by_outlet: bool, share: bool) -> str:
    import csv
    import io

    from index.export_formats import neutralise_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    outlets = found.outlets if by_outlet else ()
    writer.writerow(["interval", "start", "end", "articles"]
                    + [neutralise_cell(label) for _, label in outlets])
    for bucket in found.buckets:
        writer.writerow([bucket.key, bucket.start, bucket.end, bucket.articles]
                        + _outlet_values(bucket, outlets, share))
    return out.getvalue()


def _print_trend_lines(found, by_outlet: bool, share: bool, bars: bool) -> None:
    widest = max((bucket.articles for bucket in found.buckets), default=0)
    for bucket in found.buckets:
        parts = [bucket.key, bucket.label, str(bucket.articles)]
        if bars:
            parts = [f"{bucket.label:<22}", f"{'█' * round(20 * bucket.articles / widest):<20}",
                     f"{bucket.articles:>4}"]
        if by_outlet:
            values = _outlet_values(bucket, found.outlets, share)
            parts.append(", ".join(f"{label} {f'{value:.0%}' if share else value}"
                                   for (_, label), value in zip(found.outlets, values) if value))
        print(("  " if bars else "\t").join(parts).rstrip())


def _left_out(found) -> list[tuple[str, int]]:
    finer = {"day": "a day", "week": "a day", "month": "a month"}[found.interval]
    return [(label, count) for label, count in (
        ("undated", found.undated), (f"dated less precisely than {finer}", found.coarser)) if count]


def _say_what_was_left_out(found) -> None:
    for label, count in _left_out(found):
        print(f"gsomia-tui: {count} article{'s' if count != 1 else ''} {label}, counted apart "
              "(in no interval)", file=sys.stderr)
