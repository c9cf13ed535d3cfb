"""Checks shared by the blind held-out sets' label tests (test_holdout3_labels.py to
test_holdout9_labels.py): a blind set follows real pages no earlier set followed, copies no earlier
page, covers the story and other stories no earlier set used, dates some pages only by a wire
dateline without a year, and its README and the pages README count it as it is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import test_metadata_eval as measured_sets
from bench import metadata_eval

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
GSOMIA_PERIODS = {"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-talks",
                  "gsomia-2016-tentative", "gsomia-2016-signing", "gsomia-2018-extension",
                  "gsomia-2019-termination", "gsomia-2019-suspension", "gsomia-2020-renewal",
                  "gsomia-2023-normalisation"}
# A wire dateline with a day and month but no year: "SEOUL, March 17 (Yonhap) --".
YEARLESS_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z]+(?:, [A-Z][A-Za-z .]+)?, )?"
                               r"[A-Z][a-z]{2,8}\.? \d{1,2} \([^)]+\) ?(?:--|—|–)",
                               re.MULTILINE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A date with its year, in any of the forms the sets print ("Nov. 12, 2019", "22 August 2019",
# "2020-08-24", "19/12/2011").
DATE_WITH_YEAR = re.compile(rf"\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b"
                            r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")


def labels_of(folder: Path) -> dict:
    return json.loads((folder / "labels.json").read_text(encoding="utf-8"))


def assert_follows_pages_no_earlier_set_followed(folder: Path, earlier_sets: tuple[str, ...]):
    urls = [label["url"] for label in labels_of(folder).values()]
    assert len(urls) == len(set(urls))
    earlier = {label["url"] for name in earlier_sets for label in labels_of(PAGES / name).values()}
    assert not set(urls) & earlier


def assert_copies_no_earlier_page(folder: Path, earlier_sets: tuple[str, ...]):
    earlier = {path.read_text(encoding="utf-8") for name in earlier_sets
               for path in (PAGES / name).glob("*.txt")}
    for path in folder.glob("*.txt"):
        assert path.read_text(encoding="utf-8") not in earlier, path.name


def assert_covers_the_story_and_new_stories(folder: Path, earlier_sets: tuple[str, ...], *,
                                            pages: int, gsomia_pages: int, outlets: int,
                                            periods: set[str], other_stories: int):
    """The set has `pages` pages, `gsomia_pages` of them on the GSOMIA story in every one of its
    `periods`, the rest on at least `other_stories` stories no earlier set used, in the forms of at
    least `outlets` outlets named on them."""
    labels = list(labels_of(folder).values())
    assert len(labels) == pages
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= outlets
    stories = {label["story"] for label in labels}
    assert periods <= stories
    others = {story for story in stories if story.startswith("other-")}
    assert len(others) >= other_stories
    earlier_others = {label["story"] for name in earlier_sets
                      for label in labels_of(PAGES / name).values()}
    assert not others & earlier_others
    assert sum(label["story"].startswith("gsomia-") for label in labels) == gsomia_pages


def assert_a_share_is_the_2016_signing_and_the_2019_crisis(folder: Path, signing_2016: int = 6,
                                                             crisis_2019: int = 8):
    """At least `signing_2016` pages follow the talks and signing of 2016 and `crisis_2019` the
    decision to end the pact in 2019 and its suspension."""
    stories = [label["story"] for label in labels_of(folder).values()]
    assert sum(story.startswith("gsomia-2016-") for story in stories) >= signing_2016
    assert sum(story.startswith("gsomia-2019-") for story in stories) >= crisis_2019


def assert_some_pages_unnamed_and_undated(folder: Path, unnamed: range, undated: range):
    """How many pages name no outlet and how many print no date, each within its range."""
    labels = list(labels_of(folder).values())
    assert sum(label["outlet"] is None for label in labels) in unnamed
    assert sum(label["date"] is None for label in labels) in undated


def assert_some_dated_pages_print_only_a_yearless_wire_dateline(folder: Path, at_least: int):
    """At least `at_least` dated pages print a wire dateline without a year and no date with one."""
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in labels_of(folder)}
    yearless = [name for name, label in labels_of(folder).items()
                if label["date"] and YEARLESS_DATELINE.search(texts[name])
                and not DATE_WITH_YEAR.search(texts[name])]
    assert len(yearless) >= at_least, yearless


def assert_readmes_count_the_set(folder: Path):
    labels = list(labels_of(folder).values())
    outlets = len({label["outlet"][0] for label in labels if label["outlet"]})
    unnamed = sum(label["outlet"] is None for label in labels)
    undated = sum(label["date"] is None for label in labels)
    for readme in (folder / "README.md", PAGES / "README.md"):
        text = readme.read_text(encoding="utf-8")
        assert f"{len(labels)} pages in the forms of {outlets} outlets" in text, readme
        assert f"{unnamed} pages name no outlet and {undated} print no date" in text, readme


def form_tests(folder: Path, earlier_sets: tuple[str, ...]):
    """The label-form tests every blind set runs, bound to its folder; a test module assigns
    them to names starting with test_ so that pytest collects them."""
    labels = labels_of(folder)

    def set_is_blind():
        assert folder.name in metadata_eval.BLIND_SETS
        assert folder not in metadata_eval.default_sets()

    def every_page_is_labelled_and_every_label_has_its_page():
        measured_sets.test_every_page_is_labelled_and_every_label_has_its_page(folder.name)

    @pytest.mark.parametrize("name, label", sorted(labels.items()), ids=sorted(labels))
    def a_label_is_well_formed(name, label):
        measured_sets.test_a_label_is_well_formed(folder.name, name, label)

    def every_page_follows_a_real_page_no_other_set_followed():
        assert_follows_pages_no_earlier_set_followed(folder, earlier_sets)

    def no_page_is_a_copy_of_an_earlier_page():
        assert_copies_no_earlier_page(folder, earlier_sets)

    return (set_is_blind, every_page_is_labelled_and_every_label_has_its_page,
            a_label_is_well_formed, every_page_follows_a_real_page_no_other_set_followed,
            no_page_is_a_copy_of_an_earlier_page)


def count_tests(folder: Path, unnamed: range, undated: range, yearless_at_least: int):
    """The tests of a blind set's counts (pages naming no outlet and printing no date, pages dated
    only by a yearless wire dateline, the READMEs' counts), bound to its folder, for a test module
    to assign to names starting with test_."""

    def some_pages_name_no_outlet_and_some_print_no_date():
        assert_some_pages_unnamed_and_undated(folder, unnamed=unnamed, undated=undated)

    def several_dated_pages_print_only_a_wire_dateline_without_a_year():
        assert_some_dated_pages_print_only_a_yearless_wire_dateline(folder, yearless_at_least)

    def the_readmes_count_the_set_as_it_is():
        assert_readmes_count_the_set(folder)

    return (some_pages_name_no_outlet_and_some_print_no_date,
            several_dated_pages_print_only_a_wire_dateline_without_a_year,
            the_readmes_count_the_set_as_it_is)
