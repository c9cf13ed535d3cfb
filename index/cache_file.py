"""A JSON file of derived data kept beside the index: read if whole, written whole or not at all."""

from __future__ import annotations

import json
import os
from pathlib import Path


def read_cache(path: Path) -> dict:
    """The file's object, or {} when it is missing or damaged (the data is computed again)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_cache(path: Path, data: dict) -> None:
    """Write `data` through a temporary file renamed into place; a failure is no error (a
    cache only: the next run computes it again)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
