"""What the index keeps so that a fresh process answers fast: the document table beside the
index, the timeline in the article store, index files read in place from the memory map."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import index.columns as columns
from corpus.library import add_paths, load_corpus
from index.columns import TABLE_FILE, DocumentTable
from index.mapped_files import MappedStream
from index.schema import ARTICLE
from index.search import SearchEngine
from index.timeline import build_timeline
from index.timeline_cache import current_timeline

GOOD = Path(__file__).parent / "fixtures" / "ingest"


def facets(result):
    return result.total, result.outlet_facets, result.month_facets, [h.article_id for h in result.hits]


def test_the_document_table_is_kept_beside_the_index_and_read_back(tmp_path, monkeypatch):
    data, root = tmp_path / "data", tmp_path / "index"
    first = SearchEngine.open(load_corpus(data), root)
    expected = facets(first.search("pact", date_range=("2016-11", None)))
    assert (first.opened.location / TABLE_FILE).is_file()
    monkeypatch.setattr(DocumentTable, "from_searcher", classmethod(
        lambda cls, searcher: pytest.fail("the kept table was not used")))
    again = SearchEngine.open(load_corpus(data), root)
    assert facets(again.search("pact", date_range=("2016-11", None))) == expected
    assert again.table.of_kind(ARTICLE) == first.table.of_kind(ARTICLE)


def test_a_kept_table_of_another_index_state_is_not_used(tmp_path, monkeypatch):
    data, root = tmp_path / "data", tmp_path / "index"
    SearchEngine.open(load_corpus(data), root).search("pact")
    (added,) = add_paths([GOOD / "times.md"], {}, load_corpus(data), data)
    engine = SearchEngine.open(load_corpus(data), root)
    result = engine.search("protests", outlets=["korea times"])
    assert [hit.article_id for hit in result.hits] == [added.article.id]
    assert len(engine.table.outlet_id) == len(load_corpus(data))
    monkeypatch.setattr(columns, "_load", lambda location, key: None)
    fresh = SearchEngine.open(load_corpus(data), root)
    assert facets(fresh.search("protests")) == facets(engine.search("protests"))


def test_a_damaged_kept_table_is_read_again_from_the_index(tmp_path):
    data, root = tmp_path / "data", tmp_path / "index"
    expected = facets(SearchEngine.open(load_corpus(data), root).search("pact"))
    location = SearchEngine.open(load_corpus(data), root).opened.location
    (location / TABLE_FILE).write_text('{"key": "1:61", "outlet_id": {"names": [], "codes": "!"}}')
    assert facets(SearchEngine.open(load_corpus(data), root).search("pact")) == expected
    assert "kinds" in json.loads((location / TABLE_FILE).read_text())  # and kept whole again


def test_the_timeline_is_built_once_per_change_of_the_articles(tmp_path):
    data, root = tmp_path / "data", tmp_path / "index"
    built = []

    def builder(engine):
        built.append(engine)
        return build_timeline(engine)

    first = current_timeline(SearchEngine.open(load_corpus(data), root), builder)
    again = current_timeline(SearchEngine.open(load_corpus(data), root), builder)
    assert again == first and len(built) == 1
    add_paths([GOOD / "herald_utf8_bom.txt"], {}, load_corpus(data), data)
    after = current_timeline(SearchEngine.open(load_corpus(data), root), builder)
    assert len(built) == 2
    assert len(after.event("signing").coverage) > len(first.event("signing").coverage)


def test_a_mapped_stream_reads_like_a_file():
    stream = MappedStream(memoryview(b"first line\nsecond\nthird"))
    assert stream.read(5) == b"first" and stream.tell() == 5
    assert stream.readline() == b" line\n"
    assert list(stream) == [b"second\n", b"third"]
    assert stream.seek(-5, os.SEEK_END) == 18 and stream.read() == b"third"
    stream.seek(6)
    assert stream.read(100) == b"line\nsecond\nthird" and stream.read(1) == b""


def test_events_read_the_kept_timeline_without_opening_the_index(tmp_path, monkeypatch, capsys):
    from explorer.cli.main import main

    monkeypatch.setenv("GSOMIA_TUI_INDEX", str(tmp_path / "index"))
    assert main(["events", "--json"]) == 0
    built = capsys.readouterr().out
    monkeypatch.setattr(SearchEngine, "open", classmethod(
        lambda cls, *args: pytest.fail("the index was opened for a kept timeline")))
    assert main(["events", "--json"]) == 0
    assert capsys.readouterr().out == built


def test_an_untouched_index_is_not_read_byte_by_byte_on_open(tmp_path, monkeypatch):
    import index.integrity as integrity

    data, root = tmp_path / "data", tmp_path / "index"
    location = SearchEngine.open(load_corpus(data), root).opened.location
    monkeypatch.setattr(integrity, "file_checksum", lambda path: pytest.fail(f"{path} was read"))
    assert SearchEngine.open(load_corpus(data), root).opened.notice is None
    monkeypatch.undo()
    segment = next(location.glob("MAIN_*.seg"))
    with open(segment, "r+b") as handle:  # written to since its commit: checked, and caught
        handle.seek(segment.stat().st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0xFF]))
    reopened = SearchEngine.open(load_corpus(data), root)
    assert reopened.opened.notice and "damaged" in reopened.opened.notice
