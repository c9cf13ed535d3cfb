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


async def test_an_index_built_again_says_how_far_it_is_until_the_articles_open(
        tmp_path, monkeypatch, shared_timeline_builder):
    """An index of an older schema (after an upgrade) is built again from the store: minutes
    at 10k, so the status line counts the articles indexed instead of only 'Loading'."""
    from bench.generate import generate_corpus
    from explorer.tui.app import GsomiaApp
    from explorer.tui.widgets.search_box import SearchBox

    articles = generate_corpus(80, seed=11)  # more than PROGRESS_EVERY: progress is reported
    shown = []
    original = SearchBox.show_status
    monkeypatch.setattr(SearchBox, "show_status", lambda box, content, error=False: (
        shown.append(content.plain), original(box, content, error))[1])
    app = GsomiaApp(tmp_path / "index", load_corpus=lambda: articles,
                    build_timeline=shared_timeline_builder)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        progress = [line for line in shown if line.startswith("Indexing the articles: ")]
        assert progress[0] == "Indexing the articles: 0 of 80…"
        assert progress[-1] == "Indexing the articles: 80 of 80…"
        assert "80 articles" in app.screen.search_box.query_one("#search-status").render().plain
