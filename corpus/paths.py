"""Where the user's library lives: the platform's user data directory, or $GSOMIA_TUI_DATA; and
their configuration (their own outlets.json): the user config directory, or $GSOMIA_TUI_CONFIG."""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "GSOMIA_TUI_DATA"
CONFIG_ENV = "GSOMIA_TUI_CONFIG"  # (as corpus.intake.outlets reads it)


def data_root() -> Path:
    configured = os.environ.get(DATA_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("gsomia-tui"))


def config_root() -> Path:
    configured = os.environ.get(CONFIG_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("gsomia-tui"))
