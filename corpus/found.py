"""One fact found in a page, with where it was found."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """One fact and where it was found."""

    value: str
    provenance: str


def short(text: str, tail: bool = False, width: int = 60) -> str:
    """`text` cut to `width` characters for a provenance, its end kept when `tail`."""
    if len(text) <= width:
        return text
    return "…" + text[-width:] if tail else text[:width] + "…"
