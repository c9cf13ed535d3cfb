"""Work that grows with an event's coverage stays off the UI thread (ui25): compare reads and
wraps thousands of passages in workers while keys are answered, and stops once closed; `[` / `]`
find an event's stops once (in the timeline's worker), not on every key. Events of our own, over
the bundled articles."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

import pytest
from textual.content import Content

from conftest import rendered_screen, settle, wait_for
from explorer.tui.dialogs import compare
from explorer.tui.dialogs.compare import CompareScreen
from explorer.tui.screens import outlet_stops
from explorer.tui.screens.outlet_stops import OutletStops
from explorer.tui.widgets import passage_card
from index.results import Coverage, TimelineEvent

PASSAGES = 3000
OUTLETS = 12


def big_event(corpus, passages: int = PASSAGES, outlets: int = OUTLETS) -> TimelineEvent:
    """`passages` reports of the signing, spread over `outlets` outlets and the bundled passages."""
    shown = [(article, passage) for article in corpus.articles for passage in article.passages]
    coverage = []
    for n in range(passages):
        article, passage = shown[n % len(shown)]
        coverage.append(Coverage(article.id, f"outlet-{n % outlets}", f"Outlet {n % outlets}",
                                 f"2016-11-{23 + n % 5}", article.headline, passage.number,
                                 passage.start, passage.end, ()))
    return TimelineEvent("signing", "South Korea and Japan sign the pact", "2016-11-23", "23 Nov 2016",
                         "day", False, tuple(coverage))


def held_at_first_call(function, release: threading.Event, calls: list[bool]):
    """`function`, noting whether each call ran on the main thread; the first call waits for
    `release` (2 s at most: on the main thread it would otherwise hold the test)."""

    def held(*args):
        calls.append(threading.current_thread() is threading.main_thread())
        if len(calls) == 1:
            release.wait(2)
        return function(*args)

    return held


async def test_compare_reads_a_big_events_passages_in_a_thread_and_stops_when_closed(
        make_app, corpus, monkeypatch):
    release, calls = threading.Event(), []
    monkeypatch.setattr(compare, "passage_content",
                        held_at_first_call(compare.passage_content, release, calls))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        main = app.screen
        app.push_screen(CompareScreen(big_event(corpus), corpus))
        await pilot.pause()
        assert "Reading 3,000 passages" in str(app.screen.query_one("#compare-reading").render())
        await pilot.press("escape")  # answered while the first passage is still being read
        await pilot.pause()
        assert app.screen is main
        release.set()
        await settle(app, pilot)
    assert calls and not any(calls)  # never on the main thread
    assert len(calls) <= 2  # closed: the worker stopped instead of reading 3,000 passages


async def test_a_big_events_cards_hold_every_passage_wrapped_in_a_thread(make_app, corpus, monkeypatch):
    release, calls = threading.Event(), []
    monkeypatch.setattr(passage_card, "wrapped", held_at_first_call(passage_card.wrapped, release, calls))
    event = big_event(corpus)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(CompareScreen(event, corpus))
        for _ in range(100):  # until the cards are mounted (the first one's wrap is held)
            await pilot.pause(0.02)
            if app.screen.query(".card"):
                break
        cards = list(app.screen.query(".card"))
        await pilot.press("tab")  # answered while a card is still being wrapped
        await pilot.pause()
        assert app.focused is cards[1]
        release.set()

        def every_card_wrapped_to_its_width():
            return all(card.wrapped_width == card.scrollable_content_region.width for card in cards)

        await wait_for(pilot, every_card_wrapped_to_its_width)  # (a card wrapped again was a worker cancelled)
        assert len(cards) == OUTLETS and [Content.from_markup(str(card.border_title)).plain.endswith(f"Outlet {n}")
                                          for n, card in enumerate(cards)] == [True] * OUTLETS
        assert [card.text.plain.count("¶") for card in cards] == [PASSAGES // OUTLETS] * OUTLETS
        first = corpus.get(event.coverage[0].article_id).passage(event.coverage[0].passage).text
        assert cards[0].text.plain.startswith(f"¶{event.coverage[0].passage} {first}")
        assert all(card.lines and card.wrapped_width >= 20 for card in cards)
    assert calls and not any(calls)


def test_the_outlet_stops_of_an_event_are_found_once_and_keys_step_through_them(monkeypatch):
    found = []
    first_by_outlet = TimelineEvent.first_by_outlet
    monkeypatch.setattr(TimelineEvent, "first_by_outlet",
                        lambda event: found.append(event.id) or first_by_outlet(event))
    event = TimelineEvent("talks", "Talks resume", "2016-11-01", "1 Nov 2016", "day", False, tuple(
        Coverage(f"a{n}", f"o{n % 3}", f"Outlet {n % 3}", f"2016-11-0{1 + n % 3}", "Talks", 1, 0, 5, ())
        for n in range(300)))
    stops = OutletStops.at(event)
    sorts = len(found)
    seen = [stops.where]
    for _ in range(3):
        stops = stops.step(1)
        seen.append(stops.where)
    again = OutletStops.at(event, "o2")  # the event highlighted again in the list
    assert len(found) == sorts <= 2
    assert seen == ["outlet 1/3: Outlet 0 · first", "outlet 2/3: Outlet 1 · +1 d",
                    "outlet 3/3: Outlet 2 · +2 d", "outlet 1/3: Outlet 0 · first"]
    assert again.where == "outlet 3/3: Outlet 2 · +2 d"
    other = TimelineEvent("talks", "Talks resume", "2016-11-01", "1 Nov 2016", "day", False,
                          tuple(c for c in event.coverage if c.outlet_id != "o0"))  # (another timeline's)
    assert OutletStops.at(other).where == "outlet 1/2: Outlet 1 · first"


NAMES = ("The Korea Herald", "KBS", "Korea JoongAng Daily", "Yonhap News Agency", "The Japan Times")


def named_event(corpus) -> TimelineEvent:
    article = corpus.articles[0]
    passage = article.passage(1)
    return TimelineEvent("signing", "South Korea and Japan sign the pact", "2016-11-23", "23 Nov 2016", "day",
                         False, tuple(Coverage(article.id, f"outlet-{n}", name, f"2016-11-{23 + n}", "Pact", 1,
                                               passage.start, passage.end, ()) for n, name in enumerate(NAMES)))


@pytest.mark.parametrize("size,shown", [((80, 24), 3), ((60, 20), 1)])
async def test_a_cards_border_keeps_its_outlets_whole_name_and_shortens_the_rest(make_app, corpus, size, shown):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.push_screen(CompareScreen(named_event(corpus), corpus))
        await settle(app, pilot, rounds=3)
        text, _ = rendered_screen(app)
    titles = re.findall(r"[╭┏][─━] (.*?) [─━]+[╮┓]", text)  # (the focused card: heavy)
    if size == (80, 24):  # five outlets: cards of 26 columns (20 for a title), side by side
        assert titles[:shown] == ["The Korea Herald", "24 Nov +1 d · KBS", "Korea JoongAng Daily"]
    else:  # stacked cards of the whole width: nothing is shortened
        assert titles[0] == "23 Nov 2016 first · The Korea Herald"
    assert "…" not in "".join(titles[:shown])


async def test_highlighting_events_and_stepping_outlets_sorts_no_coverage_on_the_ui_thread(make_app, monkeypatch):
    monkeypatch.setattr(outlet_stops, "_found", OrderedDict())  # the shared timeline's stops found afresh
    on_main_thread = []
    first_by_outlet = TimelineEvent.first_by_outlet

    def noted(event):
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return first_by_outlet(event)

    monkeypatch.setattr(TimelineEvent, "first_by_outlet", noted)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        main = app.screen
        assert main.timeline is not None and len(main.timeline.events) <= outlet_stops.EVENTS_KEPT
        assert on_main_thread  # found by the timeline's worker, before the list is shown
        for event in main.timeline.events:
            main.show_event(event.id)  # as highlighting it in the list does
            main.action_step_outlet(1)
            await pilot.pause()
        assert main.stops is not None and main.stops.event is main.timeline.events[-1]
    assert not any(on_main_thread)
