"""The fourth, blind held-out set of page forms (written for issues 13 and 14): its labels are
checked for form by the checks tests/test_metadata_eval.py runs on the measured sets, and the set
for what it must cover; accuracy is never asserted, and the set is never scored by default."""

from __future__ import annotations

import blind_set_checks as blind

FOLDER = blind.PAGES / "holdout4"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2", "holdout3")
GSOMIA_PERIODS = {"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-signing",
                  "gsomia-2018-extension", "gsomia-2019-termination", "gsomia-2019-suspension",
                  "gsomia-2020-warning", "gsomia-2023-normalisation"}


(test_the_set_is_blind, test_every_page_is_labelled_and_every_label_has_its_page,
 test_a_label_is_well_formed,
 test_every_page_follows_a_real_page_no_other_set_followed,
 test_no_page_is_a_copy_of_an_earlier_page) = blind.form_tests(FOLDER, EARLIER_SETS)


def test_the_set_covers_many_outlets_every_period_and_six_other_stories():
    blind.assert_covers_the_story_and_new_stories(
        FOLDER, EARLIER_SETS, pages=50, gsomia_pages=30, outlets=30, periods=GSOMIA_PERIODS,
        other_stories=6)


def test_some_pages_name_no_outlet_and_some_print_no_date():
    blind.assert_some_pages_unnamed_and_undated(FOLDER, unnamed=range(6, 11), undated=range(6, 14))


def test_the_readmes_count_the_set_as_it_is():
    blind.assert_readmes_count_the_set(FOLDER)
