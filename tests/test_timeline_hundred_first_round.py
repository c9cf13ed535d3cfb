"""Round 101 (issue 14): a proposed event's title the room cut a word before its phrase's end runs to that end ("…
adopted the Paris accord", not "… adopted the Paris…"); a subject elided for the room names everyone with their
offices left out instead ("Jon Hale and Mia Roe signed", not "Governor Jon Hale and … signed"); what only served a
date taken out goes with it: the end of a span it began ("from May 2019 [to March 2020]"), a Chinese "at" before it
("在"), a Korean particle after it ("에"). A Chinese, Japanese or Korean title still holding a date once its own is
taken out runs in another day's clause and is not proposed. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import event_titles, title_cjk_chains, title_cuts, title_date_words
from index import title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("On Saturday envoys of the 150 member states of the fisheries convention adopted the Halden accord, with two "
     "members abstaining.", "On Saturday", "adopted",
     "Envoys of the 150 member states of the fisheries convention adopted the Halden accord"),
    ("On Monday a Mistral-class frigate of the navy pointed its long-range target-tracking sonar at a small "
     "research vessel of the coast guard in the strait.", "On Monday", "pointed",
     "A Mistral-class frigate of the navy pointed its long-range target-tracking sonar\u2026"),
    ("For a third day Friday, villagers dug through the mud of their valley to reach the buried and free "
     "survivors, while helicopters dropped food and water.", "Friday", "dug",
     "Villagers dug through the mud of their valley to reach the buried and free survivors"),
    ("On Monday, Heyerdahl2 left Orsa with samples from both the comet's outer surface and its interior. The "
     "mothership then turned.", "On Monday", "left",
     "Heyerdahl2 left Orsa with samples from both the comet's outer surface and its interior"),
])
def test_a_phrase_the_room_breaks_a_word_before_its_end_runs_to_it(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # its end is more than a word or two past the room: cut as before
    ("On Saturday envoys of the 150 member states of the fisheries convention adopted the Halden regional "
     "fisheries and whaling accord after a long night of talks.", "On Saturday", "adopted",
     "Envoys of the 150 member states of the fisheries convention adopted the Halden\u2026"),
    # a quotation the room breaks still goes whole
    ('Members of the ruling coalition of the northern province on Friday called the proposed harbour levy '
     '"an unfair burden on the fishing towns" in a joint letter.', "on Friday", "called",
     "Members of the ruling coalition of the northern province called the proposed\u2026"),
])
def test_a_phrase_ending_further_past_the_room_is_cut_as_before(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("text", "verb", "title"), [
    # the word reached opens a phrase of its own: a participle, a verb, a verb's particle
    ("The new ministry removed Westland from its list of trusted trading partners entitled to simpler export "
     "procedures", "removed", "The new ministry removed Westland from its list of trusted trading partners\u2026"),
    ("The plant by the bay was wrecked when a tsunami set off by a magnitude 8.8 shock swept over its walls and "
     "gates", "wrecked", "The plant by the bay was wrecked when a tsunami set off by a magnitude 8.8\u2026"),
    ("The two defence chiefs of Norland and Westland agreed to put their joint network back on a normal footing",
     "agreed", "The two defence chiefs of Norland and Westland agreed to put their joint\u2026"),
])
def test_a_word_reached_that_opens_a_phrase_of_its_own_is_not_taken(text, verb, title):
    assert title_cuts.shortened(text, text.index(verb) + len(verb)) == title


def test_a_title_within_the_room_is_not_lengthened():
    sentence = "The council adopted the Halden accord on Saturday, with two members abstaining at a late session."
    assert titled(sentence, "on Saturday", "adopted") == "The council adopted the Halden accord"


def test_an_elided_subject_names_everyone_with_offices_left_out():
    sentence = ("BRESTA, May 3 (AFP): Westland President Jonathan Hale and Eastland Prime Minister Mia Roe signed a "
                '"long-term partnership treaty" after their talks in Bresta on Tuesday, state media said.')
    title = 'Jonathan Hale and Mia Roe signed a "long-term partnership treaty"'
    assert titled(sentence, "on Tuesday", "signed") == title


def test_a_leader_named_by_the_office_is_named_without_it():
    sentence = ("Westland President Jonathan Hale and North Korean leader Kim Jong Un signed a mutual defence "
                "treaty of twenty articles in Pyongyang on Wednesday after long talks.")
    assert titled(sentence, "on Wednesday", "signed").startswith("Jonathan Hale and Kim Jong Un signed")


def test_offices_stay_when_the_subject_needs_no_elision():
    sentence = "Westland President Jonathan Hale and Eastland leader Mia Roe met in Bresta on Tuesday."
    title = "Westland President Jonathan Hale and Eastland leader Mia Roe met in Bresta"
    assert titled(sentence, "on Tuesday", "met") == title


def test_offices_are_not_dropped_when_the_subject_is_elided_still():
    sentence = ("The chairman of the regional assembly of the three northern provinces and President Jonathan Hale "
                "signed a long-term partnership treaty on Tuesday in Bresta after talks.")
    title = titled(sentence, "on Tuesday", "signed")
    assert "President" in title or " \u2026 " in title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("Police said Park worked with 12 accomplices from May 2019 to March 2020 to defraud 40 pensioners.",
     "May 2019", "worked", "Park worked with 12 accomplices to defraud 40 pensioners"),
    ("The ferry ran from Jan. 2018 through Dec. 4, 2019 on the northern route.", "Jan. 2018", "ran",
     "The ferry ran on the northern route"),
    ("該國在2016年9月9日進行了第五次核試驗。", "2016年9月9日", "進行了", "該國進行了第五次核試驗"),
    ("양국 정부가 석 달 전인 3월 말에 이미 협정안에 서명했다.", "3월 말", "서명했다", "양국 정부가 석 달 전인 이미 협정안에 서명했다"),
])
def test_what_only_served_the_date_goes_with_it(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "kept"), [
    # a span's end not after "from": the date's own object ("extended in August to March 2021")
    ("The ministry extended the deal in August to March 2021 for the northern ports.", "in August", "extended",
     "to March 2021"),
    # "現在" (now) and "存在" are no "at"
    ("該國現在2016年9月進行了試驗。", "2016年9月", "進行了", "現"),
    # a Korean word that only begins with the particle's letter stays ("에너지", energy)
    ("정부는 3월 말 에너지 요금을 올렸다.", "3월 말", "올렸다", "에너지"),
])
def test_words_not_the_date_s_stay(sentence, date, verb, kept):
    assert kept in titled(sentence, date, verb)


_HOSTILE = [
    "a " * 50_000,
    "from " * 20_000 + "May 2019",
    " to May " * 12_000,
    "在" * 100_000,
    "에 " * 50_000,
    "The " + "fire-control " * 8_000 + "radar",
    ", " * 50_000,
]


@pytest.mark.parametrize("text", _HOSTILE, ids=lambda text: text[:10])
def test_the_new_rules_read_hostile_text_quickly(text):
    assert_each_reads_quickly([title_cuts._PHRASE_END, title_date_words._SPAN_S_END, title_date_words._FROM_BEFORE,
                               title_date_words._KOREAN_PARTICLE, title_date_words._CJK_BEFORE_DATE], text)
    assert_runs_quickly(lambda: title_cuts.shortened(text, 4), what="shortened")
    assert_runs_quickly(lambda: event_titles.event_title(text, (0, 4), (5, 9)), what="event_title", limit=0.3)


@pytest.mark.parametrize("title", [
    "정부는 3월 협정 종료를 통보했다가 11월 통보의 효력을 정지시켰다",
    "政府は協定の終了を通知しましたが、11月にその通知の効力を停止しました",
    "미사일을 쏜 북한은 그해 10월 9일 첫 핵실험을 했다",
    "该国签署了协议,此后将9月3日定为纪念日",
])
def test_a_cjk_title_holding_another_date_is_not_proposed(title):
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "2日間の日程で訪日した大統領は首脳会談で協定の正常化を宣言した",  # a span of days
    "북한이 사흘째 미사일을 발사했다",
    "협정은 1년마다 연장됐다",  # every year
    "北韩突然宣称试爆氢弹",
    "The two navies held drills 3 days after the 12 May launch",  # not a CJK date
])
def test_a_title_holding_no_other_cjk_date_stays_proposed(title):
    assert worth_proposing(title, None, title)


def test_the_cjk_date_check_reads_hostile_text_quickly():
    for text in ("1" * 100_000, "1일" * 50_000, "12345년" * 20_000, "그" * 100_000):
        assert_each_reads_quickly([title_worth._ANOTHER_CJK_DATE], text)


@pytest.mark.parametrize(("sentence", "date", "title"), [
    ("이 협정은 2012년 5월 2일 체결됐으며, 정부는 지난해 3월 처음으로 연장했다.", "2012년 5월 2일", "이 협정은 체결됐다"),
    ("이 협정은 2012년 5월 2일 체결됐으며, 정부는 2019년 3월 처음으로 연장했다.", "2019년 3월", "정부는 처음으로 연장했다"),
    ("해군은 2006년 7월 첫 훈련을 했고, 2009년 4월 두 번째 훈련을 했다.", "2009년 4월", "두 번째 훈련을 했다"),
    ("해군은 2006년 7월 훈련을 통보했다가 2009년 4월 훈련을 취소했다.", "2006년 7월", "해군은 훈련을 통보했다"),
    ("政府は8月に協定の終了を通知しましたが、11月にその通知の効力を停止しました。", "11月", "その通知の効力を停止しました"),
])
def test_a_chain_of_clauses_of_their_own_dates_gives_the_date_s_clause(sentence, date, title):
    assert titled_by_its_date(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date"), [
    ("해군은 2009년 4월 오전에 훈련을 했고, 오후에 미사일을 쐈다.", "2009년 4월"),  # one date: one day's two deeds
    ("해군은 2009년 4월 사흘째 훈련을 했고, 이틀간 항구에 머물렀다.", "2009년 4월"),  # spans of days, no date
    ("北朝鮮は9月9日午前に核実験を強行し、午後にミサイルを撃った。", "9月9日"),
])
def test_a_chain_with_no_other_date_stays_whole(sentence, date):
    at = sentence.index(date)
    assert title_cjk_chains.dated_clause(sentence, (at, at + len(date)), None)[0] == sentence


def titled_by_its_date(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return event_titles.event_title(sentence, (at, at + len(date)))


def test_the_chain_s_reading_is_quick_on_hostile_text():
    for text in ("했고, " * 30_000, "했고, 1월 " * 15_000, "たが、" * 30_000, "1" * 100_000):
        assert_each_reads_quickly([title_cjk_chains._JOINT, title_cjk_chains._A_DATE], text)
        assert_runs_quickly(lambda: title_cjk_chains.dated_clause(text, (0, 1), (2, 3)), what="dated_clause")
