"""The tenth intake round (issue 13): mechanisms written from `holdout10`'s odd half. Every text
here is our own; each positive case failed before the round, and the negatives beside them say
what must stay unread (a section repeated, a person glued to a stamp, a team the page never
names again, an agency quoted in the story, an address of the source a page cites). The tests
after "Written from the even half" came after that half was measured blind."""

from __future__ import annotations

from pathlib import Path

from corpus.cleaning import is_prose
from corpus.describe import describe_received
from corpus.formats import Received
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.closing_credits import closing_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.east_asian_credits import chinese_dateline, east_asian_credit, korean_signature
from corpus.intake.furniture import is_furniture
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_signatures import (
    bookend_masthead,
    information_credit,
    quoted_source,
    quoted_source_date,
    stamp_glued_credit,
    team_credit,
)
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

STORY = ("The two governments agreed on Tuesday to sign the pact on military information "
         "within days, officials said after a short meeting in the capital.\n")
KOREAN_STORY = "양국 정부는 화요일 회의를 마친 뒤 며칠 안에 군사정보 협정에 서명하기로 했다고 관계자들이 밝혔습니다.\n"


def describe(raw: str) -> dict:
    return describe_received(Received(raw), {}, "test", Path("test.txt"))


# A masthead printed as the page's first line and again as its last ("X 뉴스" in any language).

def test_a_masthead_with_a_word_of_news_opening_and_closing_the_page_names_the_outlet():
    raw = "Hanbit 뉴스\n\n협정 체결 논의 재개\n\n" + KOREAN_STORY + "Hanbit 뉴스\n"
    assert outlet_of(raw) == "Hanbit 뉴스"


def test_the_masthead_glued_to_the_last_sentence_as_copied_counts_too():
    lines = ("Riverside News", "Pact talks resume", STORY.strip() + " Riverside News")
    assert bookend_masthead(lines, outlets()) == "Riverside News"


def test_a_section_or_a_button_opening_and_closing_the_page_names_no_one():
    assert bookend_masthead(("Politics", "Pact talks", "Politics"), outlets()) is None
    assert bookend_masthead(("Share", STORY.strip(), "Share"), outlets()) is None
    assert bookend_masthead(("World News 2019", "Pact talks", "World News 2019"), outlets()) is None
    assert bookend_masthead(("Riverside News", "Pact talks", "Other Times"), outlets()) is None


# A site's name glued to its date stamp: call letters or a listed outlet.

def test_call_letters_glued_to_the_published_stamp_name_the_outlet():
    assert stamp_glued_credit("KXYZPublished: March 4, 2018", outlets()) == "KXYZ"
    raw = "Pact talks resume\nKXYZPublished: March 4, 2018\n" + STORY
    assert outlet_of(raw) == "KXYZ"


def test_a_persons_name_glued_to_the_stamp_or_a_stamp_without_a_date_names_no_one():
    assert stamp_glued_credit("Jane RoePublished: March 4, 2018", outlets()) is None
    assert stamp_glued_credit("KXYZPublished: yesterday", outlets()) is None


# An editorial team signing the story, its name printed elsewhere on the page too.

def test_a_team_signing_under_a_name_the_page_repeats_names_the_outlet():
    page = ("Pact talks resume", STORY.strip(), "Harbour Gazette Editorial Team",
            "Subscribe to the HarbourGazette newsletter")
    assert team_credit(page[2], page, outlets()) == "Harbour Gazette"


def test_a_team_the_page_names_nowhere_else_names_no_one():
    page = ("Pact talks resume", STORY.strip(), "Harbour Gazette Editorial Team", "Subscribe")
    assert team_credit(page[2], page, outlets()) is None
    assert team_credit("Editorial Team", page, outlets()) is None


def test_a_listed_outlets_team_names_it_alone():
    assert team_credit("Reuters Editorial Team", ("x",), outlets()) == "Reuters"


# "As informações são da X." closing the story: the listed agency it is from.

def test_a_closing_sentence_naming_where_the_information_is_from_credits_a_listed_agency():
    directory = outlets()
    assert information_credit("O acordo sai nesta semana. As informações são da Reuters.", directory) == "Reuters"
    assert information_credit("El pacto se firma el jueves. La información es de EFE.", directory) == "EFE"


def test_an_unlisted_or_a_quoted_source_there_names_no_one():
    directory = outlets()
    assert information_credit("O acordo sai nesta semana. As informações são da fonte oficial.",
                              directory) is None
    assert information_credit('O acordo sai nesta semana, disse a fonte à "Reuters".', directory) is None


# Chinese datelines carried by a paper ("据…电") or ending in a colon; a Japanese bracketed day.

def test_a_chinese_dateline_carried_by_a_paper_or_ending_in_a_colon():
    directory = outlets()
    assert chinese_dateline("据新华社东京3月5日电 两国外长当天举行会谈。", directory)[:3] == ("新华社", 3, 5)
    assert chinese_dateline("人民网东京3月5日:两国外长当天举行会谈。", directory)[:3] == ("人民网", 3, 5)


def test_a_japanese_bracketed_day_with_a_listed_wire_is_its_yearless_dateline():
    dateline = read_dateline("【3月5日 時事通信社】両国の外相は5日、会談した。")
    assert (dateline.credit, dateline.month, dateline.day, dateline.year) == ("時事通信社", 3, 5, None)


def test_an_unlisted_name_or_a_quoted_agency_there_is_no_dateline():
    directory = outlets()
    assert chinese_dateline("据报道东京3月5日电 两国外长当天举行会谈。", directory) is None
    assert chinese_dateline("据韩联社5日消息,两国外长当天举行会谈。", directory) is None
    assert east_asian_credit("【3月5日 東京】両国の外相は5日、会談した。", directory) is None


def test_a_chinese_lead_below_a_digital_editions_menu_is_still_read_for_its_dateline():
    menu = "\n".join(("首页", "|", "往期", "|", "帮助", "上一版", "下一版", "放大", "缩小", "默认",
                      "发布日期:", "字体:"))
    raw = ("两国签署协定\n" + menu + "\n据新华社东京3月5日电 两国外长5日在东京举行会谈,"
           "就加强安全合作交换了意见,双方同意尽快签署有关协定。\n")
    assert outlet_of(raw) == "Xinhua"


def test_a_chinese_sentence_reads_as_prose_and_a_short_chinese_label_does_not():
    assert is_prose("两国外长5日在东京举行会谈,就加强安全合作交换了意见,双方同意尽快签署有关协定。")
    assert not is_prose("文章字数:490")
    assert not is_prose("欢迎您阅览本报 您是第")


# A video's places joined by slashes, its sources then its distributor in the credit.

def test_a_videos_places_and_credit_list_name_the_distributing_wire():
    dateline = read_dateline("NORTH KOREA/SEOUL, SOUTH KOREA/TOKYO, JAPAN (NHK/KRT/KCNA/REUTERS) "
                             "– The test was its sixth.")
    assert (dateline.place, dateline.credit) == ("TOKYO", "NHK/KRT/KCNA/REUTERS")
    raw = "Test confirmed\n" + dateline.text + " – The North said on Sunday it had tested a bomb.\n"
    assert outlet_of(raw) == "Reuters"


def test_two_credits_still_name_the_first_and_places_without_countries_stay_whole():
    assert outlet_of("Pact\nSEOUL (AFP/Jiji) - " + STORY) == "Agence France-Presse"
    assert read_dateline("SEOUL/TOKYO (Reuters) - The two met.").place == "SEOUL/TOKYO"


# An address the page prints of another listed outlet than the one it credits: a cited source.

def test_the_address_of_a_source_above_another_wires_credit_dates_nothing():
    raw = ("Pact signed\n\n" + STORY + "\nhttps://www.yna.co.kr/view/2018/03/28/story.html\n\nSTT\n")
    known = describe(raw)
    assert known["outlet"] == "STT"
    assert known["date"] is None


def test_the_address_of_the_credited_outlet_still_dates_the_page():
    raw = ("Pact signed\n\n" + STORY + "\nhttps://www.stt.fi/uutiset/2018/03/28/story.html\n\nSTT\n")
    assert describe(raw)["date"] == "2018-03-28"


def test_a_yearless_dateline_page_keeps_its_date_found_as_before():
    assert date_of("Pact\nSEOUL, Nov. 22 (Yonhap) -- " + STORY) is None


# Written from the even half, after it was measured blind.

def test_a_day_without_its_month_before_a_listed_wire_credits_it_and_dates_nothing():
    dateline = read_dateline("LISBOA, 9 (EUROPA PRESS) El Gobierno ha aprobado el acuerdo.")
    assert (dateline.credit, dateline.month, dateline.day) == ("EUROPA PRESS", None, None)
    assert date_of("Acuerdo\nLISBOA, 9 (EUROPA PRESS) El Gobierno ha aprobado hoy el acuerdo con "
                   "sus socios tras meses de negociación.\n") is None


def test_a_day_before_an_unlisted_word_is_no_dateline():
    assert read_dateline("LISBOA, 9 (Policía) El Gobierno ha aprobado el acuerdo.") is None


def test_a_copyright_mark_before_a_name_in_hangul_and_its_site():
    directory = outlets()
    assert copyright_holder("- Copyrights ⓒ 조선일보 & chosun.com, 무단 전재 및 재배포 금지 -",
                            directory) == "조선일보"
    assert copyright_holder("(c)時事通信社", directory) == "時事通信社"


def test_an_unlisted_hangul_holder_or_a_persons_name_names_no_one():
    directory = outlets()
    assert copyright_holder("ⓒ 한빛상회, 무단 전재 및 재배포 금지", directory) is None
    assert copyright_holder("저작권자 ⓒ 김다인, 무단 전재", directory) is None


def test_a_listed_outlets_reporter_unnamed_credits_it_and_a_named_one_does_not():
    directory = outlets()
    assert korean_signature("  • 뉴시스 기자", directory) == "뉴시스"
    assert korean_signature("김다인 기자", directory) is None
    assert korean_signature("정치부 기자", directory) is None


def test_an_agency_unlisted_opening_a_chinese_dispatch_is_taken_and_the_papers_own_is_not():
    directory = outlets()
    assert chinese_dateline("南岭社广州3月5日電/两国外长当天举行会谈。", directory)[:3] == ("南岭社", 3, 5)
    assert chinese_dateline("本社广州3月5日电 两国外长当天举行会谈。", directory) is None
    assert chinese_dateline("南岭社广州3月5日:两国外长当天举行会谈。", directory) is None  # a colon: listed only


def test_a_sites_time_stamp_gives_a_yearless_dispatch_its_year():
    raw = ("两国签署协定\nhttp://www.example.cn 2016-03-05 16:58:10\n"
           "南岭社广州3月5日電/两国外长5日在广州举行会谈,就加强安全合作交换了意见,双方同意尽快签署协定。\n")
    assert date_of(raw) == "2016-03-05"


def test_a_blog_quoting_a_japanese_paper_names_it_and_the_time_it_printed():
    directory = outlets()
    line = "以下、毎日新聞(2019年3月5日10時2分)から。"
    assert (quoted_source(line, directory), quoted_source_date(line)) == ("毎日新聞", "2019-03-05")
    assert quoted_source("両国が協定に署名(毎日新聞より)", directory) == "毎日新聞"


def test_a_blog_quoting_a_friend_or_an_unlisted_name_names_no_one():
    directory = outlets()
    assert quoted_source("以下、友人の話から。", directory) is None
    assert quoted_source("両国が協定に署名(山田さんより)", directory) is None


def test_a_listed_wire_after_two_slashes_closes_the_story_and_a_bracketed_credit_may_end_in_a_stop():
    directory = outlets()
    assert closing_credit("The site was closed to visitors on Friday.//AFP", directory) == "AFP"
    assert closing_credit("The site was closed to visitors on Friday. (Yonhap).", directory) == "Yonhap"
    assert closing_credit("The pact is known as the agreement (GSOMIA).", directory) is None


def test_a_russian_abbreviated_month_on_a_forums_post_stamp():
    assert find_date_line("5 мар 2019 10:02:33").value == "2019-03-05"


def test_widgets_and_labels_in_other_languages_are_furniture():
    for line in ("댓글쓰기", "댓글 3", "그래도 삭제하시겠습니까?", "Posting Komentar", "Tidak ada komentar:",
                 "Have your say Cancel reply", "责任编辑:李明", "分享到:", "2. 网址:", "3,120 Viewed",
                 "Most view", "Mais de Mundo", "Acompanhe tudo sobre:ÁsiaJapão",
                 "Reporting by Jane Roe; Editing by John Doe", "(後略)", "(東京=山田太郎、鈴木花子)"):
        assert is_furniture(line), line


def test_captions_by_their_credit_date_or_source_are_furniture():
    for line in ("Flags of the two countries. Ảnh: Agency.", "[Photo : Harbour TV]",
                 "The spokesman at a briefing (Photo source: example.gov.cn)",
                 "Two leaders in Beijing. Credit Jane Roe/Agency",
                 "• A man points to a map in September.//EPA",
                 "An image released by the government shows the leader at a test site."):
        assert is_furniture(line), line


def test_story_sentences_like_them_are_not_furniture():
    for line in ("The ministers met in Tokyo, June 29, 2012.", "Credit card debt rose. Credit Suisse said so.",
                 "More than 30 people commented.", "Mais de 30 pessoas morreram.",
                 "The pact was signed at the ministry.//AFP", "编辑部表示，协定将在23日签署。",
                 "The image released by the ministry showed the site, officials said."):
        assert not is_furniture(line), line


def test_a_pasted_story_ending_on_a_listed_outlets_address_it_never_names_names_no_outlet():
    raw = ("両国が協定の停止を発表\n\n" + "両国政府は22日、協定の終了通告の効力を停止すると発表した。関係者が明らかにした。\n\n"
           "2019年11月22日 18時06分\nhttps://www3.nhk.or.jp/news/html/20191122/k100.html\n")
    known = describe(raw)
    assert known["outlet"] is None
    assert known["date"] == "2019-11-22"


def test_a_page_naming_the_outlet_whose_address_ends_it_keeps_it():
    raw = ("Pact talks resume\n\n" + STORY + "NHK World said more talks were planned.\n\n"
           "https://www3.nhk.or.jp/news/html/20191122/k100.html\n")
    assert describe(raw)["outlet"] == "NHK"
