"""The readable pages of the labelled sets with their labels, for the tests that check one reading of the labels
(`test_labels_*_round.py`): the default sets (no blind set), without the unread even halves of the timeline rounds."""

from __future__ import annotations

import json

from bench.metadata_eval import default_sets

UNREAD_EVEN_HALVES = frozenset(f"holdout{n}" for n in (*range(75, 86), 88, 89, 101, *range(103, 108)))


def _readable_pages():
    for folder in default_sets():
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        for name, label in labels.items():
            if folder.name in UNREAD_EVEN_HALVES and int(name.split("_")[0]) % 2 == 0:
                continue
            yield f"{folder.name}/{name[:3]}", (folder / name).read_text(encoding="utf-8"), label


READABLE = list(_readable_pages())


def events_of(page_id: str) -> list[str]:
    return next(label["events"] for pid, _, label in READABLE if pid == page_id)


def text_of(page_id: str) -> str:
    return next(text for pid, text, _ in READABLE if pid == page_id)
