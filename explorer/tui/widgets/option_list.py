"""An OptionList with vi keys that survives page keys arriving before its first layout, and
clicks on rows that are no longer there."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import OptionList


def is_stale_click(option_list: OptionList, event: events.Click) -> bool:
    """Does the click name a row the list no longer has?

    A click finds its row in the last frame drawn; when the rows were replaced after that
    frame (search results arriving in the same read as the click), Textual 8.2.8 looks the
    row up in the new rows and dies with `IndexError` (found by tests/test_monkey.py).
    """
    clicked = event.style.meta.get("option")
    return clicked is not None and not 0 <= clicked < option_list.option_count


class PagedOptionList(OptionList):
    """OptionList plus `j` / `k` / `g` / `G`, guarded against the `KeyError: 0` of an early PageUp/PageDown.

    Textual 8.2.8 computes page moves from a line cache that is empty until the list has a
    size; a burst of keys (laggy SSH) can land before that and crash the app.
    """

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("g", "first", "First", show=False, id="first"),
        Binding("G", "last", "Last", show=False, id="last"),
    ]

    def action_page_up(self) -> None:
        if self._has_lines():
            super().action_page_up()

    def action_page_down(self) -> None:
        if self._has_lines():
            super().action_page_down()

    async def _on_click(self, event: events.Click) -> None:  # type: ignore[override]
        # runs before OptionList's own handler, which it stops for a stale click
        if is_stale_click(self, event):
            event.prevent_default()

    def _has_lines(self) -> bool:
        return bool(self.option_count) and (self.highlighted or 0) in self._index_to_line
