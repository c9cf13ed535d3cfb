"""Session 27's review, three things a newcomer met. `remove` lost the article for good and said
nothing of how to get it back: it is now kept whole, and `remove --undo ID` puts it back as it was.
In the edit dialog, `ctrl+u` followed at once by typing lost the first letters typed (the key's
binding ran after they were inserted). At 60 columns the search box's hint was cut mid-example.
Each was found wrong first, with what must not change beside it. Texts of our own."""

from __future__ import annotations

import json
import os

import pytest
from textual import events
from textual.widgets import Input

from conftest import rendered_screen, settle, wait_for
from corpus.library import data_root, load_corpus
from explorer.cli import main
from explorer.tui.dialogs.edit_facts import EditFactsScreen
from explorer.tui.widgets.search_box import PLACEHOLDERS, placeholder_for
from tests.test_app_edit import open_added_article
from tests.test_review_twenty_second import added_story


def meta_of(article_id: str) -> dict:
    return json.loads((data_root() / "articles" / article_id / "meta.json").read_text("utf-8"))


def test_remove_undo_puts_the_article_back_as_it_was(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["edit", article_id[:8], "--outlet", "Le Monde"]) == 0
    before = meta_of(article_id)
    assert main(["remove", article_id[:8]]) == 0
    capsys.readouterr()
    assert main(["search", "intelligence-sharing"]) == 0 and article_id[:16] not in capsys.readouterr().out
    assert main(["remove", "--undo", article_id[:8]]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == [f"put back {article_id[:8]}  Seoul and Tokyo move closer to an intelligence pact"
                    "  (with what you set with edit: outlet)"]
    assert meta_of(article_id) == before  # the edit and the day it was added come back too
    assert load_corpus().get(article_id[:8]).outlet_label == "Le Monde"
    assert main(["search", "intelligence-sharing"]) == 0
    assert capsys.readouterr().out.count(article_id[:16]) == 1  # the index follows
    assert not (data_root() / "removed" / article_id).exists()


def test_an_undo_with_nothing_to_put_back_says_why_in_one_line(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["remove", "--undo", article_id[:8]]) == 2  # never removed
    assert main(["remove", "--undo", "ab"]) == 2
    assert main(["remove", article_id[:8]]) == 0
    added_story(tmp_path)  # the same page added again: the removed copy cannot come back beside it
    capsys.readouterr()
    assert main(["remove", "--undo", article_id[:8]]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"gsomia-tui: article {article_id[:8]} is in the library again (added since): "
                   "nothing to put back"]
    assert (data_root() / "removed" / article_id / "meta.json").is_file()  # still kept


def test_a_remove_killed_half_way_keeps_the_article_when_whole_and_only_then(tmp_path, capsys):
    article_id = added_story(tmp_path)
    articles = data_root() / "articles"
    os.replace(articles / article_id, articles / f".removing-{article_id}")  # killed after the move
    assert main(["remove", "--undo", article_id[:8]]) == 0  # the remove is finished, then undone
    assert (articles / article_id / "text.txt").is_file()
    os.replace(articles / article_id, articles / f".removing-{article_id}")
    (articles / f".removing-{article_id}" / "text.txt").unlink()  # (an older version's partial rmtree)
    assert main(["remove", "--undo", article_id[:8]]) == 2
    assert not (data_root() / "removed" / article_id).exists()
    assert not (articles / f".removing-{article_id}").exists()


async def open_edit_dialog(app, pilot) -> EditFactsScreen:
    await settle(app, pilot)
    await open_added_article(app, pilot)
    await pilot.press("E")
    await pilot.pause()
    assert isinstance(app.screen, EditFactsScreen)
    return app.screen


def keys_in_one_read(app, *keys: str) -> None:
    for key in keys:  # queued at once, as a fast typist's keys over a laggy line
        character = key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


@pytest.mark.parametrize("keys, value", [
    (("ctrl+u", "L", "e"), "Le"),  # ctrl+u ran after the letters: it cleared them too
    (("ctrl+u", "L", "e", "home", "X"), "XLe"),
    (("ctrl+u", "L", "e", "left", "backspace", "X"), "Xe"),
])
async def test_editing_keys_and_text_in_one_read_apply_in_order(make_app, keys, value):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_edit_dialog(app, pilot)
        outlet = dialog.query_one("#edit-outlet", Input)
        assert app.focused is outlet
        keys_in_one_read(app, *keys)
        await pilot.pause(0.3)
        assert outlet.value == value


async def test_the_dialogs_own_keys_still_work_in_a_field(make_app):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_edit_dialog(app, pilot)
        keys_in_one_read(app, "ctrl+u", "tab", "2")
        await pilot.pause(0.3)
        assert dialog.query_one("#edit-outlet", Input).value == ""
        assert dialog.query_one("#edit-date", Input).value.endswith("2")
        await pilot.press("escape")  # a key no field binds goes on to the dialog
        await wait_for(pilot, lambda: not isinstance(app.screen, EditFactsScreen))


async def test_the_search_box_applies_ctrl_u_and_text_in_order(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"intel")
        await pilot.pause()
        box = app.screen.query_one("#query", Input)
        assert app.focused is box and box.value == "intel"
        keys_in_one_read(app, "ctrl+u", "p", "a")
        await pilot.pause(0.3)
        assert box.value == "pa"


@pytest.mark.parametrize("no_color", [True, False])
@pytest.mark.parametrize("size, shown", [
    ((60, 20), '/ to search: words, "a phrase", outlet:kbs, date:2016-11'),  # was cut after "2016-11,"
    ((80, 24), '/ to search: words, "a phrase", outlet:kbs, date:2016-11, headline:signed'),  # as before
])
async def test_the_search_hint_fits_the_box_whole(make_app, monkeypatch, no_color, size, shown):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert app.no_color is no_color
        text, _ = rendered_screen(app)
        assert text.splitlines()[0].strip() == shown
        app.screen.query_one("#query", Input).value = "pact"
        await pilot.pause()
        assert rendered_screen(app)[0].splitlines()[0].strip() == "pact"  # a query hides the hint


def test_each_width_gets_the_longest_hint_that_fits():
    for room in range(len(PLACEHOLDERS[-1]), 120):
        hint = placeholder_for(room)
        assert len(hint) <= room
        assert all(len(longer) > room for longer in PLACEHOLDERS if len(longer) > len(hint))
    assert placeholder_for(5) == "/ to search"
