"""How well single sentences of real coverage are linked to the story's listed events.

    python -m bench.event_sentences_eval [FILE] [--half writing|aside] [--errors] [--json]

FILE (default `tests/fixtures/event_sentences.json`, made as its README says) holds sentences
from real news pages, rewritten keeping the grammar that matters, each labelled with the listed
events it reports as having happened (none for a plan, an expectation, a threat, a condition or
another happening). Each sentence goes the way an article goes: it is the one passage of an
article dated with its page's date (`corpus.loader.article_from_raw`), read by the timeline
(`index.readings.read_article`) and offered to every listed event (`index.timeline.listed_event`).
Per half (by the outlet that wrote the sentence; rules are written against `writing` and measured
on `aside`):

* right: a labelled (sentence, event) link made; missed: a labelled link not made;
* wrong: a link made that the label does not hold (the worse error);
* recall = right / labelled, precision = right / made, and how many sentences were all right.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import exit_with
from bench.event_links_eval import LinkRatios
from corpus.events import dated_mentions, load_event_specs
from corpus.loader import article_from_raw
from index.readings import read_article
from index.timeline import listed_event

DEFAULT_FILE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "event_sentences.json"
HALVES = ("writing", "aside")


@dataclass(frozen=True)
class SentenceScore(LinkRatios):
    half: str
    pages: int
    sentences: int
    exact: int  # sentences whose links are exactly their labels
    labelled: int
    made: int
    right: int
    missed: tuple[tuple[str, str, str], ...]  # (page date, event, sentence)
    wrong: tuple[tuple[str, str, str], ...]


def sentence_article(published: str, text: str, number: int):
    """A minimal article: the sentence as its one passage, dated with its page's date."""
    known = {"id": f"sent{number:05d}", "outlet": "Sentence Wire", "headline": "Sentence",
             "date": published, "date_precision": "day", "date_provenance": "the page's date"}
    return article_from_raw(f"Sentence\n\n{text}\n", known, "bench:event-sentences")


def linked_events(published: str, text: str, number: int = 0, specs=None) -> frozenset[str]:
    """The listed events the timeline links this sentence to."""
    specs = tuple(specs) if specs is not None else load_event_specs()
    article = sentence_article(published, text, number)
    reading = read_article(article, dated_mentions(article))
    return frozenset(spec.id for spec in specs if listed_event(spec, [reading], specs).coverage)


def load_pages(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["pages"]


def score_half(pages: list[dict], half: str | None) -> SentenceScore:
    specs = load_event_specs()
    chosen = [page for page in pages if half is None or page["half"] == half]
    labelled = made = right = exact = sentences = 0
    missed, wrong = [], []
    for page in chosen:
        for sentence in page["sentences"]:
            sentences += 1
            want = frozenset(sentence["events"])
            got = linked_events(page["published"], sentence["text"], sentences, specs)
            labelled, made, right = labelled + len(want), made + len(got), right + len(want & got)
            exact += want == got
            missed += [(page["published"], event, sentence["text"]) for event in sorted(want - got)]
            wrong += [(page["published"], event, sentence["text"]) for event in sorted(got - want)]
    return SentenceScore(half or "all", len(chosen), sentences, exact, labelled, made, right,
                         tuple(missed), tuple(wrong))


def sentence_arguments(description: str, errors: str, argv: list[str] | None) -> argparse.Namespace:
    """The command line of a benchmark on the sentences file: FILE, --half, --errors, --json."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE, help="a labelled sentences file")
    parser.add_argument("--half", choices=HALVES, help="score one half only (default: each apart)")
    parser.add_argument("--errors", action="store_true", help=errors)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def read_pages(path: Path) -> list[dict] | None:
    """The pages of the sentences file at `path`, or None after saying on stderr why not."""
    try:
        return load_pages(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"cannot read sentences from {path}: {error}; give a file made as "
              f"tests/fixtures/event_sentences.README.md says", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    args = sentence_arguments(__doc__.split("\n\n")[0], "list every missed and wrong link", argv)
    pages = read_pages(args.file)
    if pages is None:
        return 2
    for half in (args.half,) if args.half else HALVES:
        score = score_half(pages, half)
        if args.json:
            print(json.dumps({**asdict(score), "recall": score.recall, "precision": score.precision}))
            continue
        print(f"{score.half}: {score.pages} pages, {score.sentences} sentences ({score.exact} all right), "
              f"{score.labelled} labelled links, {score.made} made, {score.right} right: "
              f"recall {score.recall:.2f}, precision {score.precision:.2f}")
        if args.errors:
            for kind, links in (("missed", score.missed), ("wrong", score.wrong)):
                for published, event, text in links:
                    print(f"  {kind:6} {published} {event}: {text}")
    return 0


if __name__ == "__main__":
    exit_with(main)
