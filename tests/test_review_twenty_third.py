"""Session 25's review of the rebuilt compare view and the palette's threaded matching, by a
demanding user: without colour (NO_COLOR) every card looked focused alike; a palette closed
while it turned busy left a watcher's coroutine never awaited. Each was found wrong first, with
what must not change beside it. Texts of our own."""

from __future__ import annotations

import re

import pytest
from textual.app import App
from textual.containers import HorizontalScroll
from textual.command import CommandList
from textual.content import Content
from textual.widgets import LoadingIndicator

from conftest import rendered_screen, settle, wait_for
from test_app_events import choose_event, multi_outlet_index
from explorer.tui.widgets.passage_card import PassageCard

SGR = re.compile(r"\x1b\[[0-9;]*m")


def card_top_borders(app) -> list[str]:
    """The top border row of each card as drawn (plain characters: without colour, the shape
    of a border is all that tells one card from another)."""
    text, _ = rendered_screen(app)
    row = next(line for line in text.splitlines() if line.count("─") + line.count("━") > 10)
    return re.findall(r"[╭┏][^╮┓]*[╮┓]", row)


async def open_compare(app, pilot) -> list[PassageCard]:
    await settle(app, pilot)
    await choose_event(app, pilot, multi_outlet_index(app.screen.timeline, 3))
    await pilot.press("c")
    await settle(app, pilot, rounds=3)
    return list(app.screen.query(".card"))


@pytest.mark.parametrize("no_color", [True, False])
async def test_the_focused_card_stands_out_without_colour_and_tab_moves_it(make_app, monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        cards = await open_compare(app, pilot)
        assert app.no_color is no_color and len(cards) >= 3
        borders = card_top_borders(app)
        assert [border[0] for border in borders] == ["┏", "╭", "╭"]  # only the focused card
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is cards[1]
        assert [border[0] for border in card_top_borders(app)] == ["╭", "┏", "╭"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"


class PaletteHarness(App):
    def on_mount(self) -> None:
        from explorer.tui.dialogs.palette import SafeCommandPalette

        self.push_screen(SafeCommandPalette())


async def test_a_palette_closed_as_it_turns_busy_leaves_no_coroutine_unawaited(recwarn):
    import gc

    app = PaletteHarness()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        palette = app.screen
        busy_shown = []
        for busy in (True, False):  # what must not change: the busy indicator shows and goes
            palette._show_busy = busy
            await pilot.pause()
            busy_shown.append((palette.query_one(LoadingIndicator).has_class("--visible"),
                               palette.query_one(CommandList).has_class("--populating")))
        assert busy_shown == [(True, True), (False, False)]
        await palette.dismiss()  # escape closes it (awaited: the palette is taken down) ...
        palette._show_busy = True  # ... as its busy timer fires
        await pilot.pause()
        assert app.screen is not palette
    del app, palette, pilot  # (an unawaited coroutine is reported when it is collected)
    gc.collect()
    assert not [str(w.message) for w in recwarn if "never awaited" in str(w.message)]


HOSTILE_PASSAGE = ("[bold]not bold[/] [@click=app.quit]x[/] "
                   "全角の日本語テキストが続きます한국어문장도있습니다 "
                   "عربي من اليمين إلى اليسار 🇰🇷🇯🇵 emoji " + "x" * 70 + " end")


class CardHarness(App):
    CSS = ".card { width: 31; height: 1fr; border: round $accent; padding: 0 1; }"

    def compose(self):
        with HorizontalScroll():
            yield PassageCard((Content("Outlet"),), Content(HOSTILE_PASSAGE * 2), classes="card")


async def test_hostile_passage_text_wraps_within_the_card_as_data():
    """(fine already: kept) wide characters measured in cells, a long word folded, markup shown."""
    app = CardHarness()
    async with app.run_test(size=(60, 20)) as pilot:
        card = app.query_one(PassageCard)
        await wait_for(pilot, lambda: card.wrapped_width == card.scrollable_content_region.width > 0)
        width = card.scrollable_content_region.width
        assert max(line.cell_length for line in card.lines) <= width
        assert "".join(line.plain for line in card.lines).count("x" * 20) >= 6  # folded, not cut
        assert all(card.render_line(y).cell_length == width for y in range(card.size.height))
        text, _ = rendered_screen(app)
        assert "[bold]not bold[/]" in text and "[@click=app.quit]x[/]" in text
        assert app.is_running


async def test_a_palette_taken_down_before_its_no_matches_countdown_ends_does_not_crash():
    # Session 26: the monkey (seed 20161123, under load) closed a palette between a search that
    # found nothing and the end of its half-second countdown: the list was gone (`NoMatches`).
    app = PaletteHarness()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        palette = app.screen
        palette._start_no_matches_countdown("zzzz")  # what must not change: the notice shows
        await pilot.pause(palette._NO_MATCHES_COUNTDOWN + 0.3)
        assert palette.query_one(CommandList).get_option(palette._NO_MATCHES).disabled
        palette._start_no_matches_countdown("qqqq")
        await palette.query_one(CommandList).remove()  # the palette half taken down ...
        await pilot.pause(palette._NO_MATCHES_COUNTDOWN + 0.3)  # ... as its countdown ends
    assert app.return_code in (None, 0)
