"""The wordings of other languages (corpus.happening_words_languages): found as having
happened only in their forms of a thing done, and never slow on hostile text."""

from __future__ import annotations

import time

import pytest

from corpus.happenings import find_happenings


@pytest.mark.parametrize("text, kind, frame", [
    ("La Corée du Sud et le Japon ont signé l'accord.", "sign", "reported"),
    ("Korea Selatan akan menandatangani perjanjian itu.", "sign", "planned"),
    ("Korea Selatan tidak menandatangani perjanjian itu.", "sign", "denied"),
    ("Il governo non ha firmato l'accordo.", "sign", "denied"),
    ("정부는 협정을 종료하기로 결정했다.", "terminate", "reported"),
    ("政府は協定の終了を決定した。", "terminate", "reported"),
])
def test_a_form_of_a_thing_done_is_reported_a_plan_or_denial_is_not(text, kind, frame):
    assert [(h.kind, h.frame) for h in find_happenings(text) if h.kind == kind] == [(kind, frame)]


@pytest.mark.parametrize("text", [
    "L'accord sera signé mercredi.", "La Corée du Sud et le Japon n'ont pas signé l'accord.",
    "정부는 협정을 종료할 예정이다.", "政府は協定の終了を検討している。", "両政府は仮署名する見通しだ。",
    "한 사람이 왔다. 그가 한 말을 들었다.",  # a past ending alone is no happening
    "The VA signed the lease on Monday.",  # (found, and no plan: "va" is French only in lower case)
])
def test_plans_denials_and_bare_endings_are_not_reported(text):
    reported = [h for h in find_happenings(text) if h.reported]
    assert all(text[h.start:h.end] == "signed" for h in reported)


@pytest.mark.parametrize("text", [
    "종료" + "결정" * 28 + "x", "종료" + " 결정" * 5000 + " x", "통보 " * 5000, "終了" + "を" * 5000,
    "a " * 20000 + "signé", "\uac00" * 50000,
])
def test_hostile_runs_of_their_words_are_read_quickly(text):
    started = time.perf_counter()
    find_happenings(text)
    assert time.perf_counter() - started < 5
