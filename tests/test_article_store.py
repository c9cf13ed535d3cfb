"""The article store: written once as articles come, read lazily, upgraded in place, re-derived
when the rules change, consistent under concurrent and interrupted writers, rebuilt if damaged."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

import corpus.article_store as article_store
import corpus.derive as derivation
import corpus.store_sync as store_sync
from corpus.library import add_paths, load_corpus
from corpus.loader import load_bundled
from corpus.store_schema import FILE_NAME
from index.search import SearchEngine

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "ingest"


@pytest.fixture
def data(tmp_path):
    return tmp_path / "library"


def stories(folder: Path, count: int, tag: str) -> Path:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"{tag}{number}.txt").write_text(
            f"{tag.title()} story {number}\n\nReporters filed {tag} story {number} about the "
            f"pact signed by Seoul and Tokyo on Wednesday, Nov. 23, 2016, officials said.",
            encoding="utf-8")
    return folder


def count_calls(monkeypatch, module, name: str) -> list:
    calls = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_store_answers_as_the_articles_do(data, corpus):
    store = load_corpus(data)
    assert (data / FILE_NAME).is_file()
    assert [a.id for a in store] == [a.id for a in corpus]
    for article in corpus:
        assert store.get(article.id[:6]) == article
    assert store.outlets() == corpus.outlets()
    assert store.outlet_counts() == corpus.outlet_counts()
    for order in ("relevance", "date", "newest"):
        assert store.summaries(order=order) == corpus.summaries(order=order)
    assert store.document_count() == corpus.document_count()
    assert store.fingerprints() == corpus.fingerprints()
    with pytest.raises(KeyError, match="no article"):
        store.get("ffffffff")


def test_an_existing_library_is_upgraded_in_place(data, corpus):
    added = {o.article.id: o.article for o in add_paths([GOOD], {}, corpus, data)
             if o.status == "added"}
    folders = {p.name: {f.name: f.read_bytes() for f in p.iterdir()}
               for p in (data / "articles").iterdir()}
    for name in (FILE_NAME, FILE_NAME + "-wal", FILE_NAME + "-shm"):
        (data / name).unlink(missing_ok=True)  # a library from before the store
    store = load_corpus(data)
    assert len(store) == len(corpus) + len(added) and not store.problems
    for article_id, article in added.items():
        assert store.get(article_id) == article
    assert {p.name: {f.name: f.read_bytes() for f in p.iterdir()}
            for p in (data / "articles").iterdir()} == folders  # nothing changed or lost


def test_reads_are_lazy_and_nothing_is_derived_again(data, corpus, tmp_path, monkeypatch):
    add_paths([stories(tmp_path / "s", 30, "alpha")], {}, corpus, data)
    SearchEngine.open(load_corpus(data), tmp_path / "index").close()  # the index, built
    derived = count_calls(monkeypatch, derivation, "derive")
    rows = count_calls(monkeypatch, article_store, "article_from_row")
    store = load_corpus(data)
    engine = SearchEngine.open(store, tmp_path / "index")
    rows.clear()
    result = engine.search("alpha", limit=3)
    assert result.total == 30 and len(result.hits) == 3
    assert len(rows) == 3  # only the hits' records were read
    assert derived == []



def test_a_change_of_rules_derives_every_article_again_from_the_raw_files(data, corpus, tmp_path,
                                                                          monkeypatch):
    add_paths([stories(tmp_path / "s", 5, "beta")], {}, corpus, data)
    before = load_corpus(data)
    articles = {a.id: a for a in before}
    before.close()
    monkeypatch.setattr(store_sync, "rules_version", lambda: "changed-rules")
    derived = count_calls(monkeypatch, derivation, "derive")
    after = load_corpus(data)
    assert len(derived) == len(articles)  # the five bundled ones and the five added
    assert {a.id: a for a in after} == articles
    assert set(after.records("library").values()) == {
        (aid, stamp, "changed-rules") for aid, stamp, _ in after.records("library").values()}
    derived.clear()
    load_corpus(data)
    assert derived == []  # once


def test_a_reader_sees_a_whole_batch_or_none_of_it_while_an_add_writes(data, corpus, tmp_path):
    store = load_corpus(data)
    before = len(store)
    folder = stories(tmp_path / "s", 60, "gamma")
    seen, done = set(), threading.Event()

    def read_while_adding():
        while not done.is_set():
            count = len(store)
            seen.add(count)
            assert len(store.summaries()) >= count  # counts and rows agree at every moment
            assert sum(n for _, _, n in store.outlet_counts()) in (count, len(store))

    reader = threading.Thread(target=read_while_adding)
    reader.start()
    try:
        outcomes = add_paths([folder], {}, corpus, data)
    finally:
        done.set()
        reader.join()
    assert [o.status for o in outcomes] == ["added"] * 60
    assert seen <= {before, before + 60}  # one transaction for the batch
    assert len(store) == before + 60


def test_an_interrupted_add_leaves_a_store_that_matches_the_folders(data, corpus, tmp_path,
                                                                   monkeypatch):
    import corpus.library as library

    folder = stories(tmp_path / "s", 12, "delta")
    original, kept = library._store, []

    def killed_after_five(*args):
        if len(kept) == 5:
            raise KeyboardInterrupt  # as a process killed here would stop
        kept.append(original(*args))
        return kept[-1]

    monkeypatch.setattr(library, "_store", killed_after_five)
    with pytest.raises(KeyboardInterrupt):
        add_paths([folder], {}, corpus, data)
    monkeypatch.undo()
    store = load_corpus(data)  # the five folders written are found; the batch was rolled back
    on_disk = {p.name for p in (data / "articles").iterdir() if not p.name.startswith(".")}
    assert len(on_disk) == 5 and not store.problems
    assert {aid for aid, _, _ in store.records("library").values()} == on_disk
    outcomes = add_paths([folder], {}, store, data)
    assert sorted(o.status for o in outcomes) == ["added"] * 7 + ["duplicate"] * 5
    assert len(load_corpus(data)) == len(corpus) + 12


@pytest.mark.parametrize("damage", ["garbage", "truncated", "no version"])
def test_a_damaged_store_is_rebuilt_from_the_article_files(data, corpus, damage):
    add_paths([GOOD / "times.md"], {}, corpus, data)
    expected = [a.id for a in load_corpus(data)]
    path = data / FILE_NAME
    if damage != "no version":
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:3000])
    else:
        import sqlite3

        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM state WHERE key = 'version'")
    store = load_corpus(data)
    assert store.notice and "was damaged" in store.notice and "rebuilt" in store.notice
    assert [a.id for a in store] == expected
    assert load_corpus(data).notice is None  # and whole again


def test_a_folder_removed_or_changed_by_hand_is_noticed(data, corpus, tmp_path):
    add_paths([stories(tmp_path / "s", 3, "eps")], {}, corpus, data)
    folders = sorted(p for p in (data / "articles").iterdir())
    shutil.rmtree(folders[0])
    meta = json.loads((folders[1] / "meta.json").read_text())
    (folders[1] / "meta.json").write_text(json.dumps({**meta, "outlet": "Hand Edited"}))
    (folders[2] / "meta.json").write_text("{broken")
    store = load_corpus(data)
    assert folders[0].name not in store
    assert store.get(folders[1].name).outlet == "Hand Edited"
    assert [p.source for p in store.problems] == [folders[2].name]
    assert "cannot be read" in store.problems[0].reason


def test_an_unwritable_library_is_read_into_memory(data, corpus, monkeypatch):
    monkeypatch.setattr(store_sync.os, "access", lambda path, mode: False)
    store = load_corpus(data)
    assert store.path is None and "cannot write the article store" in store.notice
    assert [a.id for a in store] == [a.id for a in corpus]


def test_a_store_of_another_version_is_rebuilt_quietly(data, corpus):
    import sqlite3

    load_corpus(data).close()
    with sqlite3.connect(data / FILE_NAME) as db:
        db.execute("UPDATE state SET value = value + 1 WHERE key = 'version'")
    store = load_corpus(data)
    assert store.notice is None and [a.id for a in store] == [a.id for a in corpus]


def test_after_a_remove_the_next_open_compares_no_folder(data, corpus, tmp_path, monkeypatch):
    from corpus.removals import remove_article

    store = load_corpus(data)
    add_paths([stories(tmp_path / "s", 3, "rem")], {}, store, data)
    remove_article(sorted(p.name for p in (data / "articles").iterdir())[0], store, data)
    scans = count_calls(monkeypatch, store_sync, "_article_folders")
    assert len(load_corpus(data)) == len(corpus) + 2
    assert scans == []  # the removal left the store in step with the folder


def _locked_once(real):
    """`real`, failing the first call as SQLite does when another process holds the store."""
    import sqlite3

    calls = []

    def once(*args, **kwargs):
        if not calls:
            calls.append(1)
            raise sqlite3.OperationalError("database is locked")
        return real(*args, **kwargs)
    return once, calls


@pytest.mark.parametrize("step", ["_connect_once", "synchronise"])
def test_a_store_another_process_holds_is_waited_for_never_set_aside(step, tmp_path,
                                                                      monkeypatch):
    """Two adds at once: one opened the store while the other created it, read the lock as
    damage and set the store aside under the other (which then failed: 'no such table')."""
    root = tmp_path / "data"
    store_sync.open_store(root).close()
    path = root / article_store.FILE_NAME
    before = path.stat().st_ino
    module = article_store if step == "_connect_once" else store_sync
    locked, calls = _locked_once(getattr(module, step))
    monkeypatch.setattr(module, step, locked)
    store = store_sync.open_store(root)
    assert calls == [1]  # (the lock was met)
    assert store.notice is None, store.notice
    assert path.stat().st_ino == before  # the same file: not set aside and made anew
    store.close()


def test_a_store_held_past_the_wait_is_read_into_memory_never_set_aside(data, corpus, tmp_path,
                                                                        monkeypatch):
    """Another process writes the store for longer than a command waits: the command reads
    the articles into memory for its run and says so; the held store stays as it was."""
    import sqlite3

    load_corpus(data).close()
    add_paths([stories(tmp_path / "s", 2, "held")], {}, load_corpus(data), data)
    (data / "articles" / sorted(p.name for p in (data / "articles").iterdir())[0]).rename(
        data / "articles" / "renamed-by-hand")  # so that the next open has something to write
    path = data / FILE_NAME
    before = path.stat().st_ino
    monkeypatch.setattr(article_store, "BUSY_TIMEOUT", 0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # (another process's write, held)
    try:
        store = load_corpus(data)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.path is None and "busy: another gsomia-tui holds it" in store.notice
    assert len(store) == len(corpus) + 2
    assert path.stat().st_ino == before  # the same file: not set aside
    reopened = load_corpus(data)
    assert reopened.notice is None and len(reopened) == len(corpus) + 2
