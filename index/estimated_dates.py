"""The estimated dates of the articles that print none, for the lists a user reads and sorts.

The timeline dates an undated article by what it reports (`corpus.date_estimate`); `gsomia-tui
articles`, `show` and the explorer's date sorts show the same estimate, always marked as
estimated ("~23 Nov 2016") and never stored as the article's date: an edit's "set by you"
never takes it. Worked out once per change of the articles or the rules and kept in the
article store beside the timeline; only undated articles cost anything.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from corpus.article_store import ArticleStore
from corpus.model import Article

CACHE_KEY = "estimated-dates"
ESTIMATE_MARK = "~"
_remembered: dict[str, dict[str, "EstimatedDate"]] = {}  # store version -> estimates


@dataclass(frozen=True)
class EstimatedDate:
    date: str  # ISO, at its precision
    provenance: str  # what it was estimated from, for people to read

    @property
    def label(self) -> str:
        """"~23 Nov 2016": marked, so that it never reads as a printed date."""
        from index.citations import date_label

        return ESTIMATE_MARK + date_label(self.date)


def estimated_dates(corpus) -> dict[str, EstimatedDate]:
    """article id -> its estimated date, for the articles that print no date and whose text
    allows an estimate."""
    if not isinstance(corpus, ArticleStore):
        undated = [a for a in corpus.articles if not a.date]
        return estimate_articles(undated, {})
    version = _version(corpus)
    if version in _remembered:
        return _remembered[version]
    found = _kept(corpus, version)
    if found is None:
        found = _estimate_store(corpus)
        try:
            with corpus.writing() as writer:
                writer.cache(CACHE_KEY, version, json.dumps(
                    {aid: [e.date, e.provenance] for aid, e in found.items()}, ensure_ascii=False))
        except sqlite3.Error:
            pass  # a busy or read-only store: worked out again next time
    _remembered.clear()
    _remembered[version] = found
    return found


def _estimate_store(store: ArticleStore) -> dict[str, EstimatedDate]:
    """The undated articles' estimates: those their kept timeline parts hold (worked out when
    the part was), the others' worked out here."""
    from index.timeline_rows import kept_estimates

    undated = [summary.id for summary in store.summaries() if not summary.date]
    kept = kept_estimates(store, set(undated))
    found = {aid: EstimatedDate(*estimate) for aid, estimate in kept.items() if estimate}
    missing = [aid for aid in undated if aid not in kept]
    mentions = store.mentions(missing)
    found.update(estimate_articles((store.get(aid) for aid in missing), mentions))
    return {aid: found[aid] for aid in undated if aid in found}


def estimate_for(corpus, article: Article) -> EstimatedDate | None:
    """One article's estimated date (None when it prints one), without working out the others'."""
    if article.date:
        return None
    known = corpus.mentions([article.id]) if isinstance(corpus, ArticleStore) else {}
    return estimate_articles([article], known).get(article.id)


def estimate_articles(articles: Iterable[Article], mentions: dict) -> dict[str, EstimatedDate]:
    """article id -> estimate, for `articles` without a date (`mentions`: article id -> its
    dated mentions where known; found in the text otherwise)."""
    from corpus.date_estimate import article_reporting_date
    from corpus.events import dated_mentions, load_event_specs
    from corpus.happenings import find_happenings

    specs = load_event_specs()
    found = {}
    for article in articles:
        known = mentions.get(article.id)
        own = known if known is not None else dated_mentions(article)
        date, _ = article_reporting_date(article, own, find_happenings(article.clean_text), specs)
        if date is not None and date.estimated:
            found[article.id] = EstimatedDate(date.value.iso(), date.provenance)
    return found


def _kept(store: ArticleStore, version: str) -> dict[str, EstimatedDate] | None:
    kept = store.cached(CACHE_KEY, version)
    try:
        return None if kept is None else {aid: EstimatedDate(str(date), str(provenance))
                                          for aid, (date, provenance) in json.loads(kept).items()}
    except (ValueError, TypeError, AttributeError):
        return None  # a record this code cannot read: worked out again


def _version(store: ArticleStore) -> str:
    from index.timeline_cache import timeline_rules

    return f"{store.fingerprint}|{timeline_rules()}"
