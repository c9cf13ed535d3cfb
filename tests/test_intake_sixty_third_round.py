"""Issue 13's sixty-third intake round, on texts of our own: the largest kinds of unknowns across the default sets,
by the form that defeats the intake, not by page. Outlets: a site's pitch for itself in forms and languages the
intake did not read (its subscription, its letter to readers, its links to its other stories by its address, its
call to keep reading it or to send tips, Japanese "read this article on …" and "… also posts on Twitter", Russian
"subscribe to …"); a Chinese byline tag in other forms ("文/…記者…專電", "(…讯)", "(…/… 綜合報導)"). Dates: a
date stamp with other fields run into it (its time glued to the year as copied, a Korean reporter's byline before
the "승인" stamp). A positive failed before the round; a negative beside it keeps
what must not change."""

from __future__ import annotations

import pytest

from tests.test_intake_fifty_ninth_round import EN_STORY
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

TITLE = "Floods close the river road\n\n"
JA_STORY = ("市当局によると、救助隊は夜通し作業を続けたが、事故の原因はまだ分かっていない。詳しいことは来週発表される"
            "予定で、近くの住民は一時的な避難所に移った。\n\n")
RU_STORY = ("По словам городских властей, спасатели работали всю ночь, а причина аварии пока не установлена. "
            "Подробности обещают сообщить на следующей неделе.\n\n")


PITCHES = [
    # its subscription, its letter to readers, its call for tips
    (f"{TITLE}{EN_STORY * 3}Unlimited access to all of NK News: reporting, investigations, analysis\n", "NK News"),
    (f"{TITLE}{EN_STORY * 3}Gain unlimited access to Janes news and more...\n", "Janes"),
    (f"{TITLE}{EN_STORY * 3}Subscribers have full unlimited access to FinanceAsia.\n", "FinanceAsia"),
    (f"{TITLE}{EN_STORY * 2}A Message from The Moscow Times:\n\nDear readers, we need your help.\n\n",
     "The Moscow Times"),
    (f"{TITLE}{EN_STORY * 3}Contact NK News reporters with tips or requests for reporting\n", "NK News"),
    # its links to its other stories by its address; its call to keep reading it, closing a paragraph
    (f"{TITLE}{EN_STORY}Also on rt.com Storm leaves thousands without power\n\n{EN_STORY * 2}", "RT"),
    (f"{TITLE}{EN_STORY * 2}Roads stay closed. Stay tuned with ibtimes.co.in for all the latest updates.\n\n",
     "International Business Times"),
    # Japanese: "read this article on Sputnik", "… also posts on Twitter"; Russian: "subscribe to RIA Novosti"
    (f"川沿いの道路が閉鎖\n\n{JA_STORY * 2}この記事をSputnikで読む\n\n{JA_STORY}", "Sputnik"),
    (f"川沿いの道路が閉鎖\n\n{JA_STORY * 3}ハフィントンポスト日本版はTwitterでも情報発信しています。\n", "HuffPost Japan"),
    (f"Дорогу закрыли\n\n{RU_STORY * 3}Подписаться на РИА Новости\n", "RIA Novosti"),
]


@pytest.mark.parametrize("raw, outlet", PITCHES)
def test_a_sites_pitch_for_itself_names_it(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    # an offer naming no site, an unlisted name, a sentence about another site's readers
    f"{TITLE}{EN_STORY * 3}Get unlimited access to all stories at $0.99/month\n",
    f"{TITLE}{EN_STORY * 3}Cancel anytime. No ads. Unlimited access to the web and app. Members rewards.\n",
    f"{TITLE}{EN_STORY * 3}Unlimited access to all of Harbour Gazette: reporting, analysis\n",
    f"{TITLE}{EN_STORY * 3}Also on harbourgazette.example Storm leaves thousands without power\n",
    f"{TITLE}{EN_STORY * 3}Officials said they would stay tuned to Reuters and other wires.\n",
    f"川沿いの道路が閉鎖\n\n{JA_STORY * 3}この記事は港町新報で読む人が多い。\n",
])
def test_other_lines_name_no_outlet(raw):
    assert outlet_of(raw) is None


def test_two_sites_pitching_themselves_name_neither():
    raw = f"{TITLE}{EN_STORY * 3}A Message from The Moscow Times:\n\nGain unlimited access to Janes news and more...\n"
    assert outlet_of(raw) is None


KO_STORY = "정부는 협정을 조건부로 연장하기로 했다고 밝혔다. 정부 관계자는 이같이 말하며 추가 협의가 필요하다고 덧붙였다.\n\n"


@pytest.mark.parametrize("stamp, day", [
    # a time glued to the year as copied
    ("Thu, Jan 3 201910:09 AM EST", "2019-01-03"),
    ("2019-11-0914:29 (IST)", "2019-11-09"),
    ("Posted: 12 March 202108.45", "2021-03-12"),
])
def test_a_date_line_with_its_time_glued_to_the_year_is_read(stamp, day):
    assert date_of(f"{TITLE}{stamp}\n\n{EN_STORY * 3}") == day


@pytest.mark.parametrize("stamp, day", [
    # a Korean reporter's byline before the "승인" stamp, its fields parted by bars or by "l"
    ("강재규 선임기자 승인 2019.11.22 18:10 | 최종 수정 2019.11.23 14:25 의견 0", "2019-11-22"),
    ("백종원 기자l승인2021.09.16l수정2021.09.16 13:08", "2021-09-16"),
])
def test_a_korean_byline_before_the_approval_stamp_is_read(stamp, day):
    assert date_of(f"협정 연장 결정\n\n{stamp}\n\n{KO_STORY * 3}") == day


@pytest.mark.parametrize("raw, day", [
    # other digits after a year are no time; a stamp already read stays as it was
    (f"{TITLE}Room 201912:30 to 13:00\n\n{EN_STORY * 3}", None),
    (f"{TITLE}Report No. 2019-11-091429\n\n{EN_STORY * 3}", None),
    (f"{TITLE}Thu, Jan 3 2019 10:09 AM EST\n\n{EN_STORY * 3}", "2019-01-03"),
    ("협정 연장 결정\n\n• 승인 2019.11.22 18:10\n\n" + KO_STORY * 3, "2019-11-22"),
    # a reporter's line without the stamp dates nothing
    ("협정 연장 결정\n\n강재규 선임기자 의견 0\n\n" + KO_STORY * 3, None),
])
def test_other_digits_and_stamps_as_before(raw, day):
    assert date_of(raw) == day


ZH_STORY = "市政府表示，救援人员彻夜工作，事故原因仍在调查中，详细情况将于下周公布。附近居民已暂时转移到避难所。\n\n"
ZH_TAGS = [
    # a Chinese byline tag in other forms: "text by" on a line of its own, "news from" in brackets, a desk's report
    (f"河岸道路封闭\n\n文/中央社記者王小明東京22日專電\n\n{ZH_STORY * 3}", "Central News Agency"),
    (f"河岸道路封闭\n\n(讯报马尼拉讯){ZH_STORY * 3}", "Xun Bao"),
    (f"河岸道路封闭\n\n(台灣英文新聞/國際組 綜合報導){ZH_STORY * 3}", "Taiwan News"),
    # this paper's own news, a reporter alone, an unlisted paper: none
    (f"河岸道路封闭\n\n(本报马尼拉讯){ZH_STORY * 3}", None),
    (f"河岸道路封闭\n\n文/記者王小明/台北報導\n\n{ZH_STORY * 3}", None),
    (f"河岸道路封闭\n\n(港城日报/国际组 综合报道){ZH_STORY * 3}", None),
]


@pytest.mark.parametrize("raw, outlet", ZH_TAGS)
def test_chinese_byline_tags_in_other_forms(raw, outlet):
    assert outlet_of(raw) == outlet
