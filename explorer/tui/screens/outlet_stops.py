"""Where `[` / `]` are within an event: one stop per covering outlet, wrapping.

The stops and their lags are found once per event (a sort of the event's coverage, which grows
with the library: thousands of passages for a big event) and kept, so that a key is an index
step, not the sorts again that each key made several times. The timeline's worker finds them for
its biggest events (`find_for_biggest_events`), so that highlighting an event in the list finds
them ready instead of sorting its coverage on the UI thread."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.results import Coverage, Timeline, TimelineEvent

EVENTS_KEPT = 64  # the events whose stops are kept (the event list's recent highlights)
# id(event) -> (the event itself, which keeps its id from being reused; its stops; their lags)
_found: OrderedDict[int, tuple[TimelineEvent, tuple[Coverage, ...], tuple[str, ...]]] = OrderedDict()
_found_lock = threading.Lock()  # the timeline's worker fills `_found` while keys read it


def stops_and_lags(event: TimelineEvent) -> tuple[tuple[Coverage, ...], tuple[str, ...]]:
    """Each outlet's first covering passage, in the order of its reports, and each one's lag
    ("first", "+4 d" ...), found once for this event."""
    with _found_lock:
        kept = _found.get(id(event))
        if kept is not None and kept[0] is event:
            _found.move_to_end(id(event))
            return kept[1], kept[2]
    from index.results import lags_by_outlet  # lazily: the app's first frame needs no index code

    stops = event.first_by_outlet()
    lag_by_outlet = lags_by_outlet(event)
    lags = tuple(lag_by_outlet[item.outlet_id] for item in stops)
    with _found_lock:
        _found[id(event)] = (event, stops, lags)
        if len(_found) > EVENTS_KEPT:
            _found.popitem(last=False)
    return stops, lags


def find_for_biggest_events(timeline: Timeline) -> None:
    """Find the stops of the timeline's events with the most coverage (as many as are kept), off
    the UI thread: the smaller events left are quick to sort when highlighted."""
    events = sorted(timeline.events + timeline.anticipated, key=lambda event: len(event.coverage))
    for event in events[-EVENTS_KEPT:]:
        stops_and_lags(event)


@dataclass(frozen=True)
class OutletStops:
    event: TimelineEvent
    stops: tuple[Coverage, ...]
    lags: tuple[str, ...]  # of each stop's outlet
    index: int = 0

    @classmethod
    def at(cls, event: TimelineEvent, outlet_id: str | None = None) -> "OutletStops":
        """The stops of `event`, starting at `outlet_id`'s (else the first outlet's)."""
        stops, lags = stops_and_lags(event)
        ids = [item.outlet_id for item in stops]
        return cls(event, stops, lags, ids.index(outlet_id) if outlet_id in ids else 0)

    @property
    def current(self) -> Coverage | None:
        return self.stops[self.index] if self.stops else None

    def step(self, direction: int) -> "OutletStops":
        return replace(self, index=(self.index + direction) % max(1, len(self.stops)))

    @property
    def where(self) -> str:
        """"outlet 2/3: KBS World Radio · +4 d", or who alone covers the event."""
        current = self.current
        if current is None:
            return "no outlet covers this event yet"
        if len(self.stops) == 1:
            return f"only {current.outlet_label} covers this event"
        return f"outlet {self.index + 1}/{len(self.stops)}: {current.outlet_label} · {self.lags[self.index]}"
