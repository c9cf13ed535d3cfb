"""Dismiss a screen only while it is on top.

`Screen.dismiss` pops whatever screen is on top. A message queued for a dialog before it
closed (keys and clicks that arrive in one read: enter then escape in the command palette,
a cell chosen in the matrix then escape) would then pop the main screen and kill the app
with `ScreenStackError`, or pop the wrong dialog. Found by tests/test_monkey.py.
"""

from __future__ import annotations

from textual.await_complete import AwaitComplete


class DismissOnlyOnTop:
    """Mix in before the screen class: a dismiss from a screen that is not on top is dropped.

    (A plain mixin, not a `Screen`: Textual merges component classes and CSS along DOMNode
    bases only, and a second Screen base in front hides the palette's component classes.)
    """

    is_active: bool

    def dismiss(self, result=None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete()  # already closed (or another mode is showing): nothing to do
        return super().dismiss(result)
