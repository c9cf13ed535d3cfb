"""`gsomia-tui trend`: articles per interval, equal to the search's facets."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import replace

import pytest

from explorer.cli import main
from index.trend import build_trend, bucket_key


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("query", ["GSOMIA", "Japan", "Nagamine OR Carter", "Korea"])
def test_a_trends_counts_equal_the_searchs_facets(engine, query):
    result = engine.search(query, limit=None)
    monthly = build_trend(result, "month")
    by_month = {b.key: b.articles for b in monthly.buckets}
    assert by_month == {f.key: f.count for f in result.month_facets if len(f.key) == 7}
    per_outlet = Counter()
    for bucket in monthly.buckets:
        per_outlet.update(dict(bucket.by_outlet))
    assert dict(per_outlet) == {f.key: f.count for f in result.outlet_facets}
    for interval in ("day", "week"):
        assert build_trend(result, interval).counted == result.total  # every bundled date is a day


def test_the_cli_trend_agrees_with_the_facets(capsys, engine):
    result = engine.search("Japan", limit=None)
    code, out, _ = run(capsys, "trend", "Japan", "--json", "--by", "outlet")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {r["interval"]: r["articles"] for r in records} == {
        f.key: f.count for f in result.month_facets}
    assert all(sum(r["outlets"].values()) == r["articles"] for r in records)


def test_weeks_and_days(capsys):
    code, out, _ = run(capsys, "trend", "GSOMIA", "--interval", "week", "--by", "outlet")
    assert code == 0
    assert out.splitlines()[-1] == ("2016-W47\tweek of 21 Nov 2016\t2\t"
                                    "KBS World Radio 1, The Korea Herald 1")
    assert bucket_key("2016-11-27", "week") == "2016-W47"  # a Sunday ends its ISO week
    assert bucket_key("2016-11-28", "week") == "2016-W48"


def test_share_is_each_outlets_part_of_the_interval(capsys):
    code, out, _ = run(capsys, "trend", "Japan", "--share", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    november = next(r for r in rows if r["interval"] == "2016-11")
    assert november["articles"] == "3"
    shares = [float(november[label]) for label in ("KBS World Radio", "The Korea Herald",
                                                   "unknown (81cfaf9f)")]
    assert shares == [0.3333] * 3 and float(november["Korea JoongAng Daily"]) == 0.0


def test_fill_lists_empty_intervals(engine):
    result = engine.search("Korea", limit=None)
    filled = build_trend(result, "month", fill=True)
    keys = [b.key for b in filled.buckets]
    assert keys[0] == "2012-06" and keys[-1] == "2016-11" and len(keys) == 54
    assert "2013-01" in keys and filled.counted == result.total


def test_undated_and_coarser_articles_are_counted_apart_and_said(engine, capsys):
    result = engine.search("Japan", limit=None)
    hits = list(result.hits)
    hits[0] = replace(hits[0], date=None, date_precision=None)
    hits[1] = replace(hits[1], date=hits[1].date[:7], date_precision="month")
    changed = replace(result, hits=tuple(hits))
    daily = build_trend(changed, "day")
    assert (daily.undated, daily.coarser, daily.counted) == (1, 1, result.total - 2)
    monthly = build_trend(changed, "month")
    assert (monthly.undated, monthly.coarser, monthly.counted) == (1, 0, result.total - 1)
    from explorer.cli.report_commands import _say_what_was_left_out

    _say_what_was_left_out(daily)
    err = capsys.readouterr().err
    assert "1 article undated" in err and "1 article dated less precisely than a day" in err


def test_a_limited_result_is_refused(engine):
    with pytest.raises(ValueError, match="every match"):
        build_trend(engine.search("Korea", limit=1), "month")


def test_bars_on_a_terminal(engine, capsys):
    from explorer.cli.report_commands import _print_trend_lines

    _print_trend_lines(build_trend(engine.search("Japan", limit=None), "month"), True, False,
                       bars=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("Nov 2016") and "█" * 20 in lines[-1]
    assert " 3  " in lines[-1] and "KBS World Radio 1" in lines[-1]


@pytest.mark.parametrize("argv,fragment", [
    (["trend", "(Japan"], "(Japan"),
    (["trend", "Japan", "--outlet", "Pravda"], "no outlet matches"),
])
def test_trend_errors_are_one_line(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and fragment in err and err.count("\n") == 1


def test_no_match_exits_1(capsys):
    code, out, err = run(capsys, "trend", "Pyongyangzzz")
    assert code == 1 and out == "" and "no article matches" in err
