"""The shared sentences kept beside the index: brought up to date article by article when
articles are added or removed, and always what computing them whole would give."""

from __future__ import annotations

import json
import random

import pytest

import corpus.article_store as article_store
from corpus.article_store import passage_texts
from corpus.bulk import WORKERS_FROM
from corpus.store_sync import open_store
from corpus.loader import Corpus, article_from_raw
from explorer.cli.main import main
from index import overlap_build, overlap_store
from index.overlap import shared_sentences, update_shared
from index.overlap_store import STORE_FILE, OverlapStore
from index.shared_text import (
    STOCK_MIN_ARTICLES, article_frequencies, find_shared, sentence_units, without_stock,
)

WORDS = ("minister envoy pact ceremony intelligence missile tokyo seoul border treaty cabinet "
         "parliament rally protest budget reactor satellite harbour summit doctrine garrison "
         "tariff drill radar frigate corridor pledge verdict ballot charter quota").split()
# In more than STOCK_MIN_ARTICLES articles: a stock phrase once enough articles carry it.
STOCK = "Officials close to the talks said on Wednesday the defense ministry confirmed it"


def make_article(number: int, paragraphs: list[str], outlet: str = "Outlet") -> object:
    raw = f"Headline {number}\n\n" + "\n\n".join(paragraphs)
    return article_from_raw(raw, {"id": f"art{number:04d}", "outlet": f"{outlet} {number % 4}",
                                  "date": f"2016-11-{1 + number % 28:02d}"}, f"test {number}")


def random_sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 14))).capitalize() + "."


def random_library(count: int, seed: int) -> list:
    """Articles of random sentences; some copy an earlier article's sentence (lightly
    edited), some carry the stock sentence with words of their own."""
    rng = random.Random(seed)
    articles, sentences = [], []
    for number in range(count):
        paragraphs = []
        for _ in range(rng.randint(2, 4)):
            own = [random_sentence(rng) for _ in range(rng.randint(1, 3))]
            if sentences and rng.random() < 0.35:
                own.append("SEOUL (Yonhap) -- " + rng.choice(sentences).replace("Seoul", "Seoul's"))
            if rng.random() < 0.3:
                own.append(f"{STOCK} {rng.choice(WORDS)} {rng.choice(WORDS)} pact.")
            paragraphs.append(" ".join(own))
            sentences += own
        articles.append(make_article(number, paragraphs))
    return articles


def stored(location) -> tuple:
    with OverlapStore(location / STORE_FILE) as store:
        return store.shared()


def whole(articles) -> tuple:
    return find_shared((a.id, p.number, p.text) for a in articles for p in a.passages)


def test_adds_one_at_a_time_give_what_computing_it_whole_gives(tmp_path):
    library = random_library(40, seed=3)
    assert shared_sentences(Corpus(tuple(library[:5])), tmp_path) == whole(library[:5])
    for count in range(6, len(library) + 1):
        corpus = Corpus(tuple(library[:count]))
        assert update_shared(corpus, tmp_path) == "updated"
        assert stored(tmp_path) == whole(library[:count]), f"after adding article {count}"
    assert any(s.sentence.article_id != s.other.article_id for s in stored(tmp_path))


def test_the_stock_line_is_crossed_both_ways(tmp_path):
    """The stock sentence counts while few articles carry it, not once more than
    STOCK_MIN_ARTICLES do, and again once enough of them are removed."""
    base = ["Garrison radar frigate corridor pledge verdict ballot charter quota envoy."]
    carrying = [make_article(n, [f"{STOCK} {' '.join(WORDS[n:n + 3])}."] + base)
                for n in range(STOCK_MIN_ARTICLES + 3)]
    library = carrying[:2]
    shared_sentences(Corpus(tuple(library)), tmp_path)
    assert any(s.sentence.start == 0 for s in stored(tmp_path))  # shared while not stock
    for article in carrying[2:]:
        library.append(article)
        update_shared(Corpus(tuple(library)), tmp_path)
        assert stored(tmp_path) == whole(library)
    assert all(s.sentence.start != 0 for s in stored(tmp_path))  # a stock phrase now
    while len(library) > 2:
        library.pop(0)
        assert update_shared(Corpus(tuple(library)), tmp_path) == "updated"
        assert stored(tmp_path) == whole(library)
    assert any(s.sentence.start == 0 for s in stored(tmp_path))


def test_removing_and_changing_articles_drop_and_replace_their_entries(tmp_path):
    library = random_library(30, seed=11)
    shared_sentences(Corpus(tuple(library)), tmp_path)
    rng = random.Random(5)
    for _ in range(6):
        library.pop(rng.randrange(len(library)))
        assert update_shared(Corpus(tuple(library)), tmp_path) == "updated"
        assert stored(tmp_path) == whole(library)
    gone = {a.id for a in random_library(30, seed=11)} - {a.id for a in library}
    assert not gone & {s.other.article_id for s in stored(tmp_path)}
    changed = make_article(int(library[0].id[3:]), [library[1].passages[0].text, "New text."])
    library[0] = changed  # the same id with other text: its rows are replaced
    assert update_shared(Corpus(tuple(library)), tmp_path) == "updated"
    assert stored(tmp_path) == whole(library)


def test_no_store_yet_is_built_whole_by_the_update_with_its_progress(tmp_path):
    library = random_library(6, seed=2)
    reported = []
    assert update_shared(Corpus(tuple(library)), tmp_path,
                         lambda done, total: reported.append((done, total))) == "built"
    assert reported == [(n, 6) for n in range(1, 7)]
    assert stored(tmp_path) == whole(library)
    assert update_shared(Corpus(tuple(library)), tmp_path) == "in step"
    assert update_shared(Corpus(tuple(library)), None) is None  # no index directory


def test_a_whole_build_on_every_core_gives_what_computing_it_whole_gives(tmp_path, monkeypatch):
    library = random_library(70, seed=8)  # past `corpus.bulk.WORKERS_FROM`: worker processes
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    assert update_shared(Corpus(tuple(library)), tmp_path) == "built"
    assert stored(tmp_path) == whole(library)


def test_a_whole_build_from_the_article_store_reads_its_packed_passages_on_every_core(
        tmp_path, monkeypatch):
    """Workers are sent a stored article's text packed as stored, a group of ids read at a
    time (`ArticleStore.packed_passages`), and unpack it themselves."""
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps({"text": a.raw_text, "outlet": a.outlet_label,
                                          "date": a.date}) + "\n"
                              for a in random_library(60, seed=8)), encoding="utf-8")
    assert main(["--data", str(tmp_path / "data"), "--index", str(tmp_path / "index"), "add",
                 str(export)]) == 0
    store = open_store(tmp_path / "data")
    monkeypatch.setattr(article_store, "READ_AT_ONCE", 7)
    assert [(article_id, passage_texts(bounds, text))
            for article_id, bounds, text in store.packed_passages()] == \
        [(a.id, [(p.number, p.text) for p in a.passages]) for a in store]
    assert len(store) >= WORKERS_FROM  # worker processes
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    with OverlapStore(tmp_path / STORE_FILE) as shared:
        assert shared.synchronise(store) == "built"
        assert shared.shared() == whole(store) != ()


def test_many_changes_at_once_build_it_whole(tmp_path, monkeypatch):
    library = random_library(12, seed=4)
    shared_sentences(Corpus(tuple(library[:2])), tmp_path)
    monkeypatch.setattr(overlap_store, "INCREMENTAL_LIMIT", 5)
    assert update_shared(Corpus(tuple(library)), tmp_path) == "built"
    assert stored(tmp_path) == whole(library)


def test_a_damaged_store_is_built_again(tmp_path, corpus):
    expected = whole(corpus)
    (tmp_path / STORE_FILE).write_bytes(b"not a database" * 100)
    assert shared_sentences(corpus, tmp_path) == expected
    assert stored(tmp_path) == expected


def test_an_unwritable_location_answers_in_memory(tmp_path, corpus):
    missing = tmp_path / "file-not-dir"
    missing.write_text("x")
    assert shared_sentences(corpus, missing) == whole(corpus)
    assert update_shared(corpus, missing) is None


@pytest.mark.parametrize("name", ["[/]", "[@click=app.quit]x[/]", "\x1b]0;t\x07"])
def test_hostile_outlets_and_text_are_data(tmp_path, name):
    text = f"{name} {random_sentence(random.Random(1))} {name}"
    library = [make_article(1, [text], outlet=name), make_article(2, [text], outlet=name)]
    assert shared_sentences(Corpus(tuple(library)), tmp_path) == whole(library)


def test_building_it_whole_can_be_cancelled_and_leaves_nothing(tmp_path):
    library = Corpus(tuple(random_library(8, seed=6)))
    calls = []

    def cancel_at_the_third_article() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with OverlapStore(tmp_path / STORE_FILE) as store:
        with pytest.raises(overlap_store.BuildCancelled):
            store.synchronise(library, cancel_at_the_third_article)
        assert not store.in_step(library) and store.shared() == ()
        assert store.synchronise(library) == "built"
        assert store.shared() == whole(library)


@pytest.mark.parametrize("block", [1, 7])
def test_a_build_in_small_blocks_gives_what_one_block_gives(tmp_path, monkeypatch, block):
    """Pairs are counted a block of postings at a time: tiny blocks put a block's edge
    between nearly every two sentences, and the pairs stay those of one block."""
    library = Corpus(tuple(random_library(40, seed=9)))
    with OverlapStore(tmp_path / "one-block.sqlite") as store:
        assert store.synchronise(library) == "built"
        in_one_block = store.shared()
    monkeypatch.setattr(overlap_build, "BLOCK_POSTINGS", block)
    with OverlapStore(tmp_path / STORE_FILE) as store:
        assert store.synchronise(library) == "built"
        assert store.shared() == in_one_block == whole(library)
    assert len({s.sentence.article_id for s in in_one_block}) > 5


def test_a_store_of_the_previous_layout_is_built_again(tmp_path):
    library = Corpus(tuple(random_library(12, seed=5)))
    with OverlapStore(tmp_path / STORE_FILE) as store:
        store.synchronise(library)
        store.db.execute("DROP INDEX frequency_by_articles")  # the layout before: every count
        store.db.execute("CREATE INDEX frequency_by_articles ON frequency (articles)")
        store.db.executemany("UPDATE meta SET value = ? WHERE name = ?", [
            ("3", "version"), (f"3:{library.fingerprint}", "corpus")])
    with OverlapStore(tmp_path / STORE_FILE) as store:
        assert store.synchronise(library) == "built"
        assert store.shared() == whole(library)
        (index_sql,) = store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'frequency_by_articles'").fetchone()
    assert "WHERE articles > 1" in index_sql


def test_a_whole_build_counts_each_sentences_shingles_without_stock_ones(tmp_path):
    """`kept`, which the pairs and every later update rely on, is what `find_shared` keeps."""
    library = random_library(40, seed=3)
    units = sentence_units((a.id, p.number, p.text) for a in library for p in a.passages)
    _, kept = without_stock(units)
    assert update_shared(Corpus(tuple(library)), tmp_path) == "built"
    with OverlapStore(tmp_path / STORE_FILE) as store:
        rows = store.db.execute("SELECT article_id, passage, start, kept, length(shingles) / 4"
                                " FROM sentences ORDER BY sid").fetchall()
    assert rows == [(s.article_id, s.passage, s.start, len(k), len(found))
                    for (s, found), k in zip(units, kept)]
    assert any(len(k) < len(found) for (_, found), k in zip(units, kept))  # stock ones dropped


@pytest.mark.parametrize("rows_at_once, held", [(200, 100_000), (3, 7)])
def test_a_whole_build_keeps_every_posting_and_each_shingles_count_of_articles(
        tmp_path, monkeypatch, rows_at_once, held):
    """What every later update reads: the postings, and each shingle's count of articles, a
    shingle in several sentences of one article counted once (its repeats taken off); staged
    many rows a statement, and in tiny statements inserted as the articles come."""
    monkeypatch.setattr(overlap_build, "ROWS_AT_ONCE", rows_at_once)
    monkeypatch.setattr(overlap_build, "STAGED_VALUES", held)
    library = random_library(40, seed=3)
    units = sentence_units((a.id, p.number, p.text) for a in library for p in a.passages)
    assert update_shared(Corpus(tuple(library)), tmp_path) == "built"
    with OverlapStore(tmp_path / STORE_FILE) as store:
        postings = store.db.execute("SELECT shingle, sid FROM postings").fetchall()
        frequency = dict(store.db.execute("SELECT shingle, articles FROM frequency"))
    assert postings == sorted((h, sid) for sid, (_, found) in enumerate(units, 1) for h in found)
    assert frequency == article_frequencies(units)
    assert len(postings) > sum(frequency.values())  # some shingles repeat within an article


def test_a_whole_build_caches_16_mb_of_each_database_then_gives_the_cache_back(tmp_path,
                                                                                monkeypatch):
    seen = []
    count = overlap_build._count

    def noting(db):  # (while the rows are sorted: where the cache is used)
        seen.append((db.execute("PRAGMA cache_size").fetchone()[0],
                     db.execute("PRAGMA temp.cache_size").fetchone()[0]))
        count(db)

    monkeypatch.setattr(overlap_build, "_count", noting)
    library = random_library(6, seed=2)
    with OverlapStore(tmp_path / STORE_FILE) as store:
        before = store.db.execute("PRAGMA cache_size").fetchone()[0]
        assert store.synchronise(Corpus(tuple(library))) == "built"
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == before
    # 16 MB each (the build runs beside the index's writers: bench/README.md, "All the add's
    # processes within 500 MB"); a negative cache size is in KB
    assert seen == [(-16_384, -16_384)] and overlap_build.CACHE_KB == 16_384
    assert stored(tmp_path) == whole(library)
