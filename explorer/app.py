"""The App: wiring, theme, global bindings, commands, and `run_interactive` for the CLI."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from explorer.dialogs.palette import GoToProvider, SafeCommandPalette
from explorer.screens.background import CorpusLoader, TimelineBuilder
from explorer.screens.main import MainScreen

STARTED = time.perf_counter()


class GsomiaApp(App[int]):
    """How news outlets covered the 2016 South Korea-Japan GSOMIA pact."""

    TITLE = "gsomia-tui"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {GoToProvider}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("f1", "help", "Help", show=False, id="help_f1"),
    ]

    def __init__(self, index_root: Path | None = None, *, load_corpus: CorpusLoader | None = None,
                 build_timeline: TimelineBuilder | None = None) -> None:
        super().__init__()
        self.index_root = index_root
        self.load_corpus = load_corpus
        self.build_timeline = build_timeline

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.index_root, self.load_corpus, self.build_timeline))

    def on_ready(self) -> None:
        self.log.info(f"first frame after {time.perf_counter() - STARTED:.3f}s")

    def action_help(self) -> None:
        from explorer.dialogs.compare import CompareScreen
        from explorer.dialogs.help import HelpScreen
        from explorer.dialogs.matrix import MatrixScreen
        from explorer.widgets.event_list import EventList
        from explorer.widgets.results_list import ResultsList
        from explorer.widgets.search_box import SearchBox
        from explorer.widgets.source_pane import SourcePane

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen([
                ("Everywhere", GsomiaApp), ("Everywhere", MainScreen),
                ("Search box", SearchBox), ("Results", ResultsList), ("Events", EventList),
                ("Source", SourcePane), ("Compare", CompareScreen), ("Matrix", MatrixScreen),
                ("Help", HelpScreen),
            ]))

    def action_command_palette(self) -> None:
        if self.use_command_palette and not SafeCommandPalette.is_open(self):
            self.push_screen(SafeCommandPalette(id="--command-palette"))


def run_interactive(index_root: Path | None, data_root: Path | None = None) -> int:
    """Run the explorer until the user quits; the exit code for the CLI."""
    loader = None
    if data_root is not None:
        from corpus.library import load_corpus

        loader = partial(load_corpus, data_root)
    app = GsomiaApp(index_root, load_corpus=loader)
    app.run()
    return app.return_code or 0
