"""Issue 17's friction: lists a person scans, typing, finding one's way, mouse, copying."""

from __future__ import annotations

import pytest
from textual.widgets import HelpPanel, Input

from conftest import rendered_screen, settle
from explorer.tui.clipboard import clipboard_problem
from explorer.tui.dialogs.help import HelpScreen
from explorer.tui.screens.background import typed_prefix_query
from explorer.tui.widgets.facet_bar import FacetBar
from explorer.tui.widgets.results_list import ResultsList

SIZES = [(80, 24), (60, 20)]


def status(app) -> str:
    return str(app.screen.query_one("#search-status").render())


@pytest.mark.parametrize("size", SIZES)
async def test_one_line_per_result_and_event_with_the_detail_of_the_highlighted_one(make_app,
                                                                                   size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        results, events = screen.results, screen.events
        assert results.virtual_size.height == results.option_count == 5  # one line each
        assert events.virtual_size.height == events.option_count
        detail = str(screen.query_one("#result-snippet").render())
        first = screen.engine.corpus.get(results.highlighted_id)
        assert detail.startswith(f"{first.outlet_label} {first.headline}")
        await pilot.press("down")
        second = screen.engine.corpus.get(results.highlighted_id)
        detail = str(screen.query_one("#result-snippet").render())
        assert second.headline in detail and first.headline not in detail
        row = str(events.get_option_at_index(0).prompt)
        outlets = len(screen.timeline.outlets)
        covered = len(screen.timeline.events[0].outlet_ids)
        # "2/4": how many outlets cover the event, where the list has room for it
        assert (f" {covered}/{outlets} " in row) == (size[0] >= 80)


async def test_the_word_being_typed_is_a_prefix_until_a_space_or_quote_ends_it(make_app):
    assert typed_prefix_query("Naga") == "(Naga OR Naga*)"
    assert typed_prefix_query("Korea Naga") == "Korea (Naga OR Naga*)"
    for ended in ("Naga ", '"Naga', 'Korea "Han Min"', "Na", "Japan OR", "outlet:kbs",
                  "Nagamin~", "nucl*"):
        assert typed_prefix_query(ended) is None, ended
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Naga")
        await settle(app, pilot)
        assert app.screen.results.option_count == 2
        assert all("Nagamine" in app.screen.engine.corpus.get(
            app.screen.results.get_option_at_index(i).id).clean_text for i in range(2))
        await pilot.press("space")  # the word is ended: "Naga" alone finds nothing
        await settle(app, pilot)
        assert app.screen.results.option_count == 0


async def test_scrolling_is_not_animated(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.animation_level == "none"
        await pilot.press("enter", "G")  # to the end of the source pane, at once
        source = app.screen.source
        assert source.scroll_y == source.max_scroll_y > 0
        await pilot.press("g")
        assert source.scroll_y == 0


@pytest.mark.parametrize("size", SIZES)
async def test_slash_selects_the_old_query_and_arrows_move_the_results(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Japan", "escape", "slash")
        box = app.focused
        assert isinstance(box, Input) and box.selected_text == "Japan"
        await pilot.press("home")  # (the list keeps the article highlighted before)
        results = app.screen.results
        results.highlighted = 0
        await pilot.press("down", "down")
        assert isinstance(app.focused, Input)
        assert results.highlighted == 2
        await pilot.press("up")
        assert results.highlighted == 1
        await pilot.press("end", "shift+home")
        await pilot.press(*"Korea")  # typing replaces the selected query
        await settle(app, pilot)
        assert box.value == "Korea"


@pytest.mark.parametrize("size", SIZES)
async def test_where_am_i_query_filter_sort_and_positions(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"Japan", "escape", "s")
        await settle(app, pilot)
        screen.results.highlighted = 0
        await pilot.press("down", "down")
        line = status(app)
        assert "“Japan”" in line and "all outlets" in line and "newest first" in line
        title = str(screen.query_one("#results-pane").border_title)
        total = screen.outcome.total
        assert title.startswith(f"Results 3/{total}")
        await pilot.press("enter")
        article = screen.source.view.article
        assert f"passage 1/{len(article.passages)}" in screen.source.status_text or \
            f"/{len(article.passages)}" in screen.source.status_text
        assert "·" in str(screen.source.border_title)


async def test_the_article_url_is_shown_as_text(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        with_url = next(a for a in screen.engine.corpus if a.url)
        screen.go_to_article(with_url.id)
        await pilot.pause()
        assert with_url.url in screen.source.plain_text
        text, raw = rendered_screen(app)
        assert with_url.url[:30] in text
        assert "\x1b]8;" not in raw  # text a terminal can open, never a hidden OSC 8 link


@pytest.mark.parametrize("size", SIZES)
async def test_help_explains_in_sentences_with_the_query_language_and_esc_closes_keys(make_app,
                                                                                     size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Type / and some words" in text and "tab goes from pane to pane" in text
        assert "The query language" in text and 'headline:' in text and "date:[A to B]" in text
        await pilot.press("escape")
        await pilot.pause()
        app.action_show_help_panel()  # Textual's keys panel (the palette's "Keys")
        await pilot.pause()
        assert app.screen.query(HelpPanel)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query(HelpPanel)


async def test_ctrl_c_says_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert any("press q" in str(n.message) for n in app._notifications)
        assert app.return_code is None


@pytest.mark.parametrize("environ,problem", [
    ({"TERM": "linux"}, "has no clipboard"),
    ({"TERM": "dumb"}, "has no clipboard"),
    ({"TERM": "xterm-256color"}, None),
])
def test_clipboard_problem_is_known_only_where_a_copy_surely_fails(environ, problem):
    found = clipboard_problem(environ)
    assert (found is None) if problem is None else (problem in found)


async def test_no_copied_when_the_terminal_cannot_copy(make_app, monkeypatch):
    monkeypatch.setenv("TERM", "linux")
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        copied = []
        app.copy_to_clipboard = copied.append
        await pilot.press("enter", "y")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert copied == [] and any(m.startswith("Not copied") for m in said)
        assert not any("Copied" in m or "sent" in m for m in said)


@pytest.mark.parametrize("size", SIZES)
async def test_outlet_chips_are_clickable(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        bar = screen.query_one(FacetBar)
        start, _, outlet_id = bar._spans[1]  # the first outlet's chip
        await pilot.click(FacetBar, offset=(bar.styles.padding.left + start, 0))
        await settle(app, pilot)
        assert screen.outlet_id == outlet_id
        start, _, every = bar._spans[0]
        await pilot.click(FacetBar, offset=(bar.styles.padding.left + start, 0))
        await settle(app, pilot)
        assert every is None and screen.outlet_id is None
        assert isinstance(app.focused, ResultsList)
