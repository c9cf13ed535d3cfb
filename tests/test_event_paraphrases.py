"""Each listed event finds the passages that report it however they word it, and only those:
paraphrases written for the purpose (tests/fixtures/event_paraphrases.json), per event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.paraphrase_links import event_links, paraphrase_passages, specs_by_id

FIXTURE = Path(__file__).parent / "fixtures" / "event_paraphrases.json"
# ... and those of the languages added later, each event's cases added to its own
# (and those of timeline rounds 14's and 15's wordings, and of the lead's 2026-12-04 work)
MORE_LANGUAGES = tuple(Path(__file__).parent / "fixtures" / name
                       for name in ("event_paraphrases_more_languages.json", "event_paraphrases_fourteenth_round.json",
                                    "event_paraphrases_fifteenth_round.json",
                                    "event_paraphrases_twenty_fourth_round.json", "event_paraphrases_timeline24.json",
                                    "event_paraphrases_timeline25.json", "event_paraphrases_timeline27.json"))
PARAPHRASES = json.loads(FIXTURE.read_text(encoding="utf-8"))["events"]
for _more in MORE_LANGUAGES:
    for _event_id, _cases_more in json.loads(_more.read_text(encoding="utf-8"))["events"].items():
        for _field in ("reports", "not"):
            PARAPHRASES[_event_id][_field] = PARAPHRASES[_event_id][_field] + _cases_more[_field]
SPECS = specs_by_id()


def links(event_id: str, published: str | None, text: str) -> bool:
    assert paraphrase_passages(published, text) == [text]
    return event_links(SPECS, event_id, published, text)


def _cases(field: str):
    return [pytest.param(event_id, published, text, id=f"{event_id}: {text[:50]}")
            for event_id, cases in PARAPHRASES.items() for published, text in cases[field]]


def test_every_listed_event_has_paraphrases_both_ways():
    assert PARAPHRASES.keys() == SPECS.keys()
    assert all(cases["reports"] and cases["not"] for cases in PARAPHRASES.values())


@pytest.mark.parametrize("event_id, published, text", _cases("reports"))
def test_a_paraphrase_of_the_event_is_linked_to_it(event_id, published, text):
    assert links(event_id, published, text)


@pytest.mark.parametrize("event_id, published, text", _cases("not"))
def test_a_plan_denial_or_other_happening_is_not_linked(event_id, published, text):
    assert not links(event_id, published, text)
