"""Issue 13's twenty-fifth intake round, on texts of our own: what the even halves of `holdout34`
and `holdout35` and the odd halves of `holdout36` and `holdout37` showed. A positive failed before
the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.credit_lines import glued_byline_credit
from corpus.intake.datelines import find_dateline
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

KO_STORY = "양국 정부는 이날 협정 문안에 합의하고 다음 주 서명하기로 했다. 외교부는 구체적인 일정을 곧 발표한다고 밝혔다."
ZH_STORY = "兩國政府今天就協定文本達成一致,並將於下周正式簽署,外交部表示具體日程將另行公布。"


def _page(*lines: str) -> str:
    return "\n".join(("Pact to be signed within days", *lines, STORY, STORY)) + "\n"


# A section's heading is no outlet: "National News" (The National's name is "The National")

def test_a_national_news_heading_names_no_outlet():
    assert outlet_of(_page("National News")) is None
    assert outlet_of(_page("The National")) == "The National"  # the paper's masthead


# A Korean byline after the date line of a Korean paper's English edition

def test_a_date_line_with_a_korean_byline_and_address_dates_the_page():
    line = "April. 30, 2024 07:50. by 도쿄=김철수 특파원, 이영희 기자 kim@hanbit.com."
    assert date_of(_page(line)) == "2024-04-30"
    assert find_date_line("April. 30, 2024 07:50. by 도쿄=김철수 특파원 and the yen fell in the morning.") is None


# A Korean credit in brackets: the outlet, a bar, the place and its reporters

def test_a_korean_credit_with_a_bar_a_place_and_several_reporters():
    page = "협정 서명 합의\n[한빛 | 성주=김철수·이영희 기자] " + KO_STORY + "\n" + KO_STORY + "\n"
    assert outlet_of(page) == "한빛"
    assert outlet_of(page.replace("한빛 |", "사진 |")) is None  # a picture's credit
    assert outlet_of(page.replace(" 기자]", "]")) is None  # names, no reporter's title


# A listed outlet's name alone in lenticular brackets

def test_a_listed_name_alone_in_lenticular_brackets_names_the_outlet():
    page = "兩國簽署協定\n【i-CABLE】\n" + ZH_STORY + "\n" + ZH_STORY + "\n"
    assert outlet_of(page) == "i-Cable News"
    assert outlet_of(page.replace("i-CABLE", "獨家")) is None  # "exclusive": no outlet


# A Korean story signed by its paper in angle brackets

def test_a_korean_story_signed_in_angle_brackets_by_a_listed_paper():
    page = "협정 서명 합의\n" + KO_STORY + "\n" + KO_STORY + " <스포츠조선닷컴>\n"
    assert outlet_of(page) == "Sports Chosun"
    assert outlet_of(page.replace("스포츠조선닷컴", "한빛닷컴")) is None  # unlisted


# Two wires joined by a hyphen signing the story

def test_two_listed_wires_joined_by_a_hyphen_sign_the_story():
    assert outlet_of(_page() + "Reuters-AP\n") == "Reuters"
    assert outlet_of(_page() + "Korea-Japan\n") is None  # no wire's names


# A wire's initials glued to the byline before them

def test_a_wires_initials_glued_to_the_byline():
    assert outlet_of(_page("Jane Roe and John DoeAAP")) == "Australian Associated Press"
    assert glued_byline_credit("Jane Roe AAP", outlets()) is None  # spaced: not this form
    assert glued_byline_credit("Kim JongUN", outlets()) is None  # not a listed name


# A blog's posting stamp under its post

def test_a_posting_stamp_under_the_post_dates_the_page():
    post = _page() + "".join(f"In the {n}th hour, {STORY[0].lower()}{STORY[1:]}\n" for n in range(5, 15))
    closing = "Share on Twitter\nPublished on February 06, 2016 22:31\nNo comments have been added yet.\n"
    assert date_of(post + closing) == "2016-02-06"
    listed = "Published on February 01, 2016 10:00\nAn older post\n" + closing
    assert date_of(post + listed) is None  # a list of posts, each stamped


# A syndicator's credit naming the wire whose dated dateline follows

def test_the_wires_dateline_after_a_syndicators_credit_naming_it():
    lead = ("(MENAFN- IANS) Seoul, Dec 27 (IANS) South Korea's National Assembly on Friday voted to impeach "
            "the acting President, two weeks after he took over from President Yoon Suk Yeol.")
    dateline = find_dateline([lead])
    assert (dateline.credit, dateline.month, dateline.day) == ("IANS", 12, 27)
    other = find_dateline([lead.replace("Dec 27 (IANS)", "Dec 27 (AFP)")])
    assert other.credit == "MENAFN- IANS" and other.day is None  # another wire's: the credit as before


# A broadcaster's summary of its own story, its reporter closing the sentence

def test_a_broadcasters_reporter_closing_the_summary_names_it():
    line = "Anger is spilling into the streets tonight, NPR's Jane Roe reports."
    assert outlet_of(_page(line)) == "NPR"
    assert outlet_of(_page(line.replace("reports.", "reported."))) is None  # a report cited


# Outlets' names, as they print them

@pytest.mark.parametrize("name, outlet", [
    ("FE Online", "The Financial Express (India)"),
    ("스포츠조선", "Sports Chosun"),
    ("Ames Tribune", "Ames Tribune"),
    ("dts Nachrichtenagentur", "dts Nachrichtenagentur"),
    ("Islam Times", "Islam Times"),
    ("政大之聲", "Voice of NCCU"),
    ("讯报", "Xun Bao"),
    ("UNN", "Ukrainian National News"),
])
def test_outlets_added_this_round(name, outlet):
    assert outlets().named(name) == outlet
