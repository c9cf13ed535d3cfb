"""The coverage matrix: events down, outlets across; enter jumps to the passage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import literal, outlet_legend
from explorer.tui.screens.stale_resize import IgnoresStaleResize

if TYPE_CHECKING:
    from index.results import Timeline

NOT_COVERED = "—"
LEGEND = (f"¶n: the outlet's first passage on the event (+k: more passages)   "
          f"{NOT_COVERED}: not covered   enter: read it   escape: back")
CELL_PADDING = 2  # a DataTable cell's padding, one each side
SCROLLBAR_AND_PADDING = 4  # the vertical scrollbar (2) and the row label's padding (2)
MIN_TITLE = 10  # a row title narrower than this is left out (the line above names the event)


class MatrixScreen(DismissOnlyOnTop, IgnoresStaleResize, Screen[tuple[str, str] | None]):
    """Dismisses with (event id, outlet id) when a covered cell is chosen. The cursor starts
    on `event_id`'s row (the event being read), at its first covering outlet."""

    BINDINGS = [
        Binding("escape,m,q", "close", "Close", id="close_matrix"),
        Binding("j", "cursor('down')", "Down", show=False, id="matrix_down"),
        Binding("k", "cursor('up')", "Up", show=False, id="matrix_up"),
    ]

    def __init__(self, timeline: Timeline, event_id: str | None = None) -> None:
        super().__init__()
        self.timeline = timeline
        self.matrix = timeline.matrix()
        self.event_id = event_id

    def compose(self) -> ComposeResult:
        # many outlets (37 at 80x24) took the screen for their names: the list scrolls beyond a
        # third of it, and the line above the table names the outlet under the cursor anyway
        with VerticalScroll(id="matrix-legend-box", can_focus=False):
            yield Static(outlet_legend(self.timeline.outlets), id="matrix-legend")
        yield Static(literal(LEGEND), id="matrix-keys")
        yield Static(id="matrix-event")
        yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Columns are outlet numbers (the legend names them) so that all fit in 80 columns;
        each row is labelled with its date (never cut) and as much of its title as fits."""
        table = self.query_one(DataTable)
        outlets = self.timeline.outlets
        cells = {event.id: [self._cell(self.matrix.get(event.id, {}).get(oid, ()))
                            for oid, _ in outlets] for event in self.timeline.events}
        widths = [max([len(str(number)), *(len(row[i]) for row in cells.values())])
                  for i, number in enumerate(range(1, len(outlets) + 1))]
        for number, ((outlet_id, _label), width) in enumerate(zip(outlets, widths), start=1):
            table.add_column(Text(str(number)), key=outlet_id, width=width)
        date_width = max((len(e.date_label) for e in self.timeline.events), default=0)
        title_width = (self.size.width - SCROLLBAR_AND_PADDING - date_width - 1
                       - sum(width + CELL_PADDING for width in widths))
        for event in self.timeline.events:
            label = event.date_label.ljust(date_width)
            if title_width >= MIN_TITLE:
                label += " " + fit(event.title, title_width)
            table.add_row(*cells[event.id], key=event.id, label=Text(label))
        table.move_cursor(**self._start())
        table.focus()

    def _start(self) -> dict[str, int]:
        """The chosen event's row (else the first), at its first covering outlet."""
        ids = [event.id for event in self.timeline.events]
        row = ids.index(self.event_id) if self.event_id in ids else 0
        covered = self.matrix.get(ids[row], {}) if ids else {}
        columns = [i for i, (oid, _) in enumerate(self.timeline.outlets) if oid in covered]
        return {"row": row, "column": columns[0] if columns else 0}

    @staticmethod
    def _cell(items) -> Text:
        if not items:
            return Text(NOT_COVERED, style="dim")
        more = f" +{len(items) - 1}" if len(items) > 1 else ""
        return Text(f"¶{items[0].passage}{more}", style="bold")

    def on_data_table_cell_highlighted(self, message: DataTable.CellHighlighted) -> None:
        """The line above the table names the event and the outlet under the cursor."""
        event = self.timeline.event(message.cell_key.row_key.value)
        outlet = dict(self.timeline.outlets).get(message.cell_key.column_key.value, "")
        self.query_one("#matrix-event", Static).update(Content.assemble(
            literal(event.date_label, "bold"), " ", literal(event.title), " · ",
            literal(outlet, "bold $text-accent")))

    def on_data_table_cell_selected(self, message: DataTable.CellSelected) -> None:
        message.stop()
        event_id = message.cell_key.row_key.value
        outlet_id = message.cell_key.column_key.value
        if self.matrix.get(event_id, {}).get(outlet_id):
            self.dismiss((event_id, outlet_id))
        else:
            label = dict(self.timeline.outlets).get(outlet_id, outlet_id)
            not_covered = f"{label} did not cover this event"
            self.notify(not_covered, markup=False)

    def action_cursor(self, direction: str) -> None:
        getattr(self.query_one(DataTable), f"action_cursor_{direction}")()

    def action_close(self) -> None:
        self.dismiss(None)


def fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
