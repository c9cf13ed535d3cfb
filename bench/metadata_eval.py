"""How well the intake finds the outlet and date of news pages as a reader copies them.

    python -m bench.metadata_eval [DIR [LABELS]] [--errors] [--json]

Without DIR: every folder of the project's development set, `tests/fixtures/pages/*` with a
labels.json (dev, holdout, ...), each reported apart and then together. With DIR: that folder of pages, scored against LABELS
(default DIR/labels.json; the format is described in tests/fixtures/pages/README.md), so
real pages kept outside the project are measured the same way.

Each page goes through the project's own intake without touching the user's library: the
file is read as `gsomia-tui add` reads it, `describe_received` says what would be stored,
and `article_from_raw` makes the passages. Verdicts, per page and fact:

* outlet *right*: the found name equals one of the label's names, or the name the intake
  shows for a listed outlet the label names ("dpa": "Deutsche Presse-Agentur"), compared
  case-blind and ignoring a leading "The", punctuation and spaces; *unknown*: none found;
  *wrong*: another name, or any name where the label is null (the page names no outlet).
* date *right*: the same value at the label's precision (a found day is right for a month
  label when the month matches); *unknown*: none found, or a coarser value that agrees (a
  month or year for a day label); *wrong*: a value that disagrees, or any date where the
  label is null (the page prints none).
* furniture *kept*: a furniture line of the label that a passage equals, starts or ends with.
* date *as one library*: the date again, as `gsomia-tui add FOLDER` into an empty library
  finds it: a page undated alone whose dateline prints no year gets one from the span of
  the dates found (never the labels) on the folder's other pages (`corpus.span_dates`).

Right and unknown are counted over the pages whose label names an outlet (prints a date);
wrong over every page, since a made-up name for an unnamed page is wrong too.

* outlet, *name printed*: the outlet again, over the pages whose copied text holds one of the
  label's names (or of the listed outlet's names: "연합뉴스" for a label "Yonhap") as words. A
  label may give the outlet of a page whose text never names it (only its address does): such
  pages count in the outlet's figures, not in these.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from bench.common import exit_with
from bench.label_names import listed_as, outlet_printed
from bench.metadata_report import render

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
VERDICTS = ("right", "unknown", "wrong")


# Blind sets: measured once, by naming the folder (`python -m bench.metadata_eval DIR`), never
# by default, so that no one writing rules sees their figures by accident. (`holdout7` to
# `holdout24`, `holdout25` to `holdout30` and `holdout32` to `holdout84`, read in the seventh to
# seventieth intake rounds (`holdout12` to `holdout14` in the seventeenth and eighteenth
# timeline rounds too; `holdout57` to `holdout59` by halves, the odd in the forty-first round,
# the even in the forty-second; `holdout60` to `holdout62`, written in session 17 by helpers who
# read no rule, the odd halves in the forty-third and forty-fourth, the even in the forty-fifth;
# `holdout63` to `holdout65`, written in session 18 likewise, the odd halves in the forty-sixth,
# the even in the forty-seventh; `holdout66` to `holdout68` likewise, the odd halves in the forty-eighth,
# the even in the forty-ninth; `holdout69` to `holdout71` likewise, the odd halves in the fiftieth, the even in
# the fifty-first; `holdout72` to `holdout74` likewise, measured blind by the lead, the odd halves in the
# fifty-third, the even in the fifty-fourth; `holdout75` to `holdout77`, written in session 20, the odd halves in
# the fifty-fifth to fifty-seventh, the even in the fifty-eighth; `holdout78` and `holdout79`, written in session 21,
# the odd halves in the sixtieth and fifty-ninth, the even in the sixty-first; `holdout80` to `holdout82`, the odd
# halves in the sixty-second to sixty-fourth, the even in the sixty-fifth; `holdout83` and `holdout84`, the odd halves
# in the sixty-sixth, the even in the seventieth; `holdout85`, its odd half in the sixty-seventh, its even in the
# seventy-first; `holdout86` and `holdout87`, the odd halves in the seventy-second, the even in the seventy-fourth;
# `holdout101`, written in session 32 and measured blind by the lead, its odd half in intake round 100; `holdout103`
# and `holdout104`, written in sessions 33 and 34 and measured blind by the lead, taken out in session 35 for its
# rounds to read their odd halves; `holdout105` and `holdout106`, written in session 35 and measured blind in sessions
# 35 and 36, taken out in session 37 likewise; `holdout107`, written in session 36 and measured blind in sessions 36
# and 37, taken out in session 38 likewise), are development data and scored by default. The even halves of
# `holdout101` and `holdout103` to `holdout107` stay unread by the rounds for now.
# The even halves of `holdout63`'s, `holdout65`'s, `holdout66`'s and `holdout68`'s links to events
# stay unread by the timeline rounds for now.)
BLIND_SETS = frozenset({
    "holdout3", "holdout4", "holdout5", "holdout6", "holdout31", "holdout88", "holdout89", "holdout90", "holdout91",
    "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97",
    "holdout98", "holdout99", "holdout100", "holdout102", "holdout108", "holdout109",
})


def default_sets() -> list[Path]:
    """The development set's folders: those of tests/fixtures/pages with a labels file, but
    the blind sets (BLIND_SETS)."""
    return sorted(labels.parent for labels in PAGES.glob("*/labels.json")
                  if labels.parent.name not in BLIND_SETS)


class LabelsError(Exception):
    """A labels file that cannot be used, in one line."""


@dataclass(frozen=True)
class PageScore:
    name: str
    outlet_label: list[str] | None
    outlet_found: str | None
    outlet: str  # right / unknown / wrong
    date_label: str | None
    date_found: str | None
    date: str
    furniture_kept: tuple[str, ...] = ()
    furniture_total: int = 0
    problem: str | None = None  # why the page could not be read
    outlet_provenance: str | None = None  # where the intake says it found the outlet
    date_provenance: str | None = None
    # The date as `gsomia-tui add` of the whole folder into an empty library finds it: the
    # page's own, or a yearless dateline's year from the other pages' dates (`as_library`).
    library_date_found: str | None = None
    library_date: str = ""
    outlet_printed: bool = False  # the page's text holds one of the label's names as words

    @property
    def library_date_label(self) -> str | None:
        return self.date_label


# -- the intake, looked up in one place ------------------------------------------------------

def read_page(path: Path):
    """(what the tool would store, the article) for the file at `path` (its first article),
    read as `gsomia-tui add` reads it. Raises ValueError with the reader's reason."""
    from corpus.library import describe_received
    from corpus.loader import article_from_raw

    received = _received(path)
    known = describe_received(received, overrides={}, source=str(path), path=path)
    return known, article_from_raw(received.text, known, str(path))


def _received(path: Path):
    from corpus.formats import Received, Unreadable, read_articles

    try:
        received = next((item for item in read_articles(path) if isinstance(item, Received)),
                        None)
    except Unreadable as problem:
        raise ValueError(str(problem)) from None
    if received is None:
        raise ValueError("no article could be read from the file")
    return received


def library_date(path: Path, known: dict, span) -> str | None:
    """The date `add` gives the page at `path` (found alone as `known`) among pages whose
    dates make `span` (`corpus.span_dates.dated_by_span`: a yearless dateline's year)."""
    from corpus.span_dates import dated_by_span

    if known.get("date"):
        return known["date"]
    prepared = dated_by_span((path, str(path), _received(path), known, None), span)
    return prepared[3].get("date")


def intake(path: Path) -> tuple[dict, tuple[str, ...]]:
    """What the tool would store for the file at `path`, and its passages' texts."""
    known, article = read_page(path)
    return known, tuple(passage.text for passage in article.passages)


# -- verdicts ---------------------------------------------------------------------------------

def _folded_name(name: str) -> str:
    folded = re.sub(r"^the\s+", "", name.strip().casefold())
    return re.sub(r"[\W_]+", "", folded)


def outlet_verdict(found: str | None, acceptable: list[str] | None) -> str:
    if not found:
        return "unknown" if acceptable else "right"
    if not acceptable:
        return "wrong"
    wanted = {_folded_name(name) for name in (*acceptable, *listed_as(acceptable))}
    return "right" if _folded_name(found) in wanted else "wrong"


def date_verdict(found: str | None, label: str | None) -> str:
    """Compare ISO values of any precision ("2016", "2016-11", "2016-11-23")."""
    if not found:
        return "unknown" if label else "right"
    if not label:
        return "wrong"
    shared = min(len(found), len(label))
    if found[:shared] != label[:shared]:
        return "wrong"
    return "right" if len(found) >= len(label) else "unknown"


def furniture_kept(furniture: list[str], passages: tuple[str, ...]) -> tuple[str, ...]:
    def kept(line: str) -> bool:
        line = " ".join(line.split())
        return any(text == line or text.startswith(line + " ") or text.endswith(" " + line)
                   for text in (" ".join(p.split()) for p in passages))
    return tuple(line for line in furniture if line.strip() and kept(line))


# -- one set ----------------------------------------------------------------------------------

def read_json(path: Path, error: type[Exception]):
    """The JSON value in the file at `path`, or `error` saying in one line why it cannot be."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as problem:
        raise error(f"{path}: cannot be read ({problem.strerror or problem})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as problem:
        raise error(f"{path}: not valid JSON ({problem})") from None


def load_labels(path: Path) -> dict[str, dict]:
    labels = read_json(path, LabelsError)
    if not isinstance(labels, dict) or not all(isinstance(v, dict) for v in labels.values()):
        raise LabelsError(f"{path}: expected an object mapping file names to labels")
    for name, label in labels.items():
        if problem := _label_problem(label):
            raise LabelsError(f"{path}: the label of {name!r} {problem}")
    return labels


_ISO_VALUE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def _label_problem(label: dict) -> str | None:
    outlet, date = label.get("outlet"), label.get("date")
    if outlet is not None and not (isinstance(outlet, str) or (
            isinstance(outlet, list) and outlet and all(isinstance(n, str) for n in outlet))):
        return "has an outlet that is neither null, a name nor a list of names"
    if date is not None and not (isinstance(date, str) and _ISO_VALUE.fullmatch(date)):
        return f"has the date {date!r}: write YYYY-MM-DD, YYYY-MM, YYYY or null"
    return None


def score_page(path: Path, label: dict) -> PageScore:
    outlets, date = label.get("outlet"), label.get("date")
    outlets = [outlets] if isinstance(outlets, str) else outlets
    furniture = list(label.get("furniture") or ())
    try:
        known, passages = intake(path)
    except (OSError, ValueError) as problem:
        return PageScore(path.name, outlets, None, outlet_verdict(None, outlets), date, None,
                         date_verdict(None, date), (), len(furniture), str(problem))
    printed = outlet_printed(_received(path).text, outlets)
    return PageScore(
        path.name, outlets, known.get("outlet"), outlet_verdict(known.get("outlet"), outlets),
        date, known.get("date"), date_verdict(known.get("date"), date),
        furniture_kept(furniture, passages), len(furniture),
        outlet_provenance=known.get("outlet_provenance"),
        date_provenance=known.get("date_provenance"), outlet_printed=printed)


def score_set(folder: Path, labels_path: Path | None = None) -> list[PageScore]:
    labels = load_labels(labels_path or folder / "labels.json")
    scores = []
    for name in sorted(labels):
        path = folder / name
        if not path.is_file():
            raise LabelsError(f"{labels_path or folder / 'labels.json'}: labels {name!r}, "
                              f"which is not a file in {folder}")
        scores.append(score_page(path, labels[name]))
    return as_library(folder, scores)


def as_library(folder: Path, scores: list[PageScore]) -> list[PageScore]:
    """`scores` with the date each page gets when the folder is added as one library: the
    span of the dates found on the pages alone (never the labels') dates yearless datelines."""
    from corpus.intake.years import CorpusSpan

    span = CorpusSpan().including(s.date_found for s in scores if s.date_found)
    scored = []
    for score in scores:
        found, path = score.date_found, folder / score.name
        if not found and not score.problem:
            found = library_date(path, read_page(path)[0], span)
        scored.append(replace(score, library_date_found=found,
                              library_date=date_verdict(found, score.date_label)))
    return scored


def summarise(scores: list[PageScore]) -> dict:
    kept = sum(len(s.furniture_kept) for s in scores)
    return {"pages": len(scores),
            "outlet": _fact_summary(scores, "outlet"), "date": _fact_summary(scores, "date"),
            "date_as_library": _fact_summary(scores, "library_date"),
            "outlet_printed": _fact_summary([s for s in scores if s.outlet_printed], "outlet"),
            "furniture": {"lines": sum(s.furniture_total for s in scores), "kept": kept,
                          "pages_with_kept": sum(1 for s in scores if s.furniture_kept)},
            "unreadable": sum(1 for s in scores if s.problem)}


def _fact_summary(scores: list[PageScore], fact: str) -> dict:
    """Right and unknown among the pages whose label has the fact; wrong among all pages."""
    labelled = [s for s in scores if getattr(s, f"{fact}_label")]
    counts = {verdict: sum(1 for s in labelled if getattr(s, fact) == verdict)
              for verdict in VERDICTS}
    counts["wrong"] = sum(1 for s in scores if getattr(s, fact) == "wrong")
    unlabelled_right = sum(1 for s in scores if s not in labelled and getattr(s, fact) == "right")
    return {**counts, "labelled": len(labelled), "unlabelled_kept_unknown": unlabelled_right,
            "right_pct": _percent(counts["right"], len(labelled)),
            "unknown_pct": _percent(counts["unknown"], len(labelled)),
            "wrong_pct": _percent(counts["wrong"], len(scores))}


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


# -- report -----------------------------------------------------------------------------------

def run(sets: list[tuple[Path, Path | None]] | None = None) -> dict:
    """Score each (folder, labels) set; with several, also all of them together."""
    sets = sets or [(folder, None) for folder in default_sets()]
    report: dict = {"sets": {}}
    everything: list[PageScore] = []
    for folder, labels_path in sets:
        scores = score_set(folder, labels_path)
        everything.extend(scores)
        report["sets"][folder.name] = {"summary": summarise(scores),
                                       "pages": [asdict(s) for s in scores]}
    if len(sets) > 1:
        report["together"] = {"summary": summarise(everything)}
    return report


SMOKE_SETS = ("dev", "holdout")


def smoke() -> dict:
    """The first two sets only (what CI runs: every set takes minutes, and grows with the sets)."""
    return run([(PAGES / name, None) for name in SMOKE_SETS])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.metadata_eval",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of pages")
    parser.add_argument("labels", nargs="?", type=Path, help="its labels (DIR/labels.json)")
    parser.add_argument("--errors", action="store_true", help="list every page not all right")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.folder and not args.folder.is_dir():
        print(f"metadata_eval: {args.folder} is not a folder of pages", file=sys.stderr)
        return 2
    try:
        report = run([(args.folder, args.labels)] if args.folder else None)
    except LabelsError as problem:
        print(f"metadata_eval: {problem}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=1, ensure_ascii=False) if args.json
          else render(report, errors=args.errors))
    return 0


if __name__ == "__main__":
    exit_with(main)
