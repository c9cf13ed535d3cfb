"""Whether a copy can reach the user's clipboard.

The app copies with OSC 52, which the terminal may honour, ignore, or never receive. Nothing
answers to say which; what can be known is when it surely cannot: a console without a
clipboard, or tmux told not to pass copies on. Then the app says so instead of "copied".
"""

from __future__ import annotations

import os
import subprocess
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from textual.dom import DOMNode

NO_CLIPBOARD_TERMS = {"linux", "dumb", "vt100", "vt102", "vt220", "cons25"}


def clipboard_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why a copy would not reach the user (None: it may, if the terminal allows it)."""
    term = environ.get("TERM", "")
    if term in NO_CLIPBOARD_TERMS:
        return f"this terminal (TERM={term}) has no clipboard"
    if environ.get("TMUX") and _tmux_setting("set-clipboard") == "off":
        return "tmux does not pass copies on (set -g set-clipboard on)"
    return None


def copy_or_say_why(node: DOMNode, text: str, what: str, instead: str) -> None:
    """Send `text` to the terminal's clipboard and say that `what` was sent, or say why it
    cannot reach the user and what prints it `instead` (a sentence naming a command)."""
    if problem := clipboard_problem():
        node.notify(f"Not copied: {problem}. {instead}", markup=False, severity="warning")
        return
    node.app.copy_to_clipboard(text)
    node.notify(f"{what} sent to the terminal's clipboard (OSC 52: some terminals need it allowed)",
                markup=False)


def _tmux_setting(name: str) -> str | None:
    try:
        done = subprocess.run(["tmux", "show-options", "-gv", name], capture_output=True,
                              text=True, timeout=1)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
