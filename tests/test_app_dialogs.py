"""Help, the command palette (and its burst crash), quitting."""

from __future__ import annotations

import asyncio

import pytest
from conftest import settle
from textual import events
from textual.command import CommandPalette

from explorer.tui.app import GsomiaApp
from explorer.tui.dialogs.help import HelpScreen
from explorer.tui.screens.main import MainScreen
from explorer.tui.widgets.event_list import EventList
from explorer.tui.widgets.results_list import ResultsList
from explorer.tui.widgets.search_box import SearchBox
from explorer.tui.widgets.source_pane import SourcePane


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_every_binding_and_the_clipboard(make_app, key):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for owner in (GsomiaApp, MainScreen, SearchBox, ResultsList, EventList, SourcePane):
            for binding in owner.BINDINGS:
                if binding.description:
                    assert binding.description in text, binding
        for keys in ("/", "[", "]", "? / f1", "n", "N", "tab", "shift+tab", "ctrl+p", "ctrl+y"):
            assert f"  {keys} " in text, keys
        assert "OSC 52" in text and "SSH" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def choose(app, pilot, *keys: str) -> None:
    """Type into the palette, let its search finish, then take the first command."""
    await pilot.press(*keys)
    await settle(app, pilot)
    await pilot.press("enter")


async def test_palette_goes_to_an_event_an_article_and_an_outlet(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        main = app.screen
        event = [e for e in main.timeline.events if e.coverage][-1]  # the 2019 events: no bundled coverage
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await choose(app, pilot, *"event", *max(event.title.split(), key=len).lower())
        await settle(app, pilot)
        assert app.screen is main and main.stops.event is event
        assert event.title in str(main.source.border_title)

        article = main.engine.corpus.articles[3]  # "Korea and Japan will ink military agreement"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await choose(app, pilot, *"ink mil")
        await settle(app, pilot)
        assert main.source.view.article is article

        outlet_id, label = main.engine.corpus.outlets()[1]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await choose(app, pilot, *f"outlet {label[:5]}")
        await settle(app, pilot)
        assert main.outlet_id == outlet_id
        ids = {main.engine.corpus.get(main.results.get_option_at_index(i).id).outlet_id
               for i in range(main.results.option_count)}
        assert ids == {outlet_id}


async def test_burst_of_ctrl_p_and_page_keys_does_not_crash(make_app):
    """Keys that arrive in one read (laggy SSH) are not spaced out by Pilot's idle waits."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        burst = ["ctrl+p", "pageup", "pagedown", "pagedown", "escape", "pageup", "pagedown",
                 "tab", "pagedown", "pageup"] * 10
        for n, key in enumerate(burst, start=1):
            app.post_message(events.Key(key, None))  # straight to the app, as the driver does
            if n % 40 == 0:
                await asyncio.sleep(0)
        await pilot.pause()
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.is_running and app.return_code is None


async def test_q_quits_with_status_zero(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
