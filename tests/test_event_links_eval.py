"""bench.event_links_eval: how well pages are linked to the listed events, per folder or half."""

from __future__ import annotations

import json
from pathlib import Path

from bench.event_links_eval import folder_pages, in_half, known_event_ids, main, score_folder

DEV2 = Path(__file__).parent / "fixtures" / "pages" / "dev2"


def test_the_two_halves_of_a_folder_add_up_to_the_whole():
    known = known_event_ids(None)
    whole, odd, even = (score_folder(DEV2, known, half) for half in (None, "odd", "even"))
    assert (odd.pages, even.pages) == (7, 6) and odd.pages + even.pages == whole.pages
    for field in ("labelled", "made", "right"):
        assert getattr(odd, field) + getattr(even, field) == getattr(whole, field)
    assert all(in_half(page, "odd") for page, _, _ in odd.missed)
    assert in_half("012_x.txt", "even") and not in_half("012_x.txt", "odd") and not in_half("labels.json", "odd")


def test_the_command_names_the_half_it_scored(capsys):
    assert main([str(DEV2), "--half", "even", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["folder"] == "dev2 (even half)" and record["pages"] == 6
    assert main([str(DEV2 / "no-such-folder")]) == 2


def test_undated_drops_the_date_the_intake_finds_and_keeps_the_text(capsys):
    labels = json.loads((DEV2 / "labels.json").read_text(encoding="utf-8"))
    dated, undated = folder_pages(DEV2, labels), folder_pages(DEV2, labels, undated=True)
    assert any(article.date for article in dated.values())
    assert not any(article.date or article.date_precision for article in undated.values())
    assert all(undated[name].clean_text == article.clean_text for name, article in dated.items())
    assert main([str(DEV2), "--undated", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["folder"] == "dev2 (as if undated)"
