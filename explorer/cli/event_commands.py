"""`gsomia-tui events [EVENT_ID]`: the story's timeline and each event's coverage."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from dataclasses import asdict, fields

from corpus.loader import Corpus
from explorer.cli.output import EXIT_OK, add_id_column, error, highlighted, marked, short_id
from explorer.cli.progress import store_progress
from explorer.cli.session import load_corpus
from index.results import Coverage, Span, TimelineEvent, reports_summary


def events(args: Namespace) -> int:
    from index.timeline_cache import store_timeline

    corpus = load_corpus(args.data)
    # no index needed: the timeline is merged from the articles' kept parts
    timeline = store_timeline(corpus, store_progress("finding events in your articles"))
    if args.event_id:
        try:
            event = timeline.event(args.event_id)
        except KeyError as missing:
            return error(str(missing.args[0]))
        return _print_event(event, corpus, args.json)
    every_event = timeline.events + timeline.anticipated  # what is expected comes last, apart
    if args.json:
        for event in every_event:
            print(json.dumps(event_record(event), ensure_ascii=False))
    elif sys.stdout.isatty():
        _print_timeline_table(every_event)
    else:
        for event in every_event:
            print("\t".join((event.id, event.date, _title(event), reports_summary(event),
                             " ".join(_reference(c) for c in event.coverage))))
    return EXIT_OK


def event_record(event: TimelineEvent) -> dict:
    """The event as JSON, spans as [start, end] pairs (built field by field: `asdict` deep-
    copies every value, seconds for the thousands of events of a large library)."""
    record = {field.name: getattr(event, field.name) for field in fields(TimelineEvent)}
    record["coverage"] = [{**{field.name: getattr(item, field.name) for field in COVERAGE_FIELDS},
                           "spans": [[span.start, span.end] for span in item.spans]}
                          for item in event.coverage]
    record["outlets"] = list(event.outlet_ids)
    record["reports"] = [asdict(report) for report in event.reports()]
    record["first_report"] = record["reports"][0] if record["reports"] else None
    return record


COVERAGE_FIELDS = tuple(field for field in fields(Coverage) if field.name != "spans")


def _title(event: TimelineEvent) -> str:
    if event.anticipated:
        return f"(anticipated) {event.title}"
    return f"(proposed) {event.title}" if event.proposed else event.title


def _reference(item: Coverage) -> str:
    return f"{short_id(item.article_id)}#{item.passage}"


# Below this many columns the timeline is a block per event: a table's id column (as wide as
# the longest id, 28+) and passages column left 80 columns words cut in two ("JoongAn|g").
TABLE_COLUMNS = 120
REFERENCES_SHOWN = 6  # an event's passages in a block; `gsomia-tui events ID` shows them all


def _print_timeline_table(events: tuple[TimelineEvent, ...]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    if console.width < TABLE_COLUMNS:
        for event in events:
            console.print(_event_block(event))
        return
    table = Table(expand=True)
    add_id_column(table, width=max((len(event.id) for event in events), default=2))
    for name, ratio in (("Date", 2), ("Event", 5), ("Reported by (lag)", 3)):
        table.add_column(name, ratio=ratio, overflow="fold")
    table.add_column("Passages", no_wrap=True)  # one reference (`5dc33988#2`) a line, whole
    for event in events:
        table.add_row(Text(event.id), Text(event.date_label),
                      Text(_title(event), style="dim" if event.proposed else ""),
                      Text(reports_summary(event)),
                      Text("\n".join(_reference(c) for c in event.coverage)))
    console.print(table)


def _event_block(event: TimelineEvent):
    """One event in a few lines: its id and date, then (indented, wrapped lines too) its title,
    who reported it and its passages."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    references = [_reference(c) for c in event.coverage]
    more = len(references) - REFERENCES_SHOWN
    shown = " ".join(references[:REFERENCES_SHOWN]) + (f" … +{more} (gsomia-tui events {event.id})"
                                                        if more > 0 else "")
    lines = [Text(_title(event), style="dim" if event.proposed else ""),
             Text(f"reported by: {reports_summary(event)}")]
    if references:
        lines.append(Text(f"passages: {shown}"))
    return Group(Text.assemble((event.id, "bold"), "  ", event.date_label),
                 *(Padding(line, (0, 0, 0, 2)) for line in lines))


def _print_event(event: TimelineEvent, corpus: Corpus, as_json: bool) -> int:
    if as_json:
        print(json.dumps(event_record(event), ensure_ascii=False))
        return EXIT_OK
    rich = sys.stdout.isatty()
    _say(rich, f"{_title(event)} — {event.date_label}", style="bold")
    covering = len(event.outlet_ids)
    _say(rich, f"reported by {covering} outlet{'s' if covering != 1 else ''}: {reports_summary(event)}")
    for item in event.coverage:
        article = corpus.get(item.article_id)
        passage = article.passage(item.passage)
        spans = tuple(Span(s.start - passage.start, s.end - passage.start) for s in item.spans)
        date = (item.article_date or "undated") + (" (estimated)" if item.date_estimated else "")
        citation = (f"{item.outlet_label} · {date} · "
                    f"“{item.headline}” · passage {item.passage} · {_reference(item)}")
        print()
        _say(rich, citation, style="italic")
        if rich:
            from rich.console import Console

            Console().print(highlighted(passage.text, spans))
        else:
            print(marked(passage.text, spans))
    return EXIT_OK


def _say(rich: bool, line: str, style: str = "") -> None:
    if rich:
        from rich.console import Console
        from rich.text import Text

        Console().print(Text(line, style=style))
    else:
        print(line)
