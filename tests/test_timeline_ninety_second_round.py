"""Round 92: one list of English past forms not in "-ed" (`corpus.english_past`), read by a title's tense
(`index.title_tense`, `index.title_worth`) and a sentence's verbs (`index.plain_verbs`); one list of Korean words
of what is to come (`corpus.korean_ahead`), read after a weekday (`corpus.date_weekdays_cjk`) and in a happening's
sentence (`corpus.date_officeholders`). Each user reads every word of its list; a present stays a present.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_officeholders import worded_as_done
from corpus.date_weekdays_cjk import korean_future_after
from corpus.dates import DateValue, find_dates
from corpus.english_past import IRREGULAR_PAST, IRREGULAR_PAST_WORDS, SENTENCE_PAST, SENTENCE_PAST_WORDS
from corpus.happenings import Happening
from corpus import text_units
from corpus.intake import office_years
from corpus.text_units import sentence_at
from index.plain_verbs import plain_verbs
from index.title_tense import tells_nothing_past
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_runs_quickly

# Past forms a sentence's verbs do not take as a deed: a saying, an intention, a view or a state of mind (review
# 42: "knew", "felt", "understood" as "thought"), what a thing means.
_SAYINGS_AND_INTENTIONS = {"said", "told", "sought", "thought", "meant", "knew", "felt", "understood"}

def _verbs(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in plain_verbs(sentence, "event")]


@pytest.mark.parametrize("word", sorted(IRREGULAR_PAST_WORDS))
def test_a_title_reads_every_past_form_of_the_list(word: str) -> None:
    assert tells_nothing_past(f"The mayor {word} the town's council") is False


@pytest.mark.parametrize("word", sorted(SENTENCE_PAST_WORDS - _SAYINGS_AND_INTENTIONS))
def test_a_sentence_reads_every_past_form_of_its_part_of_the_list_as_a_deed(word: str) -> None:
    assert _verbs(f"The mayor {word} the town's council on Friday.") == [word]


@pytest.mark.parametrize("word", sorted(IRREGULAR_PAST_WORDS - SENTENCE_PAST_WORDS))
def test_a_sentence_leaves_a_past_form_like_its_present_to_the_title(word: str) -> None:
    assert _verbs(f"The mayor {word} the town's council on Friday.") == []


@pytest.mark.parametrize("sentence, verb", [
    ("The magnitude 6.3 quake hit at 12.51pm on Friday.", "hit"),  # a happening's own, though the present's word
    ("The mayor beat his rival on Friday.", "beat"),
    ("The court heard the mayor's appeal on Friday.", "heard"),  # (a title's list only, before round 92)
    ("The two mayors sat down in Busan on Friday.", "sat"),
    ("Officials laid out a plan for the harbour on Friday.", "laid"),
    ("The council did so on Friday.", "did"),
])
def test_past_forms_once_only_a_titles_are_a_sentences_deeds(sentence: str, verb: str) -> None:
    assert _verbs(sentence) == [verb]


@pytest.mark.parametrize("sentence", [
    "The statue set up outside the embassy on Friday.",  # a participle after its noun
    "The statue, put up by a civic group on Friday.",
    "A cost-sharing deal for the harbour on Friday.",  # a noun
    "The ferry is set to sail on Friday.",  # a plan
    "The mayor is thought to be in Busan on Friday.",  # a view
    "Mayors lay wreaths at the harbour on Friday.",  # a present
    "The mayor meets the council on Friday.",
    "The port's bid for the games ends on Friday.",  # nouns
    "The rain eased a bit on Friday.",
])
def test_a_present_a_participle_a_plan_or_a_noun_is_no_deed(sentence: str) -> None:
    assert _verbs(sentence) in ([], ["eased"])


@pytest.mark.parametrize("title", [
    "Mayors lay wreaths at the harbour",  # a caption in the present
    "The port's bid for the games",  # a phrase
    "Fans upset by the late ferry",
    "A bit of the harbour's history",
])
def test_a_caption_or_a_phrase_tells_nothing_past(title: str) -> None:
    assert tells_nothing_past(title) is True
    assert worth_proposing(title, None, title) is False


def test_the_list_is_whole_words_longest_first() -> None:
    for alternation, listed in ((IRREGULAR_PAST, IRREGULAR_PAST_WORDS), (SENTENCE_PAST, SENTENCE_PAST_WORDS)):
        words = alternation.split("|")
        assert set(words) == listed and len(words) == len(listed)
        assert [len(word) for word in words] == sorted((len(word) for word in words), reverse=True)
    assert SENTENCE_PAST_WORDS < IRREGULAR_PAST_WORDS
    assert not IRREGULAR_PAST_WORDS & {"been", "done", "gone", "seen", "shown", "lay", "bit", "bid", "upset"}


THURSDAY = DateValue(2016, 11, 17)


def _weekday(text: str) -> DateValue | None:
    return [found.value for found in find_dates(text, THURSDAY) if found.text == "금요일"][0]


@pytest.mark.parametrize("text", [
    "두 나라는 금요일, 협정에 서명할 예정이다.",  # a plan after the clause's comma (the clause's own words said so)
    "두 나라는 금요일, 협정에 서명할 계획이다.",
    "당국자는 양국이 금요일, 협정에 서명할 방침이라고 말했다.",
    "당국자는 양국이 금요일 오후 협정에 서명할 것이라고 말했다.",
    "장관은 금요일 협정에 서명하겠다고 밝혔다.",
])
def test_a_weekday_before_any_korean_word_of_what_is_to_come_is_the_coming_one(text: str) -> None:
    assert _weekday(text) == DateValue(2016, 11, 18)


@pytest.mark.parametrize("text", ["두 나라는 금요일, 협정에 서명했다.", "두 나라는 금요일 서명했다. 앞으로 계획이 많다."])
def test_a_weekday_told_as_done_stays_the_last_one(text: str) -> None:
    assert _weekday(text) == DateValue(2016, 11, 11)


def _wording(text: str, words: str) -> Happening:
    start = text.index(words)
    return Happening("sign", start, start + len(words), sentence_at(text, start), "reported")


@pytest.mark.parametrize("text, words, done", [
    ("양국은 협정에 서명했다.", "서명", True),
    ("양국은 협정에 서명했고 곧 발효될 것이다.", "서명", False),  # "-ㄹ 것" of another verb (once only "할 것")
    ("양국은 협정에 서명했으며 효력을 멈추겠다고 했다.", "서명", False),  # "겠" of another verb (once only "하겠")
    ("양국은 협정에 서명했고 내일 발표할 계획이다.", "서명", False),
])
def test_a_korean_happening_beside_a_word_of_what_is_to_come_is_not_done(text: str, words: str, done: bool) -> None:
    assert worded_as_done(text, _wording(text, words)) is done


HOSTILE = {
    "a final rieul repeated": "할" * 60_000,
    "spaced": "할 " * 40_000,
    "spaces after it": "할" + " " * 80_000 + "x",
    "a plan's set repeated": "set to " * 14_000,
    "nouns and presents repeated": "lay bit bid upset " * 5_500,
    "one letter": "a" * 100_000,
    "a future's ending repeated": "겠" * 60_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_is_read_quickly(name: str) -> None:
    """(Many verbs in one sentence cost more, in `plain_verbs.quoted`, before round 92 as after: not this list's.)"""
    hostile = HOSTILE[name]

    def read() -> None:
        plain_verbs(hostile, "event")
        tells_nothing_past(hostile)
        worded_as_done(hostile, Happening("sign", 0, min(len(hostile), 40), sentence_at(hostile, 0), "reported"))
        korean_future_after(hostile, 0)
    assert_runs_quickly(read, what=name, forget=_forget_kept_readings)


def _forget_kept_readings() -> None:
    """(A sentence's verbs, a text's officeholders and sentences are kept: each try reads the text anew.)"""
    plain_verbs.cache_clear()
    office_years._named_in_office.cache_clear()
    text_units._sentences_and_starts.cache_clear()
