"""Whether a copy can reach the user's clipboard.

The app copies with OSC 52, which the terminal may honour, ignore, or never receive. Nothing
answers to say which; what can be known is when it surely cannot: a console without a
clipboard, or tmux told not to pass copies on. Then the app says so instead of "copied".
"""

from __future__ import annotations

import os
import subprocess
from typing import Mapping

NO_CLIPBOARD_TERMS = {"linux", "dumb", "vt100", "vt102", "vt220", "cons25"}


def clipboard_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why a copy would not reach the user (None: it may, if the terminal allows it)."""
    term = environ.get("TERM", "")
    if term in NO_CLIPBOARD_TERMS:
        return f"this terminal (TERM={term}) has no clipboard"
    if environ.get("TMUX") and _tmux_setting("set-clipboard") == "off":
        return "tmux does not pass copies on (set -g set-clipboard on)"
    return None


def _tmux_setting(name: str) -> str | None:
    try:
        done = subprocess.run(["tmux", "show-options", "-gv", name], capture_output=True,
                              text=True, timeout=1)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
