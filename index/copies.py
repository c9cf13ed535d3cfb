"""Syndicated copies: articles that carry most of an earlier article's text, folded together.

An article is a *copy* of another when at least `COPY_SHARE` of its passage text lies in
sentences that other article carries nearly word for word (`COPY_OVERLAP` of their shingles
in common: a sentence that only shares a long name with another is not copied), and that
other article is the earlier one (by date, then id; undated
articles count as the latest). Among articles shown together, each copy is folded under the
earliest article it copies; that article heads the fold ("Yonhap + 3 copies").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from corpus.model import Article
from index.shared_text import SharedSentence

COPY_SHARE = 0.5
COPY_OVERLAP = 0.6


@dataclass(frozen=True)
class SharedIndex:
    """The shared sentences of a corpus, by the article whose sentence each is."""

    by_article: dict[str, tuple[SharedSentence, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, shared: Iterable[SharedSentence]) -> "SharedIndex":
        grouped: dict[str, list[SharedSentence]] = {}
        for item in shared:
            grouped.setdefault(item.sentence.article_id, []).append(item)
        return cls({article_id: tuple(items) for article_id, items in grouped.items()})

    def sentences_of(self, article_id: str) -> tuple[SharedSentence, ...]:
        return self.by_article.get(article_id, ())

    def share_copied_from(self, article: Article, other_id: str) -> float:
        """The part of `article`'s passage text in sentences that `other_id` carries nearly
        word for word."""
        total = sum(len(p.text) for p in article.passages)
        spans = {(s.sentence.passage, s.sentence.start, s.sentence.end)
                 for s in self.sentences_of(article.id)
                 if s.other.article_id == other_id and s.overlap >= COPY_OVERLAP}
        return sum(end - start for _, start, end in spans) / total if total else 0.0


@dataclass(frozen=True)
class Fold:
    """One row of results: an article and the copies of it folded under it."""

    original: Article
    copies: tuple[Article, ...] = ()


def _earliest_first(article: Article) -> tuple:
    return (article.date is None, article.date or "", article.id)


def fold_copies(articles: Sequence[Article], shared: SharedIndex) -> list[Fold]:
    """`articles` with each copy folded under the earliest of them it copies; the folds in
    the order of their first member in `articles`."""
    heads: dict[str, list[Article]] = {}  # original id -> its copies
    head_of: dict[str, str] = {}
    for article in sorted(articles, key=_earliest_first):
        original = next((head for head in heads if shared.sentences_of(article.id)
                         and shared.share_copied_from(article, head) >= COPY_SHARE), None)
        if original is None:
            heads[article.id] = []
            head_of[article.id] = article.id
        else:
            heads[original].append(article)
            head_of[article.id] = original
    by_id = {article.id: article for article in articles}
    folds, placed = [], set()
    for article in articles:
        head = head_of[article.id]
        if head not in placed:
            placed.add(head)
            folds.append(Fold(by_id[head], tuple(heads[head])))
    return folds
