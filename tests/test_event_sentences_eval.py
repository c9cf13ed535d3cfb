"""bench.event_sentences_eval: sentences of real coverage scored against their labelled events."""

from __future__ import annotations

import json
from collections import Counter

from bench.event_sentences_eval import DEFAULT_FILE, load_pages, main, score_half
from corpus.events import load_event_specs


def test_the_set_is_broad_and_split_by_outlet():
    pages = load_pages(DEFAULT_FILE)
    sentences = [s for page in pages for s in page["sentences"]]
    assert len(pages) >= 80 and len(sentences) >= 250
    assert len({page["source"] for page in pages}) >= 40
    halves = {half: {page["source"] for page in pages if page["half"] == half} for half in ("writing", "aside")}
    assert halves["writing"] and halves["aside"] and not halves["writing"] & halves["aside"]
    known = {spec.id for spec in load_event_specs()}
    assert all(set(s["events"]) <= known for s in sentences)
    forms = Counter(s["form"] for s in sentences if not s["events"])
    assert sum(forms.values()) >= 100 and forms["plan or expectation"] >= 30


def _page(source: str, published: str, *sentences: tuple[str, list[str]]) -> dict:
    return {"url": "https://example.org", "site": "example.org", "source": source, "published": published,
            "half": "writing", "sentences": [{"text": text, "events": events, "form": "report"}
                                              for text, events in sentences]}


def test_right_missed_and_wrong_are_counted_apart():
    page = _page("Wire", "2016-11-24",
                 ("South Korea and Japan signed the intelligence pact on Wednesday.", ["signing"]),  # right
                 ("The two will sign the pact next week.", []),  # right: nothing made, nothing labelled
                 ("The pact is a milestone, officials said.", ["signing"]),  # missed
                 ("Seoul and Tokyo inked the pact on Wednesday.", []))  # wrong, as labelled
    score = score_half([page], "writing")
    assert (score.sentences, score.labelled, score.made, score.right) == (4, 2, 2, 1)
    assert score.exact == 2 and len(score.missed) == 1 and len(score.wrong) == 1
    assert score.wrong[0][1] == "signing" and (score.recall, score.precision) == (0.5, 0.5)
    assert score_half([page], "aside").sentences == 0


def test_the_command_scores_each_half_and_refuses_a_bad_file(tmp_path, capsys):
    path = tmp_path / "sentences.json"
    page = _page("Wire", "2016-11-24", ("South Korea and Japan signed the intelligence pact on Wednesday.", ["signing"]))
    path.write_text(json.dumps({"pages": [page]}), encoding="utf-8")
    assert main([str(path), "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["half"] for r in records] == ["writing", "aside"] and records[0]["right"] == 1
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main([str(tmp_path / "bad.json")]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_the_writing_half_keeps_its_precision():
    score = score_half(load_pages(DEFAULT_FILE), "writing")
    assert len(score.wrong) <= 2 and score.precision >= 0.95
