"""Load articles: raw text plus what is known about it becomes an `Article`."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from corpus.model import NO_HEADLINE, Article, ArticleSummary, Passage, by_id_or_prefix, unknown_outlet_id
from corpus.sanitize import clean_line
from corpus.stated_dates import precision_of, stored_date

if TYPE_CHECKING:
    from corpus.cleaning import CleanedPage

BUNDLED_DIR = Path(__file__).parent / "bundled"
MANIFEST = "manifest.json"
PARAGRAPH_BREAK = "\n\n"
# Bump when the fingerprint's recipe changes (cleaning changes show in the clean text).
FINGERPRINT_VERSION = 2


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

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._by_id

    def get(self, id_or_prefix: str) -> Article:
        """An article by its id or a unique prefix of it (at least four characters)."""
        return by_id_or_prefix(id_or_prefix, self._by_id, "article", "gsomia-tui articles")

    def outlets(self) -> list[tuple[str, str]]:
        """(outlet id, label) pairs, each once, in order of first appearance."""
        return list(self._outlets.items())

    def outlet_counts(self) -> list[tuple[str, str, int]]:
        """(outlet id, label, articles), most articles first."""
        counts = Counter(a.outlet_id for a in self.articles)
        return sorted(((oid, label, counts[oid]) for oid, label in self._outlets.items()),
                      key=lambda item: (-item[2], item[1]))

    def summaries(self, outlet_id: str | None = None, order: str = "relevance",
                  limit: int | None = None) -> list[ArticleSummary]:
        """Articles' metadata in reading order, or by date ("date": oldest first, "newest":
        newest first; undated last either way)."""
        chosen = [a for a in self.articles if outlet_id in (None, a.outlet_id)]
        if order in ("date", "newest"):
            dated = sorted((a for a in chosen if a.date), key=lambda a: a.date,
                           reverse=order == "newest")
            chosen = dated + [a for a in chosen if not a.date]
        return [a.summary() for a in chosen[:limit]]

    def fingerprints(self) -> dict[str, str]:
        """article id -> its fingerprint."""
        return {article.id: article_fingerprint(article) for article in self.articles}

    def document_count(self) -> int:
        """Index documents the articles make: one per article and one per passage."""
        return len(self.articles) + sum(len(article.passages) for article in self.articles)

    @property
    def fingerprint(self) -> str:
        """Changes whenever any article's text or metadata, or the cleaning rules, change."""
        digest = hashlib.sha256()
        for article in self.articles:
            digest.update(article_fingerprint(article).encode())
        return digest.hexdigest()[:20]


def article_fingerprint(article: Article) -> str:
    """Changes whenever anything the reader or the index sees of the article changes: its
    clean text, passages or metadata (so a rules change that alters nothing costs nothing)."""
    digest = hashlib.sha256(f"fingerprint-{FINGERPRINT_VERSION}".encode())
    bounds = ",".join(f"{p.start}-{p.end}" for p in article.passages)
    for value in (article.id, article.clean_text, bounds, article.headline, article.outlet_id,
                  article.outlet, article.date, article.date_precision, article.date_provenance,
                  article.byline, article.url, article.source, article.section, article.notes):
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
    page = cleaned(raw)
    article_id = known.get("id") or hashlib.sha256(
        PARAGRAPH_BREAK.join(page.paragraphs).encode("utf-8")
    ).hexdigest()[:16]
    clean_text, passages = make_passages(article_id, _without_edge_furniture(page.paragraphs))
    outlet = _optional_line(known.get("outlet"))
    date = stored_date(known.get("date"))
    return Article(
        id=article_id,
        headline=_optional_line(known.get("headline")) or page.headline or NO_HEADLINE,
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


def _without_edge_furniture(paragraphs: tuple[str, ...]) -> list[str]:
    """The paragraphs without furniture printed on their lines (cut after the outlet and date readers read the page,
    so a closing credit still names the outlet)."""
    from corpus.intake.edge_furniture import without_edge_furniture

    return [text for text in map(without_edge_furniture, paragraphs) if text]


@lru_cache(maxsize=4)
def cleaned(raw: str) -> CleanedPage:
    """`clean_page`, remembered for the last few texts: adding an article reads its page for
    metadata, then for the article, and cleaning is the costly part of both."""
    from corpus.cleaning import clean_page  # (here: reading stored articles never cleans)

    return clean_page(raw)


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
