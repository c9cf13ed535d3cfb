"""bench.dateline_years_eval: a yearless dateline's year from the listed events, right /
unknown / wrong on the sentences of real pages, on their own day and on anniversaries."""

from __future__ import annotations

import json

from bench import dateline_years_eval


def _file(tmp_path, sentences, published="2019-11-22"):
    path = tmp_path / "sentences.json"
    page = {"url": "https://example.org/a", "site": "example.org", "source": "Wire",
            "published": published, "half": "writing",
            "sentences": [{"text": text, "events": events, "form": "report"} for text, events in sentences]}
    path.write_text(json.dumps({"about": "test", "pages": [page]}), encoding="utf-8")
    return path


def test_its_own_day_and_an_anniversary_are_scored_apart(tmp_path):
    path = _file(tmp_path, [
        ("South Korea on Friday conditionally suspended its decision to end GSOMIA.",
         ["termination-suspended-2019"]),
        ("The pact, which the two signed on Wednesday three years ago, survives.", ["signing"]),
        ("Talks will go on next week.", []),
    ])
    score = dateline_years_eval.score_half(dateline_years_eval.read_pages(path), "writing")
    assert score["lead"] == {"right": 1, "unknown": 2}
    assert score["later"] == {"right": 1, "unknown": 2}
    # datelined 23 to 29 Nov: no year of 2016 for a page of 2019
    assert score["anniversary"] == {"unknown": 7} and score["errors"] == []


def test_the_command_prints_each_half_and_refuses_a_bad_file(tmp_path, capsys):
    path = _file(tmp_path, [("Seoul said Thursday it would end GSOMIA.", ["termination-decision-2019"])],
                 "2019-08-22")
    assert dateline_years_eval.main([str(path), "--half", "writing"]) == 0
    assert capsys.readouterr().out.startswith("writing: right/unknown/wrong  as the lead 1/0/0")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert dateline_years_eval.main([str(bad)]) == 2
    assert "cannot read sentences from" in capsys.readouterr().err
