"""`e`: write what is on screen to a file, each passage cited (as `gsomia-tui export` does)."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import literal
from explorer.tui.widgets.footer import FittingFooter
from explorer.tui.widgets.in_order_input import InOrderInput
from index.citations import CitedPassage

HINT = ("The file's ending chooses the format: .md (Markdown quotes), .csv or .json. "
        "enter writes, escape cancels.")


class ExportScreen(DismissOnlyOnTop, ModalScreen[str | None]):
    """Dismisses with the path written, or None when cancelled."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 90%; max-width: 90; height: auto; border: round $accent;
                              padding: 0 1; background: $surface; }
    ExportScreen #export-problem { color: $text-warning; }
    """
    BINDINGS = [Binding("escape", "close", "Cancel", id="close_export")]

    def __init__(self, rows: Sequence[CitedPassage], title: str, suggested: str) -> None:
        super().__init__()
        self.rows = tuple(rows)
        self.title_text = title
        self.suggested = suggested
        self._confirmed: Path | None = None  # a file that exists, to replace on a second enter

    def compose(self) -> ComposeResult:
        articles = len({row.article_id for row in self.rows})
        summary = Content.assemble(
            f"Export {len(self.rows)} passage{'s' if len(self.rows) != 1 else ''} from "
            f"{articles} article{'s' if articles != 1 else ''}: ", literal(self.title_text, "bold"))
        with Vertical():
            yield Static(summary, id="export-summary")
            yield InOrderInput(self.suggested, id="export-path", select_on_focus=False)
            yield Static(HINT, id="export-hint", markup=False)
            yield Static("", id="export-problem", markup=False)
        yield FittingFooter()  # (its own keys, not those of the screen under it)

    def on_input_submitted(self, message: Input.Submitted) -> None:
        from index.export_formats import format_of, render, write_whole

        message.stop()
        path = Path(message.value.strip()).expanduser()
        fmt = format_of(path)
        if not message.value.strip() or fmt is None:
            self._say("End the file name in .md, .csv or .json")
            return
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            self._say(f"{path} exists: press enter again to replace it, or change the name")
            return
        problem = write_whole(path, render(self.rows, fmt, self.title_text))
        if problem:
            self._say(problem)
            return
        wrote = f"Wrote {len(self.rows)} passages to {path}"
        self.app.notify(wrote, markup=False)
        self.dismiss(str(path))

    def _say(self, problem: str) -> None:
        self.query_one("#export-problem", Static).update(Content(problem))

    def action_close(self) -> None:
        self.dismiss(None)
