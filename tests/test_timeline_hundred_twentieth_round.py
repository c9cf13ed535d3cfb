"""Timeline round 120: the pact told in passing by analysis and retellings. English: the pact in place since a year,
or begun then, is its taking effect ("The agreement, in place since 2016, lets ...", "The military agreement began in
2016"), not talks on it that began, not another pact's. Korean: the native verb's finite past with the pact its object
("2016년 11월 23일 이 협정을 맺었다"), or its past adnominal before a cause ("협정을 맺은 탓에"); not on a condition, denied,
planned, nor with a partner other than Japan. Japanese: the initialling reached or done ("仮署名までこぎ着けた", "仮署名済み");
not wished for, expected, or 2012's signing nearly reached. Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.happening_words import EN_IN_PLACE_OR_BEGUN
from corpus.happening_words_retold import _JA_INITIALLING_REACHED, _KO_PACT_CONCLUDED
from tests.hostile_timing import assert_each_reads_quickly
from tests.test_timeline_hundred_fourth_round import _linked

EFFECT = "takes-effect"
SIGNING = "signing"
INITIALLING = "tentative-agreement"
PACT = "the General Security of Military Information Agreement (GSOMIA)"


# For each event: the sentences that link it on a page of the date given, then those that do not.
CASES = {
    EFFECT: ({
        "Abe said Seoul's decision to drop a military intelligence-sharing deal erodes trust. "
        "The military agreement began in 2016.": "2019-08-24",
        "The military intelligence pact between Seoul and Tokyo began in 2016.": "2019-11-05",
        f"Milley urged Seoul to stay in {PACT}. The agreement, in place since 2016, lets Seoul and Tokyo share "
        "intelligence directly.": "2019-11-15",
        f"{PACT.capitalize()}, which has been in place since November 2016, runs a year at a time.": "2019-10-01",
    }, {
        # 2012's collapse: talks that began
        "Talks on the military intelligence pact with Japan began in 2012 but collapsed in June.": "2016-11-30",
        "The talks on the military intelligence pact with Japan began in 2012.": "2016-11-30",
        # another pact; a page before the event
        "The currency swap agreement, in place since 2016, expired; the GSOMIA is next.": "2019-08-24",
        "The sanctions, in place since 2016, bite, and the intelligence pact with Japan may go.": "2019-08-24",
        "The military intelligence pact with Japan began in 2016.": "2016-06-01",
    }),
    SIGNING: ({
        "지소미아는 두 나라가 군사 기밀을 나눌 수 있게 하는 협정이다. 한국과 일본은 2016년 11월 23일 이 협정을 맺었다.": "2019-08-22",
        "한국과 일본이 '군사비밀정보보호협정', 줄여서 'GSOMIA'를 맺었다는 소식에 논란이 일고 있다.": "2016-11-30",
        "한국 정부는 일본 정부와 군사정보보호협정을 맺었다.": "2016-11-25",
    }, {
        # another partner, other pacts; a condition, a plan, a quoted denial
        "한국은 미국과 군사정보보호협정을 맺었다.": "2016-11-25",
        "한국은 러시아와도 군사정보보호협정을 맺었다.": "2016-11-25",
        "우리 정부도 이미 32개국과 군사비밀정보보호협정이나 약정을 맺었고, 일본과는 체결을 추진 중이다.": "2016-11-25",
        "한국과 일본이 군사정보보호협정을 맺었다면 정보 공유가 쉬워졌을 것이다.": "2016-11-30",
        "한국과 일본은 군사정보보호협정을 맺기로 했다.": "2016-11-30",
        "한국과 일본이 군사정보보호협정을 맺었다는 보도는 사실이 아니라고 국방부가 밝혔다.": "2016-11-25",
        "한국과 일본이 군사정보보호협정을 맺었다는 보도를 국방부가 부인했다.": "2016-11-25",
    }),
    INITIALLING: ({
        "【記者】きのう仮署名までこぎ着けた日韓GSOMIAについて、その意義をお聞かせください。": "2016-11-15",
        "韓日軍事情報包括保護協定(GSOMIA)はすでに仮署名済み。": "2016-11-22",
    }, {
        # 2012's signing nearly reached; a wish, a forecast, a plan
        "日韓の軍事情報包括保護協定(GSOMIA)は2012年6月に締結目前までこぎつけたが、韓国側が延期を求めた。": "2016-11-30",
        "日韓両政府は軍事情報包括保護協定(GSOMIA)の仮署名にこぎ着けたい考えだ。": "2016-11-15",
        "日韓両政府は軍事情報包括保護協定(GSOMIA)の仮署名にこぎつける見通しだ。": "2016-11-15",
        "日韓の軍事情報包括保護協定(GSOMIA)は来週仮署名済みとなる予定だ。": "2016-11-15",
    }),
}


@pytest.mark.parametrize("event", CASES)
def test_the_pact_told_in_passing_links_its_event_and_talks_other_pacts_plans_and_denials_do_not(event):
    linking, not_linking = CASES[event]
    assert [text for text, date in linking.items() if not _linked(text, date, event)] == []
    assert [text for text, date in not_linking.items() if _linked(text, date, event)] == []


def test_only_the_pact_as_subject_begins_or_is_in_place():
    began = in_place = re.compile("(?i)" + EN_IN_PLACE_OR_BEGUN)
    assert began.search("The intelligence agreement began in 2016.")
    assert in_place.search("The agreement, in place since 2016, lets")
    for text in ("The pact began to fray in 2019.", "Work on the pact began in 2011.", "It never began in 2016.",
                 "The pact would be in place by 2017.", "Efforts toward the deal started in 2012."):
        assert not began.search(text) and not in_place.search(text), text


HOSTILE_EN = ("the pact " * 11_000, "the military of key 2016 agreement " * 3_000, "the deal (x) with a and " * 4_000,
              "the pact, which has been in place since " * 2_500, "the pact began in back " * 4_000)
HOSTILE_CJK = ("협정을 맺" * 20_000, "군사정보보호협정을 맺었다는 보도" * 6_000, "일본과 " * 25_000, "협정" * 50_000,
               "仮署名まで" * 20_000, "仮署名済み" * 20_000)


def test_the_wordings_read_hostile_texts_quickly():
    english = [re.compile(PREFIX_I + EN_IN_PLACE_OR_BEGUN)]
    for text in HOSTILE_EN:
        assert_each_reads_quickly(english, text)
    for text in HOSTILE_CJK:
        cjk = [re.compile(PREFIX_I + _KO_PACT_CONCLUDED), re.compile(_JA_INITIALLING_REACHED)]
        assert_each_reads_quickly(cjk, text)


PREFIX_I = r"(?i)(?<![\w-])"
