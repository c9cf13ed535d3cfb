"""Hostile articles (markup, terminal sequences, bidi, NUL, huge lines, thousands of
paragraphs) come out of every non-interactive command as text, never as terminal control."""

from __future__ import annotations

import json
import sys

import pytest

from corpus.library import add_paths, load_corpus
from corpus.page_lines import LONGEST_LINE
from explorer.cli import main

MARKUP = "[/] [bold]bold[/bold] [link=file:///etc/passwd]link[/link] [@click=app.quit]x[/]"
SEQUENCES = ("\x1b]0;pwned-title\x07 \x1b]52;c;aGVsbG8=\x1b\\ \x1b[2J \x1b[6n \x9b31m "
             "bell\x07 back\x08space nul\x00 \u202eevil\u202c zero\u200bwidth")
FORBIDDEN = ("\x1b]", "\x07", "\x9b", "\x1b[2J", "\x1b[6n", "\x00", "\x08", "\u202e", "\u200b",
             "pwned-title", "aGVsbG8")


def hostile_files(folder):
    folder.mkdir()
    (folder / "markup [bold] \x1b[31mname.txt").write_text(
        f"Headline {MARKUP}\n\nSEOUL, Nov. 23 (Yonhap) -- The pact {MARKUP} was signed on "
        f"Wednesday, the hostile wire {SEQUENCES} reported in full today.\n", encoding="utf-8")
    (folder / "outlet.json").write_text(json.dumps({
        "title": f"Outlet test {SEQUENCES}", "outlet": f"Evil {MARKUP} \x1b]0;t\x07News",
        "date": "2016-11-23", "text": f"The agreement was signed {SEQUENCES} in Seoul."}))
    (folder / "one-long-line.txt").write_text(
        "Long line story\n\n" + "The pact was signed in Seoul. " * 35_000 + "\n", encoding="utf-8")
    (folder / "many-paragraphs.txt").write_text(
        "Many paragraphs story\n\n" + "\n\n".join(f"Tiny paragraph {n} about the pact."
                                                  for n in range(10_000)), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_library(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    data = base / "data"
    outcomes = add_paths([hostile_files(base / "files")], {}, load_corpus(data), data)
    assert [o.status for o in outcomes] == ["added"] * 4, outcomes
    return data


@pytest.fixture
def hostile(hostile_library, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_DATA", str(hostile_library))


def assert_inert(text):
    for forbidden in FORBIDDEN:
        assert forbidden not in text, repr(forbidden)


@pytest.mark.parametrize("argv", [
    ["search", "signed", "--limit", "50"], ["search", "signed", "--json", "--limit", "50"],
    ["search", "outlet:evil"], ["articles"], ["articles", "--json"], ["events"],
    ["events", "signing"], ["events", "--json"],
])
def test_plain_and_json_output_carry_no_control_sequences(hostile, capsys, argv):
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert_inert(out + err)
    if "--json" not in argv and argv[0] != "events":
        assert MARKUP in out or "Evil" in out or "[@click=app.quit]x[/]" in out


@pytest.mark.parametrize("argv", [["search", "signed", "--limit", "50"], ["articles"],
                                  ["events"], ["events", "signing"]])
def test_rich_tables_show_markup_as_text(hostile, capsys, monkeypatch, argv):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "400")
    assert main(argv) == 0
    out, _ = capsys.readouterr()
    assert_inert(out)
    if argv[0] != "events":
        assert "[@click=app.quit]x[/]" in out


def test_show_prints_the_hostile_article_literally(hostile, capsys):
    article = next(a for a in load_corpus() if a.headline.startswith("Headline"))
    assert main(["show", article.id]) == 0
    out, _ = capsys.readouterr()
    assert_inert(out)
    assert out.startswith(f"Headline {MARKUP}\n")


def test_huge_line_and_many_paragraphs_are_whole(hostile):
    corpus = load_corpus()
    long_one = next(a for a in corpus if a.headline == "Long line story")
    # a line over LONGEST_LINE is cut at spaces into passages a reader meets, every word kept
    assert all(len(passage.text) <= LONGEST_LINE for passage in long_one.passages)
    assert " ".join(passage.text for passage in long_one.passages).split() == \
        ("The pact was signed in Seoul. " * 35_000).split()
    many = next(a for a in corpus if a.headline == "Many paragraphs story")
    assert len(many.passages) == 10_000


def test_hostile_file_names_are_shown_clean(hostile, capsys):
    assert main(["articles"]) == 0
    out, _ = capsys.readouterr()
    assert "markup [bold] name.txt" in out and "\x1b" not in out
