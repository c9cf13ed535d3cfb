"""`E` in the explorer corrects what was found of the article in the source pane, as
`gsomia-tui edit` does: kept as "set by you", then shown after the reload (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import settle
from corpus.library import add_paths, data_root, load_corpus
from explorer.tui.dialogs.edit_facts import EditFactsScreen

LATIN1 = Path(__file__).parent / "fixtures" / "ingest" / "latin1.txt"  # no outlet, no date


async def open_added_article(app, pilot) -> str:
    [outcome] = add_paths([LATIN1], {}, load_corpus())
    await settle(app, pilot)
    app.screen.go_to_article(outcome.article.id)
    await settle(app, pilot)
    return outcome.article.id


async def replace_field(pilot, screen, field: str, value: str) -> None:
    screen.query_one(f"#edit-{field}", Input).value = value
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_e_sets_outlet_and_date_kept_as_set_by_you(make_app, size):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        article_id = await open_added_article(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditFactsScreen)
        field = dialog.query_one("#edit-date", Input)
        assert field.region.height >= 1 and field.region.bottom <= size[1]  # all on screen
        await replace_field(pilot, dialog, "outlet", "Le Monde")
        await replace_field(pilot, dialog, "date", "2016-11-23")
        dialog.query_one("#edit-outlet", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot, rounds=3)
        assert not isinstance(app.screen, EditFactsScreen)
        meta = json.loads((data_root() / "articles" / article_id / "meta.json").read_text())
        assert meta["set_by_you"] == {"outlet": "Le Monde", "date": "2016-11-23"}
        article = app.screen.engine.corpus.get(article_id)
        assert (article.outlet, article.date) == ("Le Monde", "2016-11-23")


async def test_a_bad_date_is_one_line_in_the_dialog_and_nothing_is_saved(make_app):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        article_id = await open_added_article(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        await replace_field(pilot, dialog, "date", "2016-02-30")
        dialog.query_one("#edit-date", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        problem = str(dialog.query_one("#edit-problem").render())
        assert "2016-02-30" in problem and "\n" not in problem.strip()
        meta = json.loads((data_root() / "articles" / article_id / "meta.json").read_text())
        assert "set_by_you" not in meta
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EditFactsScreen)


async def test_a_bundled_article_is_not_edited(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # the first result, a bundled article, into the source pane
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        assert not isinstance(app.screen, EditFactsScreen)
        assert any("bundled articles are not edited" in str(n.message)
                   for n in app._notifications)


async def test_markup_in_the_facts_is_shown_as_text(make_app, tmp_path):
    hostile = tmp_path / "hostile.md"
    hostile.write_text("---\ntitle: '[@click=app.quit]Pact[/] [b]signed'\n---\n"
                       "Seoul and Tokyo signed the intelligence pact on Wednesday, officials "
                       "said, after years of talks.\n", encoding="utf-8")
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        [outcome] = add_paths([hostile], {}, load_corpus())
        await settle(app, pilot)
        app.screen.go_to_article(outcome.article.id)
        await settle(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        headline = app.screen.query_one("#edit-headline", Input).value
        assert headline == "[@click=app.quit]Pact[/] [b]signed"
