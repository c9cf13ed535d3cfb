"""The App: wiring, theme, global bindings, commands, and `run_interactive` for the CLI."""

from __future__ import annotations

import codecs
import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import Sequence

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.notifications import Notify
from textual.screen import Screen

from explorer.tui.dialogs.palette import GoToProvider, SafeCommandPalette
from explorer.tui.screens.background import CorpusLoader, TimelineBuilder
from explorer.tui.screens.main import MainScreen
from explorer.tui.screens.too_small import TooSmallScreen, is_too_small

STARTED = time.perf_counter()
SEARCH_ENV = "GSOMIA_TUI_SEARCH"


class GsomiaApp(App[int]):
    """How news outlets covered the 2016 South Korea-Japan GSOMIA pact."""

    TITLE = "gsomia-tui"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {GoToProvider}
    # Two screen stacks: "main" (the main screen and its dialogs) and "too-small" (one message,
    # while the terminal is below the minimum size); switching keeps each stack as it was.
    DEFAULT_MODE = "main"
    MODES = {"too-small": TooSmallScreen}
    TOO_SMALL_ACTIONS = {"quit", "help_quit"}  # the only app actions while too small
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("f1", "help", "Help", show=False, id="help_f1"),
        Binding("escape", "hide_help_panel", "Close the keys panel", show=False,
                id="close_keys_panel"),
        Binding("e", "export_view", "Export what is on screen", show=False, id="export"),
        Binding("t", "trend_view", "Articles over time", show=False, id="trend"),
        Binding("w", "shared_view", "Shared with other outlets", show=False, id="shared"),
        Binding("quotation_mark", "quotes_view", "Quotes across outlets", show=False,
                id="quotes"),
        Binding("E", "edit_facts", "Correct the article's outlet, date, headline or address",
                show=False, id="edit_facts"),
    ]

    def __init__(self, index_root: Path | None = None, *, load_corpus: CorpusLoader | None = None,
                 build_timeline: TimelineBuilder | None = None,
                 notices: Sequence[str] = (), data_root: Path | None = None,
                 search_process: bool = False) -> None:
        super().__init__()
        self.index_root = index_root
        self.data_root = data_root  # the user's library (None: the default one)
        self.load_corpus = load_corpus
        self.build_timeline = build_timeline
        self.notices = tuple(notices)  # shown once the app is up (e.g. about the terminal)
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            # an animated scroll redraws the pane on every frame: 97 KB over SSH for one `End`
            self.animation_level = "none"
        self.add_mode("main", partial(MainScreen, index_root, load_corpus, build_timeline,
                                      search_process))

    def on_mount(self) -> None:
        self._fit_mode()
        for notice in self.notices:
            self.notify(notice, markup=False, severity="warning", timeout=10)

    def on_ready(self) -> None:
        self.log.info(f"first frame after {time.perf_counter() - STARTED:.3f}s")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and self._shutting_down:
            # keys and clicks that came in the same read as `q` would open screens that die
            # half-built during shutdown, or find none left (found by tests/test_monkey.py)
            return
        if isinstance(event, events.MouseDown) and self._on_a_removed_widget(event):
            return
        await super().on_event(event)

    @property
    def _shutting_down(self) -> bool:
        """Quitting, or shut down without `exit()` (a test's end): no screen to give input to."""
        return self.return_code is not None or not self.screen_stack

    def _on_a_removed_widget(self, event: events.MouseDown) -> bool:
        """Is the press on a widget being removed (a pane's parts recomposed, a toast going
        away)? Textual 8.2.8 starts a text selection there and dies with
        `AttributeError: 'NoneType' object has no attribute 'region'` (found by
        tests/test_monkey.py)."""
        try:
            widget, _ = self.screen.get_widget_and_offset_at(event.x, event.y)
        except Exception:  # noqa: BLE001 - no screen, no widget: Textual copes
            return False
        return widget is not None and not isinstance(widget, Screen) and widget.parent is None

    def _on_notify(self, event: Notify) -> None:
        """A toast already on screen is not stacked again (a key held down, `]` on an event one
        outlet covers): the one shown goes, and App's own handler, called after this, shows it
        anew with its time started again."""
        said = event.notification
        for shown in list(self._notifications):
            if (shown.message, shown.title, shown.severity) == (said.message, said.title, said.severity):
                self._unnotify(shown, refresh=False)

    def on_resize(self) -> None:
        # after App's own handler has recorded the new size
        self.call_later(self._fit_mode)

    def _fit_mode(self) -> None:
        wanted = "too-small" if is_too_small(self.size) else "main"
        if self.current_mode != wanted:
            self.switch_mode(wanted)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.current_mode == "too-small":
            return action in self.TOO_SMALL_ACTIONS
        if action == "hide_help_panel":  # escape means something else without the panel
            return self.keys_panel_open
        return True

    @property
    def keys_panel_open(self) -> bool:
        from textual.widgets import HelpPanel

        return bool(self.screen.query(HelpPanel))

    def action_help_quit(self) -> None:
        """ctrl+c, reflexively: say how to quit (Textual names ctrl+q, which SSH clients and
        terminals often take for themselves)."""
        self.notify("To quit, press q (or ctrl+q). In the search box ctrl+c copies the "
                    "selected text.", title="Quit?", markup=False)

    def action_help(self) -> None:
        from explorer.tui.dialogs.compare import CompareScreen
        from explorer.tui.dialogs.help import HelpScreen
        from explorer.tui.dialogs.matrix import MatrixScreen
        from explorer.tui.widgets.event_list import EventList
        from explorer.tui.widgets.results_list import ResultsList
        from explorer.tui.widgets.search_box import SearchBox
        from explorer.tui.widgets.source_pane import SourcePane

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen([
                ("Everywhere", GsomiaApp), ("Everywhere", MainScreen),
                ("Search box", SearchBox), ("Results", ResultsList), ("Events", EventList),
                ("Source", SourcePane), ("Compare", CompareScreen), ("Matrix", MatrixScreen),
                ("Help", HelpScreen),
            ]))

    def action_export_view(self) -> None:
        from explorer.tui.dialogs.open_views import open_export

        open_export(self)

    def action_trend_view(self) -> None:
        from explorer.tui.dialogs.open_views import open_trend

        open_trend(self)

    def action_shared_view(self) -> None:
        from explorer.tui.dialogs.open_views import open_shared

        open_shared(self)

    def action_edit_facts(self) -> None:
        from explorer.tui.dialogs.edit_facts import open_edit

        open_edit(self, self.data_root)

    def action_quotes_view(self) -> None:
        from explorer.tui.dialogs.open_views import open_quotes

        open_quotes(self)

    def action_show_help_panel(self) -> None:
        """Textual's "Keys" panel (a palette command), only on a screen in the DOM: run in the
        same read as keys that opened and closed the help screen, it found that screen on
        top but detached and died with `MountError` (bench/monkey.py, seed 5 on a loaded
        machine). The command is dropped; run again, it opens."""
        if self.screen.is_attached:
            super().action_show_help_panel()

    def action_command_palette(self) -> None:
        if self.use_command_palette and not SafeCommandPalette.is_open(self):
            self.push_screen(SafeCommandPalette(id="--command-palette"))

    def search_themes(self) -> None:
        """The palette's "Theme" command, in the burst-safe palette."""
        from textual.theme import ThemeProvider

        self.push_screen(SafeCommandPalette(providers=[ThemeProvider],
                                            placeholder="Search for themes…"))


def search_in_a_process() -> bool:
    """Searches run in a process of their own (the echo of typing never waits behind one)
    unless GSOMIA_TUI_SEARCH=thread asks for a thread of the explorer (as before 2026-12-02)."""
    return os.environ.get(SEARCH_ENV, "process").strip().lower() != "thread"


def draw_in_utf8() -> str | None:
    """Make the stream Textual draws on (stderr) UTF-8; say why if it was not.

    Textual has no ASCII fallback. Under LANG=C / LC_ALL=C / POSIX Python's UTF-8 mode already
    makes the stream UTF-8, and every terminal we support decodes UTF-8 whatever the remote
    locale says (ssh rarely forwards LANG). With another charset (a Latin-1 locale,
    PYTHONIOENCODING) Python would write each box-drawing character as a `\\u256d` escape and
    the layout would fall apart, so the app draws in UTF-8 anyway and tells the user.
    """
    stream = sys.__stderr__
    encoding = getattr(stream, "encoding", None) or "ascii"
    if codecs.lookup(encoding).name == "utf-8" or not hasattr(stream, "reconfigure"):
        return None
    stream.reconfigure(encoding="utf-8", errors="replace")
    return (f"The terminal's character set is {encoding}; gsomia-tui draws in UTF-8 anyway. "
            "If lines look wrong, use a UTF-8 locale (e.g. LANG=C.UTF-8).")


def run_interactive(index_root: Path | None, data_root: Path | None = None) -> int:
    """Run the explorer until the user quits; the exit code for the CLI."""
    loader = None
    if data_root is not None:
        from corpus.library import load_corpus

        loader = partial(load_corpus, data_root)
    notice = draw_in_utf8()
    app = GsomiaApp(index_root, load_corpus=loader, notices=[notice] if notice else [],
                    data_root=data_root, search_process=search_in_a_process())
    app.run()
    return app.return_code or 0
