"""The mouse does what the keys do (issue 17): a click on a result opens it, on an event shows
its passage, on a footer key runs it, on a covered matrix cell jumps there; the wheel scrolls."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from conftest import settle
from explorer.tui.dialogs.matrix import MatrixScreen
from explorer.tui.widgets.event_list import EventList
from explorer.tui.widgets.results_list import ResultsList

SIZES = [(80, 24), (60, 20)]


async def click(app, pilot, widget, offset=(2, 0)) -> None:
    await pilot.click(widget, offset=offset)
    await settle(app, pilot)


@pytest.mark.parametrize("size", SIZES)
async def test_a_click_on_a_result_opens_it(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        results = app.screen.query_one(ResultsList)
        assert results.option_count >= 2 and results.highlighted == 0
        await click(app, pilot, results, offset=(2, 1))  # one line a result
        assert results.highlighted == 1
        assert app.screen.source.view.article.id == results.highlighted_id
        assert app.focused is app.screen.source  # as enter does


@pytest.mark.parametrize("size", SIZES)
async def test_a_click_on_an_event_shows_its_passage(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        event_list = app.screen.query_one(EventList)
        await click(app, pilot, event_list, offset=(2, 1))
        assert event_list.highlighted == 1
        event = app.screen.timeline.events[1]
        assert event.title in str(app.screen.source.border_title)


@pytest.mark.parametrize("size", SIZES)
async def test_a_click_on_a_footer_key_runs_it(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        before = app.focused
        tab = next(key for key in app.screen.query(FooterKey) if key.action == "app.focus_next")
        await click(app, pilot, tab, offset=(0, 0))
        assert app.focused is not before


async def test_a_click_on_a_covered_matrix_cell_jumps_to_its_passage(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        matrix = app.screen
        assert isinstance(matrix, MatrixScreen)
        table = matrix.query_one(DataTable)
        row, column = next((r, c) for r, row_key in enumerate(table.rows)
                           for c, column_key in enumerate(table.columns)
                           if matrix.matrix.get(row_key.value, {}).get(column_key.value))
        table.move_cursor(row=row, column=column, animate=False)
        await pilot.pause()
        region = table._get_cell_region(table.cursor_coordinate)
        offset = (region.x - int(table.scroll_x) + 1, region.y - int(table.scroll_y))
        await click(app, pilot, table, offset=offset)
        assert not isinstance(app.screen, MatrixScreen)
        assert app.screen.source.view is not None and app.screen.source.view.focus_passage


async def test_the_wheel_scrolls_the_source_pane(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        source = app.screen.source
        start = source.scroll_y
        for _ in range(3):
            source.post_message(events.MouseScrollDown(source, 2, 2, 0, 0, 0, False, False,
                                                       False, screen_x=50, screen_y=10))
        await settle(app, pilot)
        assert source.scroll_y > start
