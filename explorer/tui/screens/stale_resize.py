"""Screens lay themselves out for the terminal's size, never for a stale one.

A screen also posts itself a `Resize` whenever its own region changes. When terminal resizes
come in bursts (a window dragged over SSH) and screens are switched in between (a dialog, the
too-small message), a screen can be left with a `Resize` for a size the terminal no longer
has: Textual 8.2.8 then lays it out for that size (panes off the screen, the wrong
breakpoint classes), and with two such sizes queued it bounced between them for good, at
100% CPU with memory growing (found by bench/monkey.py). The terminal's size is known to
the app; a `Resize` for any other size is dropped.
"""

from __future__ import annotations

from textual import events


class IgnoresStaleResize:
    """Mix in before the screen class."""

    def on_resize(self, event: events.Resize) -> None:
        if event.size != self.app.size:  # type: ignore[attr-defined]
            event.prevent_default()  # Screen._on_resize (layout, breakpoints) is not run
