"""Border titles that repaint only when they change."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from explorer.tui.render import literal


def set_border_title(widget: Widget, title: str | Content) -> None:
    """Give `widget` this border title (plain text, or content), repainting it only if the
    title changed: Textual repaints the whole widget on every assignment, a pane's worth of
    bytes over SSH for every key typed."""
    content = title if isinstance(title, Content) else literal(title)
    if widget.border_title != content.markup:
        widget.border_title = content
