"""Issue 13's thirtieth intake round, on texts of our own: the wrong answers of the even halves of
`holdout40` and `holdout41`. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("The government said Friday it felt deep regret over the rejection of a proposed resolution "
            "that would have tightened sanctions on the North after its latest missile launches.")
EN_MORE = ("Officials said the country would keep working with its partners on the council to answer "
           "the launches, which they called a grave threat to peace in the region.")
KO_STORY = ("집권 여당이 총선에서 참패해 원내 제1당 자리마저 야당에 내줬다. 야당은 수도권에서 예상을 "
            "뛰어넘는 압승을 거두며 목표를 크게 웃도는 의석을 얻었다.")
KO_MORE = "제3당은 호남을 휩쓴 돌풍으로 38석을 얻었고, 정당 득표율에서도 2위에 올랐다."


def _menu_page(*menu: str) -> str:
    return "\n".join(("Seoul voices regret as sanctions bid fails", "National", "  • Politics",
                      "  • Foreign Affairs", *menu, "Posted : 2022-05-27 14:31", EN_STORY, EN_MORE)) + "\n"


# A lone bulleted item under a heading of the site's menu is a section ("World" / "• SCMP")

def test_a_lone_bulleted_item_under_a_menu_heading_is_a_section():
    assert outlet_of(_menu_page("Business", "Opinion", "World", "  • SCMP")) is None
    # a lone bulleted name with no menu above it may still credit
    page = "\n".join(("Seoul voices regret as sanctions bid fails", "• SCMP", EN_STORY, EN_MORE)) + "\n"
    assert outlet_of(page) == "South China Morning Post"


# A picture's caption naming its agency among the header's items ("▲ 사진=…, 연합뉴스")

def test_a_korean_picture_caption_does_not_credit_the_story():
    page = "\n".join(("등 돌린 여당 과반 실패에 제1당까지 내줘…16년 만에 여소야대", "P1.jpg", "▲ 사진=16년만에 여소야대, 연합뉴스",
                      KO_STORY, KO_MORE)) + "\n"
    assert outlet_of(page) != "Yonhap"
    unlabelled = page.replace("▲ 사진=16년만에 여소야대, 연합뉴스", "정치 · 연합뉴스")
    assert outlet_of(unlabelled) == "Yonhap"


# A line asking to download the site's app: "APP" is the app, not the Associated Press of Pakistan

def test_an_app_download_pitch_names_no_outlet():
    page = "\n".join(("Ousted leader gets 24 years for corruption", "DOWNLOAD THE DAILYREPORTS MOBILE APP",
                      "Now Available On:", EN_STORY, EN_MORE)) + "\n"
    assert outlet_of(page) != "Associated Press of Pakistan"
    assert outlet_of(page.replace("DOWNLOAD THE DAILYREPORTS MOBILE APP", "HOME | WORLD | APP")) \
        == "Associated Press of Pakistan"


# A scraper's copy of the source page's title and date line with their spaces gone, under its own date

def test_the_spaceless_title_and_date_line_give_the_originals_day():
    title = "Abe lands in Beijing for official visit"
    page = "\n".join((title, "www.example-scraper.com", "2018-10-28",
                      "AbelandsinBeijingforofficialvisit2018-10-2608:53ShenzhenDaily " + EN_STORY, EN_MORE)) + "\n"
    assert date_of(page) == "2018-10-26"
    other = page.replace("AbelandsinBeijingforofficialvisit", "AbelandsinTokyo")
    assert date_of(other) == "2018-10-28"
