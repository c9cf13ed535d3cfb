"""Issue 13's sixty-first intake round, on texts of our own: the even halves of `holdout78` (Korean and Japanese
portals and reposts) and `holdout79` (the press of China, Taiwan, Hong Kong and Russia). The wrong outlets first: an
advertisement's "(PR)" and a video's "(HD)" are no dateline's credit, and a Russian page's source line beside its
stamp names the outlet (a title's "— Kyodo" is the story's source); then the dates: that stamp, its order decided by
the Cyrillic words beside it, and "2016-July-12"; then the outlets: a byline's "Source:" beside a slashed date, udn's
"聯合報／ 編譯…／即時報導", "<outlet> reporter X & Y", Yonhap's full credit inside a portal's digest, sites now listed;
then furniture of blogs, portals and ads. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

import pytest

from corpus.intake.site_widgets import is_site_widget
from tests.test_intake_fifty_ninth_round import EN_STORY, RU_STORY, ZH_HANT_STORY
from tests.test_intake_fifty_second_round import date_of
from tests.test_intake_sixtieth_round import JA_STORY, TITLE
from tests.test_metadata_outlets import outlet_of

EN_TITLE = "Floods hit the river towns\n\n"
RU_TITLE = "Наводнение затопило прибрежные города\n\n"
KO_DIGEST = ("thumbnail\n\n'홍수 피해' 복구 첫날…\"주민들 많이 지쳐\" \"지원 대상은 모두 120가구\" {credit} \"둑이 무너진 뒤 "
             "마을 전체가 물에 잠겼습니다.\" 시 당국은 복구 작업을 밤새 이어갔다고 밝혔 ...\n")


@pytest.mark.parametrize("raw, outlet", [
    # an advertisement's sponsor and a video's resolution in brackets: no dateline's credit
    (f"{TITLE}{JA_STORY * 2}株で勝つ方法が話題に…\n(PR)カブ研究所\n{JA_STORY}", None),
    (f"{EN_TITLE}{EN_STORY * 2}Popular posts from this blog\n\nRiverview (HD) - 80 Pictures --> Free\n", None),
    # a wire's credit in brackets still is one
    (f"{EN_TITLE}RIVERTON (AP) — {EN_STORY * 2}", "Associated Press"),
    # a Russian page's source line beside its stamp, over the title's "— Kyodo" (the story's source)
    (f"Корабль прошёл вблизи островов — Kyodo\n10:00 04.07.2022 Источник: Информационное агентство России "
     f"\"ТАСС\"\n{RU_STORY * 2}", "TASS"),
    (f"Корабль прошёл вблизи островов — Kyodo\n10:00 04.07.2022\n{RU_STORY * 2}", "Kyodo News"),
])
def test_wrong_outlets_of_the_round(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw, date", [
    # the Russian stamp: Cyrillic words on its line say the day comes first
    (f"{RU_TITLE}10:00 04.07.2022 Источник: Информационное агентство России \"ТАСС\"\n{RU_STORY * 2}", "2022-07-04"),
    (f"{RU_TITLE}04.07.2022 Источник: ТАСС\n{RU_STORY * 2}", "2022-07-04"),
    # the same numbers in English, between slashes, say nothing of their order (in dots with a four-digit year, the
    # day comes first since round 98)
    (f"{EN_TITLE}04/07/2022 Source: TASS\n{EN_STORY * 2}", None),
    # the year, the month's name and the day between hyphens
    (f"CHINAHOY\n\nHOME\n\n2016-July-12\n\n{EN_TITLE}{EN_STORY * 2}", "2016-07-12"),
    (f"CHINAHOY\n\nHOME\n\n2016-July-32\n\n{EN_TITLE}{EN_STORY * 2}", None),
])
def test_dates_of_the_round(raw, date):
    assert date_of(raw) == date, raw[:80]  # (the page's opening, for the failure's message)


@pytest.mark.parametrize("raw, outlet", [
    # a byline's "Source:" beside a date printed with slashes (the slashes separate no items)
    (f"{EN_TITLE}By Riverside Law Society Source:People's Daily Online Published: 2016/6/13 17:29:17\n\n"
     f"{EN_STORY * 2}", "People's Daily"),
    (f"{EN_TITLE}By Riverside Law Society Source:Riverside Bulletin Published: 2016/6/13 17:29:17\n\n"
     f"{EN_STORY * 2}", None),
    # udn's byline: the paper, its translator or reporter, "breaking report"; an unlisted paper names none
    (f"快訊\n\n河岸城鎮遭洪水侵襲\n\n聯合報／ 編譯王小明／即時報導\n{ZH_HANT_STORY * 2}", "United Daily News"),
    (f"快訊\n\n河岸城鎮遭洪水侵襲\n\n山川報／ 編譯王小明／即時報導\n{ZH_HANT_STORY * 2}", None),
    # an outlet's reporter and a colleague, "By" left out; an unlisted name is none
    (f"{EN_TITLE}AsiaToday reporter Kim Min-su & Tokyo correspondent Lee Ji-eun\n{EN_STORY * 2}", "Asia Today"),
    (f"{EN_TITLE}Riverside reporter Kim Min-su & Tokyo correspondent Lee Ji-eun\n{EN_STORY * 2}", None),
    # Yonhap's full credit, its reporter and "=", inside a portal's digest; a picture's credit is none
    (KO_DIGEST.format(credit="(서울=연합뉴스) 김민수 기자 ="), "Yonhap"),
    (KO_DIGEST.format(credit="(사진=연합뉴스) 김민수 기자 ="), None),
    # the wire's picture, its caption marked, on another paper's page: no credit of the page's
    ("홍수 피해 복구 첫날\n▲ 물에 잠긴 마을     (서울=연합뉴스) 김민수 기자 = 22일 오전 마을이 물에 잠겨 있다. 2019.11.22 "
     f"(끝)\n{KO_DIGEST.format(credit='')}", None),
    # a blog's citation in brackets with its date: the source it cites, not the blog
    (f"{TITLE}{JA_STORY * 2}(朝鮮日報 2012/04/20)\n\n{JA_STORY}", None),
    # sites now listed
    (f"芋傳媒 TaroNews - 台灣觀點\n\n河岸城鎮遭洪水侵襲\n\n{ZH_HANT_STORY * 3}", "TaroNews"),
    (f"{TITLE}{JA_STORY * 3}Copyrights(C)wowkorea.jp 3\n", "WoW!Korea"),
    (f"{TITLE}2019年8月20日 Recordチャイナ, ニュース , , ,\n\n{JA_STORY * 3}", "Record China"),
])
def test_outlets_of_the_round(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("line, widget", [
    ("Popular posts from this blog", True),
    ("Recommended by", True),
    ("(PR)カブ研究所", True),
    ("そのほかの記事", True),
    ("続き読む", True),
    ("川辺ニュースカテゴリの最新記事", True),
    ("RIVER TIMES 関連記事", True),
    ("河川の氾濫で住民が避難 続きを本紙で読む 》", True),
    ("このエントリーをはてなブックマークに追加 mixiチェック", True),
    ("▼記事によると…", True),
    ("▼ネット上のコメント", True),
    ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。", True),
    # the story's words stay
    ("(PR)活動について市は説明を続けた。市民の関心は高く、説明会には多くの人が集まったという話が広がり、議論が続いている。", False),
    ("記事によると、市は7日に避難指示を出した。", False),
    ("Popular posts were shared widely after the floods.", False),
])
def test_furniture_of_blogs_portals_and_ads(line, widget):
    assert is_site_widget(line) is widget
