"""After an upgrade (newer intake rules), the first command that opens the library reads the
stored articles again: it says so (a bar on a terminal, one line otherwise), does it in worker
processes with the same results as one after another, leaves it to another gsomia-tui that holds
the library, and a Ctrl-C half-way loses nothing and is resumed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import corpus.bulk as bulk
import corpus.edits as edits
import explorer.cli.progress as progress
from corpus.describe import describe_received
from corpus.edits import INTAKE_VERSION, SET_BY_YOU, edit_article, refresh_intake, refresh_library
from corpus.article_store import ArticleStore
from corpus.library import LibraryBusy, add_paths, library_lock, load_corpus
from corpus.store_sync import open_library
from explorer.cli import main

GOOD = Path(__file__).parent / "fixtures" / "ingest"
PAGE = "{title}\n\nSEOUL, Nov. 22 (Yonhap) -- Officials said story {n} on the pact was agreed.\n"


@pytest.fixture
def data(tmp_path):
    return tmp_path / "user-data"  # the library conftest's private_data_dir points the CLI at


def library(data: Path, corpus, tmp_path: Path, count: int = 6) -> list[str]:
    """`count` stories (outlet and date found in the text) and the bundled fixtures, one
    edited by the user; made by the previous intake version. Their ids."""
    export = tmp_path / "stories.jsonl"
    export.write_text("\n".join(json.dumps({"title": f"Story {n}", "text": PAGE.format(
        title=f"Story {n}", n=n) + "More words about the pact. " * 5}) for n in range(count)),
        encoding="utf-8")
    outcomes = add_paths([export, GOOD / "latin1.txt", GOOD / "herald_utf8_bom.txt"], {}, corpus,
                         data)
    ids = [o.article.id for o in outcomes if o.status == "added"]
    edit_article(ids[-1], {"outlet": "Yonhap"}, load_corpus(data), data)
    set_back(data)
    return ids


def set_back(data: Path) -> None:
    """As if the library had been made by the version before this one."""
    for meta_path in (data / "articles").glob("*/meta.json"):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta_path.write_text(json.dumps({**meta, "intake_version": INTAKE_VERSION - 1}),
                             encoding="utf-8")
    store = load_corpus(data)  # (in step with the files, as the previous version left it)
    with store.writing() as writer:
        writer.set_state("intake", INTAKE_VERSION - 1)
    store.close()


def metas(data: Path) -> dict[str, dict]:
    return {path.parent.name: json.loads(path.read_text(encoding="utf-8"))
            for path in (data / "articles").glob("*/meta.json")}


def versions(data: Path) -> list[int]:
    return sorted(meta["intake_version"] for meta in metas(data).values())


def test_not_on_a_terminal_one_line_says_why_the_add_takes_long(data, corpus, tmp_path, capsys):
    library(data, corpus, tmp_path)
    capsys.readouterr()
    assert main(["add", str(GOOD / "times.md")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "gsomia-tui: re-reading 8 stored articles with newer rules (once) ..."
    assert versions(data) == [INTAKE_VERSION] * 9
    assert main(["add", str(GOOD / "kyodo_utf16.txt")]) == 0  # once: not again
    assert "re-reading" not in capsys.readouterr().err


def test_on_a_terminal_a_bar_counts_the_articles_read_again(data, corpus, tmp_path, capsys,
                                                            monkeypatch):
    library(data, corpus, tmp_path)
    bars: list[tuple[str, int, int]] = []

    class Bar:
        def __init__(self, what, total):
            bars.append((what, total, 0))

        def __enter__(self):
            return lambda steps: bars.append((*bars[-1][:2], bars[-1][2] + steps))

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(progress, "_bar", Bar)
    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: True, raising=False)
    assert main(["add", str(GOOD / "times.md")]) == 0
    assert bars[0] == ("re-reading 8 stored articles (newer rules)", 8, 0)
    assert ("re-reading 8 stored articles (newer rules)", 8, 8) in bars
    assert "re-reading" not in capsys.readouterr().err  # the bar, not the line


def test_the_parallel_re_read_writes_what_the_serial_one_writes(data, corpus, tmp_path,
                                                                monkeypatch):
    library(data, corpus, tmp_path)
    serial = tmp_path / "serial"
    shutil.copytree(data, serial)
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "1")
    assert refresh_library(serial, describe_received) == 8
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    monkeypatch.setattr(bulk, "WORKERS_FROM", 2)  # (worker processes even for 8 articles)
    told = []
    refresh_intake(data, lambda done, total: told.append((done, total)))
    assert told[0] == (0, 8) and told[-1] == (8, 8)
    assert metas(data) == metas(serial) and versions(data) == [INTAKE_VERSION] * 8
    edited = [meta for meta in metas(data).values() if meta.get("set_by_you")]
    assert [(m["outlet"], m["outlet_provenance"]) for m in edited] == [("Yonhap", SET_BY_YOU)]
    # the store holds what the files now say
    store = load_corpus(data)
    assert store.state("intake") == INTAKE_VERSION
    for name, meta in metas(data).items():
        article = store.get(meta["id"])
        assert (article.outlet, article.date) == (meta["outlet"], meta["date"]), name


_calls = {"left": 0}


def _describe_then_stop(*args):
    if _calls["left"] == 0:
        raise KeyboardInterrupt
    _calls["left"] -= 1
    return describe_received(*args)


def test_ctrl_c_half_way_keeps_every_article_and_the_next_add_resumes(data, corpus, tmp_path,
                                                                      monkeypatch, capsys):
    ids = library(data, corpus, tmp_path)
    _calls["left"] = 3
    with pytest.raises(KeyboardInterrupt):
        edits.refresh_store(ArticleStore.in_folder(data), data, _describe_then_stop)
    assert versions(data) == [INTAKE_VERSION - 1] * 5 + [INTAKE_VERSION] * 3  # each whole
    assert {meta["id"] for meta in metas(data).values()} == set(ids)
    capsys.readouterr()
    assert main(["add", str(GOOD / "times.md")]) == 0
    assert capsys.readouterr().err.startswith(
        "gsomia-tui: re-reading 5 stored articles with newer rules (once) ...\n")
    assert versions(data) == [INTAKE_VERSION] * 9
    edited = metas(data)[ids[-1]]
    assert (edited["outlet"], edited["outlet_provenance"]) == ("Yonhap", SET_BY_YOU)
    assert load_corpus(data).get(ids[-1]).outlet == "Yonhap"


def test_ctrl_c_during_the_re_read_of_an_add_says_what_is_kept(data, corpus, tmp_path,
                                                               monkeypatch, capsys):
    library(data, corpus, tmp_path)

    def stop(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("corpus.describe.describe_received", stop)
    capsys.readouterr()
    assert main(["add", str(GOOD / "times.md")]) == 130
    assert capsys.readouterr().err.splitlines()[-1] == (
        "gsomia-tui: interrupted: nothing was added; the articles read again are kept, and the "
        "next command reads the rest")


def found_before(data: Path, article_id: str, outlet: str) -> None:
    """As if the older rules had found `outlet` for one article."""
    for meta_path in (data / "articles").glob("*/meta.json"):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["id"] == article_id:
            edits.write_meta(meta_path, {**meta, "outlet": outlet})  # (the store sees it)


def shown_outlets(capsys) -> dict[str, str]:
    assert main(["articles", "--json"]) == 0
    return {row["id"]: row["outlet"] for row in map(json.loads, capsys.readouterr().out.splitlines())}


def test_a_command_that_only_reads_shows_what_the_newer_rules_find(data, corpus, tmp_path,
                                                                   capsys):
    ids = library(data, corpus, tmp_path)
    found_before(data, ids[0], "Old Rules Daily")
    capsys.readouterr()
    outlets = shown_outlets(capsys)
    assert capsys.readouterr().err == ""  # (read by shown_outlets: the line came with the rows)
    assert outlets[ids[0]] == "Yonhap" and outlets[ids[-1]] == "Yonhap"  # (the edit kept)
    assert versions(data) == [INTAKE_VERSION] * 8


def test_the_line_comes_once_on_stderr_of_a_command_that_only_reads(data, corpus, tmp_path,
                                                                    capsys):
    library(data, corpus, tmp_path)
    capsys.readouterr()
    assert main(["articles"]) == 0
    assert capsys.readouterr().err == (
        "gsomia-tui: re-reading 8 stored articles with newer rules (once) ...\n")
    assert main(["articles"]) == 0
    assert "re-reading" not in capsys.readouterr().err


def test_the_explorer_s_open_reads_them_again_in_silence(data, corpus, tmp_path):
    ids = library(data, corpus, tmp_path)
    found_before(data, ids[0], "Old Rules Daily")
    store = open_library(data)  # (as the explorer's background open calls it)
    assert store.get(ids[0]).outlet == "Yonhap"
    assert versions(data) == [INTAKE_VERSION] * 8


def test_a_command_leaves_the_re_read_to_the_gsomia_tui_that_holds_the_library(
        data, corpus, tmp_path, capsys):
    ids = library(data, corpus, tmp_path)
    found_before(data, ids[0], "Old Rules Daily")
    capsys.readouterr()
    with library_lock(data):  # (another gsomia-tui, adding)
        assert shown_outlets(capsys)[ids[0]] == "Old Rules Daily"  # at once, no error
        assert versions(data) == [INTAKE_VERSION - 1] * 8
    assert shown_outlets(capsys)[ids[0]] == "Yonhap"  # the next command, once it is free


def test_ctrl_c_during_the_re_read_of_a_command_that_only_reads_says_what_is_kept(
        data, corpus, tmp_path, monkeypatch, capsys):
    library(data, corpus, tmp_path)

    def stop(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr("corpus.describe.describe_received", stop)
    capsys.readouterr()
    assert main(["articles"]) == 130
    assert capsys.readouterr().err.splitlines()[-1] == (
        "gsomia-tui: interrupted: the articles read again are kept, and the next command reads "
        "the rest")


def test_an_add_that_waits_for_the_re_read_is_told_what_holds_the_library(
        data, corpus, tmp_path, monkeypatch):
    library(data, corpus, tmp_path)
    monkeypatch.setattr("corpus.library_lock.LOCK_TIMEOUT", 0.3)
    told = []

    def an_add_meanwhile(store, root, progress=None):
        try:
            add_paths([GOOD / "times.md"], {}, corpus, data)
        except LibraryBusy as busy:
            told.append(str(busy))

    monkeypatch.setattr(edits, "refresh_once", an_add_meanwhile)
    open_library(data)
    assert told == [f"another gsomia-tui is reading its articles again with newer rules (once, "
                    f"after an upgrade) at {data} (waited 0 s); try again when it has finished"]


def test_a_re_read_that_cannot_write_says_so_and_the_command_goes_on(data, corpus, tmp_path,
                                                                      monkeypatch, capsys):
    library(data, corpus, tmp_path)

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(edits, "refresh_once", disk_full)
    capsys.readouterr()
    assert main(["articles"]) == 0
    assert ("gsomia-tui: could not read your articles again with newer rules (No space left on "
            "device); they show what older rules found until a command can\n"
            ) in capsys.readouterr().err
    assert versions(data) == [INTAKE_VERSION - 1] * 8  # (tried again by the next command)
