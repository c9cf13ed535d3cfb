"""Session 26's review, a newcomer's whole session in a real terminal on a loaded machine, by a
demanding user. Two keys of the event list that arrived before the first's highlight was handled
(a busy machine, laggy SSH) set the highlight back and forth for good: each stale "highlighted"
moved the list back to its event, which posted another, so the source pane was redrawn without
end and `]` was undone at once. In compare, a mouse selection was copied only by a hidden
`ctrl+c` that said nothing, and `y` did nothing. Each was found wrong first, with what must not
change beside it."""

from __future__ import annotations

import pytest
from textual.geometry import Offset
from textual.selection import Selection

from conftest import settle, wait_for
from test_app_events import choose_event, multi_outlet_index
from explorer.tui.dialogs.compare import CompareScreen
from explorer.tui.widgets.event_list import EventList
from explorer.tui.widgets.passage_card import PassageCard


async def highlights_seen_while_idle(app, pilot, seen, seconds=0.5) -> int:
    before = sum(isinstance(m, EventList.EventHighlighted) for m in seen)
    await pilot.pause(seconds)
    return sum(isinstance(m, EventList.EventHighlighted) for m in seen) - before


async def test_two_highlights_in_one_read_settle_on_the_last(make_app):
    seen = []
    app = make_app()
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("tab")
        events = app.focused
        assert isinstance(events, EventList)
        index = multi_outlet_index(screen.timeline)
        events.highlighted = index + 1 if index == 0 else index - 1  # both before either message
        events.highlighted = index  # is handled, as keys arriving in one read
        await pilot.pause(0.3)
        assert await highlights_seen_while_idle(app, pilot, seen) == 0
        assert events.highlighted == index
        assert screen.stops.event.id == screen.timeline.events[index].id
        await pilot.press("right_square_bracket")
        await pilot.pause(0.3)
        assert screen.stops.index == 1  # `]` is not undone by a late highlight


async def test_one_highlight_at_a_time_shows_each_event(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("tab")
        shown = []
        for _ in range(3):
            await pilot.press("down")
            await pilot.pause()
            shown.append(screen.stops.event.id)
        assert shown == [event.id for event in screen.timeline.events[1:4]]


async def open_compare(app, pilot):
    await settle(app, pilot)
    await choose_event(app, pilot, multi_outlet_index(app.screen.timeline))
    await pilot.press("c")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, CompareScreen)
    await wait_for(pilot, lambda: isinstance(app.focused, PassageCard))
    return screen, app.focused


def toasts(app) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


@pytest.fixture
def clipboard_reachable(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TMUX", raising=False)


async def test_y_in_compare_copies_the_selection_else_the_focused_card(make_app, clipboard_reachable):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen, card = await open_compare(app, pilot)
        assert "copy_compare" in {b.binding.id for b in screen.active_bindings.values()}  # in the footer
        await pilot.press("y")
        outlet = card.captions[0].plain
        assert app.clipboard == f"{outlet}\n\n{card.text.plain}"
        assert any(toast.startswith("The card's passages sent") for toast in toasts(app))
        first_line = card.text.plain.split("\n")[0]
        screen.selections = {card: Selection(Offset(0, 0), Offset(len(first_line), 0))}
        await pilot.press("y")
        assert app.clipboard == first_line
        assert any(toast.startswith("The selected text sent") for toast in toasts(app))


async def test_ctrl_c_on_a_selection_says_it_copied_and_without_one_still_says_how_to_quit(
        make_app, clipboard_reachable):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen, card = await open_compare(app, pilot)
        await pilot.press("ctrl+c")
        assert app.clipboard == "" and not any("sent" in toast for toast in toasts(app))
        assert isinstance(app.screen, CompareScreen)  # ctrl+c never quits (it says how)
        screen.selections = {card: Selection(Offset(0, 0), Offset(5, 0))}
        await pilot.press("ctrl+c")
        assert app.clipboard == card.text.plain[:5]
        assert any(toast.startswith("The selected text sent") for toast in toasts(app))


async def test_compare_says_when_a_copy_cannot_arrive(make_app, monkeypatch):
    monkeypatch.setenv("TERM", "linux")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _ = await open_compare(app, pilot)
        await pilot.press("y")
        assert app.clipboard == ""
        assert any(toast.startswith("Not copied: this terminal (TERM=linux)")
                   and f"gsomia-tui events {screen.event.id}" in toast for toast in toasts(app))
