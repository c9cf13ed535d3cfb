"""Issue 13's twenty-eighth intake round, on texts of our own: what the even halves of `holdout38`
and `holdout39` showed (and two forms left from the odd halves). A positive failed before the
round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.outlets import outlets
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

LEAD = ("The two governments agreed to sign the pact on military information within days, "
        "officials said, ending months of talks over its terms.")
MORE = "The foreign ministry said the text would be published once both cabinets had approved it."
KO_STORY = "양국 정부는 이날 협정 문안에 합의하고 다음 주 서명하기로 했다. 외교부는 구체적인 일정을 곧 발표한다고 밝혔다."
ZH_STORY = "昨天中午,數十名居民帶著鮮花來到港區的消防中隊,悼念在事故中犧牲的消防員。不少居民在照片前忍不住落淚。"
JA_STORY = ("午前2時45分ごろ、港湾地区の倉庫から火が出ていると119番があった。消防によると、"
            "倉庫の一部が焼け、作業員2人が軽いけがをした。")


def _page(*lines: str) -> str:
    return "\n".join(("Pact to be signed within days", *lines, LEAD, MORE)) + "\n"


# The Times of India's "This story is from <date>" atop its archive's stories

def test_this_story_is_from_a_date_dates_the_page():
    assert date_of(_page("This story is from January 9, 2024")) == "2024-01-09"
    assert date_of(_page("This story is from our reader in Seoul, who sent it January 9, 2024")) is None


# An icon's name glued to the date as copied: Material Icons' "today" ligature

def test_an_icons_name_glued_to_the_date_is_no_word_of_the_line():
    assert date_of(_page("todayJanuary 9, 2024 12")) == "2024-01-09"
    assert date_of(_page("holidayJanuary 9, 2024 12")) is None  # not an icon's name
    assert date_of(_page("events January 9, 2024 talks")) is None


# CNA's code closing the story: the editor, then the day in the Republic's years

def test_the_agencys_code_under_the_story_dates_it():
    page = "台鐵列車出事 有人受傷\n(中央社記者王小明花蓮縣2日電)" + ZH_STORY + "\n" + ZH_STORY + "(編輯:李大同)1100402\n"
    assert date_of(page) == "2021-04-02"
    assert date_of(page.replace("(編輯:李大同)1100402", "(編輯:李大同)")) is None
    assert date_of(page.replace("(編輯:李大同)1100402", "電話1100402")) is None  # no editor: a number
    assert date_of(page.replace("1100402", "0230402")) is None  # no year of the agency's


# A date line with its source after it, without a space after the colon

def test_a_source_after_the_date_and_time_names_the_outlet():
    assert outlet_of(_page("2017/11/14 16:15:19 Source:The New York Times")) == "The New York Times"
    assert outlet_of(_page("2017/11/14 16:15:19 Source: Ministry of Defense")) is None  # not an outlet's name


# A Korean copyright line with the holder's address in brackets

def test_a_korean_copyright_with_the_address_in_brackets_names_the_holder():
    page = "제천 화재 1명 숨져\n" + KO_STORY + "\n" + KO_STORY + "\n이관식기자\n\n© {}, 무단전재 및 수집, 재배포금지\n"
    assert outlet_of(page.format("경기일보(www.kyeonggi.com)")) == "Kyeonggi Ilbo"
    assert outlet_of(page.format("한빛(www.hanbit.com)")) is None  # unlisted, no outlet's ending
    ulsan = "제천 화재 1명 숨져\n" + KO_STORY + "\n저작권자 © 울산매일 - 울산최초, 최고의 조간신문 무단전재 및 재배포 금지\n"
    assert outlet_of(ulsan) == "Ulsan Maeil"


# NTD's credit with the zone's time before the day

def test_a_credit_with_beijing_time_names_the_outlet():
    page = "朝鲜导弹掠过日本上空\n【新唐人北京时间2022年10月05日讯】" + ZH_STORY + "\n" + ZH_STORY + "\n"
    assert outlet_of(page) == "NTD News"
    assert date_of(page) == "2022-10-05"
    assert outlet_of(page.replace("北京时间", "")) == "NTD News"  # the day alone: as before
    assert date_of(page.replace("北京时间", "")) == "2022-10-05"
    assert outlet_of(page.replace("新唐人", "港湾")) is None  # unlisted, no outlet's ending
    assert outlet_of(page.replace("新唐人", "港湾时报")) == "港湾时报"  # a paper's ending, dated: as before


# A Chinese site's own news opening the lead, "X訊:"

def test_a_sites_own_news_names_it():
    page = "居民弔唁犧牲消防員\n{}" + ZH_STORY + "\n" + ZH_STORY + "\n"
    assert outlet_of(page.format("天津北方網訊:")) == "Enorth"
    assert outlet_of(page.format("本報訊:")) is None  # the paper's "our news"
    assert outlet_of(page.format("港區居民訊:")) is None  # unlisted


# Yahoo! Japan's provider line, the year printed only for past years

def test_yahoo_japans_provider_line_names_the_provider():
    page = "港湾の倉庫で火災 2人けが\n\n{} 7月27日(水)7時3分配信\n\n " + JA_STORY + "\n\n " + JA_STORY + "\n"
    assert outlet_of(page.format("カナロコ by 神奈川新聞")) == "Kanagawa Shimbun"
    assert outlet_of(page.format("神奈川新聞")) == "Kanagawa Shimbun"
    assert outlet_of(page.format("ハーバー by 港湾新報")) is None  # unlisted


@pytest.mark.parametrize("provider", ["カナロコ by 神奈川新聞", "ハーバー by 港湾新報"])
def test_yahoo_japans_provider_line_is_never_the_headline(provider):
    page = f"ここから本文です\n\n港湾の倉庫で火災 2人けが\n\n{provider} 7月27日(水)7時3分配信\n\n " + JA_STORY + "\n"
    assert clean_page(page).headline == "港湾の倉庫で火災 2人けが"


# A date line above the titles whose day the lead names is the news's, not a clock's

def test_a_date_above_the_titles_whose_day_the_lead_names_is_the_pages():
    page = "Tuesday, July 26, 2016 9:24 AM\n\n港湾の倉庫で火災 2人けが\n\n 26日" + JA_STORY + "\n\n " + JA_STORY + "\n"
    assert date_of(page) == "2016-07-26"
    assert date_of(page.replace("26日", "25日")) is None  # another day: a clock's, by its weekday
    assert date_of(page.replace("26日", "6月26日")) is None  # another month


# A button asking to back the site by its name

def test_a_button_asking_to_back_the_site_names_it():
    assert outlet_of(_page() + "Sponsor Message\nBecome an NPR sponsor\n") == "NPR"
    assert outlet_of(_page() + "Sponsor Message\nBecome a sponsor\n") is None
    assert outlet_of(_page() + "Become a Harbor Gazette sponsor\n") is None  # unlisted


def test_the_rounds_outlets_are_listed():
    directory = outlets()
    assert directory.named("울산매일신문") == directory.at_host("www.iusm.co.kr") == "Ulsan Maeil"
    assert directory.named("北方网") == directory.at_host("news.enorth.com.cn") == "Enorth"
    assert directory.named("中國發展門戶網") == directory.at_host("www.chinagate.cn") == "China Development Gateway"
