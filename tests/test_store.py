"""The index cache: kept in step with the corpus, atomic, and never in the way of searching."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import index.store
from corpus.loader import BUNDLED_DIR, Corpus, load_bundled
from index.search import SearchEngine
from index.store import INDEX_ENV, default_index_root, index_location, open_or_build


@pytest.fixture
def corpus_copy(tmp_path):
    directory = tmp_path / "corpus"
    shutil.copytree(BUNDLED_DIR, directory)
    return directory


def entries(root):
    return sorted(p.name for p in root.iterdir())


def file_stamps(location):
    return {p.name: p.stat().st_mtime_ns for p in location.iterdir()}


def test_built_once_then_reused_untouched(tmp_path, corpus):
    first = open_or_build(corpus, tmp_path)
    assert first.location == index_location(tmp_path) and first.notice is None
    assert first.updated == len(corpus)
    stamps = file_stamps(first.location)
    second = open_or_build(corpus, tmp_path)
    assert (second.location, second.updated) == (first.location, 0)
    assert file_stamps(second.location) == stamps
    assert entries(tmp_path) == [first.location.name]  # no half-built directory left behind


def test_a_changed_corpus_file_is_reindexed_alone(tmp_path, corpus_copy):
    cache = tmp_path / "cache"
    before = load_bundled(corpus_copy)
    engine = SearchEngine.open(before, cache)
    assert engine.search("Nagamine").total == 2
    article = corpus_copy / "000_5dc33988083df1cc.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Defense Secretary Carter", "Defense Secretary Carter and Ambassador Nagamine"),
        encoding="utf-8")
    after = load_bundled(corpus_copy)
    assert after.fingerprint != before.fingerprint
    rebuilt = SearchEngine.open(after, cache)
    assert rebuilt.opened.updated == 1
    assert rebuilt.search("Nagamine").total == 3
    assert engine.search("Nagamine").total == 2  # an open engine keeps the view it had


def test_a_removed_article_leaves_the_index(tmp_path, corpus):
    open_or_build(corpus, tmp_path)
    fewer = Corpus(tuple(a for a in corpus if a.outlet is not None))
    engine = SearchEngine(fewer, open_or_build(fewer, tmp_path))
    assert engine.opened.updated == 1 and engine.search("Kishida").total == 0


def test_a_wholesale_change_is_rebuilt_beside_and_swapped_in(tmp_path, corpus, monkeypatch):
    open_or_build(Corpus(corpus.articles[:1]), tmp_path)
    monkeypatch.setattr(index.store, "REBUILD_MINIMUM", 1)
    opened = open_or_build(corpus, tmp_path)
    assert opened.updated == len(corpus) and opened.notice is None
    assert entries(tmp_path) == [index_location(tmp_path).name]
    assert SearchEngine(corpus, opened).search("Kishida").total == 1


def test_a_schema_change_moves_to_a_new_index_and_clears_the_old(tmp_path, corpus, monkeypatch):
    old = open_or_build(corpus, tmp_path).location
    monkeypatch.setattr(index.store, "SCHEMA_VERSION", 999)
    new = open_or_build(corpus, tmp_path).location
    assert new.name == "v999" and not old.exists()


def test_an_unwritable_cache_falls_back_to_memory_and_still_searches(tmp_path, corpus):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    engine = SearchEngine.open(corpus, blocker / "index")
    assert engine.opened.location is None
    assert "in-memory index" in engine.notice and str(blocker) in engine.notice
    assert engine.search("Nagamine").total == 2


def test_the_in_memory_index_keeps_its_scratch_files_to_itself(tmp_path, corpus, monkeypatch):
    # Whoosh's own in-memory storage writes through "<tmp>/MAIN.tmp", shared by every process
    # (two builds at once deleted each other's files); another user's file there stops it.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "MAIN.tmp").write_text("somebody else's")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    engine = SearchEngine.open(corpus, blocker / "index")
    assert engine.opened.location is None and engine.search("Nagamine").total == 2
    assert (tmp_path / "MAIN.tmp").read_text() == "somebody else's"
    del engine
    gc.collect()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["MAIN.tmp", "a-file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_cache_falls_back_to_memory(tmp_path, corpus):
    tmp_path.chmod(0o500)
    try:
        engine = SearchEngine.open(corpus, tmp_path / "index")
        assert engine.opened.location is None and engine.search("Nagamine").total == 2
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_under_proc_falls_back_to_memory(corpus):
    engine = SearchEngine.open(corpus, Path("/proc/gsomia-tui/index"))
    assert engine.opened.location is None and engine.search("Kishida").total == 1


def test_a_truncated_segment_is_rebuilt_with_a_notice(tmp_path, corpus):
    location = open_or_build(corpus, tmp_path).location
    for segment in location.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:40])
    reopened = open_or_build(corpus, tmp_path)
    assert reopened.notice and "damaged" in reopened.notice
    assert SearchEngine(corpus, reopened).search("Kishida").total == 1


def test_an_empty_table_of_contents_is_rebuilt(tmp_path, corpus):
    location = open_or_build(corpus, tmp_path).location
    for toc in location.glob("_MAIN_*.toc"):
        toc.write_bytes(b"")
    reopened = open_or_build(corpus, tmp_path)
    assert "damaged" in reopened.notice
    assert SearchEngine(corpus, reopened).search("Kishida").total == 1


def test_other_files_in_a_users_index_directory_are_left_alone(tmp_path, corpus):
    (tmp_path / "v-notes").mkdir()
    (tmp_path / "vacation-photos").mkdir()
    (tmp_path / "v1-0123456789abcdef0123").mkdir()  # an index of an older layout: ours
    open_or_build(corpus, tmp_path)
    assert entries(tmp_path) == sorted(["v-notes", "vacation-photos",
                                        index_location(tmp_path).name])


def test_the_environment_variable_moves_the_index(tmp_path, monkeypatch):
    monkeypatch.setenv(INDEX_ENV, str(tmp_path / "elsewhere"))
    assert default_index_root() == tmp_path / "elsewhere"
    monkeypatch.delenv(INDEX_ENV)
    assert "gsomia-tui" in str(default_index_root())


def test_a_deleted_segment_is_rebuilt_with_a_notice(tmp_path, corpus):
    location = open_or_build(corpus, tmp_path).location
    for segment in location.glob("*.seg"):
        segment.unlink()
    reopened = open_or_build(corpus, tmp_path)
    assert "damaged" in reopened.notice
    assert SearchEngine(corpus, reopened).search("Kishida").total == 1


def test_a_stale_write_lock_from_a_killed_process_does_not_block(tmp_path, corpus):
    import subprocess
    import sys

    location = open_or_build(Corpus(corpus.articles[:3]), tmp_path).location
    killed = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from whoosh import index; "
        f"w = index.open_dir({str(location)!r}).writer(); print('locked', flush=True); "
        "time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    assert killed.stdout.readline().strip() == "locked"
    killed.kill()
    killed.wait()
    assert any(p.name.endswith("WRITELOCK") for p in location.iterdir())
    reopened = open_or_build(corpus, tmp_path)
    assert reopened.notice is None and reopened.updated == 2
    assert SearchEngine(corpus, reopened).search("Kishida").total == 1


def test_a_held_writer_lock_means_searching_the_last_complete_index(tmp_path, corpus,
                                                                      monkeypatch):
    location = open_or_build(Corpus(corpus.articles[:3]), tmp_path).location
    monkeypatch.setattr(index.store, "WRITER_TIMEOUT", 0.2)
    from whoosh import index as whoosh_index

    writer = whoosh_index.open_dir(str(location)).writer()
    try:
        opened = open_or_build(corpus, tmp_path)
        assert "another gsomia-tui is updating the index" in opened.notice
        engine = SearchEngine(corpus, opened)
        assert engine.search("Blinken").total == 0 and engine.search("Carter").total == 1
    finally:
        writer.cancel()


def test_an_unchanged_corpus_is_not_compared_article_by_article(tmp_path, corpus, monkeypatch):
    open_or_build(corpus, tmp_path)

    def must_not_run(*_):
        raise AssertionError("synchronise ran for an unchanged corpus")

    monkeypatch.setattr(index.store, "synchronise", must_not_run)
    assert open_or_build(corpus, tmp_path).updated == 0
    monkeypatch.undo()
    fewer = Corpus(corpus.articles[:4])
    assert open_or_build(fewer, tmp_path).updated == 1  # a changed corpus still is
