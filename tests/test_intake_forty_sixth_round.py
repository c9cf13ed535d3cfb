"""Issue 13's forty-sixth intake round, on texts of our own: the odd halves of `holdout63` to `holdout65`, their wrong
answers first (a Korean illustration's credit read as the outlet, a report's title naming the month it covers read as
the page's date), then the unknowns by kind (a Taiwanese story closing on "(outlet/綜合報導)", a Thai repost's "จาก X"
and "ที่มา: X" under the title, facts of the world). A positive failed before the round; a negative beside it keeps
what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.first_appeared import first_appeared_credit
from corpus.intake.east_asian_credits import east_asian_closing, east_asian_credit
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.metadata import date_from_page
from tests.test_metadata_outlets import outlet_of

KO_STORY = ("군 당국은 21일 오후 서해 상에서 실시한 사격 훈련을 예정대로 마쳤다고 밝혔다. "
            "훈련에는 함정 10여 척과 항공기가 참가했다.\n")
EN_STORY = ("The county said on Thursday that rescue teams were still searching the flooded valley for the missing, "
            "as the toll rose again.\n")
TW_STORY = "縣政府週四表示，河谷洪水的罹難人數再度上升，搜救人員已連續第三天展開搜救。\n"
TH_STORY = "เจ้าหน้าที่จังหวัดแถลงเมื่อวันพฤหัสบดีว่า ทีมกู้ภัยยังคงค้นหาผู้สูญหายในหุบเขาที่ถูกน้ำท่วมเป็นวันที่สาม\n"


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_a_korean_drawings_or_charts_credit_names_no_outlet():
    directory = outlets()
    for credit in ("(일러스트=연합뉴스)", "(인포그래픽=뉴스1)", "(자료사진=연합뉴스)", "[그래픽=뉴시스]", "(화면캡처=KBS)"):
        assert east_asian_credit(credit, directory) is None, credit  # the kind of image, then whose it is
    assert east_asian_credit("(서울=연합뉴스) 김철수 기자 = 군 당국은", directory) == "연합뉴스"  # the place, then the wire
    page = "군, 서해 사격 훈련 마쳐\n{}\n" + KO_STORY * 3
    assert outlet_of(page.format("(일러스트=연합뉴스)")) is None
    assert outlet_of(page.format("(서울=연합뉴스)")) == "Yonhap"


def test_a_month_in_brackets_closing_a_title_is_the_period_a_report_covers():
    for title in ("Country Report: South Korea (September 2019)", "Monthly Review (March 2020)",
                  "Flood Bulletin [July 2016]"):
        assert find_date_line(title) is None, title
    for line in ("Posted (September 2019)", "Country Report: South Korea (September 23, 2019)", "September 2019",
                 "Issue 12 | September 2019"):
        assert find_date_line(line) is not None, line  # a label, a full day, a month alone or after a bar
    page = "{}\nCountry Reports\n\n" + EN_STORY * 3
    assert date_of(page.format("Country Report: South Korea (September 2019)")) is None
    assert date_of(page.format("Country Report: South Korea | September 2019")) == "2019-09"


def test_a_taiwanese_story_closing_on_its_outlet_and_reported():
    directory = outlets()
    assert east_asian_closing("(民視新聞/綜合報導)", directory) == "民視新聞"
    assert east_asian_closing("（中央社／台北報導）", directory) == "中央社"
    assert east_asian_closing("(民視新聞/李文 台北報導)", directory) == "民視新聞"
    assert east_asian_closing("(記者王文/綜合報導)", directory) is None  # a reporter, no outlet
    assert east_asian_closing("(民視新聞/綜合)", directory) is None  # no "reported"
    page = "河谷洪水罹難人數再升\n\n" + TW_STORY * 3 + "\n{}\n"
    assert outlet_of(page.format("(民視新聞/綜合報導)")) == "Formosa TV"
    assert outlet_of(page.format("(記者王文/綜合報導)")) is None


def test_a_thai_reposts_source_under_the_title():
    directory = outlets()
    assert first_appeared_credit("จาก โพสต์ทูเดย์", directory) == "โพสต์ทูเดย์"  # "from Post Today"
    assert first_appeared_credit("ที่มา: โพสต์ทูเดย์", directory) == "โพสต์ทูเดย์"  # "source: Post Today"
    assert first_appeared_credit("จาก การประชุม", directory) is None  # "from the meeting": no outlet
    assert first_appeared_credit("จากโพสต์ทูเดย์", directory) is None  # glued into a sentence's words
    page = "ยอดผู้เสียชีวิตจากน้ำท่วมเพิ่มขึ้น\n{}\n" + TH_STORY * 3
    assert outlet_of(page.format("จาก โพสต์ทูเดย์")) == "Post Today"
    assert outlet_of(page.format("จาก การประชุม")) is None


def test_outlets_named_in_their_own_forms():
    ko = "군, 서해 사격 훈련 마쳐\n\n" + KO_STORY * 3 + "\n저작권자 © {} 무단전재 및 재배포 금지\n"
    assert outlet_of(ko.format("경북매일")) == "Kyongbuk Maeil"
    assert outlet_of("군, 서해 사격 훈련 마쳐\n\n" + KO_STORY * 3 + "\n[저작권자ⓒ 로컬(LOCAL)세계. 무단전재-재배포 금지]\n") \
        == "Local Segye"
    id_page = ("Korban banjir terus bertambah\n\nJAKARTA, {} – Tim penyelamat masih mencari korban hilang di lembah "
               "yang terendam banjir, kata pemerintah daerah pada Kamis.\n") + "Jumlah korban kembali naik.\n" * 3
    assert outlet_of(id_page.format("GRESNEWS.COM")) == "Gresnews"
    assert outlet_of(id_page.format("RUMAHKITA.COM")) is None  # an unlisted site in the same form
    assert outlet_of("Daily Management Review\n\nValley flood toll rises\n\n" + EN_STORY * 3) == "Daily Management Review"
