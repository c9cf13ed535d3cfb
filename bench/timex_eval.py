"""How well `corpus.dates` finds and resolves dates in TimeML-annotated news (TempEval-3 style).

    python -m bench.timex_eval [--data DIR] [--smoke] [--json] [--errors]

Gold: every TIMEX3 of type DATE inside <TEXT>, resolved against the <DCT>. A predicted
expression of kind "date" that overlaps a gold span finds it (span precision/recall/F1);
value accuracy is, among the gold spans found, the share whose predicted ISO value equals the
gold value. Gold values with no counterpart in `DateValue` ("PRESENT_REF", "1998-Q3",
"2000-01-05TEV", "XXXX-...") therefore count as misses. Two notational differences are
normalised: ISO weeks are zero-padded ("2000-W7" is "2000-W07") and trailing unspecified parts
are dropped ("1997-XX-XX" is the year "1997"), because both name the same value.

The data stays outside the project: by default it is read from ../shared/timex-dev.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from bench.common import exit_with
from corpus.dates import TemporalExpression, find_dates, parse_date_value

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "timex-dev"
SMOKE_FILES = 3

_DCT_VALUE = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d\d-\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_MARKUP_TOKEN = re.compile(r"<(/?)(\w+)([^>]*)>|&#?\w+;|[^<&]+")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldDate:
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    published: str  # ISO day of the document creation time
    text: str  # the <TEXT> content with all markup removed
    gold: tuple[GoldDate, ...]


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    predicted_matching: int = 0
    gold_found: int = 0
    values_right: int = 0

    def add(self, other: Tally) -> None:
        for field in vars(self):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def figures(self) -> dict[str, float]:
        precision = _ratio(self.predicted_matching, self.predicted)
        recall = _ratio(self.gold_found, self.gold)
        f1 = _ratio(2 * precision * recall, precision + recall)
        return {"precision": precision, "recall": recall, "f1": f1,
                "value_accuracy": _ratio(self.values_right, self.gold_found)}


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def parse_timeml(markup: str, name: str = "") -> Document:
    """Strip the markup of one TimeML document, keeping the offsets of gold DATE spans."""
    dct, body = _DCT_VALUE.search(markup), _TEXT.search(markup)
    if not dct or not body:
        raise ValueError(f"{name or 'document'}: no <DCT> day or no <TEXT>")
    pieces: list[str] = []
    length = 0
    open_dates: list[tuple[int, str]] = []
    gold: list[GoldDate] = []
    for token in _MARKUP_TOKEN.finditer(body.group(1)):
        closing, tag, attributes = token.group(1, 2, 3)
        if tag == "TIMEX3" and not closing:
            attrs = dict(_ATTRIBUTE.findall(attributes))
            open_dates.append((length, attrs.get("value", "") if attrs.get("type") == "DATE" else ""))
        elif tag == "TIMEX3":
            start, value = open_dates.pop()
            if value:
                gold.append(GoldDate(start, length, value))
        elif tag is None:
            piece = html.unescape(token.group())
            pieces.append(piece)
            length += len(piece)
    return Document(name, dct.group(1), "".join(pieces), tuple(gold))


def normalise_gold(value: str) -> str:
    value = re.sub(r"-W(\d)$", r"-W0\1", value)
    return re.sub(r"(-XX)+$", "", value)


def score_document(document: Document, errors: list[str] | None = None) -> Tally:
    published = parse_date_value(document.published)
    predicted = [e for e in find_dates(document.text, published) if e.kind == "date"]
    tally = Tally(gold=len(document.gold), predicted=len(predicted))
    tally.predicted_matching = sum(any(_overlap(e, g) for g in document.gold) for e in predicted)
    for gold in document.gold:
        found = max(predicted, key=lambda e: _overlap(e, gold), default=None)
        if found is None or not _overlap(found, gold):
            _note(errors, document, gold, "missed")
            continue
        tally.gold_found += 1
        if found.value.iso() == normalise_gold(gold.value):
            tally.values_right += 1
        else:
            _note(errors, document, gold, f"got {found.value.iso()} from {found.text!r}")
    for e in predicted:
        if not any(_overlap(e, g) for g in document.gold):
            _note(errors, document, GoldDate(e.start, e.end, "-"), f"spurious {e.value.iso()}")
    return tally


def _overlap(expression: TemporalExpression, gold: GoldDate) -> int:
    return max(0, min(expression.end, gold.end) - max(expression.start, gold.start))


def _note(errors: list[str] | None, document: Document, gold: GoldDate, problem: str) -> None:
    if errors is not None:
        context = document.text[max(0, gold.start - 50) : gold.end + 30].replace("\n", " ")
        span = document.text[gold.start : gold.end]
        where = f"{document.name} [{document.published}] {span!r} gold={gold.value}"
        errors.append(f"{where}: {problem}\n    …{context}…")


def evaluate(documents: list[Document], errors: list[str] | None = None) -> Tally:
    total = Tally()
    for document in documents:
        total.add(score_document(document, errors))
    return total


def load(data: Path, limit: int | None = None) -> list[Document]:
    paths = sorted(data.glob("*.tml"))[:limit]
    if not paths:
        raise SystemExit(f"no .tml files in {data}")
    return [parse_timeml(path.read_text(encoding="utf-8"), path.name) for path in paths]


def _table(tally: Tally, files: int) -> str:
    figures = tally.figures()
    rows = [
        ("files", str(files)),
        ("gold DATE spans", str(tally.gold)),
        ("predicted date spans", str(tally.predicted)),
        ("gold spans found", str(tally.gold_found)),
        ("values right", str(tally.values_right)),
        ("span precision", f"{figures['precision']:.3f}"),
        ("span recall", f"{figures['recall']:.3f}"),
        ("span F1", f"{figures['f1']:.3f}"),
        ("value accuracy", f"{figures['value_accuracy']:.3f}"),
    ]
    return "\n".join(f"{label:<22}{value:>8}" for label, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of TimeML .tml files")
    parser.add_argument("--smoke", action="store_true", help=f"score the first {SMOKE_FILES} files only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list every miss and spurious date")
    args = parser.parse_args(argv)
    documents = load(args.data, SMOKE_FILES if args.smoke else None)
    errors: list[str] | None = [] if args.errors else None
    tally = evaluate(documents, errors)
    if args.json:
        print(json.dumps({"files": len(documents), **vars(tally), **tally.figures()}, indent=2))
    else:
        if errors:
            print("\n".join(errors))
        print(_table(tally, len(documents)))
        figures = tally.figures()
        print(f"\nspan F1 {figures['f1']:.3f}   value accuracy {figures['value_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    exit_with(main)
