"""Issue 13's fifty-ninth intake round, on texts of our own: the odd half of `holdout79` (the press of China, Taiwan,
Hong Kong and Russia). The unknowns, dates first: a lead naming today's full date and weekday (a Filipino state
broadcaster's "ngayong araw, Martes, ika-12 ng Hulyo 2016"); then outlets: a copyright line whose holder's initials
are glued after its name, Interfax's dateline naming it by its address, a Taiwanese portal's line crediting the
wire's dispatch, a Chinese site's "compiled by" line, a Hong Kong site's note of a reprint with the original's
authorisation, and outlets named as their pages print them. Then furniture: a forum's marks against copying about
its address or name, Chinese editors' lines, a related-stories heading, "TOP" and a Taiwanese site's pitches. A
positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

ZH_STORY = ("当局表示,救援人员彻夜工作,事故原因仍在调查之中,更多细节将于下周公布。附近居民已被安排到临时安置点,"
            "交通在数小时后恢复正常。\n\n")
ZH_HANT_STORY = ("當局表示,救援人員徹夜工作,事故原因仍在調查之中,更多細節將於下週公布。附近居民已被安排到臨時安置點,"
                 "交通在數小時後恢復正常。\n\n")
RU_STORY = ("Спасатели работали всю ночь, причины происшествия пока не установлены, подробности обещали сообщить "
            "на следующей неделе.\n\n")
TL_STORY = ("Nagtrabaho ang mga rescuer buong magdamag at inaalam pa ang sanhi ng insidente, ayon sa mga awtoridad "
            "na magbibigay ng karagdagang detalye sa susunod na linggo.\n\n")
EN_STORY = ("Rescue teams worked through the night and the cause of the accident is still unknown, officials said, "
            "adding that more details would be released next week.\n\n")


def test_a_lead_naming_todays_full_date_and_weekday_is_dated():
    lead = "Sinabi ngayong araw, Biyernes, ika-7 ng Mayo 2021, ng pamahalaan na ligtas na ang lungsod.\n\n"
    assert date_of(f"{lead}{TL_STORY * 2}") == "2021-05-07"
    assert date_of(f"Floods hit the city\n\nThe mayor said today, Friday, 7 May 2021, that the city is safe.\n\n"
                   f"{EN_STORY * 2}") == "2021-05-07"
    # a weekday that day was not is no date of the page's; nor a full date not named as today
    assert date_of(f"{lead.replace('Biyernes', 'Lunes')}{TL_STORY * 2}") is None
    assert date_of(f"Sinabi ng pamahalaan na nangyari ito noong ika-7 ng Mayo 2021.\n\n{TL_STORY * 2}") is None


CRI_NOTICE = "© China Radio International.CRI. All Rights Reserved. 16A Shijingshan Road, Beijing |"
CRUMBS, STAMP = "新疆都市报 > 新闻 > 国际新闻 >\n\n国际 城市遭洪水袭击 居民已被安排到临时安置点", "发布时间:2021-05-07 10:16来源: 未知"


@pytest.mark.parametrize("raw, outlet", [
    # a copyright holder's initials glued after its name are its own; other letters leave the line as it read
    (f"洪水が市を襲う\n\n{ZH_STORY * 3}{CRI_NOTICE}\n", "China Radio International"),
    (f"洪水が市を襲う\n\n{ZH_STORY * 3}{CRI_NOTICE.replace('.CRI.', '.XYZ.')}\n", None),
    # Interfax's dateline names it by its address; an address no listed outlet has names none
    (f"Наводнение в городе\n\nМосква. 7 мая. INTERFAX.RU - {RU_STORY * 2}", "Interfax"),
    (f"Наводнение в городе\n\nМосква. 7 мая. GOROD-NOVOSTI.RU - {RU_STORY * 2}", None),
    # a wire's dispatch or a site's compilation on a line of its own; a desk before the slash names none
    (f"城市遭洪水侵襲\n\n中央社／ 東京7日綜合外電報導\n\n{ZH_HANT_STORY * 3}", "Central News Agency"),
    (f"城市遭洪水袭击\n\n时讯\n\n看看新闻Knews综合\n\n{ZH_STORY * 3}", "看看新闻"),
    (f"城市遭洪水侵襲\n\n國際中心／ 東京7日綜合外電報導\n\n{ZH_HANT_STORY * 3}", None),
    (f"城市遭洪水袭击\n\n国际综合\n\n{ZH_STORY * 3}", None),
    # a reprint with the original's authorisation credits a listed original
    (f"城市遭洪水侵襲\n\n{ZH_HANT_STORY * 3}本文獲《聯合早報》授權轉載\n", "Lianhe Zaobao"),
    (f"城市遭洪水侵襲\n\n{ZH_HANT_STORY * 3}本文獲《城南週報》授權轉載\n", None),
    # a paper now listed, named first in its breadcrumb
    (f"{CRUMBS}\n\n{STAMP}\n\n{ZH_STORY * 3}", "Xinjiang Metropolis Daily"),
], ids=["initials", "other-letters", "interfax", "unlisted-address", "dispatch", "compiled", "desk-dispatch",
        "desk-compiled", "reprint", "unlisted-reprint", "breadcrumb"])
def test_outlets_named_as_these_pages_print_them(raw, outlet):
    assert outlet_of(raw) == outlet


def paragraphs_of(raw: str) -> str:
    return "\n".join(clean_page(raw).paragraphs)


def test_a_forums_marks_about_its_address_or_name_are_furniture():
    marks = ("7 K2 p# x; W& d. @203.0.113.7- m! ?, r& Q% B+ z C", "- g: e; M8 ^7 b% }# v q論壇之家")
    kept = paragraphs_of(f"城市遭洪水侵襲\n\n{ZH_HANT_STORY}{marks[0]}\n\n{ZH_HANT_STORY}{marks[1]}\n\n{ZH_HANT_STORY}")
    assert marks[0] not in kept and marks[1] not in kept
    # a sentence the marks run into stays
    glued = "% C: y, `0 _' J5 F# L% 當局表示,救援人員徹夜工作,事故原因仍在調查之中,更多細節將於下週公布。"
    assert glued in paragraphs_of(f"城市遭洪水侵襲\n\n{ZH_HANT_STORY}{glued}\n\n{ZH_HANT_STORY}")


def test_editors_lines_related_headings_and_a_sites_pitches_are_furniture():
    lines = ("(编辑:王小明)", "(責任編輯:林小華)", "林小華/核稿編輯", "相关推荐 更多精彩内容", "TOP",
             "現在用APP看新聞  點我下載APP  按我看活動辦法", "看更多!請加入城南日報粉絲團")
    kept = paragraphs_of("城市遭洪水侵襲\n\n" + ZH_HANT_STORY * 2 + "\n".join(lines) + "\n")
    assert not any(line in kept for line in lines)
    # a sentence opening on an editor's note stays
    sentence = "(编辑:王小明)当局表示,救援人员彻夜工作,事故原因仍在调查之中。"
    assert sentence in paragraphs_of(f"城市遭洪水袭击\n\n{ZH_STORY}{sentence}\n\n{ZH_STORY}")

