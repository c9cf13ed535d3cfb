"""The ninth intake round (issue 13): forms read from `holdout9`'s odd half, written as
mechanisms. Every text here is our own; each positive case failed before the round, and the
negatives beside them say what must stay unread (a quoted source, a picture's credit, a date in
a sentence, an address that is not the page's)."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.closing_credits import closing_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.furniture import is_caption, is_furniture
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_lines import source_note_credit
from corpus.intake.site_notices import is_site_notice
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of




# A listed wire's name after the dateline's date and a comma, a full stop before the text.

def test_a_wire_named_after_the_full_date_and_a_full_stop_is_the_datelines_credit():
    dateline = read_dateline("OSAKA, Mar 9, 2021, Kyodo. Two ministers met on Tuesday to talk trade.")
    assert (dateline.credit, dateline.year, dateline.month, dateline.day) == ("Kyodo", 2021, 3, 9)
    assert dateline.rest.startswith("Two ministers")


def test_the_same_without_a_year_is_a_yearless_dateline():
    dateline = read_dateline("OSAKA, Mar 9, Jiji Press. Two ministers met on Tuesday to talk trade.")
    assert (dateline.credit, dateline.year) == ("Jiji Press", None)


def test_an_unlisted_word_there_is_no_credit():
    assert read_dateline("OSAKA, Mar 9, 2021, Officials. Two ministers met on Tuesday to talk.") is None
    assert read_dateline("OSAKA, Mar 9, Tuesday. Two ministers met to talk trade at length.") is None


def test_the_dateline_names_the_outlet_and_date_not_the_paper_the_lead_quotes():
    page = ("Ministers want the trade row settled soon\n\n"
            "A spokesman speaks to reporters in Osaka on Tuesday. Photo: AP\n\n"
            "OSAKA, Mar 9, 2021, Kyodo. The trade ministers of the two countries agreed on Tuesday "
            "to settle the row soon, the Harbor Times reported.\n\n"
            "Officials will meet again in April to go over the details of the plan they drew up.")
    assert outlet_of(page) == "Kyodo News"
    assert date_of(page) == "2021-03-09"


# A Chinese wire's dateline gives its month and day, its year not printed.

def test_a_chinese_wire_dateline_is_a_yearless_dateline_with_its_credit():
    dateline = read_dateline("中新网3月9日电 据报道，两国外长当天通电话。")
    assert (dateline.credit, dateline.month, dateline.day, dateline.year) == ("中新网", 3, 9, None)
    assert read_dateline("新华社东京１２月１日电 日本政府当天表示。").day == 1  # full-width digits


def test_an_unlisted_head_before_the_day_is_no_dateline():
    assert read_dateline("某某小区3月9日电梯停运，居民表示不满。") is None


# A date in a Chinese or Japanese sentence is not a date line.

def test_a_date_inside_a_chinese_sentence_is_no_date_line():
    assert find_date_line("两国协定于2016年11月23日签署，是两国之间的第一份军事协定。") is None
    assert find_date_line("協定は2016年11月23日に署名され、両国の間で初めての軍事協定となった。") is None


def test_a_date_inside_a_korean_sentence_is_no_date_line():
    assert find_date_line("협정은 2016년 11월 23일 체결됐다.") is None
    assert find_date_line("2019년 11월 22일 금요일").value == "2019-11-22"


def test_a_chinese_date_line_is_still_one():
    assert find_date_line("2016年11月23日 14:05 来源：新华网") is not None
    assert find_date_line("发布时间：2019年08月22日").value == "2019-08-22"


def test_a_chinese_page_is_not_dated_by_a_past_date_in_its_story():
    page = ("两国外长通电话 同意尽快解决争端\n\n"
            "中新网3月9日电 据报道，两国外长当天通电话，同意尽快解决有关争端。\n\n"
            "双方认为，防务部门应当根据事实进行讨论。\n\n"
            "两国协定于2016年11月23日签署，是两国之间的第一份军事协定。")
    assert date_of(page) != "2016-11-23"
    assert outlet_of(page) == "China News Service"


# An aggregator's or a change tracker's note of the story's source: its handle or address.

def test_a_change_trackers_note_names_the_source_by_its_handle_or_address():
    directory = outlets()
    assert source_note_credit("This story is from the source 'nytimes' and was first seen on .",
                              directory) == "nytimes"
    assert source_note_credit("You can read the current version at its original source at "
                              "https://www.reuters.com/world/some-story-2021-03-09/", directory) \
        == "www.reuters.com"


def test_an_unlisted_source_or_a_quoted_one_is_none():
    directory = outlets()
    assert source_note_credit("This story is from the source 'harborpages' as seen.", directory) is None
    assert source_note_credit("Officials told reporters the source was a leak.", directory) is None


def test_the_trackers_page_takes_the_outlet_but_never_the_date_of_the_original_address():
    page = ("Ministers keep the pact at the last minute\n\n"
            "This story is from the source 'nytimes' and was first published or seen on . It last "
            "changed over 40 days ago and won't be checked again for changes.\n\n"
            "You can find the current article at its original source at "
            "https://www.nytimes.com/2021/03/09/world/asia/some-story.html\n\n"
            "The article has changed 4 times. There is an RSS feed of changes available.\n\n"
            "Version 0 Version 1\n\n(12 minutes later)\n\n"
            "TOKYO — The two governments decided on Tuesday to keep, for now, the pact that one of "
            "them had said it would leave, officials said in a statement after the talks.")
    assert outlet_of(page) == "The New York Times"
    assert date_of(page) is None
    paragraphs = clean_page(page).paragraphs
    assert len(paragraphs) == 1 and paragraphs[0].startswith("TOKYO")


# A caption dated the day its picture was taken, then its credit, is a caption.

def test_a_caption_ending_with_its_date_and_credit_is_not_the_storys_credit():
    caption = ("The envoy smiles on the plane to Osaka as an aide tells reporters that a cameraman "
               "was hurt in the crowd, Tuesday, Mar. 9, 2021. AP")
    assert is_caption(caption)
    assert closing_credit(caption, outlets()) is None
    assert is_caption("Two ministers sign the accord in Osaka, 9 March 2021. EPA")


def test_a_storys_closing_credit_still_counts():
    assert closing_credit("The two will meet again in April, officials said. (AP)", outlets()) == "AP"
    assert closing_credit("They end in April as planned, officials said. Jiji Press",
                          outlets()) == "Jiji Press"


# What a site says to its readers: not passages.

def test_notices_to_readers_in_several_languages_are_furniture():
    for line in ("Discover more from Harbor Pages - News in English",
                 "Descubre más desde Noticias del Puerto",
                 "Subscribe to get the latest posts sent to your email.",
                 "Suscríbete y recibe las últimas entradas en tu correo electrónico.",
                 "Be the first to comment", "There are no comments yet for this item.",
                 "Your subscription has been successful.",
                 "By entering an email address, I agree to the Terms of Use and the Privacy Policy.",
                 "Comments are moderated. If you are a member, log in to see the comment form.",
                 "Disclaimer | This page is not ours and we do not endorse it. |",
                 "Based on reporting by Kyodo, dpa and EFE",
                 "(Reporting by Jane Roe Editing by John Doe)",
                 "Link to the original article on the Harbor Pages website",
                 "For all the latest stories, visit our News home page.",
                 "Further reading:", "2,310 views", "(끝)", "（完）",
                 "<저작권자(c) 한빛뉴스, 무단 전재-재배포 금지>", "版权所有 未经授权禁止转载",
                 "推荐阅读", "関連記事", "관련기사", "Lire aussi", "Lea también", "Mehr zum Thema",
                 "The article has changed 4 times.", "Version 0 Version 1", "(12 minutes later)"):
        assert is_site_notice(line), line
        assert is_furniture(line), line


def test_story_sentences_on_the_same_subjects_are_not_notices():
    for line in ("Based on reporting by the ministry, the paper said the talks had failed.",
                 "Users must agree to the new privacy policy by May, the regulator said.",
                 "The minister declined to comment, citing a policy on ongoing talks, aides said.",
                 "저작권자의 동의 없이 작품을 쓴 업체들이 재판을 받게 됐다고 검찰이 밝혔다.",
                 "The article of the treaty has been debated for years, officials said.",
                 "More than 2,310 people viewed the launch from the hills above the base."):
        assert not is_site_notice(line), line


def test_a_listed_outlets_name_alone_is_no_passage_but_still_credits_the_story():
    page = ("Missile flies over the north\n\n"
            "The government said a missile flew over the northern island early on Tuesday morning "
            "and landed in the sea, and that no damage had been reported.\n\n"
            "Officials protested in the strongest terms and called it a grave threat to the region.\n\n"
            "Reuters")
    assert "Reuters" not in clean_page(page).paragraphs
    assert outlet_of(page) == "Reuters"


# Data: the list names religious news outlets (Catholic World News under its masthead).

def test_a_listed_religious_news_outlets_masthead_names_it():
    page = ("Harbor Culture Pages\nHarbor Culture Pages\nCatholic World News\n\n"
            "Pope arrives in Seoul\n\nMarch 9, 2021\n\n"
            "The Pope arrived in Seoul on Tuesday for a five-day visit, his first to the country, "
            "and was greeted at the airport by the president.")
    assert outlet_of(page) == "Catholic World News"
