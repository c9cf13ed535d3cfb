"""Adding an export of any size: JSON Lines and JSON lists read a record at a time, the size
limit per article, worker processes, and the store and index brought up to date once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import corpus.formats as formats
from corpus.bulk import map_in_order
from corpus.library import add_paths, expected_articles, load_corpus
from explorer.cli.main import main


def record(number: int, words: int = 40) -> dict:
    return {"title": f"Export story {number}", "outlet": "Wire Service", "date": "2016-11-24",
            "text": f"Officials described export story {number} about the pact on Thursday. "
                    + "detail " * words}


@pytest.fixture
def small_limit(monkeypatch):
    """A 2 KB limit per article, so that a small file is 'large' (read as a stream)."""
    monkeypatch.setattr(formats, "MAX_FILE_BYTES", 2048)


def test_a_large_json_lines_export_is_read_a_record_at_a_time(small_limit, tmp_path, corpus):
    export = tmp_path / "export.jsonl"
    lines = [json.dumps(record(n)) for n in range(30)]
    lines[7] = json.dumps(record(7, words=600))  # one article over the limit
    lines[12] = "{not json"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert export.stat().st_size > formats.MAX_FILE_BYTES
    outcomes = add_paths([export], {}, corpus, tmp_path / "data")
    skipped = {o.reason for o in outcomes if o.status == "skipped"}
    assert [o.status for o in outcomes].count("added") == 28
    assert any(reason.startswith("line 8: ") and "limit for one article" in reason
               for reason in skipped)
    assert any(reason.startswith("line 13: not valid JSON") for reason in skipped)
    assert expected_articles([export]) == 30


def test_a_large_json_list_is_read_a_record_at_a_time(small_limit, tmp_path, corpus):
    export = tmp_path / "export.json"
    export.write_text(json.dumps([record(n) for n in range(20)], indent=1), encoding="utf-8")
    outcomes = add_paths([export], {}, corpus, tmp_path / "data")
    assert [o.status for o in outcomes] == ["added"] * 20
    assert [o.source.rsplit("(", 1)[1] for o in outcomes[:2]] == ["record 1)", "record 2)"]
    store = load_corpus(tmp_path / "data")
    assert {a.headline for a in store.summaries(outlet_id="wire-service")} == {
        f"Export story {n}" for n in range(20)}


def test_a_large_json_file_that_is_not_a_list_says_what_to_do(small_limit, tmp_path, corpus):
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"articles": [record(n) for n in range(20)]}), encoding="utf-8")
    (outcome,) = add_paths([export], {}, corpus, tmp_path / "data")
    assert outcome.status == "skipped" and "must be a list of articles" in outcome.reason


def test_a_broken_json_list_keeps_the_records_before_the_break(small_limit, tmp_path, corpus):
    export = tmp_path / "export.json"
    text = json.dumps([record(n) for n in range(12)])
    export.write_text(text[:-40], encoding="utf-8")
    outcomes = add_paths([export], {}, corpus, tmp_path / "data")
    assert [o.status for o in outcomes] == ["added"] * 11 + ["skipped"]
    assert outcomes[-1].reason.startswith("record 12: not valid JSON")


def _square(number: int) -> int:
    return number * number


def test_many_jobs_run_in_worker_processes_in_order(monkeypatch):
    import corpus.bulk as bulk

    monkeypatch.setattr(bulk, "worker_count", lambda: 2)
    monkeypatch.setattr(bulk, "BATCH", 64)
    jobs = iter(range(300))
    assert list(map_in_order(_square, jobs)) == [n * n for n in range(300)]
    assert list(map_in_order(_square, range(5))) == [0, 1, 4, 9, 16]  # few: no workers


def test_workers_start_under_a_captured_stderr_as_inside_the_explorer():
    # Textual replaces sys.stderr with a capture whose descriptor is -1; the first worker
    # used to fail there ("bad value(s) in fds_to_keep"). A fresh process: the resource
    # tracker must not be running yet.
    script = """
import sys
import corpus.bulk as bulk


class Captured:
    def write(self, text): return len(text)
    def flush(self): pass
    def fileno(self): return -1


bulk.worker_count = lambda: 2
sys.stderr = Captured()
print(sum(bulk.map_in_order(abs, range(-100, 0))))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, str(sum(range(1, 101)))), done.stderr


def test_the_add_command_streams_an_export_and_indexes_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(json.dumps(record(n)) for n in range(60)), encoding="utf-8")
    assert main(["add", str(export)]) == 0
    out, err = capsys.readouterr()
    assert out.count("added ") == 60 and err.strip().endswith("60 added, 0 duplicates, 0 skipped")
    assert main(["search", '"export story 59"', "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Export story 59"
