"""The command palette: "go to article / event / outlet", drawn literally, and burst-safe."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Iterator

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from explorer.render import date_label, literal

if TYPE_CHECKING:
    from explorer.screens.main import MainScreen

MATCH_STYLE = "bold underline"


class SafeCommandPalette(CommandPalette):
    """Textual 8.2.8's palette dies with `KeyError: 0` when PageUp/PageDown arrive in the same
    read as ctrl+p (laggy SSH), before its list has a size; drop such page moves instead."""

    def _action_command_list(self, action: str) -> None:
        try:
            super()._action_command_list(action)
        except (KeyError, IndexError):
            pass


def highlight(matcher: Matcher, text: str) -> Content:
    """Like `Matcher.highlight`, which parses `text` as markup (a `[/]` would crash it)."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(MATCH_STYLE, offset, offset + 1)
    return content


class GoToProvider(Provider):
    """Articles, events and outlets of the main screen."""

    def _targets(self) -> Iterator[tuple[str, object]]:
        from explorer.screens.main import MainScreen

        screen = self.screen
        if not isinstance(screen, MainScreen) or screen.engine is None:
            return
        for article in screen.engine.corpus.articles:
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
        for text, command in self._targets():
            yield DiscoveryHit(literal(text), command, text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlight(matcher, text), command, text=text)
