"""How well the intake reads the date and outlet from the header lines of many real sites.

    python -m bench.header_lines_eval [--half writing|aside|all] [--errors] [--json]

The set, `tests/fixtures/header_lines/pages.json`, holds the header and opening lines of
about 200 real pages from about 180 sites (how it was made: the README beside it), each
with the date and outlet those lines state. It is split by site into two halves: rules are
written against `writing`, and `aside` measures them on sites they were not written for.

Each entry becomes a page as a user brings it (the whole page selected and copied): the lines
the real page prints above its title (`above`: a masthead, the site's clock, a menu), a
headline of our own, the entry's header lines as printed, a neutral paragraph of our own, then
the lines the real page prints after its text (`closing`: credits, copyright, share tools); the page goes through the same intake as
`bench.metadata_eval` (`gsomia-tui add`'s reading of a text file), and the same verdicts
apply: right / unknown / wrong for the outlet and the date, right and unknown counted over
the entries whose label has the fact, wrong over every entry.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from bench.common import exit_with
from bench.metadata_eval import PageScore, _fact_summary, read_json, score_page
from bench.metadata_report import counts_text

SET = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "header_lines" / "pages.json"
HALVES = ("writing", "aside")

# Our own words around the lines: no date, weekday, place or name that could be read as one.
HEADLINE = "Officials weigh the next steps after a round of talks"
PARAGRAPH = ("Officials said further talks would follow and that no decision had been taken "
             "yet. Both sides described the meeting as useful and agreed to stay in touch.")


class SetError(Exception):
    """A set file that cannot be used, in one line."""


def load_set(path: Path = SET) -> list[dict]:
    entries = read_json(path, SetError)
    if not isinstance(entries, list):
        raise SetError(f"{path}: expected a list of entries")
    for number, entry in enumerate(entries, 1):
        if problem := _entry_problem(entry):
            raise SetError(f"{path}: entry {number} {problem}")
    return entries


def _entry_problem(entry) -> str | None:
    if not isinstance(entry, dict):
        return "is not an object"
    if entry.get("half") not in HALVES:
        return f"has the half {entry.get('half')!r}: write one of {', '.join(HALVES)}"
    parts = [entry.get("above", []), entry.get("lines"), entry.get("closing", [])]
    if not all(isinstance(part, list) for part in parts) or not any(parts) \
            or not all(isinstance(line, str) for part in parts for line in part):
        return "has no lines (lists of strings in \"above\", \"lines\" or \"closing\")"
    if not entry.get("site") or not entry.get("url"):
        return "names no site or url"
    return None


def page_text(lines: list[str], closing: list[str] = (), above: list[str] = ()) -> str:
    """The page a user would bring: the lines the page prints above its title (a masthead,
    the site's clock, a menu), our headline, the header lines as printed, our paragraph, then
    the lines the page prints after its text (credits, copyright, share tools)."""
    text = "\n".join([*above, HEADLINE, *lines]) + "\n\n" + PARAGRAPH + "\n"
    return text + ("\n" + "\n".join(closing) + "\n" if closing else "")


def score_entries(entries: list[dict]) -> list[tuple[dict, PageScore]]:
    scored = []
    with tempfile.TemporaryDirectory(prefix="header-lines-") as folder:
        for number, entry in enumerate(entries, 1):
            path = Path(folder) / f"{number:03d}_{entry['site']}.txt"
            text = page_text(entry["lines"], entry.get("closing", []), entry.get("above", []))
            path.write_text(text, encoding="utf-8")
            label = {"outlet": acceptable_outlets(entry.get("outlet")), "date": entry.get("date")}
            scored.append((entry, score_page(path, label)))
    return scored


def acceptable_outlets(label: str | list[str] | None) -> list[str] | None:
    """The label's names and, for each the list of outlets knows, the name it files it
    under ("AFP" is found as "Agence France-Presse")."""
    from corpus.metadata import known_outlet_named

    if not label:
        return None
    names = [label] if isinstance(label, str) else list(label)
    return list(dict.fromkeys([*names, *filter(None, map(known_outlet_named, names))]))


def summary(scores: list[PageScore]) -> dict:
    return {"pages": len(scores), "outlet": _fact_summary(scores, "outlet"),
            "date": _fact_summary(scores, "date")}


def run(half: str = "all", path: Path = SET) -> dict:
    entries = [e for e in load_set(path) if half in ("all", e["half"])]
    scored = score_entries(entries)
    report: dict = {"halves": {}}
    for name in HALVES:
        mine = [(e, s) for e, s in scored if e["half"] == name]
        if mine:
            report["halves"][name] = {
                "summary": summary([s for _, s in mine]),
                "sites": len({e["site"] for e, _ in mine}),
                "pages": [{"url": e["url"], **asdict(s)} for e, s in mine]}
    if len(report["halves"]) > 1:
        report["together"] = {"summary": summary([s for _, s in scored]),
                              "sites": len({e["site"] for e, _ in scored})}
    return report


def render(report: dict, errors: bool = False) -> str:
    rows = [(name, entry) for name, entry in report["halves"].items()]
    if "together" in report:
        rows.append(("together", report["together"]))
    lines = [f"{'half':<9} {'pages':>5} {'sites':>5}  {'outlet right/unknown/wrong':<28}"
             "date right/unknown/wrong"]
    for name, entry in rows:
        s = entry["summary"]
        lines.append(f"{name:<9} {s['pages']:>5} {entry['sites']:>5}  "
                     f"{counts_text(s['outlet']):<28}{counts_text(s['date'])}")
    lines.append("right and unknown: % of the entries whose lines name an outlet (state a "
                 "date); wrong: % of all entries")
    if errors:
        for name, entry in report["halves"].items():
            lines.extend(_errors(name, entry["pages"]))
    return "\n".join(lines)


def _errors(half: str, pages: list[dict]) -> list[str]:
    lines = []
    for page in pages:
        for fact in ("outlet", "date"):
            if page[fact] != "right":
                lines.append(f"{half} {fact} {page[fact]}: found {page[fact + '_found']!r}, "
                             f"label {page[fact + '_label']!r}  {page['url'][:70]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.header_lines_eval",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("all", *HALVES), default="all")
    parser.add_argument("--set", type=Path, default=SET, help="the set file (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="list every entry not right")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        report = run(args.half, args.set)
    except SetError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else render(report, args.errors))
    return 0


if __name__ == "__main__":
    exit_with(main)
