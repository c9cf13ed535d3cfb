"""The help screen: every binding, read from the classes that declare them."""

from __future__ import annotations

from typing import Iterable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import literal
from explorer.tui.screens.stale_resize import IgnoresStaleResize
from explorer.tui.widgets.footer import FittingFooter
from index.query_help import QUERY_LANGUAGE

GETTING_STARTED = (
    "Type / and some words: the results follow as you type (the word being typed also finds "
    "longer words: Naga finds Nagamine), and ↑ ↓ move through them without leaving the box. "
    "enter or esc goes back to the list; enter there moves into the article. "
    "tab goes from pane to pane: search, results, events, source. "
    "In the event list, enter shows the first outlet that reported the event; [ and ] step "
    "to the other outlets, c compares them side by side, m shows who covered what. "
    "Sentences other outlets also carry are marked in the source (≈ also in …); o there "
    "shows only the outlet's own passages. A results row marked ▸ has syndicated copies "
    "folded under it: space (or a click on ▸) shows them. "
    "y copies the passage on screen with its citation. q quits."
)
CLIPBOARD_NOTE = (
    "y copies through the terminal clipboard (OSC 52), which also works over SSH when the "
    "terminal allows it (in tmux: set -g set-clipboard on)."
)
EXTRA_KEYS = (
    ("Everywhere", "shift+tab", "Previous pane"),
    ("Everywhere", "ctrl+c", "Does not quit: q does (ctrl+c copies selected text in the box)"),
    ("Everywhere", "ctrl+p", "Command palette: go to article / event / outlet"),
    ("Lists", "↑ ↓ j k pgup pgdn", "Move"),
    ("Lists", "g / G, home / end", "First / last row (in the source: top / end)"),
)
KEY_NAMES = {"question_mark": "?", "slash": "/", "left_square_bracket": "[",
             "right_square_bracket": "]", "escape": "esc", "quotation_mark": '"'}


def key_label(keys: str) -> str:
    return " / ".join(KEY_NAMES.get(key.strip(), key.strip()) for key in keys.split(","))


def binding_rows(sections: Sequence[tuple[str, type]]) -> list[tuple[str, str, str]]:
    """(section, keys, what) for every described binding of every class, in order."""
    keys: dict[tuple[str, str, str], list[str]] = {}  # aliases (? and f1) share one row
    for section, owner in sections:
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                keys.setdefault((section, binding.action, binding.description), []).append(
                    key_label(binding.key))
    return [(section, " / ".join(labels), what) for (section, _, what), labels in keys.items()]


def help_content(rows: Iterable[tuple[str, str, str]]) -> Content:
    grouped: dict[str, list[tuple[str, str]]] = {}
    for name, keys, what in rows:
        grouped.setdefault(name, []).append((keys, what))
    lines: list[Content] = [literal("Getting started", "bold $text-accent"),
                            literal(GETTING_STARTED)]
    for name, entries in grouped.items():
        lines.append(literal(f"\n{name}", "bold $text-accent"))
        lines += [Content.assemble(literal(f"  {keys:<20}", "bold"), literal(what))
                  for keys, what in entries]
    lines.append(literal(f"\n{CLIPBOARD_NOTE}", "italic"))
    lines += [literal("\nThe query language", "bold $text-accent"), literal(QUERY_LANGUAGE)]
    return Content("\n").join(lines)


class HelpScreen(DismissOnlyOnTop, IgnoresStaleResize, ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close help", id="close_help")]

    def __init__(self, sections: Sequence[tuple[str, type]]) -> None:
        super().__init__()
        self.rows = binding_rows(sections) + list(EXTRA_KEYS)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys  (escape closes)"
            yield Static(help_content(self.rows), id="help-text")
        yield FittingFooter()  # (its own keys, not those of the screen under it)

    def action_close(self) -> None:
        self.dismiss()
