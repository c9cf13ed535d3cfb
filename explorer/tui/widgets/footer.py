"""A compact footer that shows only the keys that fit its width, never a cut one.

Textual's Footer lays every shown binding side by side and clips the row: at 80 columns a
stray "?" and a cut "? Help", at 60 columns stray letters and no "q Quit". This one keeps
the keys a newcomer needs (`tab`, `?`, `q`) at every width, then as many of the others as
fit, in the order the focused widget and its screen declare them; `?` lists them all.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ESSENTIAL_ACTIONS = ("app.focus_next", "quit", "help")
PALETTE_WIDTH = 12  # "▏^p palette" and its padding
PALETTE_FROM = 70  # narrower footers leave the palette to ctrl+p and the help screen


def key_width(display: str, description: str) -> int:
    """Cells a compact FooterKey takes: key, space, description, right margin."""
    return cell_len(display) + 1 + cell_len(description) + 1


class FittingFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0

    def fitting_bindings(self, width: int) -> list[tuple[Binding, bool, str]]:
        """The shown bindings (one per action) that fit in `width` cells, essentials first."""
        by_action: dict[str, tuple[Binding, bool, str]] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                by_action.setdefault(binding.action, (binding, enabled, tooltip))
        chosen, used = set(), 0
        ranked = sorted(by_action, key=lambda action: action not in ESSENTIAL_ACTIONS)
        for action in ranked:
            binding = by_action[action][0]
            needed = key_width(self.app.get_key_display(binding), binding.description)
            if used + needed <= width:
                chosen.add(action)
                used += needed
        return [entry for action, entry in by_action.items() if action in chosen]

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self._width = width = self.size.width or self.app.size.width
        palette = width >= PALETTE_FROM and self.show_command_palette
        for binding, enabled, tooltip in self.fitting_bindings(
                width - (PALETTE_WIDTH if palette else 0)):
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description,
                            binding.action, disabled=not enabled, tooltip=tooltip
                            ).data_bind(compact=Footer.compact)
        if palette:
            found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _, binding, enabled, tooltip = found
                yield FooterKey(binding.key, self.app.get_key_display(binding),
                                binding.description, binding.action, classes="-command-palette",
                                disabled=not enabled, tooltip=binding.tooltip or binding.description)

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self.call_after_refresh(self.recompose)
