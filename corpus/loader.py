"""Load articles: raw text plus what is known about it becomes an `Article`."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from corpus.cleaning import clean_page
from corpus.model import Article, Passage, by_id_or_prefix, unknown_outlet_id
from corpus.sanitize import clean_line
from corpus.stated_dates import precision_of, stored_date

BUNDLED_DIR = Path(__file__).parent / "bundled"
MANIFEST = "manifest.json"
PARAGRAPH_BREAK = "\n\n"
# Bump when cleaning or passage splitting changes: it is part of every index key.
CLEANING_VERSION = 3


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be read, and what to do about it."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    problems: tuple[LoadProblem, ...] = ()
    _by_id: dict[str, Article] = field(default_factory=dict, repr=False, compare=False)
    _outlets: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update((article.id, article) for article in self.articles)
        for article in self.articles:
            self._outlets.setdefault(article.outlet_id, article.outlet_label)

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self):
        return iter(self.articles)

    def get(self, id_or_prefix: str) -> Article:
        """An article by its id or a unique prefix of it (at least four characters)."""
        return by_id_or_prefix(id_or_prefix, self._by_id, "article", "gsomia-tui articles")

    def outlets(self) -> list[tuple[str, str]]:
        """(outlet id, label) pairs, each once, in order of first appearance."""
        return list(self._outlets.items())

    @property
    def fingerprint(self) -> str:
        """Changes whenever any article's text or metadata, or the cleaning rules, change."""
        digest = hashlib.sha256()
        for article in self.articles:
            digest.update(article_fingerprint(article).encode())
        return digest.hexdigest()[:20]


def article_fingerprint(article: Article) -> str:
    """Changes whenever the article's text or metadata, or the cleaning rules, change."""
    digest = hashlib.sha256(f"cleaning-{CLEANING_VERSION}".encode())
    for value in (article.id, article.raw_text, article.headline, article.outlet_id,
                  article.outlet, article.date, article.date_precision, article.byline,
                  article.url, article.source):
        digest.update(b"\x00" + str(value).encode("utf-8"))
    return digest.hexdigest()[:20]


def make_passages(article_id: str, paragraphs: Iterable[str]) -> tuple[str, tuple[Passage, ...]]:
    """Join paragraphs into the clean text and number them with their offsets."""
    passages: list[Passage] = []
    offset = 0
    for number, text in enumerate(paragraphs, start=1):
        if passages:
            offset += len(PARAGRAPH_BREAK)
        passages.append(Passage(article_id, number, offset, offset + len(text), text))
        offset += len(text)
    return PARAGRAPH_BREAK.join(p.text for p in passages), tuple(passages)


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return re.sub(r"^the-", "", slug) or "unknown"


def article_from_raw(raw: str, known: dict[str, Any], source: str) -> Article:
    """Clean `raw` and combine it with what is `known` (manifest or front matter) about it.

    Known facts win over what the page's text suggests; nothing is guessed: a fact that
    is neither known nor printed stays None.
    """
    page = clean_page(raw)
    article_id = known.get("id") or hashlib.sha256(
        PARAGRAPH_BREAK.join(page.paragraphs).encode("utf-8")
    ).hexdigest()[:16]
    clean_text, passages = make_passages(article_id, page.paragraphs)
    outlet = _optional_line(known.get("outlet"))
    date = stored_date(known.get("date"))
    return Article(
        id=article_id,
        headline=_optional_line(known.get("headline")) or page.headline or "(no headline)",
        outlet=outlet,
        # a stored "unknown" (older libraries) is not shared: each such article is its own
        outlet_id=(known.get("outlet_id") or slugify(outlet)) if outlet else
        unknown_outlet_id(article_id),
        date=date,
        date_precision=precision_of(date),
        date_provenance=known.get("date_provenance") or "unknown",
        byline=_optional_line(known.get("byline")) or page.byline,
        url=_optional_line(known.get("url")),
        source=clean_line(source),
        raw_text=raw,
        clean_text=clean_text,
        passages=passages,
        section=_optional_line(known.get("section")) or page.section,
        notes=known.get("notes"),
    )


def _optional_line(value: Any) -> str | None:
    return clean_line(str(value)) or None if value else None


def load_bundled(directory: Path = BUNDLED_DIR) -> Corpus:
    """The bundled articles, as described by the manifest beside them."""
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    for known in manifest["articles"]:
        path = directory / known["file"]
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(LoadProblem(str(path), f"cannot be read ({error}); reinstall gsomia-tui"))
            continue
        articles.append(article_from_raw(raw, known, f"bundled:{known['file']}"))
    return Corpus(tuple(articles), tuple(problems))
