"""The yardstick for `bench.tui_bench`'s start-up: a minimal Textual app with the same kinds
of widget as the explorer's main screen (an input, a list, a static pane) and nothing else.

    python bench/tui_minimal.py      # run as a script: no project import on the way

It imports only Textual, so "gsomia-tui start-up / this start-up" is the cost of our own
imports, CSS, widgets and mount work on top of Textual's.

Given `documents` ((title, text) pairs), it is also the keystroke yardstick: each change of the
input filters the titles in the event loop (no worker, no index), replaces the list's options
and shows the first match's text in the pane, which is the same screen work as the explorer's
results list and source pane, without any of our code.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, OptionList, Static


class MinimalApp(App[None]):
    def __init__(self, documents: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.documents = documents
        self.updates: list[str] = []  # the input values whose update has been applied

    CSS = """
    Input { height: 1; border: none; padding: 0 1; }
    OptionList { width: 1fr; border: round $primary; }
    Static#pane { width: 2fr; border: round $primary; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search: words, a phrase", id="query")
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
        options.add_options([f"{title}\n{text[:120]}" for title, text in found])
        if found:
            options.highlighted = 0
        self.query_one("#pane", Static).update(found[0][1] if found else "No match.")
        self.updates.append(event.value)


if __name__ == "__main__":
    MinimalApp().run()
