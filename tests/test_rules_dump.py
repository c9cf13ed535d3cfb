"""`python -m bench.rules_dump`: a change is proved behaviour-identical by two dumps of what the
intake and the timeline make of the pages; the comparison fails on any value that moved."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.rules_dump import PAGE_SETS, main

SOURCE = PAGE_SETS / "dev"


def two_pages(tmp_path: Path) -> Path:
    folder = tmp_path / "two"
    folder.mkdir()
    labels = json.loads((SOURCE / "labels.json").read_text(encoding="utf-8"))
    kept = dict(sorted(labels.items())[:2])
    for name in kept:
        shutil.copy(SOURCE / name, folder / name)
    (folder / "labels.json").write_text(json.dumps(kept), encoding="utf-8")
    return folder


def test_a_dump_holds_each_pages_facts_and_the_sets_timeline(tmp_path):
    folder = two_pages(tmp_path)
    out = tmp_path / "dump.json"
    assert main([str(out), str(folder), "--generated", "3"]) == 0
    dump = json.loads(out.read_text(encoding="utf-8"))
    pages = sorted(p.name for p in folder.glob("*.txt"))
    for page in pages:
        for part in ("META", "ART", "MENT", "READ"):
            assert f"two|{page}|{part}" in dump
    assert {"two|TIMELINE|False", "two|TIMELINE|True", "generated|TIMELINE"} <= dump.keys()
    assert sum(key.startswith("generated|") and key.endswith("|ART") for key in dump) == 3


def test_the_same_rules_compare_identical_and_a_moved_value_fails(tmp_path, capsys):
    folder = two_pages(tmp_path)
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    for out in (before, after):
        assert main([str(out), str(folder), "--generated", "0"]) == 0
    assert main(["--compare", str(before), str(after)]) == 0
    moved = json.loads(after.read_text(encoding="utf-8"))
    key = next(key for key in moved if key.endswith("|READ"))
    moved[key] += " "
    after.write_text(json.dumps(moved), encoding="utf-8")
    assert main(["--compare", str(before), str(after)]) == 1
    assert key in capsys.readouterr().out
