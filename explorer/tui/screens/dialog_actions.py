"""The main screen's dialogs (compare, matrix) and the clipboard: a mixin of MainScreen."""

from __future__ import annotations

from explorer.tui.render import citation


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
        from explorer.tui.clipboard import copy_or_say_why

        passage = self.source.current_passage()
        if passage is None or self.source.view is None:
            return
        article = self.source.view.article
        copy_or_say_why(self, citation(article, passage), f"Passage {passage.number} and its citation",
                        f"`gsomia-tui show {article.id[:8]} --passage {passage.number}` prints it.")
