"""Issue 13's twenty-ninth intake round, on texts of our own: the wrong answers of the odd halves of
`holdout40` and `holdout41`. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

KO_STORY = ("외교부는 이날 주한 대사를 청사로 불러 강력한 유감을 표명했다. 외교부는 내정 간섭에 해당될 수 있다고 "
            "경고했다고 밝혔다.")
KO_MORE = "대사는 전날 야당 대표를 만난 자리에서 문제가 된 발언을 했다. 정부는 추가 대응을 검토하고 있다."
ZH_DATELINE_LEAD = ("{name}10月12日訊 應國務院總理邀請,外國首相將在10月25日至27日正式訪問中國。外交部發言人"
                    "10月12日在例行記者會上說,這是時隔7年再度正式訪華。")
ZH_MORE = "訪問期間,中國領導人將與來訪首相會見、會談,就雙邊關係交換意見。雙方還將舉辦紀念招待會。"


def _ko_page(*closing: str) -> str:
    return "\n".join(("외교부, 주한 대사 불러 경고", KO_STORY, KO_MORE, *closing)) + "\n"


# A reporter's address at a group's domain yields to a sibling outlet's name the page prints instead
# (Yonhap News TV's staff write from the agency's "@yna.co.kr")

def test_a_reporters_address_yields_to_a_longer_name_holding_its_outlets():
    page = _ko_page("조한대 기자 (onepunch@yna.co.kr)", "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23")
    assert outlet_of(page) == "Yonhap News TV"
    assert outlet_of(_ko_page("조한대 기자 (onepunch@yna.co.kr)", "연합뉴스 기사문의 및 제보 : 카톡/라인 okjebo")) == "Yonhap"


# China.org.cn's traditional name: its own dateline over a carrier's date line

def test_china_org_cn_in_traditional_script_dates_the_story_by_its_dateline():
    page = "\n".join(("外交部宣布外國首相月底訪華", "2018年10月15日13:36  來源:中國網",
                      ZH_DATELINE_LEAD.format(name="中國網"), ZH_MORE)) + "\n"
    assert date_of(page) == "2018-10-12"
    assert outlet_of(page) == "China.org.cn"
    unnamed = "\n".join(("外交部宣布外國首相月底訪華", "2018年10月15日13:36", ZH_MORE, ZH_MORE[:30] + "。")) + "\n"
    assert date_of(unnamed) == "2018-10-15"


# Now News's bracketed name opening its stories, "【Now新聞台】"

def test_now_news_bracketed_name_opens_the_lead():
    lead = "【Now新聞台】中國駐南韓大使公開說,兩國關係眼下遇到的困難責任不在中方,南韓外交部隨即召見大使。"
    assert outlet_of("\n".join(("南韓召見中國大使", lead, ZH_MORE)) + "\n") == "Now News"
    assert outlet_of("\n".join(("南韓召見中國大使", lead.replace("Now新聞台", "新聞台"), ZH_MORE)) + "\n") is None
