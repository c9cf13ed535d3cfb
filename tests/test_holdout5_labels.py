"""The fifth, blind held-out set of page forms (written for issues 13 and 14): its labels are
checked for form by the checks tests/test_metadata_eval.py runs on the measured sets, and the set
for what it must cover; accuracy is never asserted, and the set is never scored by default."""

from __future__ import annotations

import re

import blind_set_checks as blind

FOLDER = blind.PAGES / "holdout5"
EARLIER_SETS = ("dev", "holdout", "dev2", "holdout2", "holdout3", "holdout4")
LABELS = blind.labels_of(FOLDER)
GSOMIA_PERIODS = {"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-talks",
                  "gsomia-2016-tentative", "gsomia-2016-signing", "gsomia-2018-extension",
                  "gsomia-2019-termination", "gsomia-2019-suspension", "gsomia-2020-renewal",
                  "gsomia-2023-normalisation"}
# A wire dateline with a day and month but no year: "SEOUL, March 17 (Yonhap) --".
YEARLESS_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z]+(?:, [A-Z][A-Za-z .]+)?, )?"
                               r"[A-Z][a-z]{2,8}\.? \d{1,2} \([^)]+\) ?(?:--|—|–)",
                               re.MULTILINE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A date with its year, in any of the forms the set prints ("Nov. 12, 2019", "22 August 2019",
# "2020-08-24", "19/12/2011").
DATE_WITH_YEAR = re.compile(rf"\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b"
                            r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")


(test_the_set_is_blind, test_every_page_is_labelled_and_every_label_has_its_page,
 test_a_label_is_well_formed,
 test_every_page_follows_a_real_page_no_other_set_followed,
 test_no_page_is_a_copy_of_an_earlier_page) = blind.form_tests(FOLDER, EARLIER_SETS)


def test_the_set_covers_many_outlets_every_period_and_five_other_stories():
    blind.assert_covers_the_story_and_new_stories(
        FOLDER, EARLIER_SETS, pages=40, gsomia_pages=24, outlets=25, periods=GSOMIA_PERIODS,
        other_stories=5)


def test_some_pages_name_no_outlet_and_some_print_no_date():
    blind.assert_some_pages_unnamed_and_undated(FOLDER, unnamed=range(5, 9), undated=range(5, 11))


def test_several_dated_pages_print_only_a_wire_dateline_without_a_year():
    yearless = [name for name, label in LABELS.items()
                if label["date"] and YEARLESS_DATELINE.search(_text(name))
                and not DATE_WITH_YEAR.search(_text(name))]
    assert len(yearless) >= 4, yearless


def test_the_readmes_count_the_set_as_it_is():
    blind.assert_readmes_count_the_set(FOLDER)


def _text(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")
