"""`gsomia-tui export`: cited passages equal to the hits, untrusted text kept as data."""

from __future__ import annotations

import csv
import io
import json

import pytest

from corpus.loader import Corpus
from explorer.cli import main
from index.citations import cite, cite_hits, quotable
from index.export_formats import csv_text, escape_markdown, markdown, neutralise_cell


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("query", ["GSOMIA", "Nagamine", "headline:sign", "Japan"])
def test_an_exports_rows_equal_the_searchs_hits(capsys, engine, query):
    result = engine.search(query, limit=None)
    code, out, _ = run(capsys, "export", query, "--format", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and records
    expected = []
    for hit in result.hits:
        numbers = [p.number for p in hit.passages]
        if not numbers:  # a headline-only hit is cited by the passage its snippet shows
            numbers = [engine.corpus.get(hit.article_id).passage_at(hit.snippet.offset).number]
        expected += [(hit.article_id, n) for n in numbers]
    assert [(r["article_id"], r["passage"]) for r in records] == expected
    assert {r["article_id"] for r in records} == {hit.article_id for hit in result.hits}


def test_each_row_carries_its_citation_and_hits(capsys, corpus):
    code, out, _ = run(capsys, "export", "Nagamine", "--format", "json")
    for record in map(json.loads, out.splitlines()):
        article = corpus.get(record["article_id"])
        assert record["text"] == article.passage(record["passage"]).text
        assert record["outlet"] == article.outlet_label and record["date"] == article.date
        assert [record["text"][s:e] for s, e in record["spans"]] == ["Nagamine"]
        assert f"passage {record['passage']}" in record["citation"]
        assert article.headline in record["citation"]


def test_an_events_coverage_exported(capsys, engine):
    from index.timeline import build_timeline

    event = build_timeline(engine).event("signing")
    code, out, _ = run(capsys, "export", "--event", "signing", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == len(event.coverage)
    assert [(r["article_id"], int(r["passage"])) for r in rows] == [
        (c.article_id, c.passage) for c in event.coverage]


def test_markdown_quotes_each_passage_with_its_citation(capsys):
    code, out, _ = run(capsys, "export", "Nagamine")
    assert code == 0 and out.startswith("# Search: Nagamine\n\n2 passages from 2 articles.")
    assert out.count("\n> \u2014 ") == 2 and "passage 2" in out and "passage 3" in out


def test_markdown_escapes_what_could_be_syntax():
    hostile = "[click](javascript:alert(1)) <img src=x> *bold* `code` # no | table\n- item"
    escaped = escape_markdown(hostile)
    assert "\n" not in escaped
    for mark in "[]<>*`#|":
        assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c == mark)
    assert escape_markdown("1. not a list") == "1\\. not a list"
    assert escape_markdown("- not a list") == "\\- not a list"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)",
                                  "\tx", "\rx"])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(cell):
    assert neutralise_cell(cell) == "'" + cell
    assert neutralise_cell("South Korea") == "South Korea"


def test_hostile_articles_stay_data_in_every_format(corpus):
    article = corpus.articles[0]
    from dataclasses import replace

    from corpus.model import Passage

    text = "=cmd|' /C calc'!A0 [x](http://evil) <script>"
    passage = Passage(article.id, 1, 0, len(text), text)
    hostile = replace(article, headline="@evil *headline*", clean_text=text, passages=(passage,))
    rows = (cite(hostile, passage),)
    table = list(csv.reader(io.StringIO(csv_text(rows))))
    assert table[1][5] == "'" + text and table[1][2] == "'@evil *headline*"
    md = markdown(rows, "t")
    assert "\\[x\\](http://evil) \\<script\\>" in md and "\\*headline\\*" in md


def test_headline_only_hits_are_cited_not_dropped(corpus):
    from index.results import ArticleHit, SearchResult, Snippet

    article = corpus.articles[0]
    hit = ArticleHit(article.id, article.outlet, article.outlet_id, article.outlet_label,
                     article.date, "day",
                     article.headline, 1.0, (), (), (), Snippet("x", 0, ()))
    result = SearchResult("q", "q", (hit,), 1, (), (), None)
    assert [row.passage for row in cite_hits(result, Corpus((article,)))] == [1]


def test_output_refuses_to_replace_a_file_unless_forced(capsys, tmp_path):
    target = tmp_path / "story.md"
    target.write_text("my notes", encoding="utf-8")
    code, out, err = run(capsys, "export", "Nagamine", "--output", str(target))
    assert code == 2 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "my notes"
    code, _, err = run(capsys, "export", "Nagamine", "--output", str(target), "--force")
    assert code == 0 and "wrote 2 passages" in err
    assert target.read_text(encoding="utf-8").startswith("# Search: Nagamine")
    beside = [p.name for p in tmp_path.iterdir() if p.name != "user-data"]  # (the library's
    assert beside == ["story.md"]  # article store lives in the data dir) no temporary left behind


@pytest.mark.parametrize("argv,fragment", [
    (["export"], "QUERY or --event"),
    (["export", "x", "--event", "signing"], "QUERY or --event"),
    (["export", "--event", "nope"], "no event with id 'nope'"),
    (["export", "--event", "signing", "--outlet", "kbs"], "--event exports the event's whole"),
    (["export", '"Han'], "quote"),
    (["export", "Nagamine", "--output", "/no/such/folder/x.md"], "does not exist"),
])
def test_export_errors_are_one_line(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and fragment in err and err.count("\n") == 1


def test_no_match_exits_1(capsys):
    code, out, err = run(capsys, "export", "Pyongyangzzz", "--format", "csv")
    assert code == 1 and out.splitlines() == [",".join(
        ("outlet", "date", "headline", "url", "passage", "text", "citation", "article_id"))]


def test_the_clipboard_copy_uses_the_same_citation(corpus):
    from explorer.tui.render import citation

    article = corpus.get("e2bd")
    passage = article.passage(2)
    assert citation(article, passage) == quotable(cite(article, passage))
    assert citation(article, passage).endswith("passage 2. no URL recorded")


@pytest.mark.parametrize("command", ["export", "trend", "overlap", "quotes"])
def test_the_outlet_commands_have_help_with_examples(capsys, command):
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    assert stopped.value.code == 0
    assert "examples:" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert f"gsomia-tui {command} " in capsys.readouterr().out
