"""The outlet facet counts and the sort order above the results."""

from __future__ import annotations

from typing import Sequence

from textual.content import Content
from textual.widgets import Static

from explorer.tui.render import literal

ACTIVE_STYLE = "bold reverse"


class FacetBar(Static):

    _shown: tuple | None = None  # what the bar shows now
    DEFAULT_CSS = """
    FacetBar { height: auto; max-height: 2; padding: 0 1; }
    """

    def show(self, facets: Sequence[tuple[str, str, int]], total: int,
             outlet_id: str | None) -> None:
        """`facets` are (outlet id, label, count); the active filter is shown reversed."""
        every = literal(f"all {total}", ACTIVE_STYLE if outlet_id is None else "")
        items = [every] + [
            literal(f"{label} {count}", ACTIVE_STYLE if oid == outlet_id else "")
            for oid, label, count in facets
        ]
        content = Content(" · ").join(items)
        shown = (content.plain, tuple(content.spans))
        if shown != self._shown:
            self._shown = shown
            self.update(content)
