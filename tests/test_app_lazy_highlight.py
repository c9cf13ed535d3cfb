"""Texts highlighted when shown: a search highlights the text of its first row only (most of
a search at 10k was highlighting 50 texts), the others when the reader moves to them, and
what they show then is what a search highlighting every text shows."""

from __future__ import annotations

import pytest

from conftest import settle
from explorer.tui.dialogs.open_views import on_screen
from explorer.tui.render import result_detail
from explorer.tui.screens import background
from explorer.tui.screens.background import SearchRequest
from index.citations import cite_rows
from index.results import PendingHit
from index.search import highlight_text

QUERY = "Japan"  # in every bundled article: several rows
TYPED = QUERY + " "  # ended: not searched as a prefix too


def test_a_search_leaves_the_texts_after_the_first_pending_and_they_highlight_the_same(engine):
    full = engine.search(QUERY, limit=50)
    lazy = engine.search(QUERY, limit=50, highlight=1)
    assert len(full.hits) > 2 and len(lazy.hits) == len(full.hits)
    assert not isinstance(lazy.hits[0], PendingHit) and lazy.hits[0] == full.hits[0]
    for pending, whole in zip(lazy.hits[1:], full.hits[1:]):
        assert isinstance(pending, PendingHit) and pending.snippet is None and not pending.spans
        assert pending.headline_spans == whole.headline_spans  # the list's rows need them
        highlighted = highlight_text(pending, engine.corpus.get(pending.article_id))
        assert highlighted == whole and type(highlighted) is type(whole)
    assert highlight_text(full.hits[1], engine.corpus.get(full.hits[1].article_id)) is full.hits[1]


def test_the_explorers_search_highlights_only_its_first_row(engine):
    outcome = background.search(engine, SearchRequest(QUERY))
    hits = [hit for hit, _ in outcome.rows]
    assert not isinstance(hits[0], PendingHit)
    assert all(isinstance(hit, PendingHit) for hit in hits[1:])


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_row_moved_to_shows_its_hits_in_the_source_and_snippet(make_app, engine, size):
    full = {hit.article_id: hit for hit in engine.search(QUERY, limit=50).hits}
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *TYPED, "enter")
        await settle(app, pilot)
        assert screen.results.option_count == len(full) > 2
        last = screen.results.get_option_at_index(len(full) - 1).id
        assert isinstance(screen.outcome.rows[-1][0], PendingHit)  # (the list is the lazy one)
        await pilot.press("G")  # the last row: off screen at 60x20
        await settle(app, pilot)
        assert screen.results.highlighted_id == last
        assert screen.source.view.article.id == last
        assert screen.source.view.spans == full[last].spans and full[last].spans
        assert f"hit 1/{len(full[last].spans)}" in screen.source.status_text
        snippet = screen.results_pane.query_one("#result-snippet").render()
        expected = result_detail(full[last], engine.corpus.get(last))
        assert (snippet.plain, list(snippet.spans)) == (expected.plain, list(expected.spans))


async def test_citing_the_rows_cites_every_rows_passages_as_a_full_search(make_app, engine):
    full = engine.search(QUERY, limit=50)
    expected = cite_rows((hit, engine.corpus.get(hit.article_id)) for hit in full.hits)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *TYPED, "enter")
        await settle(app, pilot)
        cited, title = on_screen(app.screen)
        assert title == f"Search: {QUERY}"
        assert cited == expected
