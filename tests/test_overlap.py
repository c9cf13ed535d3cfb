"""Shared copy and own reporting: sentences other articles carry, through light editing."""

from __future__ import annotations

import json
import random

from corpus.loader import Corpus
from explorer.cli import main
from index.overlap import article_overlap, shared_sentences
from index.shared_text import find_shared, sentences, shingles

SIGNING = ("South Korea's Defense Minister Han Min-koo and Japanese Ambassador to Seoul Yasumasa "
           "Nagamine signed the agreement at a closed ceremony at the Defense Ministry on Wednesday.")
LIGHT_EDITS = [
    "South Korean Defense Minister Han Min Koo and Japanese Ambassador to Seoul Yasumasa "
    "Nagamine signed the agreement at a closed ceremony at the Defense Ministry on Wednesday.",
    "SEOUL, Nov. 23 (Yonhap) -- South Korea's Defence Minister Han Min-koo and Japan's "
    "ambassador to Seoul, Yasumasa Nagamine, signed the agreement at a closed-door ceremony at "
    "the Defense Ministry Wednesday.",
    "Defense Minister Han Min-koo and Japanese Ambassador Yasumasa Nagamine formally signed "
    "the agreement at a closed ceremony at the Defense Ministry in Seoul on Wednesday.",
    "“South Korea’s Defense Minister Han Min-koo and Japanese Ambassador to Seoul Yasumasa "
    "Nagamine signed the agreement at a closed ceremony,” the ministry said.",
]
SAME_TOPIC_OTHER_WORDS = [
    "Pyongyang has conducted two nuclear tests and more than 20 missile launches this year.",
    "The pact lets Seoul and Tokyo swap intelligence on North Korea without going through "
    "Washington.",
    "Opposition lawmakers vowed to push a motion to dismiss the defense minister over the deal.",
]


def pairs(found):
    return {(s.sentence.article_id, s.other.article_id) for s in found}


def test_light_edits_of_one_sentence_are_found_shared():
    rows = [("base", 1, SIGNING)] + [(f"edit{i}", 1, text) for i, text in enumerate(LIGHT_EDITS)]
    found = pairs(find_shared(rows))
    for i in range(len(LIGHT_EDITS)):
        assert ("base", f"edit{i}") in found and (f"edit{i}", "base") in found


def test_the_example_of_the_issue_normalises_to_the_same_words():
    assert shingles("South Korea's Defense Minister Han Min-koo") == \
        shingles("South Korean Defense Minister Han Min Koo")


def test_sentences_on_the_same_topic_in_other_words_are_not_shared():
    rows = [("base", 1, SIGNING)] + [(f"other{i}", 1, text)
                                     for i, text in enumerate(SAME_TOPIC_OTHER_WORDS)]
    rows.append(("nk", 1, "North Korea conducted two nuclear tests and launched over 20 "
                          "ballistic missiles this year alone, said the ministry."))
    assert find_shared(rows) == ()


def test_a_shared_sentence_inside_a_longer_passage_is_located():
    passage = "The deal is the first of its kind. " + SIGNING + " Critics were not convinced."
    found = find_shared([("wire", 4, SIGNING), ("paper", 7, passage)])
    mine = [s for s in found if s.sentence.article_id == "paper"]
    assert len(mine) == 1 and mine[0].sentence.passage == 7 and mine[0].other.passage == 4
    assert passage[mine[0].sentence.start:mine[0].sentence.end] == SIGNING


def test_sentence_splitting_keeps_offsets():
    text = '“It is very significant,” Kishida said. The U.S. welcomed it! Was it? Yes.'
    parts = list(sentences("a", 1, text))
    assert [text[s.start:s.end] for s in parts] == [
        "“It is very significant,” Kishida said.", "The U.S. welcomed it!", "Was it?", "Yes."]


def test_a_pure_function_of_its_input_order_free():
    rows = [("base", 1, SIGNING)] + [(f"edit{i}", 2, t) for i, t in enumerate(LIGHT_EDITS)]
    shuffled = rows[:]
    random.Random(4).shuffle(shuffled)
    assert find_shared(rows) == find_shared(shuffled)


def test_wire_copies_are_found_among_many_unrelated_sentences():
    """Planted copies among 1,500 generated sentences of the same vocabulary."""
    words = ("Seoul Tokyo pact military intelligence nuclear missile minister talks deal "
             "officials ceremony sharing threat region allies security cooperation").split()
    generator = random.Random(7)
    rows = [(f"noise{i}", 1, " ".join(generator.choice(words) for _ in range(18)).capitalize()
             + ".") for i in range(1500)]
    rows += [("wire", 1, SIGNING), ("copy", 3, LIGHT_EDITS[1])]
    found = pairs(find_shared(rows))
    assert ("copy", "wire") in found and ("wire", "copy") in found
    assert not {pair for pair in found if "wire" not in pair}  # noise matches nothing real


def test_the_bundled_seeds_that_share_wire_wording(corpus):
    shared = shared_sentences(corpus, None)
    kbs = article_overlap(corpus.get("e2bd"), shared, corpus)
    by_number = {p.number: p for p in kbs.passages}
    assert by_number[2].outlets == ("unknown (81cfaf9f)",)
    assert by_number[2].shared[0].carriers[0].passage == 3
    assert by_number[6].outlets == ("The Korea Herald",)
    assert 2 not in kbs.own_passages and 1 in kbs.own_passages
    assert {label for label, _ in kbs.by_outlet} == {"unknown (81cfaf9f)", "The Korea Herald"}
    assert 0 < kbs.shared_share < 0.5
    joongang_2012 = article_overlap(corpus.get("e752"), shared, corpus)
    assert joongang_2012.by_outlet == () and joongang_2012.shared_share == 0
    assert len(joongang_2012.own_passages) == len(joongang_2012.passages)


def test_computed_once_and_kept_beside_the_index(corpus, tmp_path, monkeypatch):
    from index import overlap_store

    first = shared_sentences(corpus, tmp_path)
    assert (tmp_path / overlap_store.STORE_FILE).exists()

    def must_not_run(_rows):
        raise AssertionError("recomputed although the corpus did not change")

    monkeypatch.setattr(overlap_store, "sentence_units", must_not_run)
    assert shared_sentences(corpus, tmp_path) == first
    smaller = Corpus(corpus.articles[:3])
    # another corpus: brought in step article by article (the removed ones dropped)
    assert shared_sentences(smaller, tmp_path) == find_shared(
        (a.id, p.number, p.text) for a in smaller for p in a.passages)


def test_overlap_command(capsys):
    assert main(["overlap", "e2bd"]) == 0
    out = capsys.readouterr().out
    assert "of its text is carried by other articles" in out
    assert "[2] also in unknown (81cfaf9f) passage 3" in out
    assert main(["overlap", "e2bd", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    second = record["passages"][1]["shared"][0]["carried_by"][0]
    assert second["outlet"] == "unknown (81cfaf9f)" and second["passage"] == 3
    assert second["text"].startswith("South Korean Defense Minister Han Min Koo")
    assert main(["overlap", "e752"]) == 0
    assert "all its own reporting" in capsys.readouterr().out


def test_overlap_of_an_unknown_article_is_one_line(capsys):
    assert main(["overlap", "ffff"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "no article" in err and err.count("\n") == 1


def test_words_are_read_as_the_index_reads_them(corpus):
    """The fast word normaliser must agree with the index's analyzer (demonyms aside)."""
    from index.analysis import story_analyzer
    from index.shared_text import DEMONYMS, _WORD, _normal_word

    analyzer = story_analyzer()
    for article in corpus:
        expected = [DEMONYMS.get(t.text, t.text) for t in analyzer(article.clean_text)]
        ours = [w for w in map(_normal_word, _WORD.findall(article.clean_text.lower())) if w]
        assert ours == expected
