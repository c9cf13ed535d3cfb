"""The coverage matrix: events down, outlets across; enter jumps to the passage."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import outlet_legend
from explorer.tui.screens.stale_resize import IgnoresStaleResize

if TYPE_CHECKING:
    from index.results import Timeline

NOT_COVERED = "—"
LEGEND = (f"¶n: the outlet's first passage on the event (+k: more passages)   "
          f"{NOT_COVERED}: not covered   enter: read it   escape: back")
CELL_WIDTH = 7
DATE_WIDTH = 14


class MatrixScreen(DismissOnlyOnTop, IgnoresStaleResize, Screen[tuple[str, str] | None]):
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
        yield Static(Content.assemble(outlet_legend(self.timeline.outlets), "\n", LEGEND),
                     id="matrix-legend")
        yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Columns are outlet numbers (the legend names them) so that all fit in 80 columns."""
        table = self.query_one(DataTable)
        for number, (outlet_id, _label) in enumerate(self.timeline.outlets, start=1):
            table.add_column(Text(str(number)), key=outlet_id, width=CELL_WIDTH - 2)
        title_width = max(16, self.size.width - DATE_WIDTH - CELL_WIDTH * len(self.timeline.outlets) - 4)
        for event in self.timeline.events:
            row = self.matrix.get(event.id, {})
            title = event.title if len(event.title) <= title_width else event.title[:title_width - 1] + "…"
            table.add_row(*(self._cell(row.get(oid, ())) for oid, _ in self.timeline.outlets),
                          key=event.id, label=Text(f"{event.date_label:<{DATE_WIDTH - 1}} {title}"))
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
