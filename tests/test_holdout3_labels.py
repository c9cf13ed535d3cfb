"""The third, blind held-out set of page forms: its labels are checked for form here, by the same
checks tests/test_metadata_eval.py runs on the measured sets; accuracy is never asserted."""

from __future__ import annotations

import blind_set_checks as blind

FOLDER = blind.PAGES / "holdout3"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2")
LABELS = blind.labels_of(FOLDER)


(test_the_set_is_blind, test_every_page_is_labelled_and_every_label_has_its_page,
 test_a_label_is_well_formed,
 test_every_page_follows_a_real_page_no_other_set_followed,
 test_no_page_is_a_copy_of_an_earlier_page) = blind.form_tests(FOLDER, EARLIER_SETS)


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
    blind.assert_readmes_count_the_set(FOLDER)
