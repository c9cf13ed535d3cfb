"""The command palette: "go to article / event / outlet", drawn literally, and burst-safe."""

from __future__ import annotations

from functools import partial
from typing import Iterator

from rich.align import Align
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.css.query import NoMatches
from textual.errors import NoWidget
from textual.events import Click
from textual.widgets import LoadingIndicator
from textual.widgets.option_list import Option

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import date_label, literal
from explorer.tui.screens.stale_resize import IgnoresStaleResize
from explorer.tui.widgets.option_list import is_stale_click

MATCH_STYLE = "bold underline"
HITS_SHOWN = 200  # the best matches a search shows (10k rows built for a letter took seconds)


class SafeCommandList(CommandList):
    """The palette's list, without the crash of a click on a row a new search replaced."""

    async def _on_click(self, event: Click) -> None:  # type: ignore[override]
        if is_stale_click(self, event):
            event.prevent_default()


class SafeCommandPalette(DismissOnlyOnTop, IgnoresStaleResize, CommandPalette):
    """Textual 8.2.8's palette without the crashes of events that arrive in one read (laggy
    SSH), found by tests/test_monkey.py unless said otherwise:

    * PageUp/PageDown in the same read as ctrl+p, before its list has a size: `KeyError: 0`
      in `OptionList._move_page` (STYLE.md). Such page moves are dropped.
    * the palette closed while its search runs (escape, ctrl+p, a letter: the escape bubbles
      back to the app once the palette is up and closes it): the search, its watchers and
      its timer look for their widgets in the half-removed palette (`NoMatches`). A search
      of a palette that is closing ends quietly.
    * a click or a choice queued for the palette after a key in the same read closed it: the
      palette dismisses itself again and pops the main screen (`ScreenStackError`);
      `DismissOnlyOnTop` drops such dismissals.
    * a click that the terminal shrinking in the same read left off the screen (`NoWidget`).
    * a click on a row that the search replaced in the same read (`IndexError`): its list is
      a `SafeCommandList`.

    The app uses it for every palette, the theme picker included.
    """

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            yield SafeCommandList() if type(widget) is CommandList else widget

    def _action_command_list(self, action: str) -> None:
        try:
            super()._action_command_list(action)
        except (KeyError, IndexError):
            pass

    def _on_click(self, event: Click) -> None:  # type: ignore[override]
        # Runs before the palette's own handler, which looks up the widget under the click.
        try:
            self.get_widget_at(event.screen_x, event.screen_y)
        except NoWidget:
            event.prevent_default()

    @property
    def _intact(self) -> bool:
        """False once the palette is being taken down (its widgets are gone)."""
        return bool(self.query(CommandList)) and bool(self.query(LoadingIndicator))

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        try:
            await CommandPalette._gather_commands.__wrapped__(self, search_value)
        except NoMatches:
            if self._intact:
                raise

    def _watch__list_visible(self) -> None:
        if self._intact:
            super()._watch__list_visible()

    def _watch__show_busy(self) -> None:
        # Textual's watcher is a coroutine, awaited later by the palette: a palette closed
        # meanwhile (its search ending after an escape) dropped it unawaited (RuntimeWarning).
        if self._intact:
            self.query_one(LoadingIndicator).set_class(self._show_busy, "--visible")
            self.query_one(CommandList).set_class(self._show_busy, "--populating")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's countdown shows "No matches found" half a second later, in a list that a
        # palette closed meanwhile no longer has (`NoMatches`: the monkey, under load): the
        # same countdown, its end checking the palette is intact.
        if self._intact:
            self._stop_no_matches_countdown()
            self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN,
                                                    partial(self._show_no_matches, search_value))

    def _show_no_matches(self, search_value: str) -> None:
        if not self._intact:
            return
        if search_value:
            self.query_one(CommandList).add_option(
                Option(Align.center(Text("No matches found", style="not bold")), disabled=True, id=self._NO_MATCHES))
            self._list_visible = True
        else:
            self._list_visible = False  # (discovery: no commands to discover is nothing to show)


def highlighted(text: str, offsets) -> Content:
    """`text` with the letters a search matched in bold, as `Matcher.highlight` does but
    literally (it parses `text` as markup: a `[/]` would crash it)."""
    content = Content(text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(MATCH_STYLE, offset, offset + 1)
    return content


def best_matches(query: str, targets: list[tuple[str, object]], still_wanted=lambda: True,
                 limit: int = 0) -> list[tuple[float, str, object, tuple[int, ...]]]:
    """(score, text, command, matched offsets) of the targets `query` matches, best first, at
    most `limit` of them (0: all). Run in a thread: at 10k articles, matching every headline
    took one to two seconds a key, which the palette's key echo waited for on the UI thread.
    Stops early, with what it has, once `still_wanted()` is False (a newer key was typed)."""
    from textual.fuzzy import FuzzySearch

    search, found = FuzzySearch(), []
    for number, (text, command) in enumerate(targets):
        if number % 256 == 0 and not still_wanted():
            return []
        score, offsets = search.match(query, text)
        if score > 0:
            found.append((score, text, command, tuple(offsets)))
    found.sort(key=lambda match: -match[0])
    return found[:limit] if limit else found


class GoToProvider(Provider):
    """Articles, events and outlets of the main screen."""

    _articles: list | None = None
    _latest_query: str | None = None  # the palette's latest search: older ones stop
    _listed: list[tuple[str, object]] = []  # what it searches, listed again once the
    _listed_for: tuple[int, int] | None = None  # engine or the timeline it lists is another

    def _targets(self, articles_listed: int | None = None) -> Iterator[tuple[str, object]]:
        from explorer.tui.screens.main import MainScreen

        screen = self.screen
        if not isinstance(screen, MainScreen) or screen.engine is None:
            return
        if self._articles is None:  # read once per palette: a query, not a walk of articles
            self._articles = screen.engine.corpus.summaries()
        for article in self._articles[:articles_listed]:
            text = (f"Go to article: {article.headline} ({article.outlet_label}, "
                    f"{date_label(article.date)})")
            yield text, partial(screen.go_to_article, article.id)
        if screen.timeline is not None:
            for event in screen.timeline.events:
                yield (f"Go to event: {event.date_label} {event.title}",
                       partial(screen.go_to_event, event.id))
        for outlet_id, label in screen.engine.corpus.outlets():
            yield f"Go to outlet: {label}", partial(screen.filter_outlet, outlet_id)

    async def discover(self) -> Hits:
        """What the palette lists before a key is typed: the first articles (typing searches
        them all: 10k rows took seconds to build), every event and outlet."""
        import asyncio

        listed = await asyncio.to_thread(lambda: list(self._targets(articles_listed=HITS_SHOWN)))
        for text, command in listed:  # (the articles read from the store in a thread too)
            yield DiscoveryHit(literal(text), command, text=text)

    async def search(self, query: str) -> Hits:
        import asyncio

        self._latest_query = query
        listed_for = (id(getattr(self.screen, "engine", None)), id(getattr(self.screen, "timeline", None)))
        if self._listed_for != listed_for:  # (10k headlines and dates put into words: once)
            self._listed = await asyncio.to_thread(lambda: list(self._targets()))
            self._listed_for = listed_for
        matches = await asyncio.to_thread(best_matches, query, self._listed,
                                          lambda: self._latest_query == query, HITS_SHOWN)
        for score, text, command, offsets in matches:
            yield Hit(score, highlighted(text, offsets), command, text=text)
