"""The explorer driven by keyboard with Pilot at 80x24 and 60x20: search, results, source."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Input

from conftest import rendered_screen, settle
from explorer.tui.screens.background import SearchOutcome, SearchRequest
from explorer.tui.screens.main import MainScreen
from explorer.tui.widgets.results_list import ResultsList
from explorer.tui.widgets.search_box import SearchBox
from explorer.tui.widgets.source_pane import SourcePane

SIZES = [(80, 24), (60, 20)]


def status(app) -> str:
    return str(app.screen.query_one("#search-status").render())


async def type_query(app, pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.press(*text)
    await settle(app, pilot)


@pytest.mark.parametrize("size", SIZES)
async def test_start_lists_every_article_and_focuses_results(make_app, size):
    seen = []
    app = make_app()
    async with app.run_test(size=size, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert isinstance(app.focused, ResultsList)
        assert screen.results.option_count == 5
        assert screen.results.highlighted == 0
        assert status(app).startswith("5 articles")
        assert any(isinstance(m, MainScreen.EngineReady) for m in seen)
        first = screen.engine.corpus.get(screen.results.highlighted_id)
        assert first.headline in screen.source.plain_text


async def test_search_as_you_type_shows_count_outlets_description_and_hits(make_app):
    seen = []
    app = make_app()
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Nagamine")
        assert isinstance(app.focused, Input)
        screen = app.screen
        assert screen.results.option_count == 2
        line = status(app)
        assert line.startswith("2 articles")
        assert "“Nagamine”" in line and line.endswith("all outlets · best match first")
        typed = [m.query for m in seen if isinstance(m, SearchBox.QueryChanged)]
        assert list(dict.fromkeys(typed)) == ["Nagamine"[:n] for n in range(1, 9)]
        # the highlighted result is previewed with its hits emphasised
        view = screen.source.view
        assert view is not None and view.spans
        text = view.article.clean_text
        assert {text[s.start:s.end] for s in view.spans} == {"Nagamine"}
        assert "· hit 1/" in screen.source.status_text


async def test_stale_results_are_dropped(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Nagamine")
        screen = app.screen
        stale = SearchOutcome(SearchRequest("Nag"), error="should never show")
        screen.post_message(MainScreen.SearchDone(stale))
        await pilot.pause()
        assert "should never show" not in status(app)
        assert screen.results.option_count == 2


async def test_syntax_error_is_shown_inline_and_the_app_survives(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, '"Han Min')
        assert "quote" in status(app) and status(app).startswith("⚠")
        assert app.screen.query_one("#search-status").has_class("-error")
        await pilot.press('"')
        await settle(app, pilot)
        assert status(app).startswith("2 articles")
        assert not app.screen.query_one("#search-status").has_class("-error")


async def test_did_you_mean_is_accepted_with_one_key(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "inteligence")
        assert "did you mean intelligence" in status(app)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.screen.search_box.value == "intelligence"
        assert app.screen.results.option_count > 0


async def test_escape_and_enter_leave_the_input_for_the_results(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Seoul")
        await pilot.press("escape")
        assert isinstance(app.focused, ResultsList)
        await pilot.press("slash", "enter")
        assert isinstance(app.focused, ResultsList)
        await pilot.press("q")  # a key that quits outside the input
        assert app.return_code == 0


async def test_sort_by_date_and_filter_by_outlet_from_the_facets(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Japan")
        await pilot.press("escape", "s")
        await settle(app, pilot)
        screen = app.screen
        assert "newest first" in str(screen.query_one("#results-pane").border_title)
        corpus = screen.engine.corpus
        ids = [screen.results.get_option_at_index(i).id for i in range(screen.results.option_count)]
        dates = [corpus.get(i).date for i in ids]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("s")
        await settle(app, pilot)
        assert "oldest first" in str(screen.query_one("#results-pane").border_title)
        assert "oldest first" in status(app)
        ids = [screen.results.get_option_at_index(i).id for i in range(screen.results.option_count)]
        assert [corpus.get(i).date for i in ids] == sorted(dates)
        facets = screen.outcome.facets
        top_outlet = facets[0][0]
        await pilot.press("o")
        await settle(app, pilot)
        assert screen.outlet_id == top_outlet
        shown = {corpus.get(screen.results.get_option_at_index(i).id).outlet_id
                 for i in range(screen.results.option_count)}
        assert shown == {top_outlet}
        assert screen.outcome.facets == facets  # every outlet's count, to switch to
        for _ in screen.outcome.facets:  # cycles back to every outlet
            await pilot.press("o")
            await settle(app, pilot)
        assert screen.outlet_id is None


@pytest.mark.parametrize("size", SIZES)
async def test_n_and_shift_n_step_through_hits_with_a_counter(make_app, size):
    seen = []
    app = make_app()
    async with app.run_test(size=size, message_hook=seen.append) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Korea")
        await pilot.press("escape", "enter")
        await settle(app, pilot)
        source = app.screen.source
        assert app.focused is source
        total = len(source.view.spans)
        assert total > 3
        assert f"· hit 1/{total}" in source.status_text
        await pilot.press("n", "n")
        assert f"· hit 3/{total}" in source.status_text
        await pilot.press("N", "N", "N")
        assert f"· hit {total}/{total}" in source.status_text  # wraps
        moves = [m for m in seen if isinstance(m, SourcePane.HitChanged)]
        unique = {id(m): m for m in moves}.values()
        assert [m.index for m in unique] == [1, 2, 1, 0, total - 1]
        await pilot.pause()
        assert source.scroll_y > 0  # the last hit was scrolled into view


async def test_tab_cycles_the_panes_and_the_footer_follows_focus(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(app.focused.id)
        assert order == ["events", "source", "query", "results"]
        await pilot.press("shift+tab")
        assert app.focused.id == "query"
        await pilot.press("escape", "tab", "tab")
        assert app.focused.id == "source"
        assert "next_hit" in {b.binding.id for b in app.screen.active_bindings.values()}
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused.id == "results"
        active = {b.binding.id for b in app.screen.active_bindings.values()}
        assert "next_hit" not in active and "toggle_sort" in active


async def test_copy_puts_the_passage_and_its_citation_on_the_clipboard(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        copied = []
        app.copy_to_clipboard = copied.append
        await type_query(app, pilot, "Nagamine")
        await pilot.press("escape", "y")
        article = app.screen.source.view.article
        passage = app.screen.source.current_passage()
        assert "Nagamine" in passage.text
        assert copied == [copied[0]]
        assert passage.text in copied[0]
        assert article.outlet_label in copied[0] and article.headline in copied[0]
        assert "passage" in copied[0]


@pytest.mark.parametrize("size,min_cols,min_rows", [((80, 24), 40, 19), ((60, 20), 34, 15)])
async def test_no_pane_collapses(make_app, size, min_cols, min_rows):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        source = screen.source.region
        assert source.width >= min_cols and source.height >= min_rows
        assert source.width > size[0] // 2  # the source keeps most of the screen
        for pane in ("#results-pane", "#events-pane"):
            region = screen.query_one(pane).region
            assert region.width >= 20 and region.height >= 6, pane
        assert screen.query_one("#query").region.width >= size[0] - 2
        assert screen.search_box.region.bottom <= source.y


async def test_wide_terminal_puts_three_panes_side_by_side(make_app):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        regions = [screen.query_one(p).region for p in ("#results-pane", "#events-pane", "#source")]
        assert len({r.y for r in regions}) == 1
        assert regions[0].right <= regions[1].x and regions[1].right <= regions[2].x


async def test_source_header_marks_an_inferred_date_and_j_k_move(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        inferred = next(a for a in screen.engine.corpus.articles if a.date_inferred)
        ids = [screen.results.get_option_at_index(i).id for i in range(screen.results.option_count)]
        await pilot.press(*["j"] * ids.index(inferred.id))
        assert screen.results.highlighted_id == inferred.id
        await pilot.press("k", "j", "enter")
        header = screen.source.plain_text.splitlines()[:3]
        assert header[0] == f"{inferred.outlet_label} · 28 Jun 2012 (inferred)"
        assert header[1] == inferred.headline and header[2] == f"By {inferred.byline}"
        await pilot.press("j", "j", "j")
        assert screen.source.scroll_y == 3
        await pilot.press("k")
        assert screen.source.scroll_y == 2


async def test_no_color_keeps_hits_visible(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.no_color
        await type_query(app, pilot, "Nagamine")
        _, raw = rendered_screen(app)
        # bold underline (a hit) or bold reverse (the current hit) carries a hit
        assert re.search(r"\x1b\[(\d+;)*1;(\d+;)*[47][;m]", raw)


def test_importing_the_app_does_not_load_whoosh():
    import subprocess
    import sys

    code = "import sys, explorer.tui.app; print(sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'index', 'corpus')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_a_key_that_changes_no_result_repaints_only_the_search_lines(make_app,
                                                                          monkeypatch):
    """Over SSH every repainted cell costs bytes: when the results stay the same (no match
    while a word is half typed), the lists, their titles and the source pane are left alone."""
    from textual.screen import Screen

    painted: list[int] = []
    compositor_refresh = Screen._compositor_refresh

    def count_cells(screen):
        painted.append(sum(region.area for region in screen._compositor._dirty_regions))
        compositor_refresh(screen)

    monkeypatch.setattr(Screen, "_compositor_refresh", count_cells)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Xqzvw")  # no match, no "did you mean", before or after
        assert app.screen.results.option_count == 0
        assert "No article matches" in app.screen.source.plain_text
        painted.clear()
        await pilot.press("k")
        await settle(app, pilot)
        assert app.screen.search_box.value == "Xqzvwk"
        # the input and the status line (2 x 80 cells) and a scrollbar or two, not 1,920
        assert 0 < sum(painted) <= 400, painted
