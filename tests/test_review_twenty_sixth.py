"""Session 26's review, a newcomer's whole session in a real terminal on a loaded machine, by a
demanding user. Two keys of the event list that arrived before the first's highlight was handled
(a busy machine, laggy SSH) set the highlight back and forth for good: each stale "highlighted"
moved the list back to its event, which posted another, so the source pane was redrawn without
end and `]` was undone at once. In compare, a mouse selection was copied only by a hidden
`ctrl+c` that said nothing, and `y` did nothing. Each was found wrong first, with what must not
change beside it."""

from __future__ import annotations

from conftest import settle
from test_app_events import multi_outlet_index
from explorer.tui.widgets.event_list import EventList


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
