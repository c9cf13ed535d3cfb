"""The explorer's views of what each outlet added: `e` export, `t` trend, `w` shared passages,
by keyboard at 80x24 and 60x20."""

from __future__ import annotations

import pytest
from conftest import rendered_screen, settle, wait_for

from explorer.tui.dialogs.compare import CompareScreen
from explorer.tui.dialogs.export import ExportScreen
from explorer.tui.dialogs.shared import SharedScreen
from explorer.tui.dialogs.trend import TrendScreen
from explorer.tui.screens.main import MainScreen

SIZES = [(80, 24), (60, 20)]


async def search(app, pilot, text: str) -> None:
    await pilot.press("slash", *text)
    await settle(app, pilot)
    await pilot.press("escape")
    await pilot.pause()


def screen_text(app) -> str:
    return rendered_screen(app)[0]


@pytest.mark.parametrize("size", SIZES)
async def test_e_exports_the_results_on_screen(make_app, size, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nagamine")
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.query_one("#export-path").value == "gsomia-search-nagamine.md"
        assert "Export 2 passages from 2 articles" in screen_text(app)
        await pilot.press("ctrl+u", *"cited.csv", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    written = (tmp_path / "cited.csv").read_text(encoding="utf-8").splitlines()
    assert written[0].startswith("outlet,date,headline") and len(written) == 3
    assert all("Nagamine" in line for line in written[1:])


async def test_export_never_replaces_a_file_without_a_second_enter(make_app, tmp_path,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.md").write_text("my notes", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nagamine")
        await pilot.press("e", "ctrl+u", *"notes.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert "exists: press enter again to replace it" in screen_text(app)
        assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "my notes"
        await pilot.press("ctrl+u", *"notes.txt", "enter")
        await pilot.pause()
        assert "End the file name in .md, .csv or .json" in screen_text(app)
        await pilot.press("ctrl+u", *"notes.md", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert (tmp_path / "notes.md").read_text(encoding="utf-8").startswith("# Search: Nagamine")


async def test_escape_cancels_an_export(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nagamine")
        await pilot.press("e", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert list(tmp_path.iterdir()) == []


async def test_e_in_the_compare_view_exports_the_event(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        main = app.screen
        event = next(e for e in main.timeline.events if len(e.outlet_ids) >= 2)
        main.go_to_event(event.id)
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert [(r.article_id, r.passage) for r in dialog.rows] == [
            (c.article_id, c.passage) for c in event.coverage]
        await pilot.press("ctrl+u", *"event.json", "enter")
        await pilot.pause()
    assert len((tmp_path / "event.json").read_text(encoding="utf-8").splitlines()) == len(
        event.coverage)


@pytest.mark.parametrize("size", SIZES)
async def test_t_shows_the_searchs_articles_over_time(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Japan")
        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.screen, TrendScreen)
        text = screen_text(app)
        assert "Articles per month" in text and "Nov 2016" in text and "Jun 2012" in text
        nov = next(line for line in text.splitlines() if "Nov 2016" in line)
        assert "█" in nov and nov.rstrip().endswith("3")
        await pilot.press("i")
        await settle(app, pilot)
        assert "week of 21 Nov 2016" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_w_shows_what_the_article_shares_with_other_outlets(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Nagamine")
        app.screen.show_article("e2bd46779e3cb77d")
        await pilot.press("w")
        await wait_for(pilot, lambda: "also in" in screen_text(app))
        assert isinstance(app.screen, SharedScreen)
        text = screen_text(app)
        assert "of its text is carried by others" in text and "unknown (81cfaf9f)" in text
        await pilot.press("o")
        await pilot.pause()
        text = screen_text(app)
        assert "Its own reporting: 8 of 10 passages" in text and "¶1 Seoul and Tokyo" in text
        assert "also in" not in text
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_the_views_say_why_they_cannot_open(make_app):
    app = make_app()
    said = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.notify = lambda message, **_: said.append(message)
        await search(app, pilot, "zzzzqqq")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert said == ["Nothing to export yet: search, or choose an event"]


async def test_untrusted_titles_and_file_names_stay_text(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        hostile = "[@click=app.quit]x[/] [b]"
        app.push_screen(ExportScreen((), hostile, "a.md"))
        await pilot.pause()
        assert hostile in screen_text(app)
        await pilot.press("ctrl+u", *"[b]x[i].md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.return_code is None
    assert (tmp_path / "[b]x[i].md").read_text(encoding="utf-8").startswith("# \\[@click=app.quit\\]")


@pytest.mark.parametrize("size", SIZES)
async def test_quotes_view_lists_each_quote_once_and_enter_reads_it(make_app, size):
    from explorer.tui.dialogs.quotes import QuotesScreen

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("quotation_mark")
        await settle(app, pilot)
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen)
        first = quotes.shown()[0]
        assert set(first.outlets) == {"The Korea Herald", "KBS World Radio"}
        assert "The Korea Herald, KBS World Radio" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert quotes.shown()[0].speaker == "Antony Blinken"  # alphabetical by speaker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        view = app.screen.source.view
        assert view.article.id == "90dd09783d8c4acf" and view.focus_passage == 10
        quoted = view.article.clean_text[view.spans[0].start:view.spans[0].end]
        assert quoted.startswith("We will not accept North Korea")


async def test_quotes_of_the_chosen_event_first(make_app):
    from explorer.tui.dialogs.quotes import QuotesScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.screen.go_to_event("us-welcomes")
        await pilot.pause()
        await pilot.press("quotation_mark")
        await settle(app, pilot)
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen) and quotes.event_only
        everything = len(quotes.groups)
        assert 0 < len(quotes.shown()) < everything
        await pilot.press("v")
        assert len(quotes.shown()) == everything
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
