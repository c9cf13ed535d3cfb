"""An OptionList with vi keys that survives page keys arriving before its first layout."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class PagedOptionList(OptionList):
    """OptionList plus `j` / `k`, guarded against the `KeyError: 0` of an early PageUp/PageDown.

    Textual 8.2.8 computes page moves from a line cache that is empty until the list has a
    size; a burst of keys (laggy SSH) can land before that and crash the app.
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
    ]

    def action_page_up(self) -> None:
        if self._has_lines():
            super().action_page_up()

    def action_page_down(self) -> None:
        if self._has_lines():
            super().action_page_down()

    def _has_lines(self) -> bool:
        return bool(self.option_count) and (self.highlighted or 0) in self._index_to_line
