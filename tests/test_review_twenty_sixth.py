"""Session 26's review, a newcomer's whole session in a real terminal on a loaded machine, by a
demanding user. Two keys of the event list that arrived before the first's highlight was handled
(a busy machine, laggy SSH) set the highlight back and forth for good: each stale "highlighted"
moved the list back to its event, which posted another, so the source pane was redrawn without
end and `]` was undone at once. In compare, a mouse selection was copied only by a hidden
`ctrl+c` that said nothing, and `y` did nothing. Each was found wrong first, with what must not
change beside it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual import events
from textual.geometry import Offset
from textual.selection import Selection
from textual.widgets import DataTable, Input

from conftest import rendered_screen, settle, wait_for
from corpus.library import load_corpus
from test_app_edit import open_added_article
from test_app_events import choose_event, multi_outlet_index
from explorer.cli.help_format import FittingHelpFormatter
from explorer.cli.parser import build_parser
from explorer.tui.dialogs.compare import CompareScreen
from explorer.tui.dialogs.edit_facts import EditFactsScreen
from explorer.tui.dialogs.matrix import MatrixScreen
from explorer.tui.widgets.event_list import EventList
from explorer.tui.widgets.passage_card import PassageCard


async def highlights_seen_while_idle(app, pilot, seen, seconds=0.5) -> int:
    before = sum(isinstance(m, EventList.EventHighlighted) for m in seen)
    await pilot.pause(seconds)
    return sum(isinstance(m, EventList.EventHighlighted) for m in seen) - before


async def test_two_highlights_in_one_read_settle_on_the_last(make_app):
    seen = []
    app = make_app()
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("tab")
        events = app.focused
        assert isinstance(events, EventList)
        index = multi_outlet_index(screen.timeline)
        events.highlighted = index + 1 if index == 0 else index - 1  # both before either message
        events.highlighted = index  # is handled, as keys arriving in one read
        await pilot.pause(0.3)
        assert await highlights_seen_while_idle(app, pilot, seen) == 0
        assert events.highlighted == index
        assert screen.stops.event.id == screen.timeline.events[index].id
        await pilot.press("right_square_bracket")
        await pilot.pause(0.3)
        assert screen.stops.index == 1  # `]` is not undone by a late highlight


async def test_one_highlight_at_a_time_shows_each_event(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("tab")
        shown = []
        for _ in range(3):
            await pilot.press("down")
            await pilot.pause()
            shown.append(screen.stops.event.id)
        assert shown == [event.id for event in screen.timeline.events[1:4]]


async def open_compare(app, pilot):
    await settle(app, pilot)
    await choose_event(app, pilot, multi_outlet_index(app.screen.timeline))
    await pilot.press("c")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, CompareScreen)
    await wait_for(pilot, lambda: isinstance(app.focused, PassageCard))
    return screen, app.focused


def toasts(app) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


@pytest.fixture
def clipboard_reachable(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TMUX", raising=False)


async def test_y_in_compare_copies_the_selection_else_the_focused_card(make_app, clipboard_reachable):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen, card = await open_compare(app, pilot)
        assert "copy_compare" in {b.binding.id for b in screen.active_bindings.values()}  # in the footer
        await pilot.press("y")
        outlet = card.captions[0].plain
        assert app.clipboard == f"{outlet}\n\n{card.text.plain}"
        assert any(toast.startswith("The card's passages sent") for toast in toasts(app))
        first_line = card.text.plain.split("\n")[0]
        screen.selections = {card: Selection(Offset(0, 0), Offset(len(first_line), 0))}
        await pilot.press("y")
        assert app.clipboard == first_line
        assert any(toast.startswith("The selected text sent") for toast in toasts(app))


async def test_ctrl_c_on_a_selection_says_it_copied_and_without_one_still_says_how_to_quit(
        make_app, clipboard_reachable):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen, card = await open_compare(app, pilot)
        await pilot.press("ctrl+c")
        assert app.clipboard == "" and not any("sent" in toast for toast in toasts(app))
        assert isinstance(app.screen, CompareScreen)  # ctrl+c never quits (it says how)
        screen.selections = {card: Selection(Offset(0, 0), Offset(5, 0))}
        await pilot.press("ctrl+c")
        assert app.clipboard == card.text.plain[:5]
        assert any(toast.startswith("The selected text sent") for toast in toasts(app))


async def test_compare_says_when_a_copy_cannot_arrive(make_app, monkeypatch):
    monkeypatch.setenv("TERM", "linux")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen, _ = await open_compare(app, pilot)
        await pilot.press("y")
        assert app.clipboard == ""
        assert any(toast.startswith("Not copied: this terminal (TERM=linux)")
                   and f"gsomia-tui events {screen.event.id}" in toast for toast in toasts(app))


COMMANDS = ("", "search", "articles", "show", "events", "add", "edit", "remove", "overlap", "quotes",
            "trend", "export")


def help_text(command: str, columns: int, monkeypatch, capsys) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"] if command else ["--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [80, 60])
def test_every_help_fits_the_terminal_and_keeps_every_word(columns, monkeypatch, capsys):
    for command in COMMANDS:
        narrow = help_text(command, columns, monkeypatch, capsys)
        wide = help_text(command, 240, monkeypatch, capsys)
        assert [line for line in narrow.splitlines() if len(line) > columns] == [], command
        assert "".join(narrow.split()) == "".join(wide.split()), command  # every letter, in order


def test_a_wide_terminal_shows_the_help_as_written(monkeypatch):
    monkeypatch.setenv("COLUMNS", "240")
    written = OUR_EPILOG.strip("\n")
    assert FittingHelpFormatter("prog")._fill_text(written, 238, "") == written


OUR_EPILOG = """\
notes:
  --first          a note on a term, long enough to be wrapped on a terminal of forty
                   columns, and its second line under the description
  other-term       a line with a third column:     its example
Prose from the first column
goes on here.

examples:
  tool run --with a very long list of options that will not fit in forty columns
  tool run --short
"""


def test_a_paragraph_too_wide_is_wrapped_under_its_own_column():
    fitted = FittingHelpFormatter("prog")._fill_text(OUR_EPILOG, 40, "").splitlines()
    assert all(len(line) <= 40 for line in fitted)
    first = next(number for number, line in enumerate(fitted) if line.startswith("  --first  "))
    assert fitted[first + 1].startswith(" " * 19) and not fitted[first + 1].startswith(" " * 20)
    assert "  other-term       a line with a third" in fitted
    assert " " * 19 + "its example" in fitted  # a third column on a line of its own, under the second
    assert "Prose from the first column" in fitted and "goes on here." in fitted  # it fits: as written
    command = fitted.index("  tool run --with a very long list of")
    assert fitted[command + 1].startswith("      ")  # the rest of a command set in
    assert fitted[-1] == "  tool run --short"  # an example of its own is never joined to another


def with_many_outlets(timeline, count=37):
    """The timeline with outlets enough that their legend, wrapped, takes most of 80x24."""
    more = tuple((f"made-up-{n}", f"unknown (a_long_file_name_of_a_saved_page_{n}.txt, {n:08x})")
                 for n in range(count - len(timeline.outlets)))
    return replace(timeline, outlets=timeline.outlets + more)


@pytest.mark.parametrize("outlets", [37, 3])
async def test_the_matrix_keeps_its_rows_on_screen_whatever_the_legend(make_app, outlets):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        timeline = with_many_outlets(app.screen.timeline, outlets) if outlets > 3 else app.screen.timeline
        app.push_screen(MatrixScreen(timeline))
        await settle(app, pilot)
        table = app.screen.query_one("#matrix", DataTable)
        assert table.region.height >= 10  # header and rows: the events, not only the outlets' names
        if outlets <= 3:  # a short legend is shown whole, as before
            legend = app.screen.query_one("#matrix-legend")
            assert legend.region.height == legend.virtual_size.height


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_field_being_typed_in_shows_its_text(make_app, size):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await open_added_article(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press(*"Le Monde", "tab", *"2016-11")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditFactsScreen)
        date = dialog.query_one("#edit-date", Input)
        assert app.focused is date and date.value == "2016-11"
        assert date.content_region.height >= 1  # (a focused field was all border: typing unseen)
        text, _ = rendered_screen(app)
        assert "2016-11" in text and "Le Monde" in text


async def test_tab_and_text_in_one_read_go_to_the_next_field(make_app):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_added_article(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        for key, character in [("tab", None), ("2", "2"), ("shift+tab", None), ("x", "x")]:
            app.post_message(events.Key(key, character))  # queued at once, as a fast typist's keys
        await pilot.pause(0.3)
        assert dialog.query_one("#edit-date", Input).value == "2"
        assert dialog.query_one("#edit-outlet", Input).value.endswith("x")
        assert app.focused is dialog.query_one("#edit-outlet", Input)
