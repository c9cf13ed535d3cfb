"""The benchmarks run: each smoke entry point in process, on tiny sizes.

Structure only (keys, counts, positive ratios): no timing is asserted, the machine is noisy.
"""

from __future__ import annotations

import pytest

from bench import commands_bench, generate, index_bench, search_bench, startup_bench, tui_bench


def test_the_generator_is_deterministic_and_sized():
    first = list(generate.generate_articles(12, seed=11))
    again = list(generate.generate_articles(12, seed=11))
    other = list(generate.generate_articles(12, seed=12))
    assert len(first) == 12
    assert [a.clean_text for a in first] == [a.clean_text for a in again]
    assert [a.id for a in first] == [a.id for a in again]
    assert [a.clean_text for a in first] != [a.clean_text for a in other]
    assert len({a.id for a in first}) == 12
    for article in first:
        assert generate.MIN_WORDS <= len(article.clean_text.split()) <= generate.MAX_WORDS
        assert article.date_precision == "day" and article.date and article.outlet_id
        assert len(article.passages) >= 2
    # A smaller corpus is the start of a larger one.
    assert [a.id for a in generate.generate_articles(5, seed=11)] == [a.id for a in first[:5]]


def test_the_generator_writes_files_the_loader_reads(tmp_path):
    from corpus.loader import load_bundled

    generate.write_corpus(4, tmp_path, seed=5)
    corpus = load_bundled(tmp_path)
    expected = list(generate.generate_articles(4, seed=5))
    assert [a.clean_text for a in corpus] == [a.clean_text for a in expected]
    assert len((tmp_path / "articles.jsonl").read_text().splitlines()) == 4


def test_generate_smoke():
    report = generate.smoke()
    assert report["deterministic"] and report["seed_changes_text"]
    assert generate.MIN_WORDS <= report["words_min"] <= report["words_max"] <= generate.MAX_WORDS


@pytest.fixture(scope="module")
def search_report():
    return search_bench.smoke()


def test_search_smoke_has_every_kind_and_engine(search_report):
    (entry,) = search_report["sizes"].values()
    assert set(entry["queries"]) == {q.kind for q in search_bench.QUERIES}
    for row in entry["queries"].values():
        for engine in ("ours", "whoosh", "fts5"):
            assert row[f"{engine}_p50_ms"] > 0 and row[f"{engine}_p95_ms"] >= row[f"{engine}_p50_ms"]
        assert row["ratio_p95"] > 0 and row["ratio_p50"] > 0
    assert entry["geomean_ratio_p95"] > 0
    assert set(entry["typing"]["summary"]) == {"whoosh_unscored_first10", "ours_ranked_top10",
                                               "fts5_ranked_top10"}
    assert all(p["per_call_ms"] > 0 for p in entry["profile"].values())


def test_phrase_queries_hit_in_both_engines(search_report):
    (entry,) = search_report["sizes"].values()
    for kind in ("phrase", "name"):
        row = entry["queries"][kind]
        assert row["ours_total"] > 0 and row["fts5_total"] > 0


def test_index_smoke():
    report = index_bench.smoke()
    (entry,) = report["sizes"].values()
    built = entry["default"]
    assert built["articles"] == 60 and built["documents"] == built["articles"]  # one an article
    for key in ("build_s", "articles_per_s", "disk_mb", "peak_rss_mb", "commit_no_merge_ms_p50",
                "refresh_and_query_ms_p50", "commit_default_ms_p50",
                "open_or_build_plus_one_ms_p50"):
        assert built[key] > 0, key


def test_startup_smoke():
    report = startup_bench.smoke()
    assert report["corpus_load"]["articles"] > 0 and report["corpus_load"]["p50_ms"] > 0
    assert report["index_open"]["bundled"]["open_p50_ms"] > 0
    assert set(report["imports"]) >= {"corpus", "index.search", "explorer.cli", "textual.app",
                                      "whoosh"}


def test_tui_smoke():
    report = tui_bench.smoke()
    startup = report["startup"]
    for app in ("minimal", "gsomia-tui"):
        assert startup[app]["first_frame_ms_p50"] > 0
    assert startup["gsomia-tui"]["ready_ms_p50"] >= startup["gsomia-tui"]["first_frame_ms_p50"]
    assert startup["ratio_p50"] > 0 and isinstance(startup["met"], bool)
    typed = sum(len(q) for q in report["queries"])
    keys = report["keys"]
    floor, yardstick = keys["minimal app, Input only"], keys["minimal app, bundle texts"]
    ours = keys["gsomia-tui, bundle"]
    for app in (floor, yardstick, ours):
        assert app["keys"] == typed and app["missed"] == []
        assert 0 < app["echo_ms_p50"] <= app["echo_ms_p95"] <= app["echo_ms_max"]
    assert floor["results_keys"] == 0 and floor["results_ms_p50"] is None
    # "N", "Na" (keep typing) and "Nag" (2 articles): each key changes the status line
    assert yardstick["results_keys"] == ours["results_keys"] == typed
    assert 0 < ours["results_ms_p50"] <= ours["results_ms_max"]
    traffic = report["traffic"]
    assert traffic["characters"] == sum(len(q) for q in report["queries"])
    assert traffic["bytes_per_char_max"] >= traffic["bytes_per_char_p50"] > 0
    assert isinstance(traffic["met"], bool)


def test_tui_keys_interleaved_types_each_key_into_the_explorer_and_its_variant(tmp_path):
    report = tui_bench.run(runs=1, sizes=[], queries=("Nag",), workdir=tmp_path,
                           parts=("keys",), variants={"thread": {"GSOMIA_TUI_SEARCH": "thread"}},
                           interleave=True)
    keys = report["keys"]
    for name in ("gsomia-tui, bundle", "gsomia-tui thread, bundle"):
        assert keys[name]["keys"] == 3 and keys[name]["missed"] == []
        assert [k["value"] for k in keys[name]["per_key"]] == ["N", "Na", "Nag"]
        assert keys[name]["results_keys"] == 3 and len(keys[name]["paced"]) == 1


def test_commands_smoke_runs_the_installed_command_on_a_library():
    report = commands_bench.smoke()
    (entry,) = report["sizes"].values()
    assert entry["add"]["articles"] == 40 and entry["add"]["articles_per_s"] > 0
    assert entry["add"]["peak_mb"] > 0 and entry["add"]["index_s"] >= 0
    assert set(entry["search_ms"]) == set(commands_bench.QUERIES)
    assert all(row["bundle"] > 0 for row in entry["search_ms"].values())
    assert entry["events_ms"] > 0 and entry["articles_ms"] > 0 and entry["search_ratio_p50"] > 0
    assert set(entry["one_change_ms"]) == {"add_one", "events_after_add", "remove_one",
                                           "events_after_remove"}
    assert all(value > 0 for value in entry["one_change_ms"].values())


def test_overlap_library_build_reports_the_store_of_the_library(tmp_path):
    from bench import overlap_bench
    from corpus.store_sync import open_library
    from index.shared_text import find_shared

    report = overlap_bench.run_library(tmp_path)  # an empty library: the bundle alone
    articles = list(open_library(tmp_path))
    assert report["articles"] == len(articles) > 0
    assert report["pairs"] == len(find_shared(
        (a.id, p.number, p.text) for a in articles for p in a.passages)) > 0
    assert report["peak_mb"] >= report["after_opening_mb"] > 0 and report["file_mb"] > 0


def test_rss_trace_sees_a_child_process_memory_and_the_stderr_lines():
    import sys

    from bench import rss_trace

    grow = ("import subprocess, sys, time; print('started', file=sys.stderr, flush=True);"
            "subprocess.run([sys.executable, '-c', 'import time; b = bytearray(80 << 20);"
            " time.sleep(1.5)'])")
    report = rss_trace.trace([sys.executable, "-c", grow], every=0.1)
    assert report["status"] == 0 and [line for _, line in report["stderr"]] == ["started"]
    assert max(child for _, _, child, _, _ in report["samples"]) >= 80  # the child's 80 MB
    assert max(own for _, own, _, _, _ in report["samples"]) < 80  # not counted as the command's
    assert all(together >= own + child for _, own, child, together, _ in report["samples"])
    # (the child's 80 MB are its own: counted once, they are still there)
    assert all(once <= together for *_, together, once in report["samples"])
    assert max(once for *_, once in report["samples"]) >= 80
    (first, *_) = rss_trace.windows(report["samples"], 60.0)
    assert first[0] == 0 and first[2] >= 80 and first[3] >= first[1] + 80 and first[4] >= 80
    (child,) = [seen for seen in report["processes"].values() if seen["peak_mb"] >= 80]
    assert "bytearray" in child["name"] and child["to"] >= child["from"]


@pytest.mark.parametrize("module", ["bench.metadata_eval", "bench.event_links_eval"])
def test_a_report_read_only_in_part_ends_quietly(module):
    """`python -m bench.metadata_eval tests/fixtures/pages/dev | head -1`: the reader goes away
    (here before the first line); the report ends with status 0 and says nothing more (no
    BrokenPipeError traceback)."""
    import subprocess
    import sys
    from pathlib import Path

    report = subprocess.Popen([sys.executable, "-m", module, "tests/fixtures/pages/dev"],
                              cwd=Path(__file__).parents[1],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    report.stdout.close()
    errors = report.stderr.read().decode()
    assert report.wait(timeout=120) == 0
    assert errors == ""
