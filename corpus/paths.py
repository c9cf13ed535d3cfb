"""Where the user's library lives: the platform's user data directory, or $GSOMIA_TUI_DATA."""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "GSOMIA_TUI_DATA"


def data_root() -> Path:
    configured = os.environ.get(DATA_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("gsomia-tui"))
