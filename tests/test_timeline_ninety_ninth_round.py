"""Round 99: the cue lists each reader kept of its own made one. English past forms not in "-ed"
(`corpus.english_past`) now also set a date's tense (`corpus.date_patterns.PAST_CUE`, only the forms no present
shares) and tell a wording's verb past (`corpus.happenings.in_past_form`); Korean words of what is to come
(`corpus.korean_ahead`) are read after a name (`corpus.foresight`), in a month's clause
(`corpus.date_patterns_foreign.CJK_AHEAD`) and after a signing's verb (`corpus.happening_words_ahead`); Japanese
words of a plan (`corpus.japanese_plan_words`) by the month's clause, the name's and a happening's sentence
(`corpus.date_officeholders`). Each reader reads a word only the other list had before. Sentences written for the
purpose."""

from __future__ import annotations

import re

import pytest

from corpus.date_officeholders import worded_as_done
from corpus.date_patterns import TENSE_CUE, tense_of_the_clause
from corpus.date_patterns_foreign import CJK_AHEAD
from corpus.date_readers import tense
from corpus.date_weekdays_cjk import korean_future_after
from corpus.english_past import IRREGULAR_PAST_WORDS, OWN_PAST_WORDS, SENTENCE_PAST_WORDS
from corpus.foresight import only_foresees
from corpus.happening_words_ahead import SIGNING_AHEAD
from corpus.happenings import Happening, in_past_form
from corpus.japanese_plan_words import JAPANESE_PLAN
from corpus.korean_ahead import KOREAN_AHEAD
from corpus.text_units import sentence_at
from tests.hostile_timing import assert_runs_quickly

# What the date's tense and a wording's verb read before this round, each of its own.
_TENSE_BEFORE = ("froze broke took went came met held began fell struck sank rose gave wrote spoke chose drew withdrew "
                 "won lost made sought fought brought caught").split()
_WORDING_BEFORE = "met held took struck broke fell froze withdrew quit put cut set shut".split()


@pytest.mark.parametrize("word", sorted(OWN_PAST_WORDS))
def test_a_dates_clause_reads_every_past_form_no_present_shares(word: str) -> None:
    assert tense_of_the_clause(f"The mayor {word} the council on") == "past"


@pytest.mark.parametrize("word", ["knew", "sent", "paid", "kept", "told"])
def test_a_dates_clause_is_past_by_a_form_only_the_shared_list_had(word: str) -> None:
    # ("told" was read case-blind before; the others set no tense: the date's clause had no cue)
    assert tense_of_the_clause(f"Seoul will act, and the ministry {word} lawmakers on") == "past"


@pytest.mark.parametrize("text", ["The president left on Thursday for Pyongyang.",
                                  "The envoy knew on Thursday that the talks were off."])
def test_a_day_after_a_past_form_only_the_shared_list_had_is_in_the_past(text: str) -> None:
    start = text.index("Thursday")
    assert tense(text, start, start + len("Thursday")) == "past"


def test_every_form_the_dates_tense_and_a_wording_read_before_is_in_the_shared_list() -> None:
    assert set(_TENSE_BEFORE) <= OWN_PAST_WORDS
    assert set(_WORDING_BEFORE) <= IRREGULAR_PAST_WORDS


@pytest.mark.parametrize("clause", [
    "The typhoon will hit on", "The delegation will set out on", "Seoul will put it to a vote on",
    "Talks will be held on", "The ministers will meet on",
])
def test_a_form_like_its_present_leaves_a_clause_looking_ahead(clause: str) -> None:
    """The date's tense is its clause's last cue: a form its present shares ("hit", "set", "put"), which the title
    and a wording read, would make "will hit on Friday" a past Friday."""
    assert tense_of_the_clause(clause) == "future"
    assert not (IRREGULAR_PAST_WORDS - SENTENCE_PAST_WORDS) & OWN_PAST_WORDS


@pytest.mark.parametrize("words", ["sent a letter", "let the deadline pass", "put their names", "withdrew",
                                   "held talks", "\u201csaid it would", "signed", "taken"])
def test_a_wording_in_a_past_form(words: str) -> None:
    assert in_past_form(words)


@pytest.mark.parametrize("words", ["asset freeze", "terminate the pact", "helmet", "candidly", "sign", "the signing"])
def test_a_wording_ending_like_a_past_form_is_none(words: str) -> None:
    assert not in_past_form(words)  # (whole words only: "asset" ended in "set")


def _foresees(text: str, name: str) -> bool:
    start = text.index(name)
    return only_foresees(text, sentence_at(text, start, 0, len(text)), start)


@pytest.mark.parametrize("text", [
    "한·미·일 정보공유 약정에 세 나라 차관이 29일 서명할 것이라고 국방부가 밝혔다.",  # (the future "-ㄹ 것")
    "한·미·일 정보공유 약정은 다음 달 체결될 전망이다.",  # (what foresight alone read: "될 전망")
])
def test_a_korean_clause_after_a_name_looks_ahead_by_the_shared_words(text: str) -> None:
    assert _foresees(text, "한·미·일")


@pytest.mark.parametrize("text", [
    "한·미·일 정보공유 약정에 세 나라가 이미 서명했을 것이라고 관계자가 말했다.",  # (would have signed)
    "한·미·일 정보공유 약정은 예정대로 29일 체결됐다.",  # (as scheduled)
    "日米韓の情報共有の取り決めに予定通り署名した。",  # (as planned: foresight read "予定" anywhere)
    # ("겠" after a name promises a deed to a thing that is: the one word of the shared list foresight leaves)
    "한·미·일 정보공유 약정을 성실히 이행하겠다고 국방부가 밝혔다.",
])
def test_a_clause_after_a_name_telling_a_deed_done_does_not_look_ahead(text: str) -> None:
    assert not _foresees(text, text[:3])


@pytest.mark.parametrize("clause", ["11월에 서명할 것이라고", "11월에 서명하겠다고", "11월에 서명할 예정",
                                    "11월 서명 방침", "11월 체결 전망", "빠르면 11월", "11月に署名する見込み"])
def test_a_months_clause_reads_the_shared_words_and_its_own(clause: str) -> None:
    assert CJK_AHEAD.search(clause)


@pytest.mark.parametrize("clause", ["11월에 서명했을 것", "11월에 예정대로 서명했다", "11月に予定通り署名した"])
def test_a_months_clause_telling_a_deed_done(clause: str) -> None:
    assert not CJK_AHEAD.search(clause)


def test_a_plan_named_without_its_verb_is_the_months_clause_alone() -> None:
    """A month's clause takes "방침" and "전망" alone ("11월 서명 방침"); after a weekday or in a happening's sentence
    they are a government's line or an outlook ("정부 방침", "전망이 밝다"), so the shared words want a verb before."""
    assert CJK_AHEAD.search("정부 방침") and not re.search(KOREAN_AHEAD, "정부 방침에 따라 서명했다")
    assert not re.search(KOREAN_AHEAD, "양국 관계 전망이 밝다")


def test_a_weekday_before_an_expected_signing_is_the_coming_one() -> None:
    text = "양국은 금요일 도쿄에서 협정에 서명할 전망이다."  # ("될 전망": what foresight alone read)
    assert korean_future_after(text, text.index("금요일") + 3)
    text = "양국은 금요일 도쿄에서 협정을 이행하겠다고 밝혔다."  # (but "겠", which foresight leaves, is still read here)
    assert korean_future_after(text, text.index("금요일") + 3)


@pytest.mark.parametrize("text", ["정부는 협정에 서명할 방침이다.", "정부는 협정에 서명할 것이라고 밝혔다.",
                                  "양국은 협정에 서명하게 될 예정이다."])
def test_a_korean_signing_ahead_by_the_shared_words(text: str) -> None:
    assert SIGNING_AHEAD.search(text)  # ("방침" only the shared list had)


@pytest.mark.parametrize("text", ["정부는 협정에 서명한 것으로 알려졌다.", "양국은 예정대로 서명했다."])
def test_a_korean_signing_done_is_not_ahead(text: str) -> None:
    assert not SIGNING_AHEAD.search(text)


def test_the_japanese_plan_words_are_one_list() -> None:
    for word in ("予定", "計画", "見通し", "見込み", "方針"):
        assert re.fullmatch(JAPANESE_PLAN, word), word
    assert not re.search(JAPANESE_PLAN, "予定通り") and not re.search(JAPANESE_PLAN, "計画より早く")


def test_a_signing_done_as_planned_is_done() -> None:
    text = "日韓両政府は予定通り協定に署名した。"
    start = text.index("署名")
    signing = Happening("sign", start, start + 2, sentence_at(text, start), "reported")
    assert worded_as_done(text, signing)  # (the happening's sentence read "予定" anywhere before)


HOSTILE = {
    "past forms": "froze knew hit set asset " * 4_000,
    "an open past": "the mayor sent " * 7_000,
    "korean futures": "서명할 것 서명하겠 할할할 될 전망 " * 5_000,
    "rieul syllables": "할" * 100_000,
    "japanese plans": "予定通り予定見込み" * 10_000,
}


_READERS = {
    "tense cues": lambda text: list(TENSE_CUE.finditer(text)),
    "a wording's verb": in_past_form,
    "a month's clause": lambda text: list(CJK_AHEAD.finditer(text)),
    "a signing ahead": lambda text: list(SIGNING_AHEAD.finditer(text)),
    "a name foreseen": lambda text: only_foresees(text, sentence_at(text, 0, 0, len(text)), 0),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("reader", sorted(_READERS))
def test_hostile_text_is_read_quickly(name: str, reader: str) -> None:
    hostile, read = HOSTILE[name], _READERS[reader]
    # the tense cues' one pattern (its alternation older than this round) reads some of these ~100 KB texts in
    # ~0.1 s of CPU on main already; bounded so a loaded CI machine keeps it, a backtracking cue would take seconds
    limit = 0.3 if reader == "tense cues" else 0.1
    assert_runs_quickly(lambda: read(hostile), limit=limit, what=(name, reader))
