"""An Input whose editing keys act in the order they were typed.

Textual runs a widget's (non-priority) key bindings only once the key has bubbled up to the App,
a hop through each parent's queue, while a printable key is inserted by the Input at once. Keys
that arrive in one read (a fast typist, laggy SSH) were thus applied out of order: `ctrl+u`
then "Le" cleared "Le" too, `home` then "X" put the X at the end. Here the Input runs its own
bindings when the key reaches it, in order with the text; every other key goes on as before.

The Input's own bindings are read from `_bindings` (private, but the map Textual itself runs,
keymaps applied): the public `Screen.active_bindings` is the focused widget's, and by the time
this Input reads a key, a tab in the same read may have moved the focus to the next field.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class InOrderInput(Input):
    async def _on_key(self, event: events.Key) -> None:
        if await self._ran_own_binding(event.key):
            event.stop()
            if event.is_printable:  # (else Input's own handler still runs: it shows the cursor again)
                event.prevent_default()

    async def _ran_own_binding(self, key: str) -> bool:
        for binding in self._bindings.key_to_bindings.get(key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                return True
        return False
