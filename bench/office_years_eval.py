"""How often the officeholders rule gives a yearless dateline the right year.

    python -m bench.office_years_eval [DIR ...] [--errors] [--json]

Every page of the folders (default: the development set, `metadata_eval.default_sets()`) whose
label is a day is read as if its dateline printed no year: the rule
(`corpus.intake.office_years.year_from_offices`) is asked for the year of the label's month and
day from the page's text, with the weekday its lead names (the lead: its first line longer than
100 characters) and the latest year it names as past. Right: the label's year; wrong: another;
unknown: none, split by why (no holder named in office, or holders named but no single year
fits: several do, or none).

The rule reads every page here, dated or not in fact, so it meets many more pages than the
intake lets it (only yearless datelines); a wrong year here is a wrong year it could give.
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from pathlib import Path

from bench.common import exit_with, table
from bench.metadata_eval import default_sets, load_labels

LEAD_LENGTH = 100


def lead_of(text: str) -> str:
    return next((line for line in text.split("\n") if len(line) > LEAD_LENGTH), "")


def score_page(text: str, day: datetime.date) -> tuple[str, str]:
    """(verdict, what the rule said) for a page of `day` read without its year."""
    from corpus.intake.event_years import latest_year_named_as_past
    from corpus.intake.office_years import named_in_office, year_from_offices
    from corpus.intake.years import named_weekday

    found = year_from_offices(day.month, day.day, text, latest_year_named_as_past(text),
                              named_weekday(lead_of(text)))
    if found is None:
        why = "holders named, no single year fits" if named_in_office(text) else "no holder named in office"
        return f"unknown: {why}", why
    return ("right" if found.year == day.year else "wrong"), f"{found.year}: {found.reason}"


def run(folders: list[Path]) -> dict:
    counts: Counter = Counter()
    errors = []
    for folder in folders:
        for name, label in load_labels(folder / "labels.json").items():
            if not label.get("date") or len(label["date"]) != 10:
                continue
            day = datetime.date.fromisoformat(label["date"])
            verdict, said = score_page((folder / name).read_text(encoding="utf-8"), day)
            counts[verdict] += 1
            if verdict == "wrong":
                errors.append({"page": f"{folder.name}/{name}", "label": label["date"], "found": said})
    return {"counts": dict(sorted(counts.items())), "wrong": errors}


def render(report: dict, errors: bool) -> str:
    rows = [(verdict, count) for verdict, count in report["counts"].items()]
    lines = [table(("verdict", "pages"), rows, title="Officeholders' years for yearless datelines")]
    if errors:
        lines += [f"{error['page']} (label {error['label']}): {error['found']}" for error in report["wrong"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every wrong year")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.folders or default_sets())
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else render(report, args.errors))
    return 0


if __name__ == "__main__":
    exit_with(main)
