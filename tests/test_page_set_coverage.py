"""What each held-out set of page forms written blind must cover (holdout3 on): one row of
`WRITTEN_BLIND` a set (`tests/page_set_specs.py`). A set follows real pages no earlier set followed, copies no earlier page,
covers the GSOMIA story and stories no earlier set used, leaves some pages without an outlet or a
date (some dated only by a wire dateline without a year), and its README and the pages README
count it as it is. Every set's labels are checked for form by tests/test_metadata_eval.py;
accuracy is never asserted: the figures go in the READMEs."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from bench import metadata_eval
from tests.page_set_specs import ORDER, WRITTEN_BLIND, WrittenBlind

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
# A wire dateline with a day and month but no year: "SEOUL, March 17 (Yonhap) --".
YEARLESS_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z]+(?:, [A-Z][A-Za-z .]+)?, )?"
                               r"[A-Z][a-z]{2,8}\.? \d{1,2} \([^)]+\) ?(?:--|—|–)",
                               re.MULTILINE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A date with its year, in any of the forms the sets print ("Nov. 12, 2019", "22 August 2019",
# "2020-08-24", "19/12/2011").
DATE_WITH_YEAR = re.compile(rf"\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b"
                            r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")


# read once a run: each set is compared with every set before it
@functools.cache
def _labels_of(name: str) -> dict:
    return json.loads((PAGES / name / "labels.json").read_text(encoding="utf-8"))


@functools.cache
def _texts_of(name: str) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8") for path in (PAGES / name).glob("*.txt"))


def _earlier(spec: WrittenBlind) -> tuple[str, ...]:
    return ORDER[:ORDER.index(spec.name)]


def _sets(where=lambda spec: True):
    return pytest.mark.parametrize("spec", [spec for spec in WRITTEN_BLIND if where(spec)],
                                   ids=lambda spec: spec.name)


@_sets()
def test_a_set_is_scored_by_default_once_read_and_only_when_named_while_blind(spec):
    folder = PAGES / spec.name
    assert (spec.name in metadata_eval.BLIND_SETS) == spec.blind
    assert (folder in metadata_eval.default_sets()) == (not spec.blind)


@_sets()
def test_every_page_follows_a_real_page_no_earlier_set_followed(spec):
    urls = [label["url"] for label in _labels_of(spec.name).values()]
    assert len(urls) == len(set(urls))
    earlier = {label["url"] for name in _earlier(spec) for label in _labels_of(name).values()}
    assert not set(urls) & earlier


@_sets()
def test_no_page_is_a_copy_of_an_earlier_page(spec):
    earlier = frozenset().union(*(_texts_of(name) for name in _earlier(spec)))
    for path in (PAGES / spec.name).glob("*.txt"):
        assert path.read_text(encoding="utf-8") not in earlier, path.name


@_sets()
def test_the_set_covers_the_story_in_every_period_and_stories_no_earlier_set_used(spec):
    labels = list(_labels_of(spec.name).values())
    assert len(labels) == spec.pages
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= spec.outlets
    stories = {label["story"] for label in labels}
    assert spec.periods <= stories
    others = {story for story in stories if story.startswith("other-")}
    assert len(others) >= spec.other_stories
    earlier_others = {label["story"] for name in _earlier(spec)
                      for label in _labels_of(name).values()}
    assert not others & earlier_others
    assert sum(label["story"].startswith("gsomia-") for label in labels) == spec.gsomia_pages


@_sets(lambda spec: spec.signing_and_crisis_share)
def test_a_good_share_of_the_story_is_the_2016_signing_and_the_2019_crisis(spec):
    stories = [label["story"] for label in _labels_of(spec.name).values()]
    assert sum(story.startswith("gsomia-2016-") for story in stories) >= 6
    assert sum(story.startswith("gsomia-2019-") for story in stories) >= 8


@_sets()
def test_some_pages_name_no_outlet_and_some_print_no_date(spec):
    labels = list(_labels_of(spec.name).values())
    assert sum(label["outlet"] is None for label in labels) in spec.unnamed
    assert sum(label["date"] is None for label in labels) in spec.undated


@_sets(lambda spec: spec.yearless_at_least)
def test_several_dated_pages_print_only_a_wire_dateline_without_a_year(spec):
    folder = PAGES / spec.name
    labels = _labels_of(spec.name)
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in labels}
    yearless = [name for name, label in labels.items()
                if label["date"] and YEARLESS_DATELINE.search(texts[name])
                and not DATE_WITH_YEAR.search(texts[name])]
    assert len(yearless) >= spec.yearless_at_least, yearless


@_sets()
def test_the_readmes_count_the_set_as_it_is(spec):
    labels = list(_labels_of(spec.name).values())
    outlets = len({label["outlet"][0] for label in labels if label["outlet"]})
    unnamed = sum(label["outlet"] is None for label in labels)
    undated = sum(label["date"] is None for label in labels)
    for readme in (PAGES / spec.name / "README.md", PAGES / "README.md"):
        text = readme.read_text(encoding="utf-8")
        assert f"{len(labels)} pages in the forms of {outlets} outlets" in text, readme
        assert f"{unnamed} pages name no outlet and {undated} print no date" in text, readme


def test_every_set_written_blind_is_listed_in_the_order_it_was_written():
    written = sorted((path.parent.name for path in PAGES.glob("holdout*/labels.json")
                      if path.parent.name not in ("holdout", "holdout2")),
                     key=lambda name: int(name.removeprefix("holdout")))
    assert [spec.name for spec in WRITTEN_BLIND] == written
