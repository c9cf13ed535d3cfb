"""The timeline: one row per event, dated at its granularity, with how many outlets cover it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from explorer.tui.render import ROOMY_ROW, event_row, literal
from explorer.tui.widgets.option_list import PagedOptionList

if TYPE_CHECKING:
    from index.results import Timeline


DATE_COLUMN = len("26 Jun 2012")


class EventList(PagedOptionList):
    """Highlighting previews an event (while focused); enter chooses it."""

    BINDINGS = [Binding("enter", "select", "Show", id="choose_event")]

    @dataclass
    class EventHighlighted(Message):
        event_id: str

    @dataclass
    class EventChosen(Message):
        event_id: str

    @dataclass
    class Progress(Message):
        """Posted from the timeline's worker while the articles' events are found."""
        done: int
        total: int

    timeline: Timeline | None = None
    _roomy: bool | None = None  # rows drawn with their coverage mark

    def progress_from_thread(self, done: int, total: int) -> None:
        self.post_message(self.Progress(done, total))  # (post_message is thread-safe)

    def on_event_list_progress(self, message: Progress) -> None:
        """A library from before, or new event rules: every article's events are found once
        (minutes at 10k), so the list says how far it is instead of only "loading"."""
        if self.timeline is not None:
            return  # a late report of a build that has finished
        self.loading = False
        self.clear_options()
        self.add_options([  # two short lines: the list is 22 cells wide at 60x20
            Option(literal("finding events:"), disabled=True),
            Option(literal(f"{message.done:,} of {message.total:,}"), disabled=True)])

    def show_timeline(self, timeline: Timeline) -> None:
        """One row per event; the first highlighted, so that enter works on arrival."""
        self.timeline = timeline
        self._roomy = roomy = (self.scrollable_content_region.width or ROOMY_ROW) >= ROOMY_ROW
        # aligned on "26 Jun 2012"; the rare longer label ("early Nov 2016") pushes its row
        date_width = min(DATE_COLUMN, max((len(e.date_label) for e in timeline.events), default=0))
        highlighted = self.highlighted
        self.clear_options()
        self.add_options([Option(event_row(event, timeline.outlets, date_width, roomy),
                                 id=event.id) for event in timeline.events])
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)

    def on_resize(self) -> None:
        roomy = self.scrollable_content_region.width >= ROOMY_ROW
        if self.timeline is not None and roomy != self._roomy:
            self.show_timeline(self.timeline)

    def show_problem(self, problem: str) -> None:
        """No timeline: say why, in the list's place."""
        self.clear_options()
        self.add_option(Option(literal(problem)))
        self.disabled = True

    @property
    def highlighted_id(self) -> str | None:
        if self.highlighted is None or not 0 <= self.highlighted < self.option_count:
            return None
        return self.get_option_at_index(self.highlighted).id

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
