"""`python -m bench.paraphrase_eval`: per event and per language, the reports a listed event links and the
nots it links (false links), on a small paraphrase file of our own."""

from __future__ import annotations

import json

import pytest

from bench import paraphrase_eval
from bench.paraphrase_eval import language_of

CASES = {"events": {"signing": {
    "reports": [["2016-11-23", "South Korea and Japan signed the GSOMIA military intelligence pact on Wednesday."],
                ["2016-11-23", "한국과 일본은 23일 군사정보보호협정(GSOMIA)에 서명했다."],
                ["2016-11-23", "The two neighbours held a friendly football match in Seoul."]],
    "not": [["2016-11-21", "Seoul and Tokyo will sign the GSOMIA pact later this week, officials said."]]}}}


@pytest.fixture()
def small_file(tmp_path):
    path = tmp_path / "paraphrases.json"
    path.write_text(json.dumps(CASES, ensure_ascii=False), encoding="utf-8")
    return path


def test_reports_and_nots_are_counted_per_event_and_per_language(small_file, capsys):
    assert paraphrase_eval.main([str(small_file), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["events"]["signing"] == {"reports": 3, "linked": 2, "nots": 1, "false_links": 0}
    assert figures["languages"]["en"] == {"reports": 2, "linked": 1, "nots": 1, "false_links": 0}
    assert figures["languages"]["ko"] == {"reports": 1, "linked": 1, "nots": 0, "false_links": 0}


def test_a_half_counts_every_other_report_and_every_not(small_file, capsys):
    paraphrase_eval.main([str(small_file), "--json", "--half", "odd"])
    assert json.loads(capsys.readouterr().out)["events"]["signing"] == {
        "reports": 2, "linked": 1, "nots": 1, "false_links": 0}
    paraphrase_eval.main([str(small_file), "--json", "--half", "even"])
    assert json.loads(capsys.readouterr().out)["events"]["signing"] == {
        "reports": 1, "linked": 1, "nots": 1, "false_links": 0}


def test_errors_list_the_missed_reports(small_file, capsys):
    paraphrase_eval.main([str(small_file), "--errors"])
    out = capsys.readouterr().out
    assert "missed  signing [2016-11-23] The two neighbours held a friendly football match" in out
    assert "signed the GSOMIA" not in out.split("all ")[-1]


def test_an_unknown_event_or_an_unreadable_file_is_refused(tmp_path, capsys):
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps({"events": {"no-such-event": {"reports": [], "not": []}}}), encoding="utf-8")
    assert paraphrase_eval.main([str(unknown)]) == 2
    assert paraphrase_eval.main([str(tmp_path / "missing.json")]) == 2
    assert "no listed event no-such-event" in capsys.readouterr().err


@pytest.mark.parametrize("text, language", [
    ("The ministry said the two governments had signed it.", "en"),
    ("El Gobierno firmó el acuerdo con Tokio tras meses de dudas.", "es"),
    ("Le gouvernement a signé l'accord avec Tokyo après des mois d'hésitation.", "fr"),
    ("Die Regierung hat das Abkommen mit Tokio unterzeichnet.", "de"),
    ("Правительство подписало соглашение с Токио.", "ru"),
    ("政府は東京で協定に署名した。", "ja"),
    ("政府在东京签署了协定。", "zh"),
    ("정부는 도쿄에서 협정에 서명했다.", "ko"),
    ("GSOMIA 2016", "other"),
])
def test_the_language_is_told_by_script_and_letters(text, language):
    assert language_of(text) == language
