"""The second, blind held-out set of page forms: what is particular to it. Every labelled folder's
labels are checked for form by tests/test_metadata_eval.py; accuracy is never asserted here."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "pages" / "holdout2"


def _labels() -> dict:
    return json.loads((FOLDER / "labels.json").read_text(encoding="utf-8"))


LABELS = _labels()


def test_every_page_follows_a_different_real_page():
    urls = [label["url"] for label in LABELS.values()]
    assert len(urls) == len(set(urls))


def test_the_set_covers_many_outlets_and_stories_with_some_unnamed_and_undated_pages():
    labels = list(LABELS.values())
    assert len(labels) >= 45
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= 20
    stories = {label["story"] for label in labels}
    assert {"gsomia-2012-collapse", "gsomia-2016-signing", "gsomia-2019-termination",
            "gsomia-2019-suspension", "gsomia-2023-normalisation"} <= stories
    assert len({s for s in stories if s.startswith("other-")}) >= 4
    assert sum(label["outlet"] is None for label in labels) >= 8
    assert sum(label["date"] is None for label in labels) >= 5


def test_the_readme_counts_the_set_as_it_is():
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    labels = list(LABELS.values())
    outlets = len({label["outlet"][0] for label in labels if label["outlet"]})
    unnamed = sum(label["outlet"] is None for label in labels)
    undated = sum(label["date"] is None for label in labels)
    assert f"{len(labels)} pages in the forms of {outlets} outlets" in readme
    assert f"{unnamed} pages name no outlet and {undated} print no date" in readme
