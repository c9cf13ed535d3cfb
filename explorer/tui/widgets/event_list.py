"""The timeline: one row per event, dated at its granularity, marking the outlets that cover it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from explorer.tui.render import event_row, literal
from explorer.tui.widgets.option_list import PagedOptionList

if TYPE_CHECKING:
    from index.results import Timeline


class EventList(PagedOptionList):
    """Highlighting previews an event (while focused); enter chooses it."""

    BINDINGS = [Binding("enter", "select", "Show", id="choose_event")]

    @dataclass
    class EventHighlighted(Message):
        event_id: str

    @dataclass
    class EventChosen(Message):
        event_id: str

    def show_timeline(self, timeline: Timeline) -> None:
        self.clear_options()
        self.add_options([Option(event_row(event, timeline.outlets), id=event.id)
                          for event in timeline.events])

    def show_problem(self, problem: str) -> None:
        """No timeline: say why, in the list's place."""
        self.clear_options()
        self.add_option(Option(literal(problem)))
        self.disabled = True

    def select_event(self, event_id: str) -> None:
        """Move the highlight to `event_id` (e.g. from the palette or the matrix)."""
        index = next((i for i in range(self.option_count)
                      if self.get_option_at_index(i).id == event_id), None)
        if index is not None:
            self.highlighted = index

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id and self.has_focus:
            self.post_message(self.EventHighlighted(event.option.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EventChosen(event.option.id))
