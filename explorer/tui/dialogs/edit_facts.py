"""`E`: correct what was found of the article in the source pane (as `gsomia-tui edit` does).

What is set is kept as "set by you" in the library, through re-indexing and newer rules; the
explorer then reloads so that the facets, the timeline and the source pane follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import literal
from explorer.tui.widgets.footer import FittingFooter
from explorer.tui.widgets.in_order_input import InOrderInput

if TYPE_CHECKING:
    from pathlib import Path

    from textual.app import App

    from corpus.loader import Corpus
    from corpus.model import Article

FIELDS = (("outlet", "Outlet"), ("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)"),
          ("headline", "Headline"), ("url", "Web address"))
HINT = ("enter saves what you changed (a field you empty goes back to what the page gives), "
        "tab moves between the fields, escape cancels.")


def open_edit(app: App, data_root: Path | None) -> None:
    view = getattr(getattr(app.screen, "source", None), "view", None)
    if view is None:
        app.notify("Open an article first: its facts are edited from the source pane",
                   markup=False)
        return
    if view.article.source.startswith("bundled:"):
        app.notify("The bundled articles are not edited; add your own copy with "
                   "`gsomia-tui add` to correct it", markup=False, severity="warning")
        return
    corpus = app.screen.engine.corpus
    app.push_screen(EditFactsScreen(view.article, corpus, data_root), _reload_after(app))


def _reload_after(app: App):
    def reload(article_id: str | None) -> None:
        if article_id and hasattr(app.screen, "action_reload"):
            app.screen.action_reload()
    return reload


class EditFactsScreen(DismissOnlyOnTop, ModalScreen[str | None]):
    """Dismisses with the article's id once its facts are saved, or None when cancelled."""

    DEFAULT_CSS = """
    EditFactsScreen { align: center middle; }
    EditFactsScreen > Vertical { width: 90%; max-width: 90; height: auto; max-height: 100%;
                                 border: round $accent; padding: 0 1; background: $surface;
                                 overflow-y: auto; }
    EditFactsScreen Input { height: 1; border: none; padding: 0 1; }
    /* Input:focus gives a tall border, which in one row left no room for the text typed */
    EditFactsScreen Input:focus { border: none; background: $boost; }
    EditFactsScreen #edit-problem { color: $text-warning; }
    """
    BINDINGS = [
        Binding("escape", "close", "Cancel", id="close_edit"),
        # priority: checked as the key arrives, so that what is typed right after tab in the same
        # read (laggy SSH, a fast typist) goes to the next field, not the one tab leaves
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True, id="next_field"),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True,
                id="previous_field"),
    ]

    def __init__(self, article: Article, corpus: Corpus, data_root: Path | None) -> None:
        super().__init__()
        self.article = article
        self.corpus = corpus
        self.data_root = data_root
        self.before = {"outlet": article.outlet or "", "date": article.date or "",
                       "headline": article.headline or "", "url": article.url or ""}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content.assemble("Correct what was found of ",
                                          literal(self.article.id[:8], "bold")), id="edit-title")
            for field, label in FIELDS:
                yield Label(label)
                yield InOrderInput(self.before[field], id=f"edit-{field}", select_on_focus=False)
            yield Static(HINT, id="edit-hint", markup=False)
            yield Static("", id="edit-problem", markup=False)
        yield FittingFooter()  # (its own keys, not those of the screen under it)

    def typed(self) -> dict[str, str]:
        return {field: self.query_one(f"#edit-{field}", Input).value.strip() for field, _ in FIELDS}

    def changes(self) -> dict[str, str]:
        """The fields whose text differs from what was found."""
        return {field: value for field, value in self.typed().items()
                if value and value != self.before[field]}

    def emptied(self) -> list[str]:
        """The fields that held a value and were emptied: what the user set there is undone."""
        return [field for field, value in self.typed().items() if not value and self.before[field]]

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        changes, emptied = self.changes(), self.emptied()
        if not changes and not emptied:
            self._say("Nothing changed: type a new value, or escape to cancel")
            return
        problem = save_edits(self.article.id, changes, self.corpus, self.data_root, emptied)
        if problem:
            self._say(problem)
            return
        saved = f"Saved {', '.join(sorted([*changes, *emptied]))} of {self.article.id[:8]}; reloading"
        self.app.notify(saved, markup=False)
        self.dismiss(self.article.id)

    def _say(self, problem: str) -> None:
        self.query_one("#edit-problem", Static).update(Content(problem))

    def action_close(self) -> None:
        self.dismiss(None)


def save_edits(article_id: str, changes: dict[str, str], corpus: Corpus,
               data_root: Path | None, undone: list[str] = ()) -> str | None:
    """Forget what the user set for the fields `undone`, then record `changes` in the library;
    a one-line problem, or None once saved. An article's small files are rewritten, so this
    runs at once (the library lock waits at most 2 s)."""
    from corpus.edits import EditError, edit_article, undo_edits
    from corpus.library import data_root as default_root
    from corpus.library_lock import CORRECTING, LibraryBusy, library_lock

    root = data_root or default_root()
    try:
        with library_lock(root, timeout=2.0, task=CORRECTING):
            if undone:
                undo_edits(article_id, list(undone), corpus, root)
            if changes:
                edit_article(article_id, changes, corpus, root)
    except (EditError, LibraryBusy) as problem:
        return str(problem)
    except KeyError as missing:
        return str(missing.args[0])
    except OSError as failure:
        return f"could not save in {root}: {failure.strerror or failure}"
    return None
