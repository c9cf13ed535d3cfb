"""The main screen's dialogs (compare, matrix) and the clipboard: a mixin of MainScreen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.tui.render import citation

if TYPE_CHECKING:
    from corpus.model import Article, Passage


class DialogActions:
    """Needs the screen's `stops`, `engine`, `timeline`, `source` and `go_to_event`."""

    def action_compare(self) -> None:
        from explorer.tui.dialogs.compare import CompareScreen

        if self.stops is not None and self.engine is not None:
            self.app.push_screen(CompareScreen(self.stops.event, self.engine.corpus))

    def action_matrix(self) -> None:
        from explorer.tui.dialogs.matrix import MatrixScreen

        if self.timeline is not None:
            chosen = self.stops.event.id if self.stops is not None else None
            self.app.push_screen(MatrixScreen(self.timeline, chosen),
                                 lambda choice: choice and self.go_to_event(*choice))

    def action_copy_passage(self) -> None:
        """The passage on screen and its citation, through the terminal (OSC 52)."""
        from explorer.tui.clipboard import clipboard_problem

        passage = self.source.current_passage()
        if passage is None or self.source.view is None:
            return
        article = self.source.view.article
        if problem := clipboard_problem():
            self.notify(not_copied(article, passage, problem), markup=False, severity="warning")
            return
        self.app.copy_to_clipboard(citation(article, passage))
        sent = (f"Passage {passage.number} and its citation sent to the terminal's "
                "clipboard (OSC 52: some terminals need it allowed)")
        self.notify(sent, markup=False)


def not_copied(article: Article, passage: Passage, problem: str) -> str:
    return (f"Not copied: {problem}. `gsomia-tui show {article.id[:8]} --passage "
            f"{passage.number}` prints it.")
