"""Quotes across outlets: who said what, each quote once with every outlet's wording."""

from __future__ import annotations

import json

import pytest

from bench.quote_eval import evaluate, load_gold
from corpus.loader import Corpus
from corpus.model import Article, Passage
from corpus.quotes import article_quotes
from corpus.speakers import speaker_key, speaker_name
from explorer.cli import main
from index.quote_groups import by_speaker, corpus_quotes, group_quotes, wording_difference


def article(*paragraphs: str, article_id: str = "a1", outlet: str = "Wire") -> Article:
    passages, offset = [], 0
    for number, text in enumerate(paragraphs, start=1):
        passages.append(Passage(article_id, number, offset, offset + len(text), text))
        offset += len(text) + 2
    return Article(article_id, "Headline", outlet, outlet.casefold(), "2016-11-23", "day", "",
                   None, None, "test", "\n\n".join(paragraphs), "\n\n".join(paragraphs),
                   tuple(passages))


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in article_quotes(article(*paragraphs))]


def test_precision_and_recall_on_the_labelled_bundled_quotes(corpus):
    report = evaluate(load_gold(), corpus)
    assert report["quote_precision"] >= 0.95 and report["quote_recall"] >= 0.95, report["errors"]
    assert report["quote_and_speaker_precision"] >= 0.9, report["errors"]
    assert report["quote_and_speaker_recall"] >= 0.9, report["errors"]


@pytest.mark.parametrize("paragraph,expected", [
    ("The pact is \u201cvery significant,\u201d Foreign Minister Fumio Kishida told reporters.",
     [("very significant", "Fumio Kishida")]),
    ("Blinken said during the press conference, \u201cWe will not accept it, period.\u201d",
     [("We will not accept it, period.", "Blinken")]),
    ('"The talks will resume soon," said Moon Sang-gyun, spokesman for the ministry.',
     [("The talks will resume soon", "Moon Sang-gyun")]),
    ("\u201cIt will help us,\u201d the Yonhap news agency quoted a Defense Ministry official "
     "as saying.", [("It will help us", "Defense Ministry official")]),
    ("According to Seoul\u2019s Foreign Ministry, the two nations will share intelligence.",
     [("the two nations will share intelligence.", "Seoul's Foreign Ministry")]),
    ("The two nations will share intelligence, according to a government source.",
     [("The two nations will share intelligence", "government source")]),
    ("South Korea\u2019s Defence Ministry said the accord was \u201cnecessary\u201d now.",
     [("necessary", "South Korea's Defense Ministry")]),
    ("The so-called \u201cnew era\u201d of ties began in 2015.", []),  # a scare quote
])
def test_the_shapes_of_attribution(paragraph, expected):
    assert said(paragraph) == expected


def test_pronouns_and_continued_quotations_take_the_speaker_before():
    quotes = said(
        "Japanese Vice Foreign Minister Shinsuke Sugiyama met his counterpart on Thursday.",
        "\u201cWe will respond sincerely,\u201d he said. \u201cThere is no other way.\u201d",
        "\u201cAnd the public will understand it in time, as it always has in the past.\u201d")
    assert [name for _, name in quotes] == ["Shinsuke Sugiyama"] * 3


def test_the_official_is_the_official_mentioned_before():
    quotes = said("A law enforcement official said the tests were promising.",
                  "\u201cWe need one more sample,\u201d the official added.")
    assert quotes == [("We need one more sample", "law enforcement official")]


@pytest.mark.parametrize("written,known,expected", [
    ("Japanese Foreign Minister Fumio Kishida", (), "Fumio Kishida"),
    ("NATO Secretary General Javier Solana", (), "Javier Solana"),
    ("Kishida", ("Fumio Kishida",), "Fumio Kishida"),
    ("Han", ("Han Min-koo",), "Han Min-koo"),
    ("Cho June-hyuck, spokesman of the Korean Foreign Ministry", (), "Cho June-hyuck"),
    ("the White House", (), "White House"),
    ("South Korea\u2019s Defence Ministry", (), "South Korea's Defense Ministry"),
    ("he", (), None),
])
def test_speaker_names_are_normalised(written, known, expected):
    assert speaker_name(written, known) == expected


def test_a_hyphenated_name_and_its_spaced_spelling_are_one_speaker():
    assert speaker_key("Han Min-koo") == speaker_key("Han Min Koo") == "han min koo"


def test_a_quote_carried_by_two_outlets_is_listed_once(corpus):
    groups = group_quotes(corpus_quotes(corpus), corpus)
    carried = [g for g in groups if len(g.outlets) > 1]
    assert len(carried) == 1
    white_house = carried[0]
    assert set(white_house.outlets) == {"The Korea Herald", "KBS World Radio"}
    assert white_house.text.startswith("This agreement will allow the ROK and Japan")
    assert white_house.speaker in ("White House", "Washington")
    kbs = next(c for c in white_house.copies if c.outlet_label == "KBS World Radio")
    assert kbs.quote.text == "significantly strengthen" and kbs.difference == "quotes a part of it"
    every_copy = [(c.quote.article_id, c.quote.passage, c.quote.start)
                  for g in groups for c in g.copies]
    assert len(every_copy) == len(set(every_copy)) == len(corpus_quotes(corpus))


def test_light_edits_of_one_quote_across_outlets_are_one_group():
    wire = article("\u201cThe agreement will significantly strengthen our cooperation against "
                   "the North Korean threat,\u201d the White House said.", article_id="w")
    paper = article('"The agreement will significantly strengthen our co-operation against '
                    'North Korea\'s threats," the White House said in a statement.',
                    article_id="p", outlet="Paper")
    other = article("\u201cWe will review the agreement next year,\u201d the White House said.",
                    article_id="o", outlet="Other")
    corpus = Corpus((wire, paper, other))
    groups = group_quotes(corpus_quotes(corpus), corpus)
    assert sorted(len(g.copies) for g in groups) == [1, 2]
    pair = next(g for g in groups if len(g.copies) == 2)
    assert {c.outlet_label for c in pair.copies} == {"Wire", "Paper"}
    changed = next(c.difference for c in pair.copies if c.difference)
    assert "\u2192" in changed


def test_wording_differences_in_words():
    assert wording_difference("a b c", "a b c") == ""
    assert wording_difference("we will not accept it", "not accept") == "quotes a part of it"
    assert wording_difference("against the North Korean threat", "against North Korea's threats") \
        == "omits \u201cthe\u201d; \u201ckorean threat\u201d \u2192 \u201ckorea's threats\u201d"


def test_by_speaker_matches_any_part_of_the_name(corpus):
    groups = group_quotes(corpus_quotes(corpus), corpus)
    assert {g.speaker for g in by_speaker(groups, "kishida")} == {"Fumio Kishida"}
    assert len(by_speaker(groups, "Fumio Kishida")) == 2
    assert {g.speaker for g in by_speaker(groups, "defence ministry")} == {
        "South Korea's Defense Ministry", "Defense Ministry official"}
    assert {g.speaker for g in by_speaker(groups, "South Korea\u2019s Defence Ministry")} == {
        "South Korea's Defense Ministry"}


def test_quotes_command(capsys):
    assert main(["quotes", "--speaker", "Kishida"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Fumio Kishida: \u201c") and "unknown (81cfaf9f), 23 Nov 2016, passage 4" in out
    assert main(["quotes", "--event", "us-welcomes", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(set(r["outlets"]) == {"The Korea Herald", "KBS World Radio"} for r in records)
    for record in records:
        assert all(c["text"] for c in record["copies"])


def test_quotes_errors_and_no_match(capsys):
    assert main(["quotes", "--speaker", "Nobody Atall"]) == 1
    assert "no quote matches" in capsys.readouterr().err
    assert main(["quotes", "--event", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no event with id 'nope'" in err and err.count("\n") == 1


@pytest.mark.parametrize("gold", ["quotes-heldout.json", "quotes-heldout2.json"])
def test_the_held_out_sets_where_the_development_set_is_present(gold):
    from pathlib import Path

    from bench.quote_eval import FIXTURES, timeml_articles

    folder = Path(__file__).resolve().parents[2] / "shared" / "timex-dev"
    if not folder.is_dir():
        pytest.skip(f"the shared development set is not here ({folder})")
    labels = load_gold(FIXTURES / gold)
    report = evaluate(labels, timeml_articles(folder, (g["article"] for g in labels)))
    assert report["quote_recall"] >= 0.9 and report["quote_precision"] >= 0.9, report["errors"]
    assert report["quote_and_speaker_recall"] >= 0.9, report["errors"]
