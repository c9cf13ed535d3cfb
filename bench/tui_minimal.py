"""The yardstick for `bench.tui_bench`: a minimal Textual app with the same kinds of widget as
the explorer's main screen (an input, a status line, a list, a static pane) and nothing else.

    python bench/tui_minimal.py [FOLDER]   # run as a script: no project import on the way

It imports only Textual, so "gsomia-tui start-up / this start-up" is the cost of our own
imports, CSS, widgets and mount work on top of Textual's. The input is on the first row and
the status line on the second, as in the explorer.

Without FOLDER, typing only echoes into the input: the floor of "a typed character shown".
With FOLDER (the `*.txt` files in it, e.g. `corpus/bundled`), it is also the keystroke
yardstick for results: each change of the input filters the texts in the event loop (no
worker, no index), replaces the list's options, shows the first match's text in the pane and
says `“VALUE”: N matches` on the status line, which is the same screen work as the
explorer's results list, status line and source pane, without any of our code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, OptionList, Static


def read_folder(folder: Path) -> list[tuple[str, str]]:
    """(first line, text) of each `*.txt` file of `folder`."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return [(text.strip().splitlines()[0] if text.strip() else "", text) for text in texts]


class MinimalApp(App[None]):
    def __init__(self, documents: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.documents = documents

    CSS = """
    Input { height: 1; border: none; padding: 0 1; }
    #status { height: 1; padding: 0 1; }
    OptionList { width: 1fr; border: round $primary; }
    Static#pane { width: 2fr; border: round $primary; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search: words, a phrase", id="query")
        yield Static("", id="status")
        with Horizontal():
            yield OptionList(*(f"Row {n}: a headline of a few words" for n in range(1, 31)))
            yield Static("The minimal app's static pane: a paragraph of text. " * 8, id="pane")

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.documents is None:
            return
        wanted = event.value.casefold()
        found = [(title, text) for title, text in self.documents
                 if all(word in (title + " " + text).casefold() for word in wanted.split())]
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Content(f"{title}\n{text[:120]}") for title, text in found])
        if found:
            options.highlighted = 0
        self.query_one("#pane", Static).update(Content(found[0][1] if found else "No match."))
        self.query_one("#status", Static).update(Content(f"“{event.value}”: {len(found)} matches"))


if __name__ == "__main__":
    MinimalApp(read_folder(Path(sys.argv[1])) if len(sys.argv) > 1 else None).run()
