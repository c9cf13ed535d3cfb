"""The second, blind held-out set of page forms: its labels are checked for form and consistency.

The same rules as the first set (tests/test_metadata_eval.py on the devset branch): every page has
a label and every label a page, dates and event ids are valid and not later than the page, and
every furniture line is a line of its page. Accuracy is never asserted here: the lead measures it.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "pages" / "holdout2"
EVENT_DATES = {event["id"]: event["date"] for event in
               json.loads((ROOT / "corpus" / "events.json").read_text(encoding="utf-8"))["events"]}
FIELDS = {"url", "follows", "story", "outlet", "date", "events", "furniture"}
FOLLOWS = "form and furniture follow this page; prose rewritten"


def _labels() -> dict:
    return json.loads((FOLDER / "labels.json").read_text(encoding="utf-8"))


LABELS = _labels()


def test_every_page_is_labelled_and_every_label_has_its_page():
    pages = {path.name for path in FOLDER.glob("*.txt")}
    assert pages == set(LABELS)
    for name in pages:
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", name), name


def test_page_numbers_are_unique():
    numbers = [name[:3] for name in LABELS]
    assert len(numbers) == len(set(numbers))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_a_label_is_well_formed(name):
    label = LABELS[name]
    assert set(label) == FIELDS
    assert re.match(r"https?://\S+$", label["url"])
    assert label["follows"] == FOLLOWS
    assert re.fullmatch(r"(gsomia|other)-[a-z0-9-]+", label["story"])
    outlet = label["outlet"]
    assert outlet is None or (outlet and all(isinstance(n, str) and n.strip() for n in outlet))
    if label["date"] is not None:
        _assert_valid_date(label["date"])
    assert set(label["events"]) <= set(EVENT_DATES)
    for event in label["events"]:  # a page cannot report what had not yet happened
        event_date = EVENT_DATES[event]
        assert label["date"] is None or label["date"][:len(event_date)] >= event_date, event
    if label["story"].startswith("other-"):
        assert label["events"] == []
    text = (FOLDER / name).read_text(encoding="utf-8")
    assert len(text) <= 2000, "a page opening is up to about 1,500 characters"
    lines = {line.strip() for line in text.splitlines()}
    for line in label["furniture"]:
        assert line.strip() in lines, f"furniture {line!r} is not a line of {name}"
    assert len(label["furniture"]) == len(set(label["furniture"])), "a furniture line twice"


def _assert_valid_date(value: str) -> None:
    if len(value) == 7:
        datetime.date.fromisoformat(value + "-01")
    else:
        assert len(value) == 10
        datetime.date.fromisoformat(value)


@pytest.mark.parametrize("value", ["2019-02-30", "2019-13", "22/08/2019", "2019-8-22"])
def test_the_date_check_rejects_a_bad_date(value):
    with pytest.raises((AssertionError, ValueError)):
        _assert_valid_date(value)


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
