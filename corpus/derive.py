"""Everything derived from one article, behind one function: raw text + stated facts -> record.

The article store keeps these records; it re-derives a record from the raw file whenever the
rules that produced it change (`corpus.rules.rules_version`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corpus.events import DatedMention, dated_mentions
from corpus.loader import article_fingerprint, article_from_raw
from corpus.model import Article
from corpus.rules import rules_version  # noqa: F401 - the version of what derive() does


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
