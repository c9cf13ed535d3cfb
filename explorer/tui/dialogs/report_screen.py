"""A full-screen report: a title, a body that a worker fills, a footer; escape closes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop


class ReportScreen(DismissOnlyOnTop, Screen[None]):
    """Subclasses give `title_content()`, start their worker in `start()` and show what it
    found with `show_body()`; the body scrolls by keyboard (it has the focus)."""

    DEFAULT_CSS = """
    ReportScreen #report-title { padding: 0 1; }
    ReportScreen #report-body { padding: 0 1; }
    """
    WAITING = "Working…"

    def compose(self) -> ComposeResult:
        yield Static(self.title_content(), id="report-title")
        with VerticalScroll(id="report-scroll"):
            yield Static(Content(self.WAITING), id="report-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#report-scroll").focus()
        self.start()

    def title_content(self) -> Content:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def show_body(self, content: Content) -> None:
        self.query_one("#report-body", Static).update(content)
        self.query_one("#report-title", Static).update(self.title_content())

    def action_close(self) -> None:
        self.dismiss(None)
