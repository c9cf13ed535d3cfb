"""What each outlet added, from the explorer: `e` export, `t` trend, `w` shared passages,
`"` quotes.

Each view reads what the screen on top shows (the main screen's results, event or article;
the compare view's event) and opens as a dialog of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from index.citations import CitedPassage


def open_export(app: App) -> None:
    from explorer.tui.dialogs.export import ExportScreen

    found = on_screen(app.screen)
    if found is None:
        app.notify("Nothing to export yet: search, or choose an event", markup=False)
        return
    rows, title = found
    app.push_screen(ExportScreen(rows, title, f"gsomia-{slug(title)}.md"))


def on_screen(screen) -> tuple[tuple[CitedPassage, ...], str] | None:
    """(cited passages, what they are) of what `screen` shows: the compare view's event; on
    the main screen the chosen event while the source pane shows it, else the result rows."""
    from explorer.tui.dialogs.compare import CompareScreen
    from index.citations import cite_event, cite_rows

    if isinstance(screen, CompareScreen):
        return cite_event(screen.event, screen.corpus), _event_title(screen.event)
    engine = getattr(screen, "engine", None)
    if engine is None:
        return None
    stops = getattr(screen, "stops", None)
    view = getattr(getattr(screen, "source", None), "view", None)
    if stops is not None and view is not None and view.title:
        return cite_event(stops.event, engine.corpus), _event_title(stops.event)
    outcome = getattr(screen, "outcome", None)
    if outcome is None or not outcome.rows:
        return None
    query = outcome.request.query.strip()
    return cite_rows(screen.results_pane.highlighted_rows()), f"Search: {query}" if query else "All articles"


def open_trend(app: App) -> None:
    from explorer.tui.dialogs.trend import TrendScreen

    engine = getattr(app.screen, "engine", None)
    outcome = getattr(app.screen, "outcome", None)
    if engine is None:
        app.notify("The articles are still loading", markup=False)
        return
    query = outcome.request.query.strip() if outcome else ""
    app.push_screen(TrendScreen(engine, query))


def open_shared(app: App) -> None:
    from explorer.tui.dialogs.shared import SharedScreen

    engine = getattr(app.screen, "engine", None)
    view = getattr(getattr(app.screen, "source", None), "view", None)
    if engine is None or view is None:
        app.notify("Open an article first", markup=False)
        return
    app.push_screen(SharedScreen(engine, view.article))


def open_quotes(app: App) -> None:
    """The quotes of the corpus (of the chosen event first, when one is); enter shows the
    chosen quote's passage in the source pane."""
    from explorer.tui.dialogs.quotes import QuotesScreen

    screen = app.screen
    engine = getattr(screen, "engine", None)
    if engine is None or not hasattr(screen, "source"):
        app.notify("The articles are still loading", markup=False)
        return
    stops = getattr(screen, "stops", None)

    def read(copy) -> None:
        if copy is not None and screen.is_attached:
            show_quote(screen, engine.corpus, copy)

    app.push_screen(QuotesScreen(engine.corpus, stops.event if stops else None), read)


def show_quote(screen, corpus, copy) -> None:
    from explorer.tui.widgets.source_pane import SourceView
    from index.results import Span

    article = corpus.get(copy.quote.article_id)
    passage = article.passage(copy.quote.passage)
    span = Span(passage.start + copy.quote.start, passage.start + copy.quote.end)
    said = copy.quote.speaker_name or "unattributed"
    screen.source.show(SourceView(article, (span,), passage.number, None,
                                  f"Quote · {said}"))
    screen.set_focus(screen.source)


def slug(title: str) -> str:
    """A file-name-safe version of `title`: "Search: Han Min-koo" -> "search-han-min-koo"."""
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:40] or "export"


def _event_title(event) -> str:
    return f"{event.title} ({event.date_label})"
