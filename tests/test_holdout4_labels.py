"""The fourth, blind held-out set of page forms (written for issues 13 and 14): its labels are
checked for form by the checks tests/test_metadata_eval.py runs on the measured sets, and the set
for what it must cover; accuracy is never asserted, and the set is never scored by default."""

from __future__ import annotations

import pytest

import test_metadata_eval as measured_sets
from bench import metadata_eval
from test_holdout3_labels import PAGES, _labels

FOLDER = PAGES / "holdout4"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2", "holdout3")
LABELS = _labels(FOLDER)
GSOMIA_PERIODS = {"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-signing",
                  "gsomia-2018-extension", "gsomia-2019-termination", "gsomia-2019-suspension",
                  "gsomia-2020-warning", "gsomia-2023-normalisation"}


def test_the_set_is_blind():
    assert FOLDER.name in metadata_eval.BLIND_SETS
    assert FOLDER not in metadata_eval.default_sets()


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


def test_the_set_covers_many_outlets_every_period_and_six_other_stories():
    labels = list(LABELS.values())
    assert len(labels) == 50
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= 30
    stories = {label["story"] for label in labels}
    assert GSOMIA_PERIODS <= stories
    others = {s for s in stories if s.startswith("other-")}
    assert len(others) >= 6
    earlier_others = {label["story"] for name in EARLIER_SETS
                      for label in _labels(PAGES / name).values()}
    assert not others & earlier_others  # stories no earlier set used
    assert sum(label["story"].startswith("gsomia-") for label in labels) == 30


def test_some_pages_name_no_outlet_and_some_print_no_date():
    labels = list(LABELS.values())
    assert 6 <= sum(label["outlet"] is None for label in labels) <= 10
    assert 6 <= sum(label["date"] is None for label in labels) <= 13


def test_the_readmes_count_the_set_as_it_is():
    labels = list(LABELS.values())
    outlets = len({label["outlet"][0] for label in labels if label["outlet"]})
    unnamed = sum(label["outlet"] is None for label in labels)
    undated = sum(label["date"] is None for label in labels)
    for readme in (FOLDER / "README.md", PAGES / "README.md"):
        text = readme.read_text(encoding="utf-8")
        assert f"{len(labels)} pages in the forms of {outlets} outlets" in text, readme
        assert f"{unnamed} pages name no outlet and {undated} print no date" in text, readme
