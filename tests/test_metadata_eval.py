"""The development set of real page forms, and the command that scores the intake on it.

The labels are checked for form and consistency; the scorer on synthetic cases. The tool's
accuracy is not asserted: the figures go in bench/README.md.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench import metadata_eval, metadata_report
from bench.label_names import outlet_printed
from bench.metadata_eval import (PageScore, date_verdict, furniture_kept, outlet_verdict,
                                 summarise)

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
# every labelled set, scored by default or blind (holdout3 ...): each label is checked for form
SETS = tuple(sorted(path.parent.name for path in PAGES.glob("*/labels.json")))
EVENT_DATES = {event["id"]: event["date"] for event in
               json.loads((ROOT / "corpus" / "events.json").read_text(encoding="utf-8"))["events"]}
EVENT_IDS = set(EVENT_DATES)
FIELDS = {"url", "follows", "story", "outlet", "date", "events", "furniture"}


def _may_report(page_date: str, event_date: str) -> bool:
    """Whether a page of `page_date` may tell of an event of `event_date` as done: not before it,
    but a day earlier for an event of a day, the page dated in the Americas' time ("Sep 08, 2016,
    10:12 PM" ET telling of North Korea's test on the 9th in Seoul)."""
    if len(event_date) == len(page_date) == 10:
        event_date = (datetime.date.fromisoformat(event_date) - datetime.timedelta(days=1)).isoformat()
    return page_date[:len(event_date)] >= event_date


def _labels(set_name: str) -> dict:
    return json.loads((PAGES / set_name / "labels.json").read_text(encoding="utf-8"))


def _all_labels() -> list[tuple[str, str, dict]]:
    return [(s, name, label) for s in SETS for name, label in _labels(s).items()]


@pytest.mark.parametrize("set_name", SETS)
def test_every_page_is_labelled_and_every_label_has_its_page(set_name):
    folder = PAGES / set_name
    pages = {path.name for path in folder.glob("*.txt")}
    assert pages == set(_labels(set_name))
    for name in pages:
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", name), name


@pytest.mark.parametrize("set_name", SETS)
def test_every_label_is_well_formed(set_name):
    # one test a set, not a label: the labels are thousands, and a test each cost CI a minute
    problems = [f"{name}: {problem}" for name, label in _labels(set_name).items()
                for problem in _label_problems(PAGES / set_name, name, label)]
    assert not problems, "\n".join(problems)


def _label_problems(folder: Path, name: str, label: dict) -> list[str]:
    if set(label) != FIELDS:
        return [f"fields {sorted(label)} are not {sorted(FIELDS)}"]
    problems = [message for broken, message in (
        (not re.match(r"https?://\S+$", label["url"]), f"url {label['url']!r} is no address"),
        (label["follows"] != "form and furniture follow this page; prose rewritten",
         f"follows {label['follows']!r}"),
        (not re.fullmatch(r"(gsomia|other)-[a-z0-9-]+", label["story"]), f"story {label['story']!r}"),
        (not _outlet_well_formed(label["outlet"]), f"outlet {label['outlet']!r}"),
        (label["date"] is not None and not _valid_date(label["date"]), f"date {label['date']!r}"),
        (not set(label["events"]) <= EVENT_IDS, f"events {sorted(set(label['events']) - EVENT_IDS)} not listed"),
    ) if broken]
    # a page cannot report what had not yet happened
    problems += [f"event {event} is after the page's date" for event in set(label["events"]) & EVENT_IDS
                 if label["date"] and _valid_date(label["date"])
                 and not _may_report(label["date"], EVENT_DATES[event])]
    text = (folder / name).read_text(encoding="utf-8")
    if len(text) > 2000:
        problems.append(f"{len(text)} characters: a page opening is up to about 1,500")
    lines = {line.strip() for line in text.splitlines()}
    problems += [f"furniture {line!r} is not a line of the page"
                 for line in label["furniture"] if line.strip() not in lines]
    return problems


def test_a_label_broken_in_each_way_is_told_page_by_page(tmp_path):
    (tmp_path / "001_x.txt").write_text("Headline\nShare this\n" + "x" * 2100, encoding="utf-8")
    good = {"url": "https://example.com/a", "follows": "form and furniture follow this page; prose rewritten",
            "story": "gsomia-2016-signing", "outlet": ["Yonhap"], "date": "2016-11-23",
            "events": ["signing"], "furniture": ["Share this"]}
    assert _label_problems(tmp_path, "001_x.txt", good) == [
        "2120 characters: a page opening is up to about 1,500"]
    broken = {**good, "url": "example.com", "follows": "copied", "story": "Gsomia", "outlet": [" "],
              "date": "2016-13-01", "events": ["signing", "no-such-event"], "furniture": ["Like us"]}
    problems = _label_problems(tmp_path, "001_x.txt", broken)
    for told in ("url", "follows", "story", "outlet", "date", "events ['no-such-event']", "furniture 'Like us'"):
        assert any(problem.startswith(told) for problem in problems), told
    too_early = _label_problems(tmp_path, "001_x.txt", {**good, "date": "2016-11-01"})
    assert "event signing is after the page's date" in too_early
    assert _label_problems(tmp_path, "001_x.txt", {"url": "https://example.com/a"})[0].startswith("fields")


def _outlet_well_formed(outlet) -> bool:
    return outlet is None or bool(outlet and all(isinstance(n, str) and n.strip() for n in outlet))


def _valid_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value + "-01" if len(value) == 7 else value)
    except ValueError:
        return False
    return len(value) in (7, 10)


def test_the_set_covers_many_outlets_and_stories_with_some_unnamed_and_undated_pages():
    labels = [label for _, _, label in _all_labels()]
    assert len(labels) >= 60
    assert len({label["outlet"][0] for label in labels if label["outlet"]}) >= 30
    stories = {label["story"] for label in labels}
    assert {"gsomia-2012-collapse", "gsomia-2016-signing", "gsomia-2019-termination",
            "gsomia-2019-suspension"} <= stories
    assert len({s for s in stories if s.startswith("other-")}) >= 3
    assert sum(label["outlet"] is None for label in labels) >= 3
    assert sum(label["date"] is None for label in labels) >= 3


def test_holdout_pages_are_not_copies_of_dev_pages():
    texts = {(PAGES / "dev" / name).read_text(encoding="utf-8") for name in _labels("dev")}
    for name in _labels("holdout"):
        assert (PAGES / "holdout" / name).read_text(encoding="utf-8") not in texts


# -- the scorer -------------------------------------------------------------------------------

@pytest.mark.parametrize("found, acceptable, verdict", [
    ("Yonhap", ["Yonhap", "Yonhap News Agency"], "right"),
    ("yonhap news agency", ["Yonhap", "Yonhap News Agency"], "right"),
    ("The Japan Times", ["Japan Times"], "right"),
    ("Japan Times", ["The Japan Times"], "right"),
    ("U.P.I.", ["UPI"], "right"),
    (None, ["CNN"], "unknown"),
    ("", ["CNN"], "unknown"),
    ("Reuters", ["CNN"], "wrong"),
    ("The Times", ["The New York Times"], "wrong"),
    # a listed outlet the label names by its abbreviation, shown by its full name
    ("Deutsche Presse-Agentur", ["dpa", "Harbor Gazette"], "right"),
    ("Deutsche Presse-Agentur", ["Reuters"], "wrong"),
    ("Reuters", None, "wrong"),  # the page names no outlet: any name is made up
    (None, None, "right"),
])
def test_outlet_verdicts(found, acceptable, verdict):
    assert outlet_verdict(found, acceptable) == verdict


@pytest.mark.parametrize("found, label, verdict", [
    ("2016-11-23", "2016-11-23", "right"),
    ("2016-11-24", "2016-11-23", "wrong"),
    (None, "2016-11-23", "unknown"),
    ("2016-11", "2016-11-23", "unknown"),  # coarser but agreeing: not wrong, not right
    ("2016", "2016-11-23", "unknown"),
    ("2016-12", "2016-11-23", "wrong"),
    ("2016-11-05", "2016-11", "right"),  # a day inside a month label
    ("2016-12-05", "2016-11", "wrong"),
    ("2016", "2016-11", "unknown"),
    ("2019-01-01", None, "wrong"),  # the page prints no date
    (None, None, "right"),
])
def test_date_verdicts(found, label, verdict):
    assert date_verdict(found, label) == verdict


def test_furniture_is_kept_when_a_passage_is_it_or_starts_or_ends_with_it():
    passages = ("JUST WATCHED", "Replay The deal was signed on Wednesday in Seoul.",
                "The ministry said so. Read More", "Officials replayed the tape.")
    kept = furniture_kept(["JUST WATCHED", "Replay", "Read More", "MUST WATCH", "played"],
                          passages)
    assert kept == ("JUST WATCHED", "Replay", "Read More")


def _score(outlet_label, outlet_found, date_label, date_found, kept=()):
    return PageScore("x.txt", outlet_label, outlet_found,
                     outlet_verdict(outlet_found, outlet_label), date_label, date_found,
                     date_verdict(date_found, date_label), tuple(kept), 3)


def test_summary_counts_right_unknown_wrong_and_a_name_for_an_unnamed_page_as_wrong():
    scores = [
        _score(["Kyodo", "Kyodo News"], "Kyodo News", "2016-11-23", "2016-11-23"),
        _score(["Kyodo"], None, "2016-11-23", None, kept=["==Kyodo"]),
        _score(["Kyodo"], "Reuters", "2016-11-23", "2016-11-22"),
        _score(None, "Reuters", None, "2019-01-01"),  # null labels: anything found is wrong
        _score(None, None, None, None),  # null labels, nothing found: kept unknown
    ]
    summary = summarise(scores)
    for fact in ("outlet", "date"):
        assert {v: summary[fact][v] for v in ("right", "unknown", "wrong")} == \
            {"right": 1, "unknown": 1, "wrong": 2}
        assert summary[fact]["labelled"] == 3 and summary[fact]["unlabelled_kept_unknown"] == 1
        assert summary[fact]["right_pct"] == pytest.approx(33.3)
        assert summary[fact]["wrong_pct"] == 40.0  # over all five pages
    assert summary["furniture"] == {"lines": 15, "kept": 1, "pages_with_kept": 1}


def test_score_page_uses_what_the_intake_would_store(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text("Headline\nbody\n", encoding="utf-8")
    monkeypatch.setattr(metadata_eval, "intake", lambda path: (
        {"outlet": "Yonhap", "date": "2016-11-24"}, ("Share this", "Body text.")))
    score = metadata_eval.score_page(page, {"outlet": ["Yonhap"], "date": "2016-11-23",
                                            "furniture": ["Share this"]})
    assert (score.outlet, score.date, score.furniture_kept) == ("right", "wrong", ("Share this",))


def test_an_outlet_label_may_be_one_name(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text("Headline\nbody\n", encoding="utf-8")
    monkeypatch.setattr(metadata_eval, "intake", lambda path: ({"outlet": "CNN"}, ()))
    assert metadata_eval.score_page(page, {"outlet": "CNN"}).outlet == "right"


def test_an_unreadable_page_counts_as_unknown_with_its_reason(tmp_path):
    page = tmp_path / "empty.txt"
    page.write_bytes(b"")
    score = metadata_eval.score_page(page, {"outlet": ["CNN"], "date": "2016-11-23",
                                            "furniture": []})
    assert (score.outlet, score.date) == ("unknown", "unknown")
    assert "empty" in score.problem


@pytest.mark.parametrize("text, label, printed", [
    ("SEOUL, Nov. 23 (Yonhap) -- The pact was signed.", ["Yonhap"], True),
    ("서울=연합뉴스) 협정이 서명됐다.", ["Yonhap"], True),  # a listed outlet's other name
    ("ソウル聯合ニュース】協定に署名した。", ["Yonhap News Agency"], True),  # no spaces around it
    ("Leaders met at the APEC summit.", ["AP", "Associated Press"], False),  # a word, not letters
    ("Kim said, the AP reported.", ["AP"], True),
    ("Reporter Park wn1247@kmib.co.kr", ["Kookmin Ilbo", "국민일보"], True),  # its listed domain
    ("Emperor's video message signals wish to step down", ["The Mainichi"], False),
    ("Anything at all", None, False),
])
def test_whether_a_page_prints_its_outlets_name(text, label, printed):
    assert outlet_printed(text, label) is printed


def test_the_outlet_is_also_scored_on_the_pages_that_print_its_name():
    def page(outlet: str, printed: bool) -> PageScore:
        return PageScore("p.txt", ["Yonhap"], None if outlet == "unknown" else "Yonhap", outlet,
                         None, None, "right", outlet_printed=printed)
    scores = [page("right", True), page("unknown", True), page("unknown", False),
              page("unknown", False)]
    printed = summarise(scores)["outlet_printed"]
    assert (printed["right"], printed["unknown"], printed["labelled"]) == (1, 1, 2)
    assert summarise(scores)["outlet"]["labelled"] == 4


# -- the command ------------------------------------------------------------------------------

def _command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench.metadata_eval", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)


def test_the_default_sets_are_every_labelled_set_but_the_blind_ones():
    names = [folder.name for folder in metadata_eval.default_sets()]
    assert {"dev", "holdout"} <= set(names) and not set(names) & metadata_eval.BLIND_SETS
    assert set(names) | metadata_eval.BLIND_SETS == set(SETS)


def test_the_command_reports_every_set_and_together(monkeypatch, capsys, tmp_path):
    """Four pages of three sets stand for the default ones (every set takes minutes: `python -m
    bench.metadata_eval` scores them all, as here)."""
    folders = [_first_pages(PAGES / name, tmp_path / name, 4) for name in ("dev", "holdout5", "holdout")]
    monkeypatch.setattr(metadata_eval, "default_sets", lambda: folders)
    assert metadata_eval.main(["--errors"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line.strip()}
    for name in [folder.name for folder in folders] + ["together"]:
        counts = re.findall(r"(\d+)/(\d+)/(\d+) \(", rows[name])
        assert len(counts) == 4, rows[name]  # outlet, date, as one library, name printed
    pages = sum(len(json.loads((folder / "labels.json").read_text(encoding="utf-8")))
                for folder in folders)
    assert rows["together"].split()[1] == str(pages)


def _first_pages(folder: Path, copy: Path, count: int) -> Path:
    labels = dict(sorted(_labels(folder.name).items())[:count])
    copy.mkdir()
    for name in labels:
        (copy / name).write_bytes((folder / name).read_bytes())
    (copy / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return copy


def test_the_command_scores_any_folder_with_a_labels_file_as_json(tmp_path):
    (tmp_path / "one.txt").write_text("A headline\n" + "A sentence of the article. " * 5,
                                      encoding="utf-8")
    labels = tmp_path / "my-labels.json"
    labels.write_text(json.dumps({"one.txt": {"outlet": None, "date": None, "furniture": []}}))
    result = _command(str(tmp_path), str(labels), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report["sets"]) == [tmp_path.name] and "together" not in report
    assert report["sets"][tmp_path.name]["summary"]["pages"] == 1


def _wire_page(day: str, weekday: str) -> str:
    return (f"Talks on the pact go on\nSEOUL, {day} (Yonhap) -- Seoul and Tokyo held talks on "
            f"the intelligence pact on {weekday}, officials said.\n"
            "The two sides agreed to meet again, a ministry official told reporters.\n")


def test_a_folder_is_also_scored_as_one_library(tmp_path):
    """Alone, a yearless dateline is undated; added with its folder, the other pages' dates
    (found, never labelled) give its year, as `gsomia-tui add FOLDER` does."""
    labels = {}
    for number, day in enumerate(("Nov. 21, 2019", "Nov. 22, 2019", "Aug. 22, 2019")):
        (tmp_path / f"{number}.txt").write_text(_wire_page(day, "Friday"), encoding="utf-8")
        labels[f"{number}.txt"] = {"outlet": "Yonhap", "date": None, "furniture": []}
    (tmp_path / "yearless.txt").write_text(_wire_page("Nov. 19", "Tuesday"), encoding="utf-8")
    labels["yearless.txt"] = {"outlet": "Yonhap", "date": "2019-11-19", "furniture": []}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    yearless = metadata_eval.score_set(tmp_path)[-1]
    assert (yearless.date, yearless.library_date) == ("unknown", "right")
    assert yearless.library_date_found == "2019-11-19"
    summary = metadata_eval.summarise(metadata_eval.score_set(tmp_path))
    assert summary["date_as_library"]["right"] == 1 and summary["date"]["right"] == 0


@pytest.mark.parametrize("labels_text, message", [
    (None, "cannot be read"),
    ("{not json", "not valid JSON"),
    ('{"missing.txt": {"outlet": null, "date": null}}', "not a file"),
    ('{"a.txt": {"outlet": null, "date": "23/11/2016"}}', "write YYYY-MM-DD"),
    ('{"a.txt": {"outlet": 7, "date": null}}', "neither null, a name nor a list"),
])
def test_a_bad_labels_file_is_one_clear_line(tmp_path, labels_text, message):
    if labels_text is not None:
        (tmp_path / "labels.json").write_text(labels_text, encoding="utf-8")
    result = _command(str(tmp_path))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_readme_counts_the_set_as_it_is():
    readme = (PAGES / "README.md").read_text(encoding="utf-8")
    dev, holdout = len(_labels("dev")), len(_labels("holdout"))
    assert f"{dev + holdout} pages, {dev} in `dev/` and {holdout} in `holdout/`" in readme
    labels = [*_labels("dev").values(), *_labels("holdout").values()]
    outlets = len({label["outlet"][0] for label in labels if label["outlet"]})
    assert f"in the forms of {outlets} outlets" in readme
    unnamed = sum(label["outlet"] is None for label in labels)
    undated = sum(label["date"] is None for label in labels)
    assert f"{unnamed} pages name no outlet and {undated} print no date" in readme


def test_errors_name_each_page_with_what_was_found_where():
    page = {"name": "p.txt", "outlet": "wrong", "outlet_found": "The National",
            "outlet_provenance": "named in the page header: 'NATIONAL'",
            "outlet_label": ["The Japan Times"], "date": "unknown", "date_found": None,
            "date_provenance": "unknown: no date found", "date_label": "2019-07-29",
            "furniture_kept": ("SUBSCRIBE NOW",), "problem": None}
    lines = metadata_report.page_errors("holdout", [page, {**page, "outlet": "right",
                                                         "date": "right", "furniture_kept": ()}])
    assert lines == [
        "holdout/p.txt",
        "    outlet wrong: found 'The National' (named in the page header: 'NATIONAL'), "
        "label ['The Japan Times']",
        "    date unknown: found None, label '2019-07-29'",
        "    furniture kept: 'SUBSCRIBE NOW'",
    ]


def test_a_blind_set_is_never_scored_by_default():
    assert {folder.name for folder in metadata_eval.default_sets()}.isdisjoint(
        metadata_eval.BLIND_SETS)


@pytest.mark.parametrize("page_date, event_date, may", [
    ("2016-09-09", "2016-09-09", True),
    ("2016-09-08", "2016-09-09", True),  # "Sep 08, 2016, 10:12 PM" ET: the 9th in Seoul
    ("2016-09-07", "2016-09-09", False),
    ("2016-08", "2016-09-09", False),
    ("2016-08-31", "2016-09", False),  # an event of a month: no day's grace
    ("2017", "2016-09-09", True),
])
def test_a_page_may_report_an_event_of_its_day_or_the_next_in_asia(page_date, event_date, may):
    assert _may_report(page_date, event_date) is may
