"""The third, blind held-out set of page forms: its labels are checked for form here, by the same
checks tests/test_metadata_eval.py runs on the measured sets; accuracy is never asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import test_metadata_eval as measured_sets

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
FOLDER = PAGES / "holdout3"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2")


def _labels(folder: Path) -> dict:
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))


LABELS = _labels(FOLDER)


def test_every_page_is_labelled_and_every_label_has_its_page():
    measured_sets.test_every_page_is_labelled_and_every_label_has_its_page(FOLDER.name)


@pytest.mark.parametrize("name, label", sorted(LABELS.items()), ids=sorted(LABELS))
def test_a_label_is_well_formed(name, label):
    measured_sets.test_a_label_is_well_formed(FOLDER.name, name, label)


def test_every_page_follows_a_real_page_no_other_set_followed():
    urls = [label["url"] for label in LABELS.values()]
    assert len(urls) == len(set(urls))
    earlier = {label["url"] for name in EARLIER_SETS for label in _labels(PAGES / name).values()}
    assert not set(urls) & earlier


def test_no_page_is_a_copy_of_an_earlier_page():
    earlier = {path.read_text(encoding="utf-8") for name in EARLIER_SETS
               for path in (PAGES / name).glob("*.txt")}
    for path in FOLDER.glob("*.txt"):
        assert path.read_text(encoding="utf-8") not in earlier, path.name


def test_the_set_covers_many_outlets_periods_and_stories_with_unnamed_and_undated_pages():
    labels = list(LABELS.values())
    assert len(labels) >= 45
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= 30
    stories = {label["story"] for label in labels}
    assert {"gsomia-2012-collapse", "gsomia-2016-signing", "gsomia-2019-termination",
            "gsomia-2019-suspension", "gsomia-2023-normalisation"} <= stories
    assert len({s for s in stories if s.startswith("other-")}) >= 5
    gsomia = sum(label["story"].startswith("gsomia-") for label in labels)
    assert 0.5 <= gsomia / len(labels) <= 0.7
    assert 5 <= sum(label["outlet"] is None for label in labels) <= 8
    assert 4 <= sum(label["date"] is None for label in labels) <= 8


def test_the_readme_counts_the_set_as_it_is():
    labels = list(LABELS.values())
    outlets = len({label["outlet"][0] for label in labels if label["outlet"]})
    unnamed = sum(label["outlet"] is None for label in labels)
    undated = sum(label["date"] is None for label in labels)
    for readme in (FOLDER / "README.md", PAGES / "README.md"):
        text = readme.read_text(encoding="utf-8")
        assert f"{len(labels)} pages in the forms of {outlets} outlets" in text, readme
        assert f"{unnamed} pages name no outlet and {undated} print no date" in text, readme
