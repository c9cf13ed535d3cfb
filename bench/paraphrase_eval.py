"""How many paraphrases written for the purpose each listed event links, per event and per language.

    python -m bench.paraphrase_eval FILE... [--half odd|even] [--errors] [--json]

Each FILE is a paraphrase fixture (`tests/fixtures/event_paraphrases*.json`): per event id, "reports"
(sentences that report the event: the event must link them) and "not" (plans, conditions, denials, other
happenings: it must not), each a [published, sentence] pair. Each sentence goes through the timeline's own
path (`bench.paraphrase_links.event_links`). Printed per event and per language (told by its script and
letters): reports linked / total, and nots linked (false links, the worse error). `--half odd` counts
only the 1st, 3rd, ... reports of each event, `--half even` the 2nd, 4th, ... (a half held out while
rules are written for the other); the nots are counted whole. `--errors` lists the reports missed and
the nots linked.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import exit_with
from bench.paraphrase_links import event_links, specs_by_id

SCRIPTS = (("ko", re.compile(r"[\uac00-\ud7a3]")), ("ja", re.compile(r"[\u3040-\u30ff]")),
           ("zh", re.compile(r"[\u4e00-\u9fff]")), ("ru", re.compile(r"[\u0400-\u04ff]")))
# Latin-script languages by their own letters and commonest short words, counted as whole words.
LATIN_SIGNS = {
    "es": re.compile(r"[ñ¿¡áíóú]|\b(?:el|los|las|del|al|y|que|por|con|una|su|sus|se|tras)\b", re.IGNORECASE),
    "fr": re.compile(r"[çœèêàù]|\b(?:le|les|des|du|et|une|au|aux|avec|sur|tout|est|ses|pas)\b", re.IGNORECASE),
    "de": re.compile(r"[äöüß]|\b(?:der|die|das|und|mit|ein|eine|den|dem|sich|nicht)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:the|and|of|with|to|its|on|that|in|would|was|were|has|by|for)\b", re.IGNORECASE),
}


def language_of(text: str) -> str:
    """The language a sentence is written in, told by its script or, in Latin letters, by its signs."""
    for language, script in SCRIPTS:
        if script.search(text):
            return language
    counts = {language: len(signs.findall(text)) for language, signs in LATIN_SIGNS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] else "other"


@dataclass
class Tally:
    reports: int = 0
    linked: int = 0
    nots: int = 0
    false_links: int = 0
    missed: list = field(default_factory=list)
    linked_nots: list = field(default_factory=list)

    def add_report(self, case: tuple, linked: bool) -> None:
        self.reports, self.linked = self.reports + 1, self.linked + linked
        if not linked:
            self.missed.append(case)

    def add_not(self, case: tuple, linked: bool) -> None:
        self.nots, self.false_links = self.nots + 1, self.false_links + linked
        if linked:
            self.linked_nots.append(case)


def in_half(position: int, half: str | None) -> bool:
    """Whether the report at `position` (0 for an event's first) is of the half asked for."""
    return half is None or (position % 2 == 0) == (half == "odd")


def load_events(paths: list[Path]) -> dict[str, dict[str, list]]:
    """Every file's cases, each event's joined across files in the order given."""
    events: dict[str, dict[str, list]] = defaultdict(lambda: {"reports": [], "not": []})
    for path in paths:
        for event_id, cases in json.loads(path.read_text(encoding="utf-8"))["events"].items():
            for kind in ("reports", "not"):
                events[event_id][kind] += [tuple(case) for case in cases.get(kind, ())]
    return dict(events)


def tally(events: dict[str, dict[str, list]], half: str | None) -> tuple[dict, dict]:
    """(per event, per language) tallies of the cases."""
    specs = specs_by_id()
    by_event: dict[str, Tally] = defaultdict(Tally)
    by_language: dict[str, Tally] = defaultdict(Tally)
    for event_id, cases in events.items():
        for position, (published, text) in enumerate(cases["reports"]):
            if in_half(position, half):
                _add(by_event[event_id], by_language[language_of(text)], "add_report",
                     (event_id, published, text), event_links(specs, event_id, published, text))
        for published, text in cases["not"]:
            _add(by_event[event_id], by_language[language_of(text)], "add_not",
                 (event_id, published, text), event_links(specs, event_id, published, text))
    return dict(by_event), dict(by_language)


def _add(for_event: Tally, for_language: Tally, method: str, case: tuple, linked: bool) -> None:
    getattr(for_event, method)(case, linked)
    getattr(for_language, method)(case, linked)


def table_lines(title: str, tallies: dict[str, Tally]) -> list[str]:
    lines = [f"{title:28} reports linked   nots linked"]
    for name, counts in sorted(tallies.items()):
        lines.append(f"{name:28} {counts.linked:4} / {counts.reports:<4}   {counts.false_links:4} / {counts.nots}")
    total = Tally(sum(t.reports for t in tallies.values()), sum(t.linked for t in tallies.values()),
                  sum(t.nots for t in tallies.values()), sum(t.false_links for t in tallies.values()))
    lines.append(f"{'all':28} {total.linked:4} / {total.reports:<4}   {total.false_links:4} / {total.nots}")
    return lines


def figures(tallies: dict[str, Tally]) -> dict:
    return {name: {"reports": t.reports, "linked": t.linked, "nots": t.nots, "false_links": t.false_links}
            for name, t in sorted(tallies.items())}


def error_lines(by_event: dict[str, Tally]) -> list[str]:
    lines = []
    for counts in by_event.values():
        lines += [f"  missed  {event_id} [{published}] {text}" for event_id, published, text in counts.missed]
        lines += [f"  linked  {event_id} [{published}] {text}" for event_id, published, text in counts.linked_nots]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="paraphrase fixtures")
    parser.add_argument("--half", choices=("odd", "even"), help="only the odd- or even-numbered reports")
    parser.add_argument("--errors", action="store_true", help="list the reports missed and the nots linked")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        events = load_events(args.files)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"cannot read paraphrases: {error}", file=sys.stderr)
        return 2
    unknown = sorted(set(events) - set(specs_by_id()))
    if unknown:
        print(f"no listed event {', '.join(unknown)}", file=sys.stderr)
        return 2
    by_event, by_language = tally(events, args.half)
    if args.json:
        print(json.dumps({"events": figures(by_event), "languages": figures(by_language)}, ensure_ascii=False))
        return 0
    print("\n".join(table_lines("event", by_event) + [""] + table_lines("language", by_language)))
    if args.errors:
        print("\n".join(error_lines(by_event)))
    return 0


if __name__ == "__main__":
    exit_with(main)
