"""Review 43, a maintainer's review of session 32's first wave, on texts of our own.

* A Korean notice labelled the holder's (저작권자, intake round 97) names a picture's agency or giver ("게티이미지코리아",
  "셔터스톡", "국방부제공", "EPA연합뉴스"), a writer ("홍길동기자") or a year alone ("<저작권자 ⓒ2019>") as well as a site:
  none is the outlet.
* A Korean "전" after a bare noun is "before" ("3일 전", "출국 전 대통령 박근혜는": before leaving; intake round 98):
  the holder named after it is in office; "전" opening the text or after a particle or a verb's ending is "former".
* A style before a name ("His Holiness Pope Francis", "His Majesty King Salman") is no owner told elsewhere (timeline
  round 98 kept "Her Majesty" only).
* A caption's or a party's bracket after a name ("Han Min-koo, (right) Japanese Ambassador …", "(DPK)") is no wire's
  credit run into the story (round 98's "Washington, (APP - UrduPoint / … - 10th Apr, 2024) …").
* An owner's aside naming a day ("His talks, Monday, went well") or followed by a relative clause ("His party, Liberal
  Democrats, which won …") is no name to mend the title with (round 98).
* A date in dots with a four-digit year read day first (intake round 98) on a page telling its time by the twelve-hour
  clock on another line ("Updated 10:30 a.m. ET"): an American page; left unread.
* `credits.byline_credit` split in four helpers (review 42's proposal), the same answers.
"""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.event_titles import _named_owner
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.credits import byline_credit
from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake import office_years
from corpus.intake.office_years import named_in_office
from corpus.intake.outlets import outlets
from corpus.title_page_text import _DATELINE
from corpus.metadata import date_from_page
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled


@pytest.mark.parametrize("line", [
    "저작권자 © 게티이미지 무단전재 및 재배포 금지",  # Getty Images
    "<저작권자 ⓒ게티이미지코리아> 무단 전재 및 재배포 금지",
    "저작권자 © 셔터스톡 무단전재 및 재배포 금지",  # Shutterstock
    "저작권자 © 이미지투데이 무단전재 및 재배포 금지",  # a stock agency ending as outlets' names do
    "<저작권자 ⓒ 국방부제공> 무단 전재 및 재배포 금지",  # "provided by the ministry"
    "<저작권자 ⓒ EPA연합뉴스> 무단 전재 및 재배포 금지",  # a wire's picture through Yonhap
    "저작권자 © 홍길동기자 무단전재 및 재배포 금지",  # a reporter
    "<저작권자 ⓒ2019> 무단 전재 및 재배포 금지",  # a year alone
])
def test_a_labelled_korean_notice_of_a_picture_a_writer_or_a_year_names_no_outlet(line):
    assert copyright_holder(line, outlets()) is None


@pytest.mark.parametrize("line, holder", [
    ("저작권자 © 강변N라이프 무단전재 및 재배포 금지", "강변N라이프"),
    ("<저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.", "강변N라이프"),
    ("저작권자 © 한빛정책방송원 무단전재 및 재배포 금지", "한빛정책방송원"),
    ("<저작권자 ⓒ 연합뉴스> 무단 전재 및 재배포 금지", "연합뉴스"),  # Yonhap itself
    ("저작권자 © 한빛뉴스2 무단전재 및 재배포 금지", "한빛뉴스2"),  # a digit within a name
])
def test_a_labelled_korean_notice_of_a_site_still_names_it(line, holder):
    assert copyright_holder(line, outlets()) == holder


def _names(text: str) -> list[str]:
    return [holder.name for holder in named_in_office(text)]


@pytest.mark.parametrize("text", [
    "3일 전 대통령 박근혜는 국무회의를 주재했다.",  # three days ago
    "사흘 전 대통령 박근혜는 국무회의를 주재했다.",
    "2시간 전 대통령 박근혜는 담화를 발표했다.",
    "출국 전 대통령 박근혜는 기자들과 만났다.",  # before leaving
    "회담 전 대통령 박근혜는 아베 총리와 통화했다.",
])
def test_a_korean_before_ahead_of_the_title_names_the_holder_in_office(text):
    assert "Park Geun-hye" in _names(text)


@pytest.mark.parametrize("text", [
    "전 대통령 박근혜, 징역 24년에 벌금 180억원",  # opening the text
    "검찰은 전 대통령 박근혜를 기소했다.",  # after a particle
    "파면된 전 대통령 박근혜씨가 1심에서 징역 24년을 선고받았다.",  # after a verb's ending
    "\u201c전 대통령 박근혜는 무죄\u201d라고 주장했다.",  # after a sign
    "2017년 3월 파면된 전직 대통령 박근혜씨",
])
def test_a_korean_former_ahead_of_the_title_still_names_a_past_holder(text):
    assert "Park Geun-hye" not in _names(text)


def test_a_page_a_year_after_the_term_whose_president_presided_days_before_is_not_dated_by_its_clock():
    story = ("3일 전 대통령 박근혜는 청와대에서 국무회의를 주재하고 한일 군사정보보호협정 체결을 논의했다. 정부는 협정 "
             "문안에 가서명했다고 밝혔다.\n\n")
    page = "국무회의 열려\n\n2018-04-06     정상근 기자\n\n" + story * 3
    assert date_from_page(clean_page(page)) is None  # her term ended 13 months before: a site's clock


US_LEAD = "WASHINGTON (AP) \u2014 The Senate passed the harbour bill on Friday."


def test_a_dotted_date_on_a_page_telling_twelve_hour_time_is_not_read_day_first():
    assert page_numeric_order(["Posted 04.07.2023", "Updated 10:30 a.m. ET", US_LEAD]) == ""
    assert page_numeric_order(["Posted 04.07.2023", "Last updated 9:05PM", US_LEAD]) == ""


@pytest.mark.parametrize("lines", [
    ["Posted 04.07.2023", US_LEAD],  # nothing else told: round 98's day first
    ["04.07.2023 10:30", US_LEAD],  # a 24-hour clock
    ["Posted 04.07.2023", "Last updated 10.30am", US_LEAD],  # a British time in dots, no colon
    ["Posted 04.07.2023", "The ferry leaves at 10:30 a.m. every day from the old pier on the north side of the "
     "harbour, weather permitting, and returns in the evening after a stop at the island's fishing village, the "
     "port said.", US_LEAD],  # a story's paragraph, not a short line
])
def test_a_dotted_date_without_a_twelve_hour_line_is_still_read_day_first(lines):
    assert page_numeric_order(lines) == "dmy"


@pytest.mark.parametrize(("title", "verb", "proposed"), [
    ("His Holiness Pope Francis arrived in Seoul", "arrived", True),
    ("His Majesty King Salman met the prime minister in Tokyo", "met", True),
    ("His Excellency Ambassador Nagamine arrived in Seoul", "arrived", True),
    ("His Royal Highness Prince Charles visited Tokyo", "visited", True),
    ("His ministry lost the budget vote", "lost", False),  # an owner told elsewhere, still
    ("Its lenders stopped backing it", "stopped", False),
    ("Her deputy resigned from the council", "resigned", False),
])
def test_a_style_before_a_name_is_no_owner_told_elsewhere(title, verb, proposed):
    sentence = title + " on Thursday."
    assert worth_proposing(sentence, (sentence.index(verb), sentence.index(verb) + len(verb)), title) is proposed


@pytest.mark.parametrize(("sentence", "name"), [
    ("Defense Minister Han Min-koo, (right) Japanese Ambassador Yasumasa Nagamine signed the pact on Wednesday.",
     "Han Min-koo"),
    ("Harbour master Kim Min-su, (DPK) the city's councillor, opened the new pier on Tuesday.", "Kim Min-su"),
    ("Mayor Lee Jun-ho, (second from left) City Council Speaker Park, opened the pier on Tuesday.", "Lee Jun-ho"),
])
def test_a_caption_s_or_party_s_bracket_after_a_name_is_no_wire_s_credit(sentence, name):
    verb = "signed" if "signed" in sentence else "opened"
    date = "on Wednesday" if "Wednesday" in sentence else "on Tuesday"
    assert name in titled(sentence, date, verb)


def test_a_wire_s_bracket_after_a_place_is_still_left_out():
    sentence = ("Kobe, (APP - PortNews / Harbour Wire - 3rd Mar, 2015) The mayor of Kobe opened a new pier on "
                "Tuesday.")
    assert titled(sentence, "3rd Mar", "opened") == "The mayor of Kobe opened a new pier"


@pytest.mark.parametrize("title", [
    "His talks, Monday, went well in Kobe",
    "His party, Liberal Democrats, which won the vote, formed a cabinet",
    "Her firm, Harbour Holdings, who owned the pier, sold it",
])
def test_an_aside_of_a_day_or_before_a_relative_clause_is_no_owner_s_name(title):
    assert _named_owner("The mayor said so.", title) == title


@pytest.mark.parametrize(("title", "mended"), [
    ("His group, Moritomo Gakuen, bought the plot", "Moritomo Gakuen bought the plot"),
    ("Her father, Park Chung-hee, was killed in 1979", "Park Chung-hee was killed in 1979"),
])
def test_an_aside_naming_the_owner_still_mends_the_title(title, mended):
    assert _named_owner("The mayor said so.", title) == mended


@pytest.mark.parametrize("line, credit", [
    ("By Mark Russell, Newser Staff", "Newser"),
    ("2 hours ago - By AFP", "AFP"),
    ("By: The Associated Press June 24, 2022", "The Associated Press"),
    ("KOSUKE TAKEUCHI, Nikkei staff writer", "Nikkei"),
    ("Asia Times Staff", "Asia Times"),
])
def test_byline_credit_split_reads_each_form_as_before(line, credit):
    assert byline_credit(line, outlets()) == credit


@pytest.mark.parametrize("line", ["By deadline: June 30, 2022", "By Jane Roe, Citing Reuters", "2 hours ago - By"])
def test_byline_credit_split_still_refuses(line):
    assert byline_credit(line, outlets()) is None


def test_the_review_s_rules_read_hostile_texts_quickly():
    directory = outlets()
    assert_runs_quickly(lambda: copyright_holder("<저작권자 ⓒ" + "이미지" * 30_000 + "> 무단 전재", directory))
    forget = office_years._named_in_office.cache_clear  # (a text's holders are kept: each try reads it anew)
    assert_runs_quickly(lambda: named_in_office(("출국 전 " * 15_000 + "대통령 박근혜 ") * 2), what="전 after nouns",
                        forget=forget)
    assert_runs_quickly(lambda: named_in_office("은 " * 40_000 + "전 대통령 박근혜"), what="particles", forget=forget)
    assert_runs_quickly(lambda: page_numeric_order(["04.07.2023", "1:0" * 30_000, "10:3 a" * 15_000]))
    assert_runs_quickly(lambda: _named_owner("x", "His group, " + "Monday " * 15_000 + ", which"))
    bracket_after_a_name = "Han Min-koo, (" + "right - " * 12_000 + ") Abe met him on Tuesday."
    assert_each_reads_quickly([_DATELINE], bracket_after_a_name)
    # the whole title (every older step reads the 100 KB sentence too: ~0.14 s, linear): a backtracking step would
    # take seconds
    assert_runs_quickly(lambda: titled(bracket_after_a_name, "on Tuesday", "met"), limit=0.5,
                        what="a bracket after a name")
