"""The event list, `[` / `]` between outlets, compare and the coverage matrix, by keyboard."""

from __future__ import annotations

import sys

import pytest
from textual.content import Content
from textual.widgets import DataTable

from conftest import settle
from explorer.tui.dialogs.compare import CompareScreen
from explorer.tui.dialogs.matrix import NOT_COVERED, MatrixScreen
from explorer.tui.render import date_label
from explorer.tui.screens.main import MainScreen
from explorer.tui.widgets.event_list import EventList

SIZES = [(80, 24), (60, 20)]


def multi_outlet_index(timeline, at_least=2):
    return next(i for i, e in enumerate(timeline.events) if len(e.outlet_ids) >= at_least)


async def choose_event(app, pilot, index: int) -> None:
    """Tab to the event list (its first row is highlighted), move to row `index`, enter."""
    await pilot.press("tab")
    assert isinstance(app.focused, EventList)
    assert app.focused.highlighted == 0
    await pilot.press(*["down"] * index, "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
async def test_choosing_an_event_shows_its_first_covering_passage(make_app, size):
    seen = []
    app = make_app()
    async with app.run_test(size=size, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.screen
        timeline = screen.timeline
        index = multi_outlet_index(timeline)
        event = timeline.events[index]
        await choose_event(app, pilot, index)
        assert screen.events.highlighted == index
        assert app.focused is screen.source
        chosen = [m.event_id for m in seen if isinstance(m, EventList.EventChosen)]
        assert chosen and set(chosen) == {event.id}
        first = event.first_by_outlet()[0]
        view = screen.source.view
        assert view.article.id == first.article_id and view.focus_passage == first.passage
        assert view.spans == first.spans
        status = screen.source.status_text
        count = len(event.outlet_ids)
        assert f"outlet 1/{count}: {first.outlet_label} · first" in status  # it reported first
        assert event.title in str(screen.source.border_title)
        line = screen.source.line_of(first.start)
        assert line is not None
        # the passage's first line is on screen
        body = screen.source.query_one("#source-body")
        top = body.virtual_region.y + line - int(screen.source.scroll_y)
        assert 0 <= top < screen.source.scrollable_content_region.height


async def test_brackets_step_through_outlets_and_wrap(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        index = multi_outlet_index(screen.timeline)
        event = screen.timeline.events[index]
        stops = event.first_by_outlet()
        await choose_event(app, pilot, index)
        labels = []
        for _ in range(len(stops)):
            await pilot.press("right_square_bracket")
            labels.append(screen.source.status_text)
        expected = [f"outlet {(i % len(stops)) + 1}/{len(stops)}: {stops[i % len(stops)].outlet_label}"
                    for i in range(1, len(stops) + 1)]
        assert [e in s for e, s in zip(expected, labels)] == [True] * len(stops)
        assert screen.source.view.article.id == stops[0].article_id  # wrapped to the first
        await pilot.press("left_square_bracket")
        last = stops[-1]
        assert f"outlet {len(stops)}/{len(stops)}: {last.outlet_label}" in screen.source.status_text
        assert screen.source.view.focus_passage == last.passage


async def test_an_event_covered_by_one_outlet_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        singles = [i for i, e in enumerate(screen.timeline.events) if len(e.outlet_ids) == 1]
        if not singles:
            pytest.skip("the timeline has no event covered by a single outlet")
        event = screen.timeline.events[singles[0]]
        await choose_event(app, pilot, singles[0])
        only = event.first_by_outlet()[0].outlet_label
        assert f"only {only} covers this event" in screen.source.status_text
        await pilot.press("right_square_bracket")
        assert f"only {only} covers this event" in screen.source.status_text


async def test_brackets_do_nothing_before_an_event_is_chosen(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = app.screen.source.view
        await pilot.press("right_square_bracket", "c")
        assert app.screen.source.view is before
        assert isinstance(app.screen, MainScreen)
        active = {b.binding.id for b in app.screen.active_bindings.values()
                  if b.enabled}
        assert "next_outlet" not in active and "compare" not in active


@pytest.mark.parametrize("size,side_by_side", [((80, 24), True), ((60, 20), False)])
async def test_compare_shows_every_outlet_labelled(make_app, size, side_by_side):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        main = app.screen
        index = multi_outlet_index(main.timeline)
        event = main.timeline.events[index]
        await choose_event(app, pilot, index)
        await pilot.press("c")
        await settle(app, pilot, rounds=3)  # the cards are read, then wrapped, in workers
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        cards = list(compare.query(".card"))
        assert len(cards) == len(event.outlet_ids) and app.focused is cards[0]
        for card, outlet_id in zip(cards, event.outlet_ids):
            first = next(c for c in event.coverage if c.outlet_id == outlet_id)
            title = str(card.border_title)
            assert first.outlet_label in title
            report = next(r for r in event.reports() if r.outlet_id == outlet_id)
            lag = "first" if report.lag_days == 0 else f"+{report.lag_days} d"
            # the date (without its year where the card is narrow), the lag, then the whole outlet
            plain = Content.from_markup(title).plain
            assert plain.endswith(first.outlet_label)
            if " · " in plain:  # (a card of 20 columns has room for the outlet alone)
                assert plain.startswith((date_label(first.article_date)[:6], lag))
                assert plain.endswith(f"{lag} · {first.outlet_label}")
            passage_text = main.engine.corpus.get(first.article_id).passage(first.passage).text
            assert passage_text[:30] in card.text.plain
            assert card.lines and max(line.cell_length for line in card.lines) <= card.wrapped_width
        regions = [card.region for card in cards]
        if side_by_side:
            assert len({r.y for r in regions}) == 1 and all(r.width >= 20 for r in regions)
        else:
            assert len({r.x for r in regions}) == 1 and regions[0].y < regions[1].y
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main


@pytest.mark.parametrize("size", SIZES)
async def test_matrix_marks_coverage_and_enter_jumps_to_the_passage(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        main = app.screen
        timeline = main.timeline
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        table = app.screen.query_one(DataTable)
        assert app.focused is table
        assert table.row_count == len(timeline.events)
        assert len(table.columns) == len(timeline.outlets)
        matrix = timeline.matrix()
        row, col = next((r, c) for r, e in enumerate(timeline.events)
                        for c, (oid, _) in enumerate(timeline.outlets) if oid not in matrix[e.id])
        assert str(table.get_cell_at((row, col))) == NOT_COVERED
        # no event chosen: the cursor starts on the first event, at its first covering outlet
        first = [c for c, (oid, _) in enumerate(timeline.outlets)
                 if oid in matrix[timeline.events[0].id]]
        assert table.cursor_coordinate == (0, first[0] if first else 0)
        await pilot.press(*["left"] * len(timeline.outlets))
        await pilot.press(*["down"] * row, *["right"] * col, "enter")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)  # an empty cell stays put
        row, col = next((r, c) for r, e in enumerate(timeline.events)
                        for c, (oid, _) in enumerate(timeline.outlets) if oid in matrix[e.id])
        await pilot.press(*["up"] * len(timeline.events), *["left"] * len(timeline.outlets))
        await pilot.press(*["down"] * row, *["right"] * col, "enter")
        await pilot.pause()
        assert app.screen is main
        event = timeline.events[row]
        outlet_id = timeline.outlets[col][0]
        item = matrix[event.id][outlet_id][0]
        assert main.source.view.article.id == item.article_id
        assert main.source.view.focus_passage == item.passage
        assert app.focused is main.source


async def test_missing_timeline_module_is_a_visible_state(make_app, monkeypatch):
    monkeypatch.setitem(sys.modules, "index.timeline", None)  # import raises ImportError
    app = make_app(build_timeline=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events = app.screen.events
        assert events.option_count == 1 and events.disabled
        assert "event list unavailable" in str(events.get_option_at_index(0).prompt)
        await pilot.press("m")
        assert isinstance(app.screen, MainScreen)  # no matrix without events
        assert app.screen.results.option_count == 5  # search still works


async def test_a_failing_timeline_builder_does_not_crash_the_app(make_app):
    def broken(engine):
        raise RuntimeError("[/] boom")

    app = make_app(build_timeline=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events = app.screen.events
        assert "event list unavailable: RuntimeError: [/] boom" in str(
            events.get_option_at_index(0).prompt)
