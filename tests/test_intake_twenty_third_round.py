"""Issue 13's twenty-third intake round, on texts of our own: what the even halves of `holdout32`
and `holdout33` showed, once scored blind. A positive failed before the round; a negative beside
it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.east_asian_widgets import is_east_asian_widget
from corpus.intake.furniture import is_furniture, starts_footer
from corpus.intake.graphic_credits import graphic_credit, graphic_date
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_signatures import stamp_credit
from corpus.intake.source_names import source_name_part
from tests.test_intake_fourteenth_round import STORY
from tests.test_intake_tenth_round import describe
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

ZH_STORY = "双方在机场握手,随后乘车前往宾馆,沿途有大批市民列队欢迎,气氛十分热烈。"


# No wrong answer: a date opening the story's first sentence is the story's, not the page's

def test_a_chinese_sentence_opening_with_a_date_does_not_date_the_page_alone():
    page = ("两国领导人首次会面\n\n2000年6月13日,韩国总统抵达平壤,与朝鲜国防委员会委员长举行会面。"
            f"这是半岛分裂以来双方领导人第一次坐在一起。\n\n{ZH_STORY}\n")
    assert date_of(page) is None  # a "today in history" page: the day of the news, not of the page
    dated = page.replace("\n\n2000年6月13日", "\n2000年6月14日\n\n2000年6月13日")
    assert date_of(dated) == "2000-06-14"  # the page's own date line still dates it


# A dateline alone on its line, a caption kept above it: its weekday is the paragraph's under it

CAPTION = ("Japan will restore South Korea's status once its Cabinet signs off. The step follows a summit "
           "in March between South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida. "
           "Photo courtesy of the Office of the President")


def test_a_dateline_alone_reads_its_weekday_in_the_paragraph_under_it():
    page = (f"Japan moves to return South Korea to its list\n\n{CAPTION}\n\nApril 28 (UPI) --\n"
            "Japan's trade ministry said Friday that it would put South Korea back on its list of "
            "preferred trading partners, after Seoul did the same for Japan.\n\n" + STORY + "\n")
    known = describe(page)
    assert known["date"] == "2023-04-28"  # Yoon and Kishida both in office in 2023 and 2024: Friday in 2023
    assert describe(page.replace("said Friday", "said"))["date"] is None  # no weekday: two years fit


# An old BBC page: its "Last Updated" stamp, a caption naming the day without its year

BBC_PAGE = ("[an error occurred while processing this directive]\nBBC News\nwatch One-Minute World News\n"
            "Last Updated: Tuesday, 15 August 2006, 04:49 GMT 05:49 UK\nPrime minister visits war shrine\n"
            "The prime minister at the shrine on 15 August\n"
            "The prime minister has prayed at the war shrine in Tokyo, ignoring protests from the region.\n\n"
            + STORY + "\n")


def test_a_last_updated_stamp_whose_day_the_caption_names_without_a_year_dates_the_page():
    assert describe(BBC_PAGE)["date"] == "2006-08-15"
    assert describe(BBC_PAGE.replace("on 15 August", "on 14 August"))["date"] is None  # a later change's day


def test_a_masthead_is_not_joined_with_the_lower_case_line_under_it():
    assert describe(BBC_PAGE)["outlet"] == "BBC News"  # "BBC News" / "watch One-Minute World News"
    wrapped = clean_page("Talks resume\nThe ministers said the\nfirst talks would begin soon.\n" + STORY)
    joined = "The ministers said the first talks would begin soon."  # a sentence still joins
    assert joined in (wrapped.headline, *wrapped.paragraphs)


# A source line naming its outlet, another of its names in brackets, and the writer's role

def test_a_source_line_with_the_outlets_other_name_in_brackets():
    line = "Source: The Japan News (The Yomiuri Shimbun) | July 4th, 2019"
    assert outlet_of(f"Japan tightens export checks\n\n{line}\n\n{STORY}\n\n{STORY}\n") == "The Japan News"
    assert source_name_part("Source: Harbor Gazette (via Twitter)", outlets()) == "Source: Harbor Gazette (via Twitter)"


def test_a_date_line_ends_with_the_writers_byline_and_role():
    line = "Source: The Hankyoreh | November 18th, 2019 | By Kim Eun-hyoung, staff reporter"
    assert find_date_line(line).value == "2019-11-18"
    assert find_date_line(line.replace("staff reporter", "who wrote it after the talks")) is None


# CNN.co.jp's stamp with the story's credit after its clock

def test_a_posting_stamp_with_the_credit_after_its_clock():
    assert stamp_credit("Web posted at: 21:42 JST- CNN/AP", outlets()) == "CNN"
    assert stamp_credit("Posted at 9:00 am - Staff", outlets()) is None  # no outlet
    assert stamp_credit("Web posted at: 21:42 JST- CNN/Jane Roe", outlets()) is None  # listed outlets only
    page = f"Protests spread\n\n2005.04.10\nWeb posted at: 21:42 JST- CNN/AP\n\n{STORY}\n\n{STORY}\n"
    assert outlet_of(page) == "CNN"


# A graphic's credit line: its sources, its makers and its day run together

GRAPHIC = ("Sources: Korean Committee of Space Technology; wire reports. By Bill Webster and Laris "
           "Karklis/The Washington Post. Published on April 11, 2012, 6:10 p.m.")


def test_a_graphics_credit_line_names_and_dates_the_page():
    assert graphic_credit(GRAPHIC, outlets()) == "The Washington Post"
    assert graphic_date(GRAPHIC).value == "2012-04-11"
    known = describe(f"The rocket's flight\n\n{STORY}\n\nThe launch, step by step\n{GRAPHIC}\n")
    assert known["outlet"] == "The Washington Post" and known["date"] == "2012-04-11"


def test_a_graphics_sources_are_not_its_outlet():
    assert graphic_credit("Sources: Reuters; Yonhap; staff reports. By Jane Roe.", outlets()) is None
    no_sources = "By Bill Webster/The Washington Post. Published on April 11, 2012"  # not a graphic's line
    assert graphic_credit(no_sources, outlets()) is None and graphic_date(no_sources) is None


# Data and furniture

def test_vov5_is_the_voice_of_vietnams():
    assert outlet_of(f"Trade status revoked\n\n{STORY}\n\n{STORY}\n\nSource: VOV5\n") == "Voice of Vietnam"


def test_furniture_of_the_even_halves():
    for line in ("Read what others are saying",):
        assert is_furniture(line), line
    for line in ("광고", "広告", "主要 回到頂部", "回到顶部", "ロード中 関連記事を取得中..."):
        assert is_east_asian_widget(line), line
    assert starts_footer("ENDITEM/J")  # CNA's end mark
    for line in ("광고 시장이 커졌다", "広告を見る", "ENDITEM is a code", "Read what others say about the pact."):
        assert not is_furniture(line) and not starts_footer(line), line
