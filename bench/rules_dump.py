"""Everything the intake and the timeline make of the page sets, to prove a change behaviour-identical.

    python -m bench.rules_dump OUT.json [DIR ...] [--generated N]
    python -m bench.rules_dump --compare BEFORE.json AFTER.json

For every folder of pages with a `labels.json` (default: every set under tests/fixtures/pages)
and each page in it: what `add` would store of it, the article, its dated mentions and its
reading; for each folder, its timeline with the pages' dates and as if undated; then `N`
generated articles (default 300) and their timeline. A speed-up is kept only when the dump
before and after it is identical key by key (`--compare` lists what differs, exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.common import exit_with

PAGE_SETS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"


def dump_folder(folder: Path, specs) -> dict[str, str]:
    from bench.event_links_eval import folder_pages, page_timeline
    from bench.metadata_eval import read_page
    from corpus.events import dated_mentions
    from index.readings import read_article

    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        key = f"{folder.name}|{path.name}"
        try:
            known, article = read_page(path)
        except ValueError as error:
            out[f"{key}|ERR"] = str(error)
            continue
        mentions = dated_mentions(article)
        out.update({f"{key}|META": repr(known), f"{key}|ART": repr(article), f"{key}|MENT": repr(mentions),
                    f"{key}|READ": repr(read_article(article, mentions, specs))})
    for undated in (False, True):
        out[f"{folder.name}|TIMELINE|{undated}"] = repr(page_timeline(tuple(folder_pages(folder, labels,
                                                                                          undated).values())))
    return out


def dump_generated(count: int, specs) -> dict[str, str]:
    from bench.event_links_eval import page_timeline
    from bench.generate import generate_articles
    from corpus.events import dated_mentions
    from index.readings import read_article

    articles = tuple(generate_articles(count))
    out = {f"generated|{a.id}|ART": repr(a) for a in articles}
    out.update({f"generated|{a.id}|READ": repr(read_article(a, dated_mentions(a), specs)) for a in articles})
    out["generated|TIMELINE"] = repr(page_timeline(articles))
    return out


def differences(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rules_dump")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--generated", type=int, default=300)
    parser.add_argument("--compare", action="store_true", help="compare two dumps: BEFORE.json AFTER.json")
    args = parser.parse_args(argv)
    if args.compare:
        if len(args.paths) != 2:
            parser.error("--compare takes two dumps: BEFORE.json AFTER.json")
        before, after = (json.loads(path.read_text(encoding="utf-8")) for path in args.paths)
        changed = differences(before, after)
        print(f"{len(before)} keys before, {len(after)} after, {len(changed)} different")
        print("\n".join(changed[:50]))
        return 1 if changed else 0
    if not args.paths:
        parser.error("give the dump's file (OUT.json), then the folders (default: every page set)")
    from corpus.events import load_event_specs

    specs = load_event_specs()
    folders = args.paths[1:] or sorted(p for p in PAGE_SETS.iterdir() if (p / "labels.json").exists())
    dump: dict[str, str] = {}
    for folder in folders:
        dump.update(dump_folder(folder, specs))
        print(folder.name, file=sys.stderr, flush=True)
    if args.generated:
        dump.update(dump_generated(args.generated, specs))
    args.paths[0].write_text(json.dumps(dump, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(dump)} keys in {args.paths[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    exit_with(main)
