"""One outlet's card in the compare view: its passages, wrapped in a thread and drawn line by line.

A card of a thousand passages in one `Static` held the UI thread for seconds while Textual laid
it out; wrapping the same text to the card's width is half a second, done here in a worker, and
only the lines on screen are drawn (the line API, as Textual's `Log`). Each drawn line carries
where it starts in the card's text, so that a mouse selection copies the passages as written.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual import work
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.worker import get_current_worker

from explorer.tui.render import caption_within
from explorer.tui.widgets.titles import set_border_title

# Cards wrap one after another: a dozen threads at once each took the interpreter lock in turn
# with the UI thread, which then waited for all of them between two frames.
_ONE_AT_A_TIME = threading.Lock()
TITLE_FRAME = 6  # cells of the border around its title: "╭─ " and " ─╮"


Origin = tuple[int, int]  # where a wrapped line starts: (its line in the card's text, the offset there)


def wrapped(text: Content, width: int) -> tuple[list[Content], list[Origin]]:
    """`text` wrapped to `width` (as `Content.wrap`, one line of the text at a time), and each
    wrapped line's origin."""
    lines: list[Content] = []
    origins: list[Origin] = []
    for number, line in enumerate(text.split(allow_blank=True)):
        plain, start = line.plain, 0
        for piece in line.wrap(width):
            found = plain.find(piece.plain, start)  # (a wrapped line lost its trailing spaces)
            start = found if found >= 0 else start
            lines.append(piece)
            origins.append((number, start))
            start += len(piece.plain)
    return lines, origins


class PassageCard(ScrollView, can_focus=True):
    """`text` wrapped to the card's width again whenever the width changes."""

    @dataclass
    class Wrapped(Message):
        width: int
        lines: list[Content]
        origins: list[Origin]

    def __init__(self, captions: tuple[Content, ...], text: Content, classes: str = "") -> None:
        """`captions`: the card's labels, longest first; its border shows the longest it holds."""
        super().__init__(classes=classes)
        self.captions = captions
        self.border_title = captions[0]
        self.text = text
        self.lines: list[Content] = []
        self.origins: list[Origin] = []
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
            lines, origins = wrapped(self.text, width)
        if not worker.is_cancelled and width == self.wanted_width:
            self.post_message(self.Wrapped(width, lines, origins))

    def on_passage_card_wrapped(self, message: Wrapped) -> None:
        message.stop()
        if message.width != self.wanted_width:
            return  # the card changed width again meanwhile
        self.lines, self.origins, self.wrapped_width = message.lines, message.origins, message.width
        self.virtual_size = Size(message.width, len(message.lines))
        self.refresh(layout=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y
        width = self.scrollable_content_region.width
        if number >= len(self.lines):
            return Strip.blank(width, self.visual_style.rich_style)
        row, start = self.origins[number]
        line = self._selected_part_styled(self.lines[number], row, start)
        strips = Visual.to_strips(self, line, width, 1, self.visual_style, apply_selection=False, pad=True)
        if not strips:
            return Strip.blank(width)
        return strips[0].crop(scroll_x, scroll_x + width).apply_offsets(start + scroll_x, row)

    def _selected_part_styled(self, line: Content, row: int, start: int) -> Content:
        """`line` (which starts at `start` of the text's line `row`) with its selected part shown so."""
        selection = self.text_selection
        span = selection.get_span(row) if selection is not None else None
        if span is None:
            return line
        length = len(line.plain)
        first, last = max(span[0] - start, 0), length if span[1] == -1 else min(span[1] - start, length)
        if first >= last:
            return line
        style = Style.from_styles(self.screen.get_component_styles("screen--selection"))
        return line.stylize(style, first, last)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as the passages are written, not as the card wraps them."""
        return selection.extract(self.text.plain), "\n"
