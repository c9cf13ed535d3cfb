"""`gsomia-tui add`: every format and encoding, metadata found, bad inputs, duplicates,
incremental and atomic index updates, two writers at once, an interrupted add."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from corpus.library import LibraryBusy, add_paths, library_lock, load_corpus
from corpus.loader import Corpus, article_from_raw
from corpus.removals import remove_article
from explorer.cli import main
from index.search import SearchEngine
from index.store import index_location, open_or_build
from index.timeline import build_timeline

FIXTURES = Path(__file__).parent / "fixtures"
GOOD, BAD = FIXTURES / "ingest", FIXTURES / "ingest-bad"

# file -> (headline, outlet, date, byline, encoding read)
EXPECTED = {
    "herald_utf8_bom.txt": ("Seoul, Tokyo sign military intelligence pact", "The Korea Herald",
                            "2016-11-23", "Kim Ji-hyun", "utf-8-sig"),
    "yonhap_cp949.txt": ("Opposition vows to dismiss defense minister over pact", "Yonhap",
                         "2016-11-23", None, "cp949"),
    "kyodo_utf16.txt": ("Japan, S. Korea agree on draft intelligence pact", "Kyodo News",
                        "2016-11-14", None, "utf-16"),
    "latin1.txt": ("Séoul et Tokyo signent un accord de défense", None, None, None, "cp1252"),
    "korean_euckr.txt": ("한일 군사정보보호협정 서명", None, None, None, "cp949"),
    "times.md": ("Pact signed despite protests", "The Korea Times", "2016-11-23", "Jun Ji-hye",
                 "utf-8"),
    "japan_times.html": ("Japan hails intelligence pact with South Korea", "The Japan Times",
                         "2016-11-24", "Reiji Yoshida", "utf-8"),
}


@pytest.fixture
def data(tmp_path):
    return tmp_path / "library"


def added(outcomes):
    return {Path(o.source.split(" (record")[0]).name: o.article for o in outcomes
            if o.status == "added"}


def meta_of(data, article):
    return json.loads((data / "articles" / article.id / "meta.json").read_text())


def test_every_format_and_encoding_with_the_metadata_a_reader_finds(data, corpus):
    outcomes = add_paths([GOOD], {}, corpus, data)
    assert [o.status for o in outcomes].count("added") == 10
    articles = added(outcomes)
    for name, (headline, outlet, date, byline, encoding) in EXPECTED.items():
        article = articles[name]
        assert (article.headline, article.outlet, article.date, article.byline) == \
               (headline, outlet, date, byline), name
        assert meta_of(data, article)["encoding"] == encoding
    assert articles["latin1.txt"].outlet_label.startswith("unknown (latin1.txt, ")
    assert "Nagamine" in articles["latin1.txt"].clean_text
    assert "국방부" in articles["korean_euckr.txt"].clean_text


def test_where_each_fact_came_from_is_kept(data, corpus):
    articles = added(add_paths([GOOD], {}, corpus, data))
    yonhap = meta_of(data, articles["yonhap_cp949.txt"])
    assert yonhap["outlet_provenance"] == "credited in the dateline: 'SEOUL, Nov. 23 (Yonhap)'"
    assert yonhap["date_provenance"] == "printed on the page: '15:52 23 November 2016'"
    assert meta_of(data, articles["latin1.txt"])["date_provenance"] == "unknown: no date found"
    assert meta_of(data, articles["times.md"])["url"].startswith("https://www.koreatimes.co.kr/")


def test_files_are_kept_exactly_as_received(data, corpus):
    articles = added(add_paths([GOOD / "yonhap_cp949.txt"], {}, corpus, data))
    kept = data / "articles" / articles["yonhap_cp949.txt"].id / "received.txt"
    assert kept.read_bytes() == (GOOD / "yonhap_cp949.txt").read_bytes()


def test_json_records_and_a_bad_record(data, corpus):
    outcomes = add_paths([GOOD / "wires.json", GOOD / "nhk.jsonl"], {}, corpus, data)
    assert [(o.status, o.source.endswith(")")) for o in outcomes] == [
        ("added", True), ("added", True), ("added", True), ("skipped", False)]
    assert "line 2 has no text" in outcomes[-1].reason
    outlets = {o.article.outlet for o in outcomes if o.article}
    assert outlets == {"Reuters", "Xinhua", "NHK World"}


def test_html_chrome_and_markdown_syntax_are_gone(data, corpus):
    articles = added(add_paths([GOOD / "japan_times.html", GOOD / "times.md"], {}, corpus, data))
    html = articles["japan_times.html"].clean_text
    assert "Most read" not in html and "Copyright" not in html and "Log in" not in html
    markdown = articles["times.md"].clean_text
    assert "**" not in markdown and "](" not in markdown and markdown.startswith("South Korea")


def test_command_line_facts_override_the_file(data, corpus):
    outcomes = add_paths([GOOD / "latin1.txt"], {"outlet": "Le Monde", "date": "2016-11-24",
                                                 "url": "https://www.lemonde.fr/x"}, corpus, data)
    article = outcomes[0].article
    assert (article.outlet, article.date, article.url) == ("Le Monde", "2016-11-24",
                                                           "https://www.lemonde.fr/x")
    assert meta_of(data, article)["date_provenance"] == "given with --date"


def test_bad_inputs_are_skipped_with_a_reason_and_the_rest_added(data, corpus, tmp_path):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"word " * (1_100_000))
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere")
    outcomes = add_paths([BAD, big, dangling, tmp_path / "missing-folder", GOOD / "times.md"], {},
                         corpus, data)
    reasons = {Path(o.source).name: o.reason for o in outcomes if o.status == "skipped"}
    assert reasons == {
        "photo.bin": "a binary file, not text",
        "empty.txt": "the file is empty",
        "garbage.txt": "a binary file, not text",
        "undecodable.txt": "the text's encoding could not be recognised",
        "only_chrome.txt": "no article text left after removing page chrome",
        "broken.json": "not valid JSON (line 1: Expecting property name enclosed in double quotes)",
        "huge.txt": "5.2 MB is over the 5 MB limit for one file",
        "gone.txt": "no such file or folder",
        "missing-folder": "no such file or folder",
    }
    assert [o.status for o in outcomes].count("added") == 1


def test_the_same_article_twice_is_stored_once(data, corpus, tmp_path):
    copy = tmp_path / "copy-of-times.md"
    shutil.copy(GOOD / "times.md", copy)
    outcomes = add_paths([GOOD / "times.md", copy], {}, corpus, data)
    assert [o.status for o in outcomes] == ["added", "duplicate"]
    assert "the same text as article" in outcomes[1].reason
    again = add_paths([GOOD / "times.md"], {}, load_corpus(data), data)
    assert [o.status for o in again] == ["duplicate"]
    assert len(list((data / "articles").iterdir())) == 1


def test_a_bundled_article_added_again_is_a_duplicate(data, corpus, tmp_path):
    seed = tmp_path / "seed.txt"
    shutil.copy(Path(corpus.get("5dc3").source.replace("bundled:", "corpus/bundled/")), seed)
    article = article_from_raw(seed.read_text(), {}, str(seed))
    corpus_with_hash_ids = Corpus(corpus.articles + (article,))
    outcomes = add_paths([seed], {}, corpus_with_hash_ids, data)
    assert outcomes[0].status == "duplicate"


def test_added_articles_are_loaded_searched_and_removed(data, tmp_path):
    add_paths([GOOD], {}, load_corpus(data), data)
    full = load_corpus(data)
    assert len(full) == 15 and not full.problems
    engine = SearchEngine.open(full, tmp_path / "index")
    assert {h.outlet_label.split(" (")[0] for h in engine.search("Kishida").hits} == {
        "unknown", "The Japan Times"}
    times = next(a for a in full if a.outlet == "The Korea Times")
    remove_article(times.id[:8], full, data)
    assert times.id not in {a.id for a in load_corpus(data)}
    with pytest.raises(KeyError, match="bundled corpus"):
        remove_article("5dc3", full, data)


def test_an_added_article_about_the_signing_joins_that_event(data, tmp_path):
    add_paths([GOOD / "herald_utf8_bom.txt", GOOD / "japan_times.html"], {}, load_corpus(data),
              data)
    timeline = build_timeline(SearchEngine.open(load_corpus(data), tmp_path / "index"))
    signing = timeline.event("signing")
    assert {"korea-herald", "japan-times"} <= set(signing.outlet_ids)
    herald = [c for c in signing.coverage if c.outlet_id == "korea-herald"]
    assert {c.article_date for c in herald} == {"2016-11-23", "2016-11-24"}  # added + bundled


def test_adding_ten_articles_updates_the_index_without_rebuilding(data, tmp_path, corpus):
    many = tmp_path / "many"
    many.mkdir()
    for number in range(40):
        (many / f"story{number}.json").write_text(json.dumps({
            "title": f"Briefing number {number} on the pact", "outlet": "Daily Wire",
            "date": "2016-11-25", "text": f"Officials gave briefing number {number} about the "
                                          f"pact and its {number} clauses on Friday."}))
    add_paths([many], {}, corpus, data)
    root = tmp_path / "index"
    open_or_build(load_corpus(data), root)
    location = index_location(root)
    before = {p.name: p.stat().st_mtime_ns for p in location.iterdir() if p.suffix == ".seg"}
    extra = tmp_path / "extra"
    extra.mkdir()
    for number in range(10):
        (extra / f"new{number}.txt").write_text(
            f"New story {number}\n\nA new article number {number} about the intelligence pact "
            "between Seoul and Tokyo, reported on Friday.")
    add_paths([extra], {}, load_corpus(data), data)
    opened = open_or_build(load_corpus(data), root)
    assert opened.updated == 10 and opened.notice is None
    after = {p.name: p.stat().st_mtime_ns for p in location.iterdir() if p.suffix == ".seg"}
    assert all(after.get(name) == stamp for name, stamp in before.items())  # old segments kept
    assert SearchEngine(load_corpus(data), opened).search('"new article number"').total == 10


def test_a_second_writer_waits_then_gives_a_clear_message(data, corpus, monkeypatch):
    monkeypatch.setattr("corpus.library_lock.LOCK_TIMEOUT", 0.3)
    holding, release = threading.Event(), threading.Event()

    def hold():
        with library_lock(data):
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(5)
    try:
        with pytest.raises(LibraryBusy, match="another gsomia-tui is changing the library"):
            add_paths([GOOD / "times.md"], {}, corpus, data)
    finally:
        release.set()
        thread.join()
    assert [o.status for o in add_paths([GOOD / "times.md"], {}, corpus, data)] == ["added"]


def cli(data, index, *argv, **kwargs):
    env = {**os.environ, "GSOMIA_TUI_DATA": str(data), "GSOMIA_TUI_INDEX": str(index)}
    return subprocess.Popen([sys.executable, "-m", "explorer.cli", *argv], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[1], **kwargs)


def make_stories(folder: Path, count: int, tag: str) -> Path:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"{tag}{number}.txt").write_text(
            f"{tag.title()} story {number}\n\nReporters filed {tag} story {number} about the pact "
            f"signed by Seoul and Tokyo on Wednesday, officials said.", encoding="utf-8")
    return folder


def test_two_add_processes_at_once_corrupt_nothing(tmp_path):
    data, index = tmp_path / "data", tmp_path / "index"
    first = cli(data, index, "add", str(make_stories(tmp_path / "a", 15, "alpha")))
    second = cli(data, index, "add", str(make_stories(tmp_path / "b", 15, "beta")))
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "15 added, 0 duplicates, 0 skipped" in err
    search = cli(data, index, "search", '"story"', "--json", "--limit", "100")
    out, err = search.communicate(timeout=60)
    assert search.returncode == 0 and len(out.strip().split("\n")) == 30


def kill_when(process, condition, timeout: float = 60) -> bool:
    """SIGKILL `process` as soon as `condition()` holds; False if it ended first."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if condition():
            process.send_signal(signal.SIGKILL)
            process.communicate()
            return True
        time.sleep(0.002)
    process.communicate()
    return False


def test_an_interrupted_add_leaves_a_working_index_and_whole_articles(tmp_path):
    data, index = tmp_path / "data", tmp_path / "index"
    warm = cli(data, index, "search", "Nagamine")
    warm.communicate(timeout=60)
    stories = make_stories(tmp_path / "many", 60, "gamma")

    def articles_kept() -> int:
        folders = (data / "articles").glob("*")
        return sum(1 for folder in folders if not folder.name.startswith("."))

    # killed while it writes the articles, then once they are all kept (updating the index)
    for moment in (lambda: articles_kept() > 0, lambda: articles_kept() == 60):
        process = cli(data, index, "add", str(stories))
        assert kill_when(process, moment), "the add ended before the moment to kill it"
        search = cli(data, index, "search", "Nagamine", "--json")
        out, err = search.communicate(timeout=60)
        assert search.returncode == 0, err
        assert len(out.strip().split("\n")) == 2
        for folder in (data / "articles").glob("*"):
            if not folder.name.startswith("."):
                assert {p.name for p in folder.iterdir()} == {"received.txt", "text.txt",
                                                              "meta.json"}
    assert 0 < articles_kept() <= 60
    finish = cli(data, index, "add", str(stories))
    out, err = finish.communicate(timeout=120)
    assert finish.returncode == 0 and "0 skipped" in err
    search = cli(data, index, "search", "gamma", "--json", "--limit", "100")
    out, _ = search.communicate(timeout=60)
    assert len(out.strip().split("\n")) == 60


def test_add_command_summary_and_exit_codes(capsys, tmp_path):
    assert main(["add", str(GOOD / "times.md")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("added ") and "The Korea Times" in out
    assert err.strip().endswith("1 added, 0 duplicates, 0 skipped")
    assert main(["add", str(GOOD / "times.md"), str(BAD / "empty.txt")]) == 1
    out, err = capsys.readouterr()
    assert "duplicate: " in err and "skipped: " in err and "empty.txt: the file is empty" in err
    assert "0 added, 1 duplicate, 1 skipped" in err
    assert main(["add", str(GOOD / "times.md"), "--date", "someday"]) == 2
    assert main(["search", "protests", "--json", "--outlet", "korea times"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["outlet"] == "The Korea Times"
    assert main(["articles"]) == 0
    assert str(GOOD / "times.md") in capsys.readouterr().out
    assert main(["remove", record["article_id"][:8]]) == 0
    assert main(["remove", "5dc3"]) == 2


def test_a_running_reader_keeps_searching_while_two_adds_write(tmp_path):
    data, index = tmp_path / "data", tmp_path / "index"
    reader = SearchEngine.open(load_corpus(data), index)  # what a running explorer holds
    writers = [cli(data, index, "add", str(make_stories(tmp_path / tag, 20, tag)))
               for tag in ("delta", "epsilon")]
    while any(w.poll() is None for w in writers):
        assert reader.search("Nagamine").total == 2
        time.sleep(0.05)
    assert all(w.returncode == 0 for w in writers)
    assert reader.search("Nagamine").total == 2 and reader.search("delta").total == 0
    fresh = SearchEngine.open(load_corpus(data), index)
    assert fresh.opened.updated == 0  # the adds already brought the index up to date
    assert fresh.search("delta").total == 20 and fresh.search("epsilon").total == 20


def test_a_run_on_a_terminal_shows_a_progress_bar(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert main(["add", str(make_stories(tmp_path / "bar", 3, "zeta"))]) == 0
    err = capsys.readouterr().err
    assert "adding" in err and "100%" in err
    summary, advice = err.split("3 added, 0 duplicates, 0 skipped\n")  # the bar is gone by then
    assert advice.startswith("3 articles with no outlet or no date found")
