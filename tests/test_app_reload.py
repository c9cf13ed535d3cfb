"""Articles added while the explorer runs appear after `r` (reload)."""

from __future__ import annotations

from pathlib import Path

from conftest import DamagedSearcher, settle

from corpus.library import add_paths, load_corpus

TIMES = Path(__file__).parent / "fixtures" / "ingest" / "times.md"


async def test_reload_shows_articles_added_while_running(make_app):
    app = make_app(load_corpus=load_corpus)  # the bundle and this test's own library
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.screen.results.option_count == 5
        outcomes = add_paths([TIMES], {}, load_corpus())
        assert [o.status for o in outcomes] == ["added"]
        await pilot.press("r")
        await settle(app, pilot, rounds=3)
        assert app.screen.results.option_count == 6
        await pilot.press("slash", *"outlet:times")
        await settle(app, pilot)
        assert app.screen.results.option_count == 1
        assert "Pact signed despite protests" in app.screen.source.plain_text
        signing = app.screen.timeline.event("signing")
        assert "korea-times" in signing.outlet_ids


async def test_the_explorer_keeps_searching_while_two_adds_write(tmp_path,
                                                                 shared_timeline_builder):
    """Two `gsomia-tui add` processes and a running explorer at once: the explorer searches
    the last complete index throughout, and `r` then shows every added article."""
    from functools import partial

    from test_ingest import cli, make_stories

    from explorer.tui.app import GsomiaApp

    data, index = tmp_path / "data", tmp_path / "index"
    app = GsomiaApp(index, load_corpus=partial(load_corpus, data),
                    build_timeline=shared_timeline_builder)

    async def search(query: str) -> int:
        app.screen.search_box.set_query(query)
        await settle(app, pilot)
        outcome = app.screen.outcome
        assert outcome.error is None and outcome.request.query == query
        return outcome.total

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        writers = [cli(data, index, "add", str(make_stories(tmp_path / tag, 20, tag)))
                   for tag in ("delta", "epsilon")]
        searched = searched_while_writing = 0
        while searched < 2 or any(writer.poll() is None for writer in writers):
            writing = any(writer.poll() is None for writer in writers)
            assert await search(("Nagamine", "Seoul")[searched % 2]) == (2, 5)[searched % 2]
            searched += 1
            searched_while_writing += writing
        assert [writer.wait() for writer in writers] == [0, 0]
        assert searched_while_writing >= 1
        assert await search("delta") == 0  # still the index it opened
        app.screen.search_box.set_query("")
        await pilot.press("escape", "r")
        await settle(app, pilot, rounds=3)
        assert await search("delta OR epsilon") == 40
        assert await search("Nagamine") == 2


async def test_a_search_that_finds_the_index_damaged_rebuilds_it_and_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.screen.engine._searcher = DamagedSearcher()
        app.screen.search_box.set_query("Nagamine")
        await settle(app, pilot, rounds=3)
        assert app.screen.outcome.error is None and app.screen.outcome.total == 2
        assert any("damaged (EOFError); rebuilt it" in str(n.message)
                   for n in app._notifications)
