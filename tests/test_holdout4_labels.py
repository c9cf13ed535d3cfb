"""The fourth, blind held-out set of page forms (written for issues 13 and 14): its labels are
checked for form by the checks tests/test_metadata_eval.py runs on the measured sets, and the set
for what it must cover; accuracy is never asserted, and the set is never scored by default."""

from __future__ import annotations

import blind_set_checks as blind
from bench import metadata_eval

FOLDER = blind.PAGES / "holdout4"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2", "holdout3")
LABELS = blind.labels_of(FOLDER)
GSOMIA_PERIODS = {"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-signing",
                  "gsomia-2018-extension", "gsomia-2019-termination", "gsomia-2019-suspension",
                  "gsomia-2020-warning", "gsomia-2023-normalisation"}


def test_the_set_is_blind():
    assert FOLDER.name in metadata_eval.BLIND_SETS
    assert FOLDER not in metadata_eval.default_sets()


(test_every_page_is_labelled_and_every_label_has_its_page, test_a_label_is_well_formed,
 test_every_page_follows_a_real_page_no_other_set_followed,
 test_no_page_is_a_copy_of_an_earlier_page) = blind.form_tests(FOLDER, EARLIER_SETS)


def test_the_set_covers_many_outlets_every_period_and_six_other_stories():
    labels = list(LABELS.values())
    assert len(labels) == 50
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= 30
    stories = {label["story"] for label in labels}
    assert GSOMIA_PERIODS <= stories
    others = {s for s in stories if s.startswith("other-")}
    assert len(others) >= 6
    earlier_others = {label["story"] for name in EARLIER_SETS
                      for label in blind.labels_of(blind.PAGES / name).values()}
    assert not others & earlier_others  # stories no earlier set used
    assert sum(label["story"].startswith("gsomia-") for label in labels) == 30


def test_some_pages_name_no_outlet_and_some_print_no_date():
    labels = list(LABELS.values())
    assert 6 <= sum(label["outlet"] is None for label in labels) <= 10
    assert 6 <= sum(label["date"] is None for label in labels) <= 13


def test_the_readmes_count_the_set_as_it_is():
    blind.assert_readmes_count_the_set(FOLDER)
