"""`python -m bench.office_years_eval`: the officeholders rule on labelled pages read as if their
datelines printed no year (pages written for these tests)."""

from __future__ import annotations

import json

from bench import office_years_eval

LEAD = ("SEOUL, Nov. 19 (Wire) -- President Moon Jae-in said Tuesday that security ties with Japan would "
        "go on whatever became of the intelligence pact, speaking at a televised town hall.")
NO_HOLDER = ("SEOUL, Nov. 19 (Wire) -- Officials said Tuesday that security ties with Japan would go on "
             "whatever became of the intelligence pact, speaking to reporters in the capital.")
NO_SINGLE_YEAR = ("SEOUL, Nov. 19 (Wire) -- President Moon Jae-in said that security ties with Japan would go "
                  "on whatever became of the intelligence pact, speaking at a televised town hall.")


def _folder(tmp_path, pages: dict[str, tuple[str, str | None]]):
    for name, (text, _) in pages.items():
        (tmp_path / name).write_text("Moon vows to keep working with Tokyo\n\n" + text + "\n", encoding="utf-8")
    labels = {name: {"outlet": None, "date": date} for name, (_, date) in pages.items()}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return tmp_path


def test_each_day_dated_page_is_right_unknown_by_why_or_wrong(tmp_path):
    folder = _folder(tmp_path, {
        "right.txt": (LEAD, "2019-11-19"),
        # a story of the day after: the Tuesday was 20 November in 2018, its eve in 2019; the rule takes 2018
        "wrong.txt": (LEAD.replace("Nov. 19", "Nov. 20"), "2019-11-20"),
        "nobody.txt": (NO_HOLDER, "2019-11-19"),
        "several.txt": (NO_SINGLE_YEAR, "2019-11-19"),  # no weekday: 2017 to 2021
        "a_month.txt": (LEAD, "2019-11"),  # not a day: not read
    })
    report = office_years_eval.run([folder])
    assert report["counts"] == {"right": 1, "wrong": 1, "unknown: no holder named in office": 1,
                                "unknown: holders named, no single year fits": 1}
    assert [(error["page"], error["found"][:4]) for error in report["wrong"]] == [(f"{folder.name}/wrong.txt", "2018")]
    assert "wrong.txt (label 2019-11-20): 2018" in office_years_eval.render(report, errors=True)
