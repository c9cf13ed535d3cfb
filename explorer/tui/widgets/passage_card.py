"""One outlet's card in the compare view: its passages, wrapped in a thread and drawn line by line.

A card of a thousand passages in one `Static` held the UI thread for seconds while Textual laid
it out; wrapping the same text to the card's width is half a second, done here in a worker, and
only the lines on screen are drawn (the line API, as Textual's `Log`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual import work
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual
from textual.worker import get_current_worker

from explorer.tui.render import caption_within
from explorer.tui.widgets.titles import set_border_title

# Cards wrap one after another: a dozen threads at once each took the interpreter lock in turn
# with the UI thread, which then waited for all of them between two frames.
_ONE_AT_A_TIME = threading.Lock()
TITLE_FRAME = 6  # cells of the border around its title: "╭─ " and " ─╮"


def wrapped(text: Content, width: int) -> list[Content]:
    return text.wrap(width)


class PassageCard(ScrollView, can_focus=True):
    """`text` wrapped to the card's width again whenever the width changes."""

    @dataclass
    class Wrapped(Message):
        width: int
        lines: list[Content]

    def __init__(self, captions: tuple[Content, ...], text: Content, classes: str = "") -> None:
        """`captions`: the card's labels, longest first; its border shows the longest it holds."""
        super().__init__(classes=classes)
        self.captions = captions
        self.border_title = captions[0]
        self.text = text
        self.lines: list[Content] = []
        self.wrapped_width = 0  # the width `lines` fit (0: not wrapped yet)
        self.wanted_width = 0  # the width being wrapped for

    def on_resize(self) -> None:
        set_border_title(self, caption_within(self.captions, self.outer_size.width - TITLE_FRAME))
        self._fit_width()

    def watch_show_vertical_scrollbar(self) -> None:
        self._fit_width()  # shown once the lines overflow, the bar narrows the card: no Resize says so

    def _fit_width(self) -> None:
        """Wrap again for the width there is."""
        width = self.scrollable_content_region.width
        if width <= 0 or width == self.wanted_width:
            return
        self.wanted_width = width
        if width != self.wrapped_width:
            self._wrap(width)

    # (not `exclusive`: a wrap for a width no longer wanted returns by itself, cancelling none)
    @work(thread=True, group="wrap", exit_on_error=False)
    def _wrap(self, width: int) -> None:
        worker = get_current_worker()
        with _ONE_AT_A_TIME:
            if worker.is_cancelled or width != self.wanted_width:
                return
            lines = wrapped(self.text, width)
        if not worker.is_cancelled and width == self.wanted_width:
            self.post_message(self.Wrapped(width, lines))

    def on_passage_card_wrapped(self, message: Wrapped) -> None:
        message.stop()
        if message.width != self.wanted_width:
            return  # the card changed width again meanwhile
        self.lines, self.wrapped_width = message.lines, message.width
        self.virtual_size = Size(message.width, len(message.lines))
        self.refresh(layout=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y
        width = self.scrollable_content_region.width
        if number >= len(self.lines):
            return Strip.blank(width, self.visual_style.rich_style)
        strips = Visual.to_strips(self, self.lines[number], width, 1, self.visual_style, pad=True)
        return strips[0].crop(scroll_x, scroll_x + width) if strips else Strip.blank(width)
