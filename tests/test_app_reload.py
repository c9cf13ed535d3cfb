"""Articles added while the explorer runs appear after `r` (reload)."""

from __future__ import annotations

from pathlib import Path

from conftest import settle
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
