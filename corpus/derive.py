"""Everything derived from one article, behind one function: raw text + stated facts -> record.

The article store keeps these records; it re-derives a record from the raw file whenever the
rules that produced it change. `RULES_VERSION` is computed from the source of every module
that takes part (cleaning, metadata, dates, events...), so a change to any of them reaches
the store on the next open without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from corpus.events import DatedMention, dated_mentions
from corpus.loader import article_fingerprint, article_from_raw
from corpus.model import Article

# Bump by hand for a change the module sources do not show (a data file, a dependency).
RULES_EDITION = 1
# Files of corpus/ that play no part in deriving a stored article from its raw text (every
# other module and data file of the package does, or may: it is safer to re-derive).
_NOT_RULES = {"__init__.py", "article_store.py", "store_schema.py", "store_sync.py", "bulk.py",
              "formats.py", "json_stream.py", "library.py", "events.json"}


@dataclass(frozen=True)
class Derived:
    """One article as the store keeps it."""

    article: Article
    fingerprint: str  # changes when anything the reader or the index sees changes
    mentions: tuple[DatedMention, ...]


def derive(raw: str, known: dict[str, Any], source: str) -> Derived:
    """The clean article, its passages, metadata and dated mentions, from the raw text and
    what is known of it (a manifest entry or the library's meta.json)."""
    article = article_from_raw(raw, known, source)
    return Derived(article, article_fingerprint(article), dated_mentions(article))


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Changes whenever the derivation rules' code does."""
    digest = hashlib.sha256(f"edition-{RULES_EDITION}".encode())
    folder = Path(__file__).parent
    sources = sorted(folder.rglob("*.py")) + sorted(folder.glob("*.json"))
    for path in sources:
        if path.name not in _NOT_RULES:
            digest.update(path.name.encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()[:16]
