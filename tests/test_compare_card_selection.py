"""A compare card's text selected with the mouse is the passages as written: the card draws
wrapped lines (the line API), and each drawn line says where in the text it starts."""

from __future__ import annotations

from textual.app import App
from textual.content import Content
from textual.containers import HorizontalScroll
from textual.geometry import Offset
from textual.selection import Selection

from conftest import wait_for
from explorer.tui.widgets.passage_card import PassageCard, wrapped

FIRST = "¶1 The two governments signed the agreement in Seoul after years of talks that had failed once."
SECOND = "¶4 Tokyo welcomed the signing, and the opposition in Seoul said it was rushed."
TEXT = f"{FIRST}\n\n{SECOND}"


class CardHarness(App):
    CSS = ".card { width: 31; height: 1fr; border: round $accent; padding: 0 1; }"

    def compose(self):
        with HorizontalScroll():
            yield PassageCard((Content("Outlet"),), Content(TEXT), classes="card")


async def wrapped_card(app, pilot) -> PassageCard:
    card = app.query_one(PassageCard)
    await wait_for(pilot, lambda: card.wrapped_width == card.scrollable_content_region.width > 0)
    return card


def offsets_drawn(card: PassageCard, y: int) -> set[tuple[int, int]]:
    """The (x, y) of the text under each cell of the card's line `y` (what the mouse selects by)."""
    strip = card.render_line(y)
    return {segment.style.meta["offset"] for segment in strip if segment.style and "offset" in segment.style.meta}


def test_each_wrapped_line_knows_its_line_and_offset_in_the_text():
    lines, origins = wrapped(Content(TEXT), 29)
    assert [line.plain for line in lines] == [line.plain for line in Content(TEXT).wrap(29)]
    for line, (row, start) in zip(lines, origins):
        assert TEXT.split("\n")[row][start:start + len(line.plain)] == line.plain
    assert origins[0] == (0, 0) and origins[1][0] == 0 and origins[1][1] > 0
    assert (1, 0) in origins and origins[-1][0] == 2


async def test_a_drawn_line_carries_the_offset_of_its_text_not_of_the_wrap():
    app = CardHarness()
    async with app.run_test(size=(60, 20)) as pilot:
        card = await wrapped_card(app, pilot)
        second_row = card.origins.index((2, 0))  # "¶4 ...", after the first passage and the blank line
        row, start = card.origins[1]
        assert min(offsets_drawn(card, 1)) == (start, row) == (start, 0)  # a wrapped line goes on in its row
        assert min(offsets_drawn(card, second_row)) == (0, 2)


async def test_text_selected_across_wrapped_lines_is_copied_as_written():
    app = CardHarness()
    async with app.run_test(size=(60, 20)) as pilot:
        card = await wrapped_card(app, pilot)
        selection = Selection(Offset(3, 0), Offset(len(FIRST), 0))
        assert card.get_selection(selection) == (FIRST[3:], "\n")
        app.screen.selections = {card: selection}
        drawn = card.render_line(1)  # the second wrapped line of the first passage: all selected
        selected = app.screen.get_component_rich_style("screen--selection")
        assert all(segment.style.bgcolor == selected.bgcolor for segment in drawn if segment.text.strip())


async def test_dragging_the_mouse_over_a_card_selects_its_text():
    app = CardHarness()
    async with app.run_test(size=(60, 20)) as pilot:
        card = await wrapped_card(app, pilot)
        left = card.scrollable_content_region.x - card.region.x
        top = card.scrollable_content_region.y - card.region.y
        await pilot.mouse_down(card, offset=(left + 3, top))
        await pilot.hover(card, offset=(left + 5, top + 2))
        await pilot.mouse_up(card, offset=(left + 5, top + 2))
        await pilot.pause()
        chosen = app.screen.get_selected_text()
    assert chosen == FIRST[3:card.origins[2][1] + 5 + 1]  # (the cell under the pointer too), not wrapped
