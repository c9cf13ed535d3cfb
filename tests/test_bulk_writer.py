"""The writer of a large add (index.store, index.spawned_writer, index.posting_runs): its
processes started afresh with a small memory pool, its runs merged a few at a time, and the
index it writes the one a single writer writes."""

from __future__ import annotations

import threading
from multiprocessing import popen_spawn_posix

from whoosh import index as whoosh_index
from whoosh.writing import PostingPool

import index.posting_runs as posting_runs
import index.store as store
from bench.generate import generate_articles
from index.schema import build_schema
from index.spawned_writer import SpawnedTask, SpawnedWriter, stop_tasks


def postings_by_article(built) -> dict:
    """(field, term) -> sorted (article id, weight, value): the same whatever the segments."""
    found = {}
    with built.searcher() as searcher:
        for reader, offset in searcher.reader().leaf_readers():
            ids = {docnum: fields["article_id"]
                   for docnum, fields in enumerate(reader.all_stored_fields())}
            for fieldname, term in reader.all_terms():
                matcher = reader.postings(fieldname, term)
                items = found.setdefault((fieldname, term), [])
                while matcher.is_active():
                    items.append((ids[matcher.id()], matcher.weight(), matcher.value()))
                    matcher.next()
    return {key: sorted(items) for key, items in found.items()}


def test_a_large_add_writes_in_spawned_processes_with_the_small_pool(tmp_path, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    articles = list(generate_articles(250, seed=3))  # three job files: both processes start
    (tmp_path / "bulk").mkdir()
    (tmp_path / "one").mkdir()
    bulk = whoosh_index.create_in(str(tmp_path / "bulk"), build_schema())
    writer = store._writer(bulk, bulk=True)
    assert isinstance(writer, SpawnedWriter)
    assert writer.subargs["limitmb"] == store.WRITER_MEMORY_MB == 32
    store._commit(writer, (), iter(articles), store._Reporter(None, 0))
    assert len(writer.tasks) == 2 and all(isinstance(task, SpawnedTask) for task in writer.tasks)
    assert all(isinstance(task._popen, popen_spawn_posix.Popen) for task in writer.tasks)
    assert all(task.exitcode == 0 for task in writer.tasks)
    single = whoosh_index.create_in(str(tmp_path / "one"), build_schema())
    store.write_articles(single, iter(articles))
    assert len(bulk._segments()) == 2  # one a writer process: searching reads no more
    assert postings_by_article(bulk) == postings_by_article(single)


def test_a_writer_committed_or_cancelled_leaves_no_thread_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    articles = list(generate_articles(250, seed=3))
    threads = threading.active_count()
    built = whoosh_index.create_in(str(tmp_path), build_schema())
    committed = store._writer(built, bulk=True)
    store._commit(committed, (), iter(articles), store._Reporter(None, 0))
    assert threading.active_count() == threads
    cancelled = store._writer(built, bulk=True)
    for article in articles:
        cancelled.add_document(**store.article_document(article))
    stop_tasks(cancelled)
    cancelled.cancel()
    assert threading.active_count() == threads


def test_a_small_add_writes_in_this_process_with_the_small_pool(tmp_path):
    built = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = store._writer(built, bulk=False)
    assert not isinstance(writer, SpawnedWriter)
    assert writer.pool.limit == store.WRITER_MEMORY_MB * 1024 * 1024
    writer.cancel()


def test_runs_are_merged_a_few_at_a_time_into_the_same_postings(tmp_path, monkeypatch):
    merged = []
    merge_runs = PostingPool._merge_runs

    def counting(self, paths):
        merged.append(len(paths))
        return merge_runs(self, paths)

    monkeypatch.setattr(PostingPool, "_merge_runs", counting)
    articles = list(generate_articles(60, seed=5))
    (tmp_path / "runs").mkdir()
    (tmp_path / "memory").mkdir()
    spilled = whoosh_index.create_in(str(tmp_path / "runs"), build_schema())
    writer = spilled.writer()
    writer.pool.limit = 50_000  # (bytes) a run every article or so
    for article in articles:
        writer.add_document(**store.article_document(article))
    runs = len(writer.pool.runs)
    writer.commit()
    assert runs > 2 * posting_runs.MERGED_AT_ONCE
    assert len(merged) > 1 and max(merged) <= posting_runs.MERGED_AT_ONCE
    kept = whoosh_index.create_in(str(tmp_path / "memory"), build_schema())
    store.write_articles(kept, iter(articles))  # (all in memory: no runs)
    assert postings_by_article(spilled) == postings_by_article(kept)
