"""`bench.proposals_sample`: the proposed events of the readable sets in a fixed order, every N-th
from the K-th, never a blind set's. The pages are our own, written for this test."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

import bench.metadata_eval
import bench.proposals_sample as proposals_sample
from bench.event_links_eval import known_event_ids, score_folder

PAGES = {
    "beta": {
        "01_flood.txt": "River floods market road\nMarch 3, 2015\n"
                        "The Elde river flooded the old market road on Tuesday, and crews closed it to traffic.\n",
        "02_bridge.txt": "Town opens new bridge\nMay 20, 2015\n"
                         "Halden opened its new stone bridge over the river on Monday after two years of work.\n",
    },
    "alpha": {
        "01_fire.txt": "Fire destroys harbour warehouse\nJune 9, 2015\n"
                       "A fire destroyed a warehouse at the harbour on Sunday, and firefighters fought it all night.\n",
        "02_museum.txt": "Museum reopens\nJuly 14, 2015\n"
                         "The Halden city museum reopened its doors on Saturday after a long repair of its roof.\n",
    },
    "holdout3": {  # a blind set's name: never read
        "01_quake.txt": "Earthquake shakes the coast\nAugust 2, 2015\n"
                        "An earthquake shook the northern coast on Wednesday and cut power to many homes.\n",
    },
}


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("sets")
    for folder, pages in PAGES.items():
        (base / folder).mkdir()
        for name, text in pages.items():
            (base / folder / name).write_text(text, encoding="utf-8")
        labels = {name: {"outlet": None, "date": None, "events": []} for name in pages}
        (base / folder / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return base


@pytest.fixture(scope="module")
def listed(root):
    return proposals_sample.listed_proposals([root / "beta", root / "holdout3", root / "alpha"])


def test_the_proposals_are_those_the_links_bench_lists_in_its_order_folders_by_name(root, listed):
    expected = [(folder, *row) for folder in ("alpha", "beta")
                for row in score_folder(root / folder, known_event_ids(None)).proposed]
    assert len(expected) >= 4  # every page of ours tells a happening of its own day
    assert [(p.folder, p.date, p.title, p.pages) for p in listed] == expected
    assert [p.position for p in listed] == list(range(1, len(expected) + 1))


def test_each_proposal_carries_the_page_and_passage_its_title_is_made_from(listed):
    for item in listed:
        assert item.page in PAGES[item.folder], item
        assert item.title.split()[1] in item.passage, item


def test_the_sample_takes_every_nth_from_the_kth(listed):
    assert [p.position for p in proposals_sample.sampled(listed, 2, 2)] == list(range(2, len(listed) + 1, 2))
    assert [p.position for p in proposals_sample.sampled(listed, 3, 1)] == list(range(1, len(listed) + 1, 3))
    assert proposals_sample.sampled(listed, 1, len(listed) + 1) == []


def test_a_blind_set_is_never_read_even_by_default(root, monkeypatch):
    read = []
    real = proposals_sample.folder_timeline

    def recording(folder, *args, **kwargs):
        read.append(folder.name)
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(proposals_sample, "folder_timeline", recording)
    monkeypatch.setattr(bench.metadata_eval, "PAGES", root)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert proposals_sample.main(["--every", "1", "--json"]) == 0
        assert proposals_sample.main([str(root / "holdout3"), "--json"]) == 0
    assert read == ["alpha", "beta"]
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {row["folder"] for row in rows} == {"alpha", "beta"}
    assert "earthquake" not in out.getvalue().lower()


def test_counts_below_one_are_refused():
    with contextlib.redirect_stderr(io.StringIO()):
        assert proposals_sample.main(["--every", "0"]) == 2
        assert proposals_sample.main(["--start", "0"]) == 2
