"""Issue 13's eighty-sixth intake round, on texts of our own: a credit closing the story in brackets with its day or
time ("(CCTV August 31, 2009)", "(毎日新聞 8月31日2時18分)", "[ 6/28 17:51 NEWS24]", "(dpa, 22.11.2016)") and a Korean
story's bracketed credit after its last sentence ("…안치됐다.(연합뉴스)") name the page's outlet. A positive failed
before the round; a negative beside it keeps what must not change: a stamp naming no outlet, an unlisted name, a
picture's caption, a quoted paper's credit with the quotation going on under it, a picture's "(사진=연합뉴스)"."""

from __future__ import annotations

import pytest

from corpus.intake.east_asian_credits import east_asian_closing
from corpus.intake.outlets import outlets
from corpus.intake.stamped_credits import stamped_closing_credit
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

HEADLINE = "Flood barrier on the river to be finished next year\n\n"
STORY = ("The city said on Tuesday that work on the river's flood barrier had begun and should end by next "
         "March, with a new plan for moving residents out of the low streets.\n\n"
         "Residents asked the city to publish the route of the works early and to pay the shops that lose "
         "trade while the riverside paths are closed.\n\n") * 3
LAST = "The council will vote on the second stage of the works in the spring."
JA_HEADLINE = "堤防の補強工事始まる\n\n"
JA_STORY = ("市は15日、川の堤防の補強工事を始めたと発表した。工事は来年3月に終わる見込みで、低い土地に住む人の避難計画も"
            "見直すという。\n\n商店街は工事中の売り上げの減少を補うよう市に求めている。\n\n") * 3
JA_LAST = "市議会は春に第2期の工事について採決する見通し。"
QUOTED = ("市は20日、堤防の補強工事を始めると発表した。完成は来年3月の見込み。\n\n"
          "地元の商店街は、工事中の売り上げの減少を補うよう市に求めている。\n")
KO_HEADLINE = "강둑 보강 공사 시작\n\n"
KO_STORY = ("시는 15일 강둑 보강 공사를 시작했다고 밝혔다. 공사는 내년 3월에 끝날 예정이며 저지대 주민의 대피 계획도 "
            "다시 짜기로 했다.\n\n상인들은 공사 기간의 매출 감소를 보상해 달라고 시에 요구했다.\n\n") * 3
KO_LAST = "시의회는 봄에 2단계 공사를 표결에 부칠 예정이다."

STAMPED = [  # the outlet and its stamp closing the story, in a paragraph of its own or after the last sentence
    (f"{HEADLINE}{STORY}{LAST}\n\n(CCTV August 31, 2009)\n", "CGTN"),
    (f"{HEADLINE}{STORY}{LAST} (Reuters, 12:03)\n", "Reuters"),
    (f"{JA_HEADLINE}{JA_STORY}{JA_LAST}(毎日新聞 8月31日2時18分)\n", "The Mainichi"),
    (f"{JA_HEADLINE}{JA_STORY}{JA_LAST}[ 6/28 17:51 NEWS24]\n", "News24"),
    (f"{HEADLINE}{STORY}{LAST} (dpa, 22.11.2016)\n", "Deutsche Presse-Agentur"),
]


@pytest.mark.parametrize(("page", "outlet"), STAMPED)
def test_a_listed_outlet_closing_the_story_with_its_day_or_time_names_the_outlet(page, outlet):
    assert described(page)["outlet"] == outlet


NOT_CREDITS = [
    f"{HEADLINE}{STORY}{LAST} (Published Wednesday, Oct. 29, 2014)\n",  # a stamp of the page's own, no outlet
    f"{HEADLINE}{STORY}{LAST}\n\n(Geneva, 4th July 2012)\n",  # a place and a day
    f"{HEADLINE}{STORY}{LAST} (Harbor Daily, 22.11.2016)\n",  # an outlet the list does not hold
    f"{HEADLINE}{STORY}{LAST} (APA, 22.11.2016)\n",  # initials of two agencies, Austria's and Africa's: unlisted
    f"{HEADLINE}{STORY}{LAST} (Reuters 2016)\n",  # a year alone is no stamp of filing, and no name with it
    f"{HEADLINE}{STORY}{LAST} (Harbor Daily 2016)\n",  # an unlisted name and a year: read whole before the round
    f"{HEADLINE}{STORY}Workers lay sandbags by the river in this photo taken on Nov. 22, 2016. (Reuters, 12:03)\n",
    f"{HEADLINE}{STORY}The mayor said the works would go on (Reuters, 12:03) until the spring, come what may\n",
    # a blog quoting a paper: its credit under the quoted title, the quotation going on under it
    f"{JA_HEADLINE}{JA_STORY}堤防工事:市が着工を発表\n\n(朝日新聞 2012/04/20)\n\n{QUOTED}",
    # a Korean story's brackets after its last sentence
    f"{KO_HEADLINE}{KO_STORY}{KO_LAST}(사진=연합뉴스)\n",  # a picture's credit
    f"{KO_HEADLINE}{KO_STORY}{KO_LAST}(강변일보)\n",  # a name the list does not hold
    f"{KO_HEADLINE}{KO_STORY}{KO_LAST}(종합)\n",  # a word, "(compiled)"
]


@pytest.mark.parametrize("page", NOT_CREDITS)
def test_a_closing_bracket_naming_no_listed_outlet_names_none(page):
    assert described(page)["outlet"] is None


def test_the_stamp_must_be_a_day_or_a_time_and_the_bracket_must_close_the_paragraph():
    directory = outlets()
    assert stamped_closing_credit("The works end in March. (Reuters, 12:03)", directory) == "Reuters"
    assert stamped_closing_credit("The works end in March. (Reuters, 2)", directory) is None
    assert stamped_closing_credit("The works end in March. (Reuters, 12:03) More", directory) is None
    assert stamped_closing_credit("The works end in March (Reuters, 12:03)", directory) is None  # no stop before


def test_a_korean_storys_bracketed_credit_after_its_last_sentence_names_the_outlet():
    assert described(f"{KO_HEADLINE}{KO_STORY}{KO_LAST}(연합뉴스)\n")["outlet"] == "Yonhap"


HOSTILE = [
    " " * 50_000,
    "(" * 20_000,
    "。(" + "毎日新聞 " * 20_000 + "8月31日)",
    ". (" + "Reuters, 12:03 " * 20_000 + ")",
    ". (" + "1 " * 25_000 + "Reuters)",
    "다.(" + "연합뉴스 " * 20_000 + ")",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_closing_credits_read_hostile_text_quickly(text):
    directory = outlets()

    def read() -> None:
        stamped_closing_credit(text, directory)
        east_asian_closing(text, directory)
    assert_runs_quickly(read)
