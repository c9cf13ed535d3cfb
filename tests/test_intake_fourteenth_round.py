"""The fourteenth intake round (issue 13): mechanisms written from the odd halves of `holdout15`
and `holdout16`. Every text here is our own; each positive case failed before the round, and
the negatives beside them say what must stay as it was. The tests after "Written from the even
halves" came after those halves were measured blind."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.title_credits import source_before_title
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
    title = 'print PRINT\n\nA senior official calls the effect of the export curbs on the economy "very limited"'
    page = f"{title}\n\n  • January 8, 2020\n  • NHK digital\n\n{STORY}\n\n{STORY}\n"
    assert date_of(page) == "2020-01-08"
    # a list of other stories after the text keeps its dates to itself
    listed = f"{title}\n\n{STORY}\n\n{STORY}\n\n  • January 8, 2020\n  • Pact signed\n"
    assert date_of(listed) is None


# Written from the even halves, after they were measured blind.

ZH_STORY = "韩国政府22日表示，将不再与日本续签《军事情报保护协定》。日方当天经外交渠道向韩方表示抗议。" * 2


def test_a_last_updated_stamp_alone_is_no_publication_date():
    page = f"Pact scrapped, North says\n\nANI Pyongyang [North Korea]\nLast Updated : May 30 2018 | 10:10 AM IST\n\n{STORY}\n\n{STORY}\n"
    assert date_of(page) is None
    assert date_of(page.replace("Last Updated", "Updated")) == "2018-05-30"
    published = page.replace("Last Updated : May 30 2018", "Published : May 29 2018 | 9:00 AM IST\nLast Updated : May 30 2018")
    assert date_of(published) == "2018-05-29"


def test_a_listed_links_date_is_not_the_pages():
    page = f"日韩草签协定\n据新华社电 {ZH_STORY}\n{ZH_STORY}\n- 日韩首脑会谈有望破冰 一个关键问题仍有变数2019-12-25 13:54:38\n- 僵局略有松动\n"
    assert date_of(page) is None
    assert outlet_of(page) == "Xinhua"  # "据新华社电": a paper carrying the wire's story
    assert outlet_of(page.replace("据新华社电", "据山田电")) is None
    # a credit set off before the date is the page's
    credited = f"Pentagon rebukes Seoul\n\n- The Washington Times - Thursday, August 22, 2019\n\n{STORY}\n\n{STORY}\n"
    assert date_of(credited) == "2019-08-22"


def test_a_datelines_credit_with_the_outlets_full_date_gives_its_year():
    page = f"Foundation to pay victims\n\nSEOUL,March 6 (UrduPoint / Pakistan Point News - 6th Mar, 2023 ) :{STORY}\n\n{STORY}\n"
    assert date_of(page) == "2023-03-06"
    assert outlet_of(page) == "UrduPoint"
    # another day in the credit than the dateline's gives no year
    assert date_of(page.replace("6th Mar, 2023", "9th Mar, 2023")) is None


def test_a_listed_outlet_with_its_desks_city():
    page = f"Seoul rescues pact\n\n7Dnews London\n\nFri, 22 Nov 2019 23:14 GMT\n\n{STORY}\n\n{STORY}\n"
    assert outlet_of(page) == "7Dnews"
    assert outlet_of(page.replace("7Dnews London", "Harbor London")) is None
    assert outlet_of(page.replace("7Dnews London", "AFP Photo")) is None


def test_a_chinese_outlets_reporters_beside_the_time():
    page = f"韩国宣布不再续签协定\n\n2019-08-23 07:37:20 新华社记者  陆睿  耿学鹏\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert outlet_of(page) == "Xinhua"
    assert outlet_of(page.replace("新华社记者", "山田记者")) is None


def test_an_own_correspondent_named_by_post():
    assert own_reporting_credit((f"{STORY[:-1]}, says the BBC's Seoul correspondent.",), outlets()) == "BBC News"
    assert own_reporting_credit((f"{STORY[:-1]}, says the BBC's Jane Roe.",), outlets()) is None


def test_widgets_of_the_even_halves():
    for line in ("Related posts:", "<기자>", "김흥수 기자입니다.", "関連ワード", "120x28 Reuters.gif",
                 "Image: Reuters/F. Lenoir", "- b6 z% q3 u8 E\" K, T+ {* d' w"):
        assert is_site_widget(line), line
    for line in ("Related posts are listed below.", "김흥수 기자가 말했다.", "U.S. to act, he said.", "A B C D"):
        assert not is_site_widget(line), line


def test_paywalls_notes_and_rules_of_the_even_halves():
    for line in ("Unlimited access to premium stories for as low as $12.95 /mo.", "Get It Now", "___",
                 "Find out more", "(山田太郎 取材協力:Jane Roe)", "▶ 제보 안내 : social@harbor.kr, #2424",
                 "About Sponsored Content This content was commissioned by the paper's business bureau.",
                 "With your current subscription plan you can comment on stories."):
        assert is_site_widget(line), line
    for line in ("Unlimited access is what they want.", "Find out more about the pact, he said.",
                 "About sponsored content rules, the ministry said nothing."):
        assert not is_site_widget(line), line
