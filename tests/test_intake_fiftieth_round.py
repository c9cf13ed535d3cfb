"""Issue 13's fiftieth intake round, on texts of our own: the odd halves of `holdout69` to `holdout71`, their wrong
answer first (a Japanese press photo's caption, what it shows "=" the day and place it was taken, read as the page's
date line), then a Malaysian Chinese paper's dateline naming the wire by its short name ("(首尔24日美联电)") and names
of outlets. A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.printed_dates import find_date_line
from corpus.metadata import date_from_page
from tests.test_metadata_outlets import outlet_of

JA_STORY = "防衛相は10日午前、訓練中に行方が分からなくなった機体について、付近の海で部品を回収したと明らかにした。\n"
ZH_STORY = "韩国外交部说,三国外长将出席星期日下午的会议,为领导人峰会作准备,并就加强三方合作交换意见。\n"


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_a_japanese_captions_day_and_place_after_its_equals_sign_is_no_date_line():
    for caption in ("捜索を続ける巡視船=2018年5月28日、三沢市", "会見する防衛相(中央)=2019年4月10日、防衛省",
                    "着陸する戦闘機＝2018年5月28日(本社ヘリから)"):
        assert find_date_line(caption) is None, caption
    # a labelled date after "=" with no place is still a date line; a date and a place alone too
    assert find_date_line("配信=2018年5月28日 10:05") is not None
    assert find_date_line("公開日=2018年5月28日") is not None
    page = "機体の一部を回収\n\n{}\n\n" + JA_STORY * 3
    assert date_of(page.format("捜索を続ける巡視船=2018年5月28日、三沢市")) is None
    assert date_of(page.format("2018年5月28日 10:05")) == "2018-05-28"


def test_a_chinese_papers_dateline_names_the_wire_by_its_short_name():
    page = "三国外长周日釜山聚首\n\n(首尔24日美联电)" + ZH_STORY + ZH_STORY
    assert outlet_of(page) == "Associated Press"
    assert outlet_of(page.replace("美联电", "路透电")) == "Reuters"
    # the paper's own news ("讯") or a digest of reports ("综合电") names no wire
    assert outlet_of(page.replace("美联电", "讯")) is None
    assert outlet_of(page.replace("美联电", "综合电")) is None


def test_names_of_outlets_added_in_the_round():
    en = ("Officials said on Thursday the plan would bring more troops to the north from next year, "
          "as the region weighs its ties with its neighbours.\n")
    assert outlet_of("PerthNow logo\nMore troops for the north\n" + en * 3) == "PerthNow"
    vi = "Bộ trưởng cho biết sẽ gửi thêm công binh sang giúp khôi phục khu vực trong những tháng tới.\n"
    assert outlet_of("Gửi công binh sang giúp khôi phục\nVHO - " + vi * 3) == "Báo Văn hóa"
    assert outlet_of("BFM Business\nDéfense\nLe transfert salué\n" + "Les Etats-Unis ont salué vendredi la décision.\n" * 3
                     ) == "BFMTV"
    # a paper's name only in its app's promotion under the story is not the page's outlet (round 39's trap)
    promo = "《星岛头条》APP经已推出最新版本,请立即更新,浏览更精彩内容\n"
    assert outlet_of("三国外长周日釜山聚首\n\n" + ZH_STORY * 3 + "---\n" + promo) is None
