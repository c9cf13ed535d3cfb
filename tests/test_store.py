"""The index cache: keyed, rebuilt on change, atomic, and never in the way of searching."""

from __future__ import annotations

import os
import shutil

import pytest

from corpus.loader import BUNDLED_DIR, load_bundled
from index.search import SearchEngine
from index.store import INDEX_ENV, default_index_root, index_key, open_or_build


@pytest.fixture
def corpus_copy(tmp_path):
    directory = tmp_path / "corpus"
    shutil.copytree(BUNDLED_DIR, directory)
    return directory


def index_dirs(root):
    return sorted(p.name for p in root.iterdir())


def test_built_once_then_reused(tmp_path, corpus):
    first = open_or_build(corpus, tmp_path)
    assert first.location == tmp_path / index_key(corpus) and first.notice is None
    stamp = (first.location / os.listdir(first.location)[0]).stat().st_mtime_ns
    second = open_or_build(corpus, tmp_path)
    assert second.location == first.location
    assert (first.location / os.listdir(first.location)[0]).stat().st_mtime_ns == stamp
    assert index_dirs(tmp_path) == [index_key(corpus)]  # no half-built directory left behind


def test_a_changed_corpus_file_triggers_a_rebuild(tmp_path, corpus_copy):
    tmp_path = tmp_path / "cache"
    before = load_bundled(corpus_copy)
    engine = SearchEngine.open(before, tmp_path)
    assert engine.search("Nagamine").total == 2
    article = corpus_copy / "000_5dc33988083df1cc.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Defense Secretary Carter", "Defense Secretary Carter and Ambassador Nagamine"),
        encoding="utf-8")
    after = load_bundled(corpus_copy)
    assert after.fingerprint != before.fingerprint
    rebuilt = SearchEngine.open(after, tmp_path)
    assert rebuilt.search("Nagamine").total == 3
    assert engine.search("Nagamine").total == 2  # the open engine keeps its own index
    assert index_dirs(tmp_path) == [index_key(after)]


def test_a_schema_change_changes_the_key(corpus, monkeypatch):
    import index.store

    key = index_key(corpus)
    monkeypatch.setattr(index.store, "SCHEMA_VERSION", 999)
    assert index_key(corpus) != key and index_key(corpus).startswith("v999-")


def test_an_unwritable_cache_falls_back_to_memory_and_still_searches(tmp_path, corpus):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    engine = SearchEngine.open(corpus, blocker / "index")
    assert engine.opened.location is None
    assert "in-memory index" in engine.notice and str(blocker) in engine.notice
    assert engine.search("Nagamine").total == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_cache_falls_back_to_memory(tmp_path, corpus):
    tmp_path.chmod(0o500)
    try:
        engine = SearchEngine.open(corpus, tmp_path / "index")
        assert engine.opened.location is None and engine.search("Nagamine").total == 2
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_under_proc_falls_back_to_memory(corpus):
    engine = SearchEngine.open(corpus, __import__("pathlib").Path("/proc/gsomia-tui/index"))
    assert engine.opened.location is None and engine.search("Kishida").total == 1


def test_a_damaged_index_is_rebuilt_with_a_notice(tmp_path, corpus):
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
    keep = tmp_path / "v-notes"
    keep.mkdir()
    (tmp_path / "v1-stale-but-not-ours").mkdir()
    stale = tmp_path / "v1-0123456789abcdef0123"
    stale.mkdir()
    open_or_build(corpus, tmp_path)
    assert keep.exists() and (tmp_path / "v1-stale-but-not-ours").exists()
    assert not stale.exists()


def test_the_environment_variable_moves_the_index(tmp_path, monkeypatch):
    monkeypatch.setenv(INDEX_ENV, str(tmp_path / "elsewhere"))
    assert default_index_root() == tmp_path / "elsewhere"
    monkeypatch.delenv(INDEX_ENV)
    assert "gsomia-tui" in str(default_index_root())
