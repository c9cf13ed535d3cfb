"""The tenth, blind held-out set of page forms (written for issues 13 and 14): its labels are
checked for form by the checks tests/test_metadata_eval.py runs on the measured sets, and the set
for what it must cover; accuracy is never asserted, and the set is never scored by default."""

from __future__ import annotations

import blind_set_checks as blind

FOLDER = blind.PAGES / "holdout10"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2", "holdout3", "holdout4", "holdout5",
                "holdout6", "holdout7", "holdout8", "holdout9")


def test_the_set_covers_many_outlets_every_period_and_five_other_stories():
    blind.assert_covers_the_story_and_new_stories(
        FOLDER, EARLIER_SETS, pages=40, gsomia_pages=24, outlets=25,
        periods=blind.GSOMIA_PERIODS, other_stories=5)


def test_a_good_share_of_the_story_is_the_2016_signing_and_the_2019_crisis():
    blind.assert_a_share_is_the_2016_signing_and_the_2019_crisis(FOLDER)


(test_the_set_is_blind, test_every_page_is_labelled_and_every_label_has_its_page,
 test_a_label_is_well_formed,
 test_every_page_follows_a_real_page_no_other_set_followed,
 test_no_page_is_a_copy_of_an_earlier_page) = blind.form_tests(FOLDER, EARLIER_SETS)


(test_some_pages_name_no_outlet_and_some_print_no_date,
 test_several_dated_pages_print_only_a_wire_dateline_without_a_year,
 test_the_readmes_count_the_set_as_it_is) = blind.count_tests(
    FOLDER, unnamed=range(6, 11), undated=range(10, 19), yearless_at_least=4)
