"""Each article's part of the timeline, kept with the article in the store.

What one article gives the timeline (its passages that report listed events, its dated
happenings: `index.timeline_merge.ArticlePart`) depends on that article alone, and finding it
(its happenings above all) is most of the cost of a build. So it is derived once, when the
article is added (or, for a library from before, once for every article, with progress),
kept as the article's extra 'timeline' (deleted with it, derived again when the article is)
under the version of the rules that derive it; the timeline is then a cheap merge of the
kept parts (`timeline_from_store`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import fields
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

from corpus.article_store import ArticleStore
from corpus.bulk import BATCH, map_in_order
from corpus.date_value import DateValue
from corpus.events import EVENTS_FILE, load_event_specs
from corpus.rules import rules_version
from index.results import Timeline
from index.timeline_cache import COVERAGE_FIELDS, coverage_from_row, coverage_row
from index.timeline_merge import ArticlePart, Proposal, merge_parts

EXTRA_KEY = "timeline"
Progress = Callable[[int, int], None]  # (articles done, articles to do)
_INDEX = Path(__file__).parent
# The code that derives an article's part besides corpus/ (whose `rules_version` covers it).
_PART_MODULES = ("readings.py", "proposals.py", "timeline.py", "timeline_merge.py",
                 "timeline_rows.py", "timeline_cache.py", "results.py")
# Kept as values in field order, not objects of named values (a large library has tens of
# thousands): the fields' names are part of the version.
_DATE_FIELDS = tuple(f.name for f in fields(DateValue))


@lru_cache(maxsize=1)
def part_rules() -> str:
    """Changes whenever the rules deriving an article's part do: the corpus's rules, the
    listed events, or the code of the timeline that reads one article."""
    digest = hashlib.sha256(f"{rules_version()}|{COVERAGE_FIELDS}|{_DATE_FIELDS}".encode()
                            + EVENTS_FILE.read_bytes())
    for name in _PART_MODULES:
        digest.update(name.encode() + b"\x00" + (_INDEX / name).read_bytes())
    return digest.hexdigest()[:16]


def timeline_from_store(store: ArticleStore, progress: Progress | None = None) -> Timeline:
    """The timeline of the store's articles, merged from their kept parts; an article whose
    part is missing or from other rules (added before parts were kept) has it derived and
    kept first."""
    parts = kept_parts(store)
    missing = [article_id for article_id, part in parts.items() if part is None]
    for article_id, part in derive_parts(store, missing, progress):
        parts[article_id] = part
    return merge_parts(parts.values(), _specs(), tuple(store.outlets()))


def kept_parts(store: ArticleStore) -> dict[str, ArticlePart | None]:
    """article id -> its kept part (None where there is none for these rules), in reading order."""
    version = part_rules()
    parts: dict[str, ArticlePart | None] = {}
    for article_id, kept_version, value in store.extras(EXTRA_KEY):
        parts[article_id] = None
        if kept_version == version:
            try:
                parts[article_id] = part_from_json(value)
            except (ValueError, KeyError, TypeError):
                pass  # a damaged row: derived again
    return parts


def update_parts(store: ArticleStore, progress: Progress | None = None) -> int:
    """Derive and keep the part of every article that has none for these rules (the ones
    just added); how many."""
    missing = [article_id for article_id, version, _ in store.extras(EXTRA_KEY)
               if version != part_rules()]
    return sum(1 for _ in derive_parts(store, missing, progress))


def derive_parts(store: ArticleStore, article_ids: list[str], progress: Progress | None = None
                 ) -> Iterator[tuple[str, ArticlePart]]:
    """(id, part) of each article, derived (on every core when there are many) and kept a
    batch at a time, so an interrupted upgrade keeps what it did."""
    jobs = ((store.get(article_id), store.mentions([article_id])[article_id])
            for article_id in article_ids)
    derived = zip(article_ids, map_in_order(_derive_part, jobs))
    done = 0
    while batch := list(islice(derived, BATCH)):
        _keep(store, batch)
        yield from ((article_id, part_from_json(value)) for article_id, value in batch)
        done += len(batch)
        if progress:
            progress(done, len(article_ids))


def part_kept_with(derived) -> list[tuple[str, str, str]]:
    """An article's part as it is added, to keep with it (`corpus.library.add_stream`'s
    `extras`: derived in the worker that derived the article, while its text is at hand)."""
    return [(EXTRA_KEY, part_rules(), _derive_part((derived.article, derived.mentions)))]


def _derive_part(job) -> str:
    """One article's part as kept (run in a worker process when there are many)."""
    from index.readings import read_article  # (the rules: imported only to derive)
    from index.timeline import article_part

    article, mentions = job
    specs = _specs()
    return part_to_json(article_part(read_article(article, mentions, specs), specs))


@lru_cache(maxsize=1)
def _specs():
    return load_event_specs()


def _keep(store: ArticleStore, derived: list[tuple[str, str]]) -> None:
    try:
        with store.writing() as writer:
            for article_id, value in derived:
                writer.put_extra(article_id, EXTRA_KEY, part_rules(), value)
    except sqlite3.Error:
        pass  # a busy or read-only store: derived again next time


def part_to_json(part: ArticlePart) -> str:
    """As kept: [listed, proposals] and, for an article whose date is estimated, [ISO,
    provenance]; values in field order (the fields are in `part_rules`)."""
    kept = [
        [[event_id, coverage_row(item)] for event_id, item in part.listed],
        [[p.role, p.joins, [getattr(p.value, name) for name in _DATE_FIELDS], sorted(p.words),
          p.published, p.sentence, p.title_date, p.title, coverage_row(p.coverage)]
         for p in part.proposals]]
    return json.dumps(kept + [list(part.estimate)] if part.estimate else kept, ensure_ascii=False)


_NOTHING = part_to_json(ArticlePart((), ()))  # most articles' part


def part_from_json(text: str) -> ArticlePart:
    if text == _NOTHING:
        return ArticlePart((), ())
    listed, proposals, *estimate = json.loads(text)
    return ArticlePart(
        tuple((event_id, coverage_from_row(row)) for event_id, row in listed),
        tuple(Proposal(role, joins, DateValue(*value), frozenset(words), published, sentence,
                       tuple(title_date), title, coverage_from_row(row))
              for role, joins, value, words, published, sentence, title_date, title, row
              in proposals),
        (str(estimate[0][0]), str(estimate[0][1])) if estimate else None)


def kept_estimates(store: ArticleStore, article_ids: set[str]) -> dict[str, tuple[str, str] | None]:
    """article id -> the estimated date its kept part holds (None: none could be estimated),
    for those of `article_ids` whose part is kept for these rules; the others are left out."""
    version, found = part_rules(), {}
    for article_id, kept_version, value in store.extras_of(EXTRA_KEY, sorted(article_ids)):
        if kept_version == version:
            try:
                found[article_id] = part_from_json(value).estimate
            except (ValueError, KeyError, TypeError, IndexError):
                pass  # a damaged row: estimated again
    return found
