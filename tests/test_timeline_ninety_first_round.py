"""Round 91 (issue 14): a proposed event is a happening with a readable title. Not proposed: an English title that
tells nothing in the past (a phrase, a caption or a heading in the present), a saying of what another had done
before it, "the three" or an "it" told elsewhere, a purpose's infinitive, a Japanese clause left at "...が" or
"...として". Titled with a Japanese topic told before the date's comma, without a word that only told the date
("翌", "지난"), a Korean past's joining ending told as its end. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import event_titles, title_clause, title_date_words
from corpus.event_titles import event_title
from index import title_tense, title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_runs_quickly


def _title(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize("title", [
    "The harbour's previous flood",  # a phrase, no verb (its happening told elsewhere)
    "The notice given to the council",
    "The late ferry crossing of the year and its late arrival",
    "Mayor Kim briefs reporters on the budget",  # a caption or a heading told in the present
    "A police officer keeps watch outside the town hall",
    "The mayors of Busan and Ulsan meet in Ulsan to discuss the port",
    "The city council unanimously adopts a new budget for the port",
    "Mayor Kim said the council had brought about a \"grave change\"",  # a saying of what another had done
    "The coach told reporters the match had felt like a final",
    "The three also drew up a plan for the harbour",  # "the three" told before
    "The council passed it",  # an "it" told before
    "Kim dissolved it, apparently judging the mood to be right",
    "To take cover after the storm hit the coast",  # a purpose's infinitive
    "8月23日に協定の終了を通告しましたが",  # a Japanese clause left unfinished
    "期限が過ぎても市が黙ったままでいるとして",
])
def test_a_title_telling_nothing_past_pointing_back_or_unfinished_is_not_proposed(title):
    assert worth_proposing(title, None, title) is False


@pytest.mark.parametrize("title", [
    "Seoul let the midnight deadline pass in silence",  # a past with no "-ed"
    "The new harbour fees take effect",  # a happening a calendar sets, told in the present
    "The port's third flood of the year",  # a happening named by its ordinal
    "An aide to the mayor quit",
    "Officials called off classes at hundreds of schools",
    "The storm set off floods in the valley",
    "The council has set aside five days to honour the fallen",  # a perfect
    "The three countries agreed to share information",  # "the three" with its noun
    "The two leaders met in Busan",
    "The council said it had closed the pier",  # the speaker's own deed
    "The ministry told reporters it had closed the pier",
    "The council passed it on to the court",  # "it" and more after it
    "The storm hit the coast, then weakened",
    "Tokyo and Seoul agreed on several key points",
    "Naskah itu disetujui rapat kabinet pada hari Selasa",  # not English: its past has no ending
    "Après des années de discussions sous les applaudissements",
    "市議会が予算案を可決した",
    "市長が辞任した",  # ("が" marks a subject here, no clause left unfinished)
])
def test_a_title_of_its_own_happening_is_still_proposed(title):
    assert worth_proposing(title, None, title) is True


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("日本、中国、韓国、オーストラリア、ニュージーランドの計15カ国は11月15日、東アジアの新しい経済連携協定に署名した。",
     "11月15日", "署名", "日本、中国、韓国、オーストラリア、ニュージーランドの計15カ国は東アジアの新しい経済連携協定に署名した"),
    ("日本政府が昨年7月に輸出規制を強めると、韓国政府は翌8月23日にGSOMIAの終了を日本に通知した。", "8月23日", "通知",
     "韓国政府はGSOMIAの終了を日本に通知した"),
    # a clause before the topic's comma is no list: only the topic is told
    ("元徴用工への賠償を命じた韓国最高裁の判決をめぐり、日本政府は7月1日、対韓輸出規制を強める措置を正式に発表した。", "7月1日",
     "発表", "日本政府は対韓輸出規制を強める措置を正式に発表した"),
    ("김정은 국방위원회 제1위원장은 지난 12월 15일 수소탄 실험 명령서에 최종 서명했다", "12월 15일", "서명",
     "김정은 국방위원회 제1위원장은 수소탄 실험 명령서에 최종 서명했다"),
    ("이에 정부는 2019년 8월 22일 한일 군사정보보호협정 종료를 결정했고, 일본은 반발했다", "2019년 8월 22일", "결정",
     "정부는 한일 군사정보보호협정 종료를 결정했다"),
])
def test_a_japanese_topic_kept_a_date_word_left_out_a_korean_past_ended(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


@pytest.mark.parametrize("sentence, date, verb, title", [
    # no topic before the clause: as it was
    ("これに先立ち北朝鮮の国営メディアは長い声明を出して、9月9日、5回目の核実験に成功したと主張した。", "9月9日", "主張",
     "5回目の核実験に成功したと主張した"),
    ("翌年の会議は3月3日に開かれた", "3月3日", "開か", "翌年の会議は開かれた"),  # "翌" of another word
    ("이에 정부는 2019년 8월 22일 한일 군사정보보호협정 종료를 결정했다", "2019년 8월 22일", "결정",
     "정부는 한일 군사정보보호협정 종료를 결정했다"),
    ("The council met on Tuesday and set the budget.", "on Tuesday", "met", "The council met and set the budget"),
])
def test_titles_these_rules_must_leave_as_they_were(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


_NEW_PATTERNS = [title_tense.tells_nothing_past, title_worth._SAYING_OF_WHAT_HAD_BEEN.match,
                 title_worth._POINTS_BACK_LATER.match, title_worth._POINTING_OBJECT.search,
                 title_worth._INFINITIVE.match, title_worth._UNFINISHED_CLAUSE.search,
                 event_titles._KOREAN_JOINED_PAST.search, title_date_words._CJK_BEFORE_DATE.search,
                 title_date_words.CJK_PARTICLE.match, title_clause._TOPIC.fullmatch, title_clause._LIST_ITEM.fullmatch,
                 lambda text: title_clause._cjk_clause(text, len(text) - 1)]


@pytest.mark.parametrize("text", [
    " " * 100_000, "said " * 20_000, "said the " * 11_000 + "had", "The three " * 10_000, "dissolved it " * 8_000,
    "To " * 33_000, "the of " * 16_000, "たが" * 50_000, "として" * 33_000, "했고" * 50_000, "翌" * 100_000,
    "지난 " * 33_000, "日本、" * 33_000 + "国は、署名した", "国は、" * 33_000, "\x00\x07" * 50_000,
], ids=lambda text: f"{text[:8]!r}x{len(text)}")
def test_the_new_rules_read_hostile_text_quickly(text):
    for read in _NEW_PATTERNS:
        assert_runs_quickly(lambda: read(text), what=read)
