"""Typing in the search box: the echo first, one search for keys typed before it, prefixes
that expand to too many words searched as typed, and no repaint for unchanged results."""

from __future__ import annotations

from conftest import settle
from explorer.tui.screens import background
from explorer.tui.screens.background import SearchRequest


def test_words_starting_counts_what_a_prefix_expands_to_up_to_a_limit(engine):
    assert engine.words_starting("Naga", 10) == 1  # nagamin(e), any case
    assert engine.words_starting("zzqx", 10) == 0
    many = engine.words_starting("s", 1000)
    assert 20 < many < 1000
    assert engine.words_starting("s", 7) == 7


def test_a_typed_word_with_too_many_completions_is_searched_as_typed(engine, monkeypatch):
    assert background.search(engine, SearchRequest("Naga")).total == 2  # as a prefix
    monkeypatch.setattr(background, "MAX_TYPED_COMPLETIONS", 0)
    outcome = background.search(engine, SearchRequest("Naga"))
    assert outcome.total == 0  # "naga" alone is in no article
    assert outcome.result is not None and "(or longer)" not in outcome.result.description


async def test_keys_typed_before_the_echo_share_one_search_of_the_whole_value(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        requested = []
        search = screen.run_search
        screen.run_search = lambda request: (requested.append(request.query), search(request))
        await pilot.press("slash")
        box = screen.search_box.input
        for char in "Naga":  # four changes, no frame in between
            box.insert_text_at_cursor(char)
        await settle(app, pilot)
        assert requested == ["Naga"]
        assert screen.results.option_count == 2
        await pilot.press("m")
        await settle(app, pilot)
        assert requested == ["Naga", "Nagam"]


async def test_the_same_results_again_leave_the_source_pane_where_it_is(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"Nagamine")
        await settle(app, pilot)
        source = screen.source
        shown, at = source.view, source.scroll_y
        assert source.view.spans and at > 0  # scrolled to the first hit
        homes = []
        home = source.scroll_home
        source.scroll_home = lambda *a, **k: (homes.append(a), home(*a, **k))
        screen.request_search()  # the same request again: the same rows and article
        await settle(app, pilot)
        assert source.view == shown and source.scroll_y == at and homes == []
        # read on, then a search that shows the same article: back to its first hit
        source.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert source.scroll_y != at
        screen.request_search()
        await settle(app, pilot)
        assert source.scroll_y == at
