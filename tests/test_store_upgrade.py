"""An index of an older schema is built again from the corpus, with progress, keeping what
does not depend on the schema; many new articles are indexed on every core."""

from __future__ import annotations

import pytest

import index.store
from bench.generate import generate_corpus
from corpus.loader import Corpus
from index.mention_cache import CACHE_FILE
from index.overlap import update_shared
from index.overlap_store import STORE_FILE, OverlapStore
from index.search import SearchEngine
from index.store import SCHEMA_FREE_FILES, SCHEMA_VERSION, index_location, open_or_build


@pytest.fixture(scope="module")
def articles():
    return generate_corpus(80, seed=11)


def test_the_schema_free_files_are_the_stores_files():
    assert set(SCHEMA_FREE_FILES) == {STORE_FILE, CACHE_FILE}


def test_an_older_schema_is_built_again_with_progress_and_keeps_the_shared_sentences(
        tmp_path, articles, monkeypatch):
    monkeypatch.setattr(index.store, "SCHEMA_VERSION", SCHEMA_VERSION - 1)
    old = open_or_build(articles, tmp_path).location
    assert update_shared(articles, old) == "built"
    (old / CACHE_FILE).write_text("{}")
    monkeypatch.setattr(index.store, "SCHEMA_VERSION", SCHEMA_VERSION)
    reported = []
    engine = SearchEngine.open(articles, tmp_path, lambda done, total: reported.append((done, total)))
    assert engine.opened.location == index_location(tmp_path) != old and not old.exists()
    assert engine.opened.updated == len(articles)
    assert reported[0] == (0, len(articles)) and reported[-1] == (len(articles), len(articles))
    assert [done for done, _ in reported] == sorted(done for done, _ in reported)
    new = engine.opened.location
    assert (new / CACHE_FILE).read_text() == "{}"
    with OverlapStore(new / STORE_FILE) as store:
        assert store.in_step(articles)  # taken over, not found again
    assert update_shared(articles, new) == "in step"
    word = articles.articles[0].headline.split()[-1]
    assert engine.search(word).total >= 1


def test_a_store_left_with_its_write_ahead_log_is_not_taken_over(tmp_path, articles,
                                                                  monkeypatch):
    monkeypatch.setattr(index.store, "SCHEMA_VERSION", SCHEMA_VERSION - 1)
    old = open_or_build(articles, tmp_path).location
    update_shared(articles, old)
    (old / f"{STORE_FILE}-wal").write_bytes(b"not checkpointed")
    monkeypatch.setattr(index.store, "SCHEMA_VERSION", SCHEMA_VERSION)
    new = open_or_build(articles, tmp_path).location
    assert not (new / STORE_FILE).exists()
    assert update_shared(articles, new) == "built"


def test_a_few_articles_report_no_progress(tmp_path, corpus):
    reported = []
    open_or_build(corpus, tmp_path, lambda done, total: reported.append(done))
    assert reported == []


def test_many_new_articles_are_indexed_on_every_core_beside_deletions(tmp_path, articles,
                                                                      monkeypatch):
    first = Corpus(articles.articles[:60])
    open_or_build(first, tmp_path)
    monkeypatch.setattr(index.store, "BULK_FROM", 10)
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    made = []
    real_writer = index.store._writer
    monkeypatch.setattr(index.store, "_writer",
                        lambda ix, bulk: made.append(bulk) or real_writer(ix, bulk))
    changed = Corpus(articles.articles[5:60] + articles.articles[60:80])  # 5 gone, 20 new
    opened = open_or_build(changed, tmp_path)
    assert made == [True] and opened.updated == 25
    engine = SearchEngine(changed, opened)
    with engine._lock:
        indexed = {fields["article_id"] for fields in engine._searcher.all_stored_fields()}
    assert indexed == {article.id for article in changed}
    for article in (changed.articles[0], changed.articles[-1]):
        assert article.id in {hit.article_id for hit in
                              engine.search(f'"{article.headline}"', limit=None).hits}
