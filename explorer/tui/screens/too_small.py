"""What a terminal below the minimum size shows instead of a broken layout.

The App switches to the "too-small" mode (its own screen stack) while the terminal is too
small and back to "main" when it grows, so the main stack (the main screen, an open dialog,
the focus, a half-typed query) is kept exactly as it was.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Static

from explorer.tui.render import literal

# Below this the panes have no room for a result row or a readable line of the source.
MIN_WIDTH, MIN_HEIGHT = 40, 10


def is_too_small(size: Size | tuple[int, int]) -> bool:
    width, height = size
    return width < MIN_WIDTH or height < MIN_HEIGHT


def too_small_message(size: Size | tuple[int, int]) -> str:
    width, height = size
    return (f"terminal too small: {width}×{height}; "
            f"needs at least {MIN_WIDTH}×{MIN_HEIGHT} (q quits)")


class TooSmallScreen(Screen):
    """One centred message; keys other than `q` (quit) do nothing here."""

    DEFAULT_CSS = """
    TooSmallScreen { align: center middle; }
    TooSmallScreen > #too-small {
        width: 100%; height: auto; text-align: center; text-style: bold;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(literal(too_small_message(self.app.size)), id="too-small")

    def on_resize(self, event: events.Resize) -> None:
        if event.size != self.app.size:  # a stale size (see explorer/screens/stale_resize.py)
            event.prevent_default()
        else:
            self._show(event.size)

    def on_screen_resume(self) -> None:
        self._show(self.app.size)

    def _show(self, size: Size) -> None:
        # (resumed before its message is mounted, under load: compose shows the size then)
        for message in self.query("#too-small").results(Static):
            message.update(literal(too_small_message(size)))
