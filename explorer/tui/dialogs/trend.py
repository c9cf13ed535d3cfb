"""`t`: attention over time for the current search, interval by interval, per outlet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding
from textual.content import Content
from textual.message import Message

from explorer.tui.dialogs.report_screen import ReportScreen
from explorer.tui.render import DIM_STYLE, LABEL_STYLE, literal

if TYPE_CHECKING:
    from index.search import SearchEngine
    from index.trend import Trend

INTERVALS = ("month", "week", "day")
LABEL_WIDTH = 21


class TrendScreen(ReportScreen):
    """Articles per interval as bars, each followed by the outlets that published them."""

    WAITING = "Counting…"
    BINDINGS = [
        Binding("escape,q,t", "close", "Close", id="close_trend"),
        Binding("i", "next_interval", "Interval", id="trend_interval"),
    ]

    class Counted(Message):
        def __init__(self, trend: Trend | None, problem: str | None) -> None:
            super().__init__()
            self.trend, self.problem = trend, problem

    def __init__(self, engine: SearchEngine, query: str) -> None:
        super().__init__()
        self.engine = engine
        self.search_text = query
        self.interval = INTERVALS[0]
        self.trend: Trend | None = None

    def start(self) -> None:
        self.count()

    @work(thread=True, exclusive=True, group="trend", exit_on_error=False)
    def count(self) -> None:
        from index.results import QueryError
        from index.trend import build_trend, count_dated

        try:
            if self.search_text:
                found = build_trend(self.engine.search(self.search_text, limit=None), self.interval)
            else:
                found = count_dated(((a.outlet_id, a.outlet_label, a.date, a.date_precision)
                                     for a in self.engine.corpus), self.interval)
            self.post_message(self.Counted(found, None))
        except QueryError as problem:
            self.post_message(self.Counted(None, problem.message))

    def on_trend_screen_counted(self, message: Counted) -> None:
        self.trend = message.trend
        if message.problem is not None:
            self.show_body(Content(message.problem))
        else:
            self.show_body(render_trend(message.trend, self.size.width - 4))

    def title_content(self) -> Content:
        what = f"“{self.search_text}”" if self.search_text else "every article"
        return Content.assemble(literal("Articles per ", "bold"), literal(self.interval, "bold"),
                                " · ", literal(what, LABEL_STYLE),
                                literal("   i: month / week / day", DIM_STYLE))

    def action_next_interval(self) -> None:
        self.interval = INTERVALS[(INTERVALS.index(self.interval) + 1) % len(INTERVALS)]
        self.count()


def render_trend(trend: Trend, width: int) -> Content:
    """One line per interval (label, bar, count) and a dim line naming its outlets."""
    if not trend.buckets:
        lines = [Content("No dated article matches.")]
    else:
        widest = max(bucket.articles for bucket in trend.buckets)
        bar_width = max(4, width - LABEL_WIDTH - 6)
        labels = dict(trend.outlets)
        lines = []
        for bucket in trend.buckets:
            bar = "█" * max(1, round(bar_width * bucket.articles / widest))
            lines.append(Content.assemble(literal(f"{bucket.label:<{LABEL_WIDTH}}"),
                                          literal(bar, "$accent"), f" {bucket.articles}"))
            outlets = " · ".join(f"{labels[oid]} {n}" for oid, n in bucket.by_outlet)
            lines.append(literal(" " * 2 + outlets, DIM_STYLE))
    for label, count in (("undated", trend.undated),
                         (f"dated less precisely than a {trend.interval}", trend.coarser)):
        if count:
            lines.append(literal(f"{count} article{'s' if count != 1 else ''} {label}, "
                                 "counted apart", DIM_STYLE))
    return Content("\n").join(lines)
