"""Where `[` / `]` are within an event: one stop per covering outlet, wrapping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.results import Coverage, TimelineEvent


@dataclass(frozen=True)
class OutletStops:
    event: TimelineEvent
    index: int = 0

    @classmethod
    def at(cls, event: TimelineEvent, outlet_id: str | None = None) -> "OutletStops":
        """The stops of `event`, starting at `outlet_id`'s (else the first outlet's)."""
        ids = [item.outlet_id for item in event.first_by_outlet()]
        return cls(event, ids.index(outlet_id) if outlet_id in ids else 0)

    @property
    def stops(self) -> tuple[Coverage, ...]:
        return self.event.first_by_outlet()

    @property
    def current(self) -> Coverage | None:
        return self.stops[self.index] if self.stops else None

    def step(self, direction: int) -> "OutletStops":
        return OutletStops(self.event, (self.index + direction) % max(1, len(self.stops)))

    @property
    def where(self) -> str:
        """"outlet 2/3: KBS World Radio · +4 d", or who alone covers the event."""
        current = self.current
        if current is None:
            return "no outlet covers this event yet"
        if len(self.stops) == 1:
            return f"only {current.outlet_label} covers this event"
        return f"outlet {self.index + 1}/{len(self.stops)}: {current.outlet_label} · {self.lag(current.outlet_id)}"

    def lag(self, outlet_id: str) -> str:
        """"first", "+4 d" ...: when the outlet reported the event, after the earliest."""
        from index.results import lag_label  # lazily: the app's first frame needs no index code

        return next(lag_label(r) for r in self.event.reports() if r.outlet_id == outlet_id)
