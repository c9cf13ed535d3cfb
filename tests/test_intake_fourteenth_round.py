"""The fourteenth intake round (issue 13): mechanisms written from the odd halves of `holdout15`
and `holdout16`. Every text here is our own; each positive case failed before the round, and
the negatives beside them say what must stay as it was. The tests after "Written from the even
halves" came after those halves were measured blind."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.credits import source_before_title
from corpus.intake.outlets import outlets
from corpus.intake.own_reports import own_reporting_credit
from corpus.intake.site_lines import promotion_credit
from corpus.intake.site_widgets import is_site_widget
from corpus.intake.source_notes import digested_editorial_credit
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

STORY = ("The two governments agreed on Tuesday to sign the pact on military information "
         "within days, officials said after a short meeting in the capital.")
JA_STORY = "日本と韓国の両政府は14日、軍事情報を共有する協定の内容で実質的に合意し、仮署名した。" * 2


# A wire's dateline with the day alone under the story a Japanese site carries: the wire's day,
# placed in the days up to the site's own date.

def test_the_wires_day_under_the_story_dates_it_and_credits_the_wire():
    page = f"協定に仮署名\n\n2016年11月15日(火)11時01分\n\n{JA_STORY}\n\n{JA_STORY}\n\n[東京 14日 ロイター]\n\nニュース速報\n"
    assert date_of(page) == "2016-11-14"
    assert outlet_of(page) == "Reuters"
    # the wire's day the site's own date
    assert date_of(page.replace("14日 ロイター", "15日 ロイター")) == "2016-11-15"
    # a day that falls in none of the days up to the site's date: unknown, not the site's
    assert date_of(page.replace("14日 ロイター", "25日 ロイター")) is None
    # no wire's dateline: the site's date; an unlisted name in its place credits nothing
    assert date_of(page.replace("[東京 14日 ロイター]\n\n", "")) == "2016-11-15"
    assert outlet_of(page.replace("ロイター", "山田太郎")) is None


# A copyright notice in brackets run on after the text's last sentence.

def test_a_bracketed_notice_after_the_last_sentence_names_its_holder():
    assert copyright_holder("그는 밝혔습니다. [저작권자(c) YTN 무단전재, 재배포 금지]", outlets()) == "YTN"
    assert copyright_holder("He said so. [Copyright (c) Yonhap. All rights reserved.]", outlets()) == "Yonhap"
    assert copyright_holder("He said so. [Reporting by Jane Roe]", outlets()) is None
    assert copyright_holder("He cited the [copyright (c) law] then.", outlets()) is None


# "ⓒ <paper><its story's date and time>": the holder and the day, run together as copied.

def test_a_copyright_sign_before_the_paper_and_its_storys_date():
    page = f"協定締結を要請\nⓒ 中央日報日本語版2016.09.12 11:13\n{JA_STORY}\n{JA_STORY}\n"
    assert date_of(page) == "2016-09-12"
    assert outlet_of(page) == "Korea JoongAng Daily"
    # a copyright year alone is no day; an unlisted holder credits nothing
    assert date_of(page.replace("2016.09.12 11:13", " 2016")) is None
    assert outlet_of(page.replace("中央日報日本語版", "山田商店")) is None


# The paper saying what its own piece sets out to do.

def test_a_paper_saying_it_looked_more_closely_names_itself():
    inquiry = "Because the quarrel may hide what the sites are worth, The Japan Times decided to look more closely."
    assert own_reporting_credit((STORY, inquiry), outlets()) == "The Japan Times"
    assert own_reporting_credit(("Reuters takes a closer look at the pact.",), outlets()) == "Reuters"
    assert own_reporting_credit(("Japan decided to look elsewhere for partners.",), outlets()) is None
    assert own_reporting_credit(("He told The Japan Times he would look into it.",), outlets()) is None


# A wire's digest of papers' editorials: "(EDITORIAL from X on Aug. 24)".

def test_a_digested_editorial_names_its_paper():
    assert digested_editorial_credit("(EDITORIAL from Korea Times on Aug. 24)", outlets()) == "Korea Times"
    assert digested_editorial_credit("(EDITORIAL from Harbor Gazette on Aug. 24)", outlets()) is None
    assert digested_editorial_credit("An editorial from Korea Times on Aug. 24 said so.", outlets()) is None


# A blog's picture by its code stands on its own line, under the paper's name it quotes.

def test_a_blogs_picture_code_is_no_part_of_the_name_above_it():
    page = f"協定終了を通告\n\n毎日新聞\nf:id:jdoe:20190823180509j:plain\n\n{JA_STORY}\n\n{JA_STORY}\n"
    assert outlet_of(page) == "The Mainichi"
    assert is_site_widget("f:id:jdoe:20190823180509j:plain")
    assert not is_site_widget("f:id is how the editor names a picture, she said.")


# A masthead with its edition: "arirang mobile"; a label left without its name.

def test_a_listed_masthead_with_its_mobile_edition():
    page = f"arirang mobile\n\nPact talks in Thailand\n\n{STORY}\n\n{STORY}\n"
    assert outlet_of(page) == "Arirang"
    assert outlet_of(page.replace("arirang", "harbor")) is None
    assert is_site_widget("Reporter :")
    assert not is_site_widget("Reporter : Jane Roe")


# The site's app, offered anew: "Discover the all new Nikkei Asia app".

def test_the_site_offering_its_new_app():
    assert promotion_credit("Discover the all new Nikkei Asia app", outlets()) == "Nikkei Asia"
    assert promotion_credit("Try the Reuters app", outlets()) == "Reuters"
    assert promotion_credit("Discover the new Harbor Watch app", outlets()) is None


# A Japanese board's thread titled by the paper it quotes: "【ハンギョレ新聞】<headline>".

def test_a_listed_paper_in_brackets_opening_the_title():
    assert source_before_title("【ハンギョレ新聞】GSOMIAが終わっても", outlets()) == "ハンギョレ新聞"
    assert source_before_title("【速報】GSOMIA終了", outlets()) is None
    assert source_before_title("【ソウル共同】韓国政府は", outlets()) is None


# A date alone as a bulleted item under the title: the story's date.

def test_a_bulleted_date_under_the_title():
    page = f"Official calls curbs limited\n\n  • January 8, 2020\n  • NHK digital\n\n{STORY}\n\n{STORY}\n"
    assert date_of(page) == "2020-01-08"
    # a list of other stories after the text keeps its dates to itself
    listed = f"Official calls curbs limited\n\n{STORY}\n\n{STORY}\n\n  • January 8, 2020\n  • Pact signed\n"
    assert date_of(listed) is None
