"""The coverage matrix: events down, outlets across; enter jumps to the passage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

if TYPE_CHECKING:
    from index.results import Timeline

NOT_COVERED = "—"
LEGEND = (f"¶n: the outlet's first passage on the event (+k more)   {NOT_COVERED}: not covered   "
          "enter: read it   escape: back")
TITLE_WIDTH = 34


class MatrixScreen(Screen[tuple[str, str] | None]):
    """Dismisses with (event id, outlet id) when a covered cell is chosen."""

    BINDINGS = [
        Binding("escape,m,q", "close", "Close", id="close_matrix"),
        Binding("j", "cursor('down')", "Down", show=False, id="matrix_down"),
        Binding("k", "cursor('up')", "Up", show=False, id="matrix_up"),
    ]

    def __init__(self, timeline: Timeline) -> None:
        super().__init__()
        self.timeline = timeline
        self.matrix = timeline.matrix()

    def compose(self) -> ComposeResult:
        yield Static(LEGEND, id="matrix-legend", markup=False)
        yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for outlet_id, label in self.timeline.outlets:
            table.add_column(Text(label), key=outlet_id)
        for event in self.timeline.events:
            row = self.matrix.get(event.id, {})
            title = event.title if len(event.title) <= TITLE_WIDTH else event.title[:TITLE_WIDTH - 1] + "…"
            table.add_row(*(self._cell(row.get(oid, ())) for oid, _ in self.timeline.outlets),
                          key=event.id, label=Text(f"{event.date_label:<12} {title}"))
        table.focus()

    @staticmethod
    def _cell(items) -> Text:
        if not items:
            return Text(NOT_COVERED, style="dim")
        more = f" +{len(items) - 1}" if len(items) > 1 else ""
        return Text(f"¶{items[0].passage}{more}", style="bold")

    def on_data_table_cell_selected(self, message: DataTable.CellSelected) -> None:
        message.stop()
        event_id = message.cell_key.row_key.value
        outlet_id = message.cell_key.column_key.value
        if self.matrix.get(event_id, {}).get(outlet_id):
            self.dismiss((event_id, outlet_id))
        else:
            label = dict(self.timeline.outlets).get(outlet_id, outlet_id)
            self.notify(f"{label} did not cover this event", markup=False)

    def action_cursor(self, direction: str) -> None:
        getattr(self.query_one(DataTable), f"action_cursor_{direction}")()

    def action_close(self) -> None:
        self.dismiss(None)
