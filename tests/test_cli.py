"""`gsomia-tui search / articles / show`: output for people and scripts, and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from explorer.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_plain_output_marks_hits(capsys):
    code, out, err = run(capsys, "search", "Nagamine")
    lines = out.strip().split("\n")
    assert code == 0 and len(lines) == 2
    assert all("«Nagamine»" in line for line in lines)
    assert lines[0].split("\t")[2] in ("KBS World Radio", "unknown (81cfaf9f)")


def test_search_json_is_one_object_per_hit(capsys, corpus):
    code, out, _ = run(capsys, "search", "GSOMIA", "--json", "--sort", "date")
    records = [json.loads(line) for line in out.strip().split("\n")]
    assert code == 0 and [r["date"] for r in records] == sorted(r["date"] for r in records)
    for record in records:
        text = corpus.get(record["article_id"]).clean_text
        assert all(text[s:e].upper() in ("GSOMIA", "GENERAL SECURITY OF MILITARY INFORMATION "
                                         "AGREEMENT") for s, e in record["spans"])
        assert all(record["snippet"][s:e] for s, e in record["snippet_spans"])
    assert records[-1]["url"] is None or records[-1]["url"].startswith("https://")


def test_search_filters(capsys):
    code, out, _ = run(capsys, "search", "Japan", "--outlet", "joongang", "--from", "2016",
                       "--to", "2016-12", "--limit", "5")
    assert code == 0 and len(out.strip().split("\n")) == 1 and "2016-10-27" in out


def test_no_hits_exit_1_with_a_suggestion(capsys):
    code, out, err = run(capsys, "search", "nucleer")
    assert code == 1 and out == ""
    assert "did you mean: nuclear" in err


@pytest.mark.parametrize("argv,fragment", [
    (["search", '"Han'], "quote"),
    (["search", "Japan", "--outlet", "Pravda"], "no outlet matches"),
    (["search", "Japan", "--from", "last week"], "not a date"),
    (["show", "ffff"], "no article"),
    (["show", "5dc3", "--passage", "99"], "has 9 passages"),
])
def test_errors_exit_2_with_one_line_on_stderr(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert fragment in err and err.count("\n") == 1 and err.startswith("gsomia-tui: ")


@pytest.mark.parametrize("argv", [["search", "x", "--limit", "0"], ["search"], ["nonsense"]])
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2


def test_articles_lists_provenance(capsys):
    code, out, _ = run(capsys, "articles")
    lines = out.strip().split("\n")
    assert code == 0 and len(lines) == 5
    assert any("inferred from the text" in line and "2012-06-28" in line for line in lines)
    records = [json.loads(line) for line in run(capsys, "articles", "--json")[1].splitlines()]
    assert {r["outlet_id"] for r in records} == {"korea-herald", "kbs-world-radio", "unknown-81cfaf9f",
                                                 "joongang-daily"}


def test_show_prints_the_clean_article(capsys):
    code, out, _ = run(capsys, "show", "e752")
    assert code == 0
    assert out.startswith("Korea and Japan will ink military agreement\n")
    assert "2012-06-28 (inferred)" in out and "by Lee Eun-joo" in out
    assert "[10] The Foreign Ministry said" in out and "Log in" not in out
    record = json.loads(run(capsys, "show", "e752", "--json")[1])
    assert len(record["passages"]) == 10


@pytest.mark.parametrize("argv", [["--help"], ["search", "--help"], ["articles", "--help"],
                                  ["show", "--help"], ["edit", "--help"]])
def test_every_command_has_help_with_examples(capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_the_explorer_without_a_terminal_says_what_to_use_instead(capsys):
    code, out, err = run(capsys)
    assert code == 2 and "gsomia-tui search QUERY" in err


def test_hostile_query_text_never_reaches_stderr_raw(capsys):
    code, _, err = run(capsys, "search", '"\x1b]52;c;aGk=\x07[/]')
    assert code == 2 and "\x1b" not in err and "\x07" not in err


def test_the_installed_command_runs(tmp_path):
    command = shutil.which("gsomia-tui")
    if command is None:
        pytest.skip("gsomia-tui is not installed in this environment (pip install -e .)")
    done = subprocess.run([command, "search", "Kishida", "--json"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout)["outlet_id"] == "unknown-81cfaf9f"


# --- issue 17: what a first session trips over ---
@pytest.mark.parametrize("columns", [80, 60])
@pytest.mark.parametrize("argv", [["search", "Japan"], ["articles"], ["events"]])
def test_tables_never_split_an_id(capsys, monkeypatch, corpus, argv, columns):
    import sys

    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _ = run(capsys, *argv)
    assert code == 0
    if argv[0] == "events":
        from index.timeline import build_timeline
        from index.search import SearchEngine

        expected = [event.id for event in build_timeline(SearchEngine.open(corpus)).events]
    else:
        expected = [article.id[:8] for article in corpus if argv[0] == "articles"
                    or "Japan" in article.clean_text]
    assert expected and all(identifier in out for identifier in expected)


@pytest.mark.parametrize("argv,fragment", [
    (["show", "5dc"], "'5dc' is too short: give at least 4 characters"),
    (["events", "sig"], "'sig' is too short"),
    (["search", "Japan", "--from", "2016-13"], "--from '2016-13' is not a date"),
    (["search", "Japan", "--to", "soon"], "--to 'soon' is not a date"),
    (["search", "Japan", "--outlet", "zzz"], "--outlet 'zzz': no outlet matches"),
    (["search", "headline:"], "'headline:' has nothing after the colon"),
    (["search", "Japan headline: sign"], "'headline:' has nothing after the colon"),
])
def test_errors_name_what_was_wrong(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert fragment in err and err.count("\n") == 1
    about_the_query = "headline" in argv[1]  # only then is it the query that is wrong
    assert ("query" in err) == about_the_query


def test_events_take_a_unique_id_prefix_as_show_does(capsys):
    code, out, _ = run(capsys, "events", "signi")
    assert code == 0
    whole = run(capsys, "events", "signing")[1]
    assert out == whole and out


def test_a_missing_index_parent_or_a_data_file_is_refused_and_nothing_is_created(capsys,
                                                                               tmp_path):
    missing = tmp_path / "no-such-folder"
    code, out, err = run(capsys, "--index", str(missing / "x"), "search", "Japan")
    assert code == 2 and not missing.exists()
    assert f"--index {missing / 'x'}: the folder {missing} does not exist" in err
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    code, out, err = run(capsys, "--data", str(a_file), "articles")
    assert code == 2 and "is a file, not a folder" in err and out == ""
    code, _, _ = run(capsys, "--index", str(tmp_path / "new-index"), "search", "Japan")
    assert code == 0 and (tmp_path / "new-index").is_dir()  # one new folder is fine
