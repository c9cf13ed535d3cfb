"""Issue 17's bugs, each at 80x24 and 60x20: what a first session tripped over."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from conftest import rendered_screen, settle
from explorer.tui.dialogs.matrix import MatrixScreen
from explorer.tui.widgets.event_list import EventList

SIZES = [(80, 24), (60, 20)]
TIMES = Path(__file__).parent / "fixtures" / "ingest" / "times.md"


def screen_lines(app) -> list[str]:
    return rendered_screen(app)[0].split("\n")


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("size", SIZES)
async def test_the_active_outlet_filter_is_seen_on_screen(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        facets = screen.outcome.facets
        for _ in facets:  # to the last outlet: the one a wrapped bar used to cut
            await pilot.press("o")
            await settle(app, pilot)
        outlet_id, label, _ = facets[-1]
        assert screen.outlet_id == outlet_id
        facet_line = screen_lines(app)[screen.query_one("#facets").region.y]
        assert label[:10] in facet_line  # the bar moved along to show the active outlet
        title = str(screen.query_one("#results-pane").border_title)
        assert label[:8] in title
        status = str(screen.query_one("#search-status").render())
        assert label in status


@pytest.mark.parametrize("size", SIZES)
async def test_y_copies_the_passage_on_screen(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        copied = []
        app.copy_to_clipboard = copied.append
        await pilot.press("enter", "pagedown", "pagedown")
        await pilot.pause()
        source = app.screen.source
        assert app.focused is source and source.scroll_y > 0
        passage = source.current_passage()
        top, bottom = source._visible_lines()
        assert passage.number > 1
        assert top <= source._first_line[passage.number] < bottom  # it starts on screen
        await pilot.press("y")
        assert len(copied) == 1 and passage.text in copied[0]
        assert f"passage {passage.number}." in copied[0]
        assert f"passage {passage.number}/" in source.status_text


@pytest.mark.parametrize("size", SIZES)
async def test_the_footer_never_overflows_and_keeps_tab_help_and_quit(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for focus in ("results", "events", "source", "query"):
            app.screen.query_one(f"#{focus}").focus()
            await settle(app, pilot)
            await pilot.pause(0.1)
            keys = list(app.screen.query(FooterKey))
            assert keys and all(key.region.right <= size[0] for key in keys), focus
            last = screen_lines(app)[size[1] - 1]
            # (in the search box q and ? are typed, so the footer does not offer them)
            needed = ("tab Panes", "esc") if focus == "query" else ("tab Panes", "q Quit",
                                                                   "? Help")
            assert all(shown in last for shown in needed), (focus, last)
            # every key drawn whole: its description follows it on the line
            for key in keys:
                assert f"{key.key_display} {key.description}".strip() in last, (focus, last)


@pytest.mark.parametrize("size", SIZES)
async def test_the_event_list_has_a_highlighted_row_when_it_gets_focus(make_app, size):
    seen = []
    app = make_app()
    async with app.run_test(size=size, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, EventList)
        assert app.focused.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        first = app.screen.timeline.events[0]
        assert any(isinstance(m, EventList.EventChosen) and m.event_id == first.id
                   for m in seen)


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (50, 20)])
async def test_the_matrix_fits_and_starts_on_the_chosen_event(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        timeline = app.screen.timeline
        chosen = max(range(len(timeline.events)), key=lambda i: len(timeline.events[i].coverage))
        await pilot.press("tab", *["down"] * chosen, "enter", "m")
        await settle(app, pilot)
        assert isinstance(app.screen, MatrixScreen)
        table = app.screen.query_one(DataTable)
        assert table.cursor_coordinate.row == chosen
        covered = timeline.matrix()[timeline.events[chosen].id]
        assert timeline.outlets[table.cursor_coordinate.column][0] in covered
        # every column on screen: no horizontal scrolling
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert not table.show_horizontal_scrollbar
        for column in table.columns.values():  # "¶1 +4" whole
            cells = [str(table.get_cell(row, column.key)) for row in table.rows]
            assert column.width >= max(len(cell) for cell in cells)
        for event in timeline.events:  # dates never cut ("early Nov 2016")
            label = str(table.rows[event.id].label)
            assert label.startswith(event.date_label)


@pytest.mark.parametrize("size", SIZES)
async def test_a_new_search_showing_the_same_article_starts_at_its_top(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        article = screen.source.view.article
        await pilot.press("enter", "pagedown", "pagedown")
        await pilot.pause()
        assert screen.source.scroll_y > 0
        word = article.headline.split()[1]
        screen.search_box.set_query(f"headline:{word}")  # one new search, no steps between
        await settle(app, pilot)
        await pilot.pause()
        assert screen.source.view.article.id == article.id
        assert not screen.source.view.spans  # nothing in the body to scroll to
        assert screen.source.scroll_y == 0


@pytest.mark.parametrize("size", SIZES)
async def test_the_first_letter_typed_is_not_an_error(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        for letter in "Na":
            await pilot.press(letter)
            await settle(app, pilot)
            status = app.screen.query_one("#search-status")
            assert not status.has_class("-error"), status.render()
            assert "keep typing" in str(status.render())
        assert app.screen.results.option_count == 5  # the list stays as it was


@pytest.mark.parametrize("size", SIZES)
async def test_reload_after_a_removal_says_what_was_removed(make_app, size):
    from corpus.library import add_paths, load_corpus
    from corpus.removals import remove_article

    [outcome] = add_paths([TIMES], {}, load_corpus())
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(app, pilot)
        assert app.screen.results.option_count == 6
        remove_article(outcome.article.id, load_corpus())
        await pilot.press("r")
        await settle(app, pilot, rounds=3)
        assert app.screen.results.option_count == 5
        assert "5 articles loaded: 1 removed" in notices(app)
