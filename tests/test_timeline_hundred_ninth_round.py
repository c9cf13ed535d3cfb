"""Round 109 (issue 14): an object's noun phrase the room cut after its determiner and a word or two, before its
noun, runs to its end a little past the room ("… set off a large underground nuclear test", not "… a large…"); a
sentence a picture's credit in brackets closes ("(Credit: …)", "(Photo by …)", "(画像:…)", "(사진=…)") is a caption
and proposes nothing; a title whose first object is "it" before a phrase ("The Cabinet approved it without …") points
back and is not proposed. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import caption_credits, title_cuts
from corpus.caption_credits import closed_by_a_picture_credit
from index import title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled
from tests.test_timeline_hundred_fifth_round import _proposed


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # the object's noun phrase broken before its noun runs to its end
    ("Norland brushed aside months of international pressure on Friday and set off a large underground rocket "
     "motor test, drawing rebukes from its neighbours.", "on Friday", "brushed",
     "Norland brushed aside months of international pressure and set off a large underground rocket motor test"),
    ("Westland has protested what it says was a Norlandic frigate on Thursday targeting a Westlandic patrol "
     "aircraft.", "on Thursday", "protested",
     "Westland has protested what it says was a Norlandic frigate targeting a Westlandic patrol aircraft"),
    # ... not when its end lies too far past the room, nor when the room broke no determiner's phrase
    ("Military and diplomatic officials of Norland and Westland held on Friday their second round of working-level "
     "talks in Halden, after the first in Westport.", "on Friday", "held",
     "Military and diplomatic officials of Norland and Westland held their second…"),
    ("Norland's port office reopened on Friday the long-closed and badly silted eastern harbour quays of Halden to "
     "fishing boats.", "on Friday", "reopened",
     "Norland's port office reopened the long-closed and badly silted eastern harbour…"),
])
def test_an_object_s_noun_phrase_cut_before_its_noun_runs_to_its_end(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "after"), [
    ("Mourners embrace at a vigil in Halden.", " (Credit: Arne Dahl / Halden Times)\n\nMore text."),
    ("Smoke rises over the quays.", "  (Photo by Kari Lie/Westport Images)"),
    ("The harbour office in Halden.", " (Photo: AP) HALDEN — The story goes on."),
    ("The quays of Halden at dawn.", " (Photographer: Kari Lie/Bloomberg)"),
    ("通行が再開された午前5時の現場(画像:福岡市)", ""),
    ("항구의 모습.", "(사진=연합뉴스)"),
    ("港口的情况。", "(圖/路透)"),
])
def test_a_sentence_a_picture_s_credit_closes_is_a_caption(sentence, after):
    assert closed_by_a_picture_credit(sentence, sentence + after, len(sentence))


@pytest.mark.parametrize(("sentence", "after"), [
    ("Norland sanctioned three firms.", " (Yonhap)"),  # a wire's credit names no picture
    ("Norland sanctioned three firms.", " (Yonhap News)"),
    ("Norland sanctioned three firms.", " The photo (left) shows them."),  # a photo told of, no credit
    ("The (Photo: AP) credit opened the sentence and Norland then sanctioned three firms.", ""),  # not its close
])
def test_a_sentence_no_picture_s_credit_closes_is_no_caption(sentence, after):
    assert not closed_by_a_picture_credit(sentence, sentence + after, len(sentence))


def test_a_caption_closed_by_a_picture_s_credit_proposes_nothing():
    caption = "Rescuers carried survivors from the collapsed bridge in Halden on Nov. 18, 2016."
    assert _proposed(f"{caption} (Credit: Kari Lie / Halden Times)") == []
    assert _proposed(f"{caption}\n\n(Credit: Kari Lie / Halden Times)") == []  # (the credit a line of its own)
    assert _proposed(caption) == ["Rescuers carried survivors from the collapsed bridge in Halden"]
    assert _proposed(f"{caption} (Yonhap)") == ["Rescuers carried survivors from the collapsed bridge in Halden"]


@pytest.mark.parametrize("title", [
    "The Cabinet approved it without the usual review by vice ministers",
    "Police found it at the river mouth",
])
def test_it_as_the_first_object_before_a_phrase_points_back(title):
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "Hayabusa2 released the small capsule and sent it toward Earth",  # the title names what "it" is
    "The Cabinet approved the pact without the usual review",  # no "it"
    "It rained in Halden",  # ("It" as a subject: another rule's)
    "The council passed it on to the court",  # (a verb's particle: round 91's, proposed)
])
def test_it_named_in_the_title_or_no_it_stays(title):
    assert worth_proposing(title, None, title) or title.startswith("It ")


_HOSTILE = ["x approved " * 10_000, "a " * 50_000, "(Photo by " * 10_000, "(" + "x" * 100_000,
            "the large " * 10_000, " " * 100_000 + "(사진=연합뉴스"]


@pytest.mark.parametrize("text", _HOSTILE, ids=lambda text: text[:8])
def test_hostile_texts_are_read_quickly(text):
    assert_each_reads_quickly([title_worth._IT_BEFORE_A_PHRASE, title_cuts._OBJECT_BEFORE_ITS_NOUN,
                               caption_credits._CLOSING_CREDIT, caption_credits._CREDIT_AFTER], text)
    assert_runs_quickly(lambda: closed_by_a_picture_credit(text, text, 0), what="credit")
    assert_runs_quickly(lambda: title_cuts.shortened("Norland set off " + text, 12), what="shortened")
