"""A fixed sample of the timeline's proposed events, for a person to judge (issue 14).

    python -m bench.proposals_sample [DIR ...] [--every N] [--start K] [--json]

Each folder (default: the development set, `bench.metadata_eval.default_sets()`; a blind set,
`BLIND_SETS`, is never read, even when named) is scored as `bench.event_links_eval` scores it,
dated: its pages through the intake, then through the timeline together. The proposed events of
every folder are listed in a fixed order, the folders by name and each folder's proposals in the
timeline's order, and every N-th of them is printed from the K-th (counted from 1): its folder,
date, number of pages, title and the page and passage of its earliest report (which its title is made
from, for judging whether it is (a) a real happening (b) with a readable title). Sample A of
the rounds is `--every 12`, sample B `--every 12 --start 7`. `--json`: one JSON object a line.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import exit_with
from bench.event_links_eval import folder_timeline, proposal_row
from bench.metadata_eval import BLIND_SETS, default_sets

PASSAGE_ROOM = 300  # characters of the passage printed under a sampled title


@dataclass(frozen=True)
class SampledProposal:
    position: int  # 1-based, in the listing of every folder's proposals
    folder: str
    date: str
    title: str
    pages: int
    page: str  # the file of its earliest report
    passage: str  # that report's passage


def folder_proposals(folder: Path) -> list[tuple[str, str, int, str, str]]:
    """(date, title, pages, page, passage) of each proposed event of `folder`'s pages, dated, in
    order; the page and passage of its earliest report."""
    _, pages, timeline = folder_timeline(folder)
    names = {article.id: (name, article) for name, article in pages.items()}
    rows = []
    for event in timeline.events:
        if event.proposed:
            first = event.coverage[0]
            name, article = names[first.article_id]
            rows.append((*proposal_row(event), name, article.clean_text[first.start:first.end]))
    return rows


def readable_folders(folders: list[Path]) -> list[Path]:
    """The folders by name, without the blind sets."""
    return sorted((f for f in folders if f.name not in BLIND_SETS), key=lambda f: f.name)


def listed_proposals(folders: list[Path]) -> list[SampledProposal]:
    """Every proposal of the readable folders, numbered in the listing's order."""
    listed = [(folder.name, row) for folder in readable_folders(folders) for row in folder_proposals(folder)]
    return [SampledProposal(position, name, *row) for position, (name, row) in enumerate(listed, start=1)]


def sampled(proposals: list[SampledProposal], every: int, start: int) -> list[SampledProposal]:
    """Every `every`-th proposal from the `start`-th (1-based)."""
    return proposals[start - 1::every]


def printed(item: SampledProposal) -> str:
    passage = " ".join(item.passage.split())
    if len(passage) > PASSAGE_ROOM:
        passage = passage[:PASSAGE_ROOM] + "…"
    return (f"{item.position:4}  {item.folder}  {item.date}  ({item.pages} page{'s' if item.pages != 1 else ''})"
            f"  {item.title}\n        {item.page}: {passage}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of pages with labels.json")
    parser.add_argument("--every", type=int, default=12, help="sample every N-th proposal (default 12)")
    parser.add_argument("--start", type=int, default=1, help="from the K-th, counted from 1 (default 1)")
    parser.add_argument("--json", action="store_true", help="one JSON object a sampled proposal")
    args = parser.parse_intermixed_args(argv)
    if args.every < 1 or args.start < 1:
        print("--every and --start count from 1", file=sys.stderr)
        return 2
    proposals = listed_proposals(args.folders or default_sets())
    sample = sampled(proposals, args.every, args.start)
    for item in sample:
        print(json.dumps(asdict(item), ensure_ascii=False) if args.json else printed(item))
    if not args.json:
        print(f"{len(sample)} of {len(proposals)} proposals (every {args.every}th from the {args.start}th)")
    return 0


if __name__ == "__main__":
    exit_with(main)
