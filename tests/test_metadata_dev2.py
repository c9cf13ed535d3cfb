"""Extra page openings in the forms of public pages outside the development set
(tests/fixtures/pages/dev2, same conventions as the set's README): each page has a label,
each furniture line is a line of its page, and the intake finds what the labels say with
no wrong outlet or date (the figures go in the README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.formats import Received
from corpus.library import describe_received

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages" / "dev2"
LABELS = json.loads((PAGES / "labels.json").read_text(encoding="utf-8"))


def test_every_page_has_a_label_and_its_furniture_is_its_own():
    assert {path.name for path in PAGES.glob("*.txt")} == set(LABELS)
    for name, label in LABELS.items():
        lines = {line.strip() for line in (PAGES / name).read_text(encoding="utf-8").splitlines()}
        assert all(line.strip() in lines for line in label["furniture"]), name
        assert label["follows"] == "form and furniture follow this page; prose rewritten"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_wrong_outlet_or_date(name, tmp_path, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_CONFIG", str(tmp_path))
    path = PAGES / name
    known = describe_received(Received(path.read_text(encoding="utf-8")), {},
                              name, path)
    label = LABELS[name]
    outlets = [n.casefold() for n in label["outlet"] or ()]
    assert known.get("outlet") is None or known["outlet"].casefold() in outlets
    assert known.get("date") is None or known["date"] == label["date"]
