"""The outlet facet counts above the results, on one line: a click on one filters by it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from explorer.tui.render import literal

ACTIVE_STYLE = "bold reverse"
SEPARATOR = " · "
CUT = "…"  # stands for the chips left out before the active one


@dataclass(frozen=True)
class Chip:
    outlet_id: str | None  # None: every outlet
    text: str
    active: bool


def drawn_width(items: Sequence[Chip | None]) -> int:
    return sum(len(c.text) if c else len(CUT) for c in items) + \
        len(SEPARATOR) * max(0, len(items) - 1)


def visible_chips(chips: Sequence[Chip], width: int) -> list[Chip | None]:
    """The chips to draw in `width` cells: all of them if they fit, else "all", a cut (None)
    and the chips from the active one on (without "all" if even that is too wide), so that
    the active one is always seen."""
    active = next((i for i, c in enumerate(chips) if c.active), 0)
    if active < 2 or drawn_width(chips[:active + 1]) <= width:
        return list(chips)
    with_all = [chips[0], None, chips[active]]
    if drawn_width(with_all) <= width:
        return [chips[0], None, *chips[active:]]
    return [None, *chips[active:]]


class FacetBar(Static):
    """Posts `OutletClicked` when a chip is clicked."""

    DEFAULT_CSS = """
    FacetBar { height: 1; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    @dataclass
    class OutletClicked(Message):
        outlet_id: str | None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._chips: list[Chip] = []
        self._spans: list[tuple[int, int, str | None]] = []  # where each drawn chip is
        self._shown: tuple | None = None  # what the bar shows now

    def show(self, facets: Sequence[tuple[str, str, int]], total: int,
             outlet_id: str | None) -> None:
        """`facets` are (outlet id, label, count); the active filter is shown reversed."""
        self._chips = [Chip(None, f"all {total:,}", outlet_id is None)] + [
            Chip(oid, f"{label} {count:,}", oid == outlet_id) for oid, label, count in facets]
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = self.content_region.width or 10_000
        pieces: list[Content] = []
        self._spans, cursor = [], 0
        for chip in visible_chips(self._chips, width):
            if pieces:
                pieces.append(Content(SEPARATOR))
                cursor += len(SEPARATOR)
            if chip is None:
                pieces.append(literal(CUT, "dim"))
                cursor += len(CUT)
                continue
            pieces.append(literal(chip.text, ACTIVE_STYLE if chip.active else ""))
            self._spans.append((cursor, cursor + len(chip.text), chip.outlet_id))
            cursor += len(chip.text)
        content = Content.assemble(*pieces)
        shown = (content.plain, tuple(content.spans))
        if shown != self._shown:
            self._shown = shown
            self.update(content)

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left
        for start, end, outlet_id in self._spans:
            if start <= x < end:
                self.post_message(self.OutletClicked(outlet_id))
                return
