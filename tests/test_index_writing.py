"""How the index is written (index.posting_runs, index.field_lengths, index.posting_lists):
whatever the memory a writer may use, however lengths are read and postings handed to Whoosh's
postings writer, the index holds the same postings and lengths."""

from __future__ import annotations

import random

import whoosh.codec.whoosh3 as whoosh3
from whoosh import index as whoosh_index
from whoosh.codec.base import FieldWriter
from whoosh.writing import PostingPool

import index.field_lengths as field_lengths
import index.posting_lists as posting_lists
import index.posting_runs as posting_runs
from bench.generate import generate_articles
from index.schema import build_schema
from index.store import article_document


def build(path, articles, limitmb: int, **options):
    built = whoosh_index.create_in(str(path), build_schema())
    writer = built.writer(limitmb=limitmb, **options)
    for article in articles:
        writer.add_document(**article_document(article))
    writer.commit()
    return built


def postings_of(built) -> dict:
    found = {}
    with built.searcher() as searcher:
        reader = searcher.reader()
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            found[(fieldname, term)] = items
    return found


def test_postings_spilled_to_many_runs_are_the_ones_kept_in_memory(tmp_path):
    articles = list(generate_articles(60, seed=5))
    (tmp_path / "runs").mkdir()
    (tmp_path / "memory").mkdir()
    spilled = build(tmp_path / "runs", articles, limitmb=1)  # a run every few articles
    kept = build(tmp_path / "memory", articles, limitmb=512)
    assert postings_of(spilled) == postings_of(kept)
    assert len(postings_of(kept)) > 1000


def test_lengths_read_whole_are_the_lengths_read_one_at_a_time(tmp_path):
    built = build(tmp_path, list(generate_articles(30, seed=6)), limitmb=64)
    with built.searcher() as searcher:
        (segment_reader,) = [reader for reader, _ in searcher.reader().leaf_readers()]
        per_document = segment_reader._perdoc
        assert isinstance(per_document._cached_reader("_body_len", whoosh3.LENGTHS_COLUMN),
                          bytes)
        original = whoosh3.W3PerDocReader.__new__(whoosh3.W3PerDocReader)
        original.__dict__.update(per_document.__dict__, _readers={})
        for field in ("headline", "body", "outlet", "words"):
            reader = original.column_reader(f"_{field}_len", whoosh3.LENGTHS_COLUMN)
            for docnum in range(searcher.doc_count_all()):
                expected = whoosh3.byte_to_length(reader[docnum])
                assert per_document.doc_field_length(docnum, field) == expected
            assert per_document.max_field_length(field) == max(
                per_document.doc_field_length(d, field) for d in range(searcher.doc_count_all()))
    assert whoosh3.W3PerDocReader._cached_reader is field_lengths._cached_reader


def test_postings_handed_over_a_term_at_a_time_write_the_same_files(tmp_path, monkeypatch):
    articles = list(generate_articles(300, seed=8))  # ("the": 300 postings, three blocks)
    assert whoosh3.W3FieldWriter.add_postings is posting_lists.add_postings

    def files_written(folder: str) -> dict[str, bytes]:
        (tmp_path / folder).mkdir()
        random.seed(4)  # (the segment's random name: the same in both folders)
        build(tmp_path / folder, articles, limitmb=64, compound=False)
        return {path.name: path.read_bytes() for path in (tmp_path / folder).iterdir()}

    by_term = files_written("by-term")
    monkeypatch.setattr(whoosh3.W3FieldWriter, "add_postings", FieldWriter.add_postings)
    by_posting = files_written("by-posting")
    assert by_term == by_posting
    assert sum(map(len, by_term.values())) > 1_000_000


def test_runs_sorted_by_field_and_term_write_the_files_of_a_whole_sort(tmp_path, monkeypatch):
    articles = list(generate_articles(120, seed=9))
    assert PostingPool.save is posting_runs._save

    def files_written(folder: str) -> dict[str, bytes]:
        (tmp_path / folder).mkdir()
        random.seed(4)  # (the segment's random name: the same in both folders)
        build(tmp_path / folder, articles, limitmb=1, compound=False)  # (a run every few articles)
        return {path.name: path.read_bytes() for path in (tmp_path / folder).iterdir()}

    by_term = files_written("by-term")
    monkeypatch.setattr(posting_runs, "sorted_postings", sorted)
    whole = files_written("whole")
    assert by_term == whole
    assert sum(map(len, by_term.values())) > 300_000


def test_postings_out_of_document_order_or_of_spelling_words_are_sorted_whole():
    rng = random.Random(11)
    in_order = [(field, f"t{rng.randrange(40)}".encode(), document, 1.0, None)
                for document in range(30) for field in ("body", "words")]
    in_order = list({posting[:3]: posting for posting in in_order}.values())
    assert posting_runs.sorted_postings(list(in_order)) == sorted(in_order)
    shuffled = rng.sample(in_order, len(in_order))  # (documents not in order: a whole sort)
    assert posting_runs.sorted_postings(shuffled) == sorted(shuffled)
    spelling = [("spell_body", b"pact", 0, weight, value) for weight, value in ((2, b"b"), (1, b"a"))]
    assert posting_runs.sorted_postings(spelling) == sorted(spelling)
