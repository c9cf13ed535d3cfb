"""Hostile article text is shown literally, survives clicks, and never reaches the terminal."""

from __future__ import annotations

import pytest

from conftest import rendered_screen, settle
from corpus.loader import Corpus, article_from_raw, load_bundled
from explorer.app import GsomiaApp

MARKUP = "[/] [bold]loud[/bold] [@click=app.quit]x[/] [link='file:///etc/passwd']p[/link] arr[i]"
ESCAPES = "\x1b]52;c;aGk=\x07 \x1b]0;pwned\x07 \x1b[2J \x1b[6n \x9b31m \x00 \x7f"
RAW = f"""{MARKUP} GSOMIA headline {ESCAPES}

GSOMIA hostile passage one: {MARKUP} {ESCAPES} Nagamine signed.

A second passage about GSOMIA with [/] and {ESCAPES} again.
"""
KNOWN = {
    "id": "feedfacefeedface",
    "outlet": f"[/]Evil {ESCAPES}Outlet[b]",
    "outlet_id": "evil",
    "date": "2016-11-23",
    "date_precision": "day",
    "date_provenance": "inferred from the text: [/] test",
    "headline": f"GSOMIA {MARKUP} {ESCAPES}",
    "byline": "[@click=app.quit]Byline[/]",
    "url": "https://example.com/[/]",
}


@pytest.fixture(scope="module")
def hostile_corpus():
    hostile = article_from_raw(RAW, KNOWN, "test:hostile")
    return Corpus((hostile, *load_bundled().articles))


def hostile_timeline(engine):
    from index.results import Coverage, Timeline, TimelineEvent

    article = engine.corpus.get("feedfacefeedface")
    coverage = tuple(
        Coverage(article.id, article.outlet_id, article.outlet_label, article.date,
                 article.headline, p.number, p.start, p.end, ())
        for p in article.passages[:2])
    event = TimelineEvent("evil", f"Event {MARKUP}", "2016-11-23", "23 Nov 2016", "day", False,
                          coverage)
    return Timeline((event,), tuple(engine.corpus.outlets()))


def assert_terminal_safe(app) -> str:
    text, raw = rendered_screen(app)
    assert "\x1b]" not in raw  # no OSC (clipboard, title, hyperlink) at all
    for sequence in ("\x1b[2J", "\x1b[6n", "\x9b", "\x00", "\x07"):
        assert sequence not in raw
    return text


async def test_hostile_text_is_literal_and_harmless(hostile_corpus, tmp_path):
    app = GsomiaApp(tmp_path / "index", load_corpus=lambda: hostile_corpus,
                    build_timeline=hostile_timeline)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        main = app.screen
        article = main.engine.corpus.get("feedfacefeedface")
        assert "[@click=app.quit]x[/]" in article.clean_text
        await pilot.press("slash", *"hostile", "escape", "enter")
        await settle(app, pilot)
        assert main.source.view.article is article
        shown = main.source.plain_text
        assert "[@click=app.quit]x[/]" in shown and "[bold]loud[/bold]" in shown
        assert "[/]Evil" in shown and "arr[i]" in shown
        assert "[@click=app.quit]Byline[/]" in shown
        text = assert_terminal_safe(app)
        assert "[@click=app.quit]x[/]" in text

        # clicking all over the hostile text fires no action
        for widget in ("#source-header", "#source-body", "#results", "#search-status"):
            for x in (2, 20):
                await pilot.click(widget, offset=(x, 1))
        await pilot.pause()
        assert app.is_running and app.return_code is None

        # the event, compare, matrix and the palette draw it literally too
        main.events.focus()
        await pilot.press("down", "enter")
        assert "only [/]Evil" in main.source.status_text
        await pilot.press("c")
        await pilot.pause()
        assert "[/]Evil" in assert_terminal_safe(app)
        await pilot.press("escape", "m")
        await pilot.pause()
        assert "[/]Evil" in assert_terminal_safe(app)
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"click")
        await settle(app, pilot)
        assert "[@click=app.quit]" in assert_terminal_safe(app)
        await pilot.press("escape")

        # a hostile query and its error are shown literally
        await pilot.press("slash", *"[/] \x1b]0;t")
        await settle(app, pilot)
        assert_terminal_safe(app)
        await pilot.press("y")  # typed into the input, not a copy
        assert app.is_running and app.return_code is None
