"""How well the timeline links news pages to the story's listed events.

    python -m bench.event_links_eval [DIR ...] [--half odd|even] [--undated] [--known-events EVENTS_JSON] [--errors] [--json]

Each DIR is a folder of pages with a `labels.json` (format: tests/fixtures/pages/README.md),
whose `events` field lists the ids of the listed events each page reports as having happened.
The pages go through the project's own intake (as `gsomia-tui add` reads them), then through
`index.timeline.timeline_of` together, as one corpus; a page is *linked* to an event when a
passage of it is in the event's coverage. Per folder (reported apart, never pooled):

* recall: the labelled (page, event) links found, over all labelled links;
* precision: the links made that are labelled, over all links made.

`--half odd` (or `even`) scores only the pages whose file name starts with an odd (even)
number, the rest left out as if absent: rules written against one half are measured on the
other ("001_....txt" is odd). `--undated` scores the pages as if they printed no date (the
date the intake finds is dropped, the text kept): how well the rules date and link pages that
print none, on pages whose labels were written knowing their date. Only events the labels could name are scored: those of `--known-events` (an events.json the
labels were written against; default: this project's). Links to other events, and the
proposed events with their titles, are listed for a person to judge.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from bench.common import exit_with
from corpus.event_rules import about_pattern
from corpus.events import EVENTS_FILE, dated_mentions, load_event_specs
from corpus.loader import Corpus
from index.readings import read_article
from index.results import Timeline
from index.timeline import timeline_of


class LinkRatios:
    """Recall and precision of a score with `labelled`, `made` and `right` link counts."""

    labelled: int
    made: int
    right: int

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.made if self.made else 0.0


@dataclass(frozen=True)
class LinkScore(LinkRatios):
    folder: str
    pages: int
    labelled: int
    made: int
    right: int
    missed: tuple[tuple[str, str, str], ...]  # (page, event, why)
    wrong: tuple[tuple[str, str], ...]
    unscored: tuple[tuple[str, str], ...]  # links to events the labels could not name
    proposed: tuple[tuple[str, str, int], ...]  # (date, title, pages)


def read_page(path: Path):
    """The article the tool would store for the file at `path`; ValueError if unreadable."""
    from bench.metadata_eval import read_page as read_through_intake

    return read_through_intake(path)[1]


def score_folder(folder: Path, known_events: frozenset[str], half: str | None = None,
                 undated: bool = False) -> LinkScore:
    labels, pages, timeline = folder_timeline(folder, half, undated)
    page_of = {article.id: name for name, article in pages.items()}
    made = {(page_of[c.article_id], event.id) for event in timeline.events if not event.proposed
            for c in event.coverage}
    labelled = {(name, event_id) for name, label in labels.items() for event_id in label["events"]}
    scored = {link for link in made if link[1] in known_events}
    proposed = tuple(proposal_row(e) for e in timeline.events if e.proposed)
    specs = {spec.id: spec for spec in load_event_specs()}
    missed = tuple((page, event_id, why_missed(pages[page], specs.get(event_id)))
                   for page, event_id in sorted(labelled - scored))
    return LinkScore(folder.name, len(pages), len(labelled), len(scored), len(scored & labelled),
                     missed, tuple(sorted(scored - labelled)),
                     tuple(sorted(made - scored)), proposed)


def folder_timeline(folder: Path, half: str | None = None, undated: bool = False) -> tuple[dict, dict, Timeline]:
    """(labels, pages by file name, their timeline as one corpus) of a folder of labelled pages."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    if half is not None:
        labels = {name: label for name, label in labels.items() if in_half(name, half)}
    pages = folder_pages(folder, labels, undated)
    return labels, pages, page_timeline(tuple(pages.values()))


def proposal_row(event) -> tuple[str, str, int]:
    """A proposed event as the score lists it: (date, title, pages covering it)."""
    return event.date, event.title, len({c.article_id for c in event.coverage})


def folder_pages(folder: Path, labels: dict, undated: bool = False) -> dict:
    """The labelled pages of `folder` by file name, as the intake reads them; `undated`: with
    the date it finds dropped, as for a page that prints none."""
    pages = {name: read_page(folder / name) for name in sorted(labels)}
    if undated:
        pages = {name: replace(article, date=None, date_precision=None, date_provenance=_NO_DATE)
                 for name, article in pages.items()}
    return pages


_NO_DATE = "unknown: no date found"


def in_half(name: str, half: str) -> bool:
    """Whether the page `name` ("007_....txt") is in the odd or the even half of its folder."""
    number = name.split("_", 1)[0]
    return number.isdigit() and int(number) % 2 == (1 if half == "odd" else 0)


def why_missed(article, spec) -> str:
    """Which part of the rule a missed page fails first: the reason, in a few words."""
    if spec is None:
        return "no such listed event"
    reading = read_article(article, dated_mentions(article), load_event_specs())  # with its estimate, as linked
    about = [p for p in article.passages if about_pattern(spec).search(p.text)]
    if not about:
        return "no passage names what it is about"
    worded = [p for p in about if spec.kind == "any" or any(
        h.kind == spec.kind and h.reported and p.start <= h.start < p.end for h in reading.happenings)]
    if not worded:
        return f"no passage words a '{spec.kind}' happening as having happened"
    if reading.published is None:
        return "page undated and no date in the passages that word it"
    estimated = " (its date estimated)" if reading.published.estimated else ""
    return f"the dates disagree or the page appeared too late{estimated}"


def page_timeline(articles: tuple) -> Timeline:
    corpus = Corpus(articles)
    mentions = {article.id: dated_mentions(article) for article in articles}
    return timeline_of(articles, mentions, load_event_specs(), tuple(corpus.outlets()))


def known_event_ids(given: Path | None) -> frozenset[str]:
    path = given or EVENTS_FILE
    return frozenset(item["id"] for item in json.loads(path.read_text(encoding="utf-8"))["events"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of pages with labels.json")
    parser.add_argument("--half", choices=("odd", "even"), help="score only the odd- or even-numbered pages")
    parser.add_argument("--undated", action="store_true", help="score the pages as if they printed no date")
    parser.add_argument("--known-events", type=Path, help="the events.json the labels were written against")
    parser.add_argument("--errors", action="store_true", help="list every missed and wrong link")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_intermixed_args(argv)  # folders before or after the options
    default = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
    folders = args.folders or [default / "dev", default / "holdout"]
    missing = [f for f in folders if not (f / "labels.json").exists()]
    if missing:
        print(f"no labels.json in {missing[0]}: give folders of labelled pages", file=sys.stderr)
        return 2
    for folder in folders:
        score = score_folder(folder, known_event_ids(args.known_events), args.half, args.undated)
        if args.half:
            score = replace(score, folder=f"{score.folder} ({args.half} half)")
        if args.undated:
            score = replace(score, folder=f"{score.folder} (as if undated)")
        if args.json:
            print(json.dumps({**asdict(score), "recall": score.recall, "precision": score.precision}))
            continue
        print(f"{score.folder}: {score.pages} pages, {score.labelled} labelled links, {score.made} made, "
              f"{score.right} right: recall {score.recall:.2f}, precision {score.precision:.2f}")
        reasons = Counter(why for _, _, why in score.missed)
        for why, count in reasons.most_common():
            print(f"  {count} missed: {why}")
        if args.errors:
            for page, event_id, why in score.missed:
                print(f"  missed   {page}  {event_id}: {why}")
            for kind, links in (("wrong", score.wrong), ("unscored", score.unscored)):
                for page, event_id in links:
                    print(f"  {kind:8} {page}  {event_id}")
            for date, title, count in score.proposed:
                print(f"  proposed {date}  {title}  ({count} page{'s' if count != 1 else ''})")
    return 0


if __name__ == "__main__":
    exit_with(main)
