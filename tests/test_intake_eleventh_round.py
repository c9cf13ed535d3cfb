"""The eleventh intake round (issue 13): mechanisms written from `holdout11`'s odd half. Every
text here is our own; each positive case failed before the round, and the negatives beside them
say what must stay unread (a word in brackets closing a sentence, an unlisted lower-case
abbreviation, a newsroom without a date). The tests after "Written from the even half" came
after that half was measured blind."""

from __future__ import annotations

from corpus.intake.datelines import read_dateline
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_signatures import team_credit
from corpus.intake.site_widgets import is_site_widget
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

GERMAN_STORY = ("Die beiden Regierungen einigten sich am Dienstag darauf, den Pakt innerhalb weniger "
                "Tage zu unterzeichnen, sagten Beamte nach einem kurzen Treffen in der Hauptstadt.")
STORY = ("The two governments agreed on Tuesday to sign the pact on military information "
         "within days, officials said after a short meeting in the capital.")


# A listed wire's credit in lower case with a hyphen ("dpa-AFX") in a dateline.

def test_a_hyphenated_lower_case_credit_in_a_dateline_names_the_wire():
    assert outlet_of("Pakt gekündigt\nBERLIN (dpa-AFX) - " + GERMAN_STORY + "\n") == \
        "Deutsche Presse-Agentur"


def test_an_unlisted_hyphenated_lower_case_credit_names_no_one():
    dateline = read_dateline("BERLIN (abc-XYZ) - " + GERMAN_STORY)
    assert dateline is None or dateline.credit is None or outlets().named(dateline.credit) is None
    assert outlet_of("Pakt gekündigt\nBERLIN (abc-XYZ) - " + GERMAN_STORY + "\n") is None


# A listed wire's abbreviation in lower case closing the story, as German papers print it.

def test_a_listed_wire_in_lower_case_closing_the_story_names_it():
    assert outlet_of("Pakt gekündigt\n" + GERMAN_STORY + "\n" + GERMAN_STORY + " (ap)\n") == \
        "Associated Press"
    assert outlet_of("Pakt gekündigt\n" + GERMAN_STORY + "\n" + GERMAN_STORY + " (afp)\n") == \
        "Agence France-Presse"


def test_a_lower_case_word_in_brackets_closing_a_sentence_names_no_one():
    assert outlet_of("Pact signed\n" + STORY + "\n" + STORY + " (sic)\n") is None
    assert outlet_of("Pact signed\n" + STORY + "\n" + STORY + " (ibid)\n") is None


# A newsroom signing the story with the page's stamp: "X新聞中心 2016-09-16 13:11".

def test_a_listed_outlets_newsroom_with_its_stamp_names_it():
    assert team_credit("鉅亨網新聞中心 2016-09-16 13:11", [], outlets()) == "鉅亨網"
    assert team_credit("人民網新闻中心 2019-08-22", [], outlets()) == "人民網"


def test_a_newsroom_without_a_date_or_unlisted_and_alone_names_no_one():
    assert team_credit("鉅亨網新聞中心 2016 年度報告", [], outlets()) is None
    assert team_credit("河畔新聞中心 2016-09-16 13:11", [], outlets()) is None



# Furniture (`site_widgets`): a comment box and most-read headings in Korean, "View all", a
# paywall's prompts, a Chinese caption's picture source in brackets.

def test_widgets_and_prompts_are_furniture():
    for line in ("댓글", "댓글 표시하기", "기사 더보기", "이 시각 인기기사", "많이 본 뉴스", "View all",
                 "You've reached your limit of 3 free articles this month.",
                 "Subscribe now for unlimited access.", "Already subscribed? Log in",
                 "兩國外長在會談前握手。(圖片來源:共同社)"):
        assert is_site_widget(line), line


def test_sentences_using_the_same_words_are_not_furniture():
    for line in ("댓글이 많은 기사를 분석했다는 보도가 나왔습니다.",
                 "View all of the talks as a step forward, officials said on Tuesday.",
                 "He urged readers to subscribe now to the journal, which he said was growing.",
                 "图片来源于网络的说法被否认", "기사 표시하기를 두고 논란이 일었다"):
        assert not is_site_widget(line), line

# Written from the even half (after measuring it blind).

# A month range is the period a review covers, not its date.

def test_a_month_range_dates_nothing():
    assert find_date_line("Sep — Dec 2016") is None
    assert find_date_line("September–December 2016") is None
    assert date_of("Quarterly review\nMar — Jun 2015\n" + STORY + "\n" + STORY + "\n") is None


def test_a_month_with_its_year_or_a_dated_place_still_dates_the_page():
    assert find_date_line("Dec 2016").value == "2016-12"
    assert find_date_line("Seoul - Dec 2, 2016").value == "2016-12-02"


# "SEOUL. KAZINFORM - ...": a listed agency in capitals after the place and a full stop.

def test_a_listed_agency_after_the_place_and_a_full_stop_is_a_dateline():
    assert read_dateline("ASTANA. KAZINFORM - The talks began on Tuesday in the capital.").credit == \
        "KAZINFORM"
    assert outlet_of("Talks begin\nASTANA. KAZINFORM - " + STORY + "\n" + STORY + "\n") == "Kazinform"


def test_an_unlisted_word_after_the_place_and_a_full_stop_is_no_dateline():
    assert read_dateline("SEOUL. NOTHING - The talks began on Tuesday in the capital.") is None
    # without the dash too (the eighteenth round: Kazinform prints "TOKYO. KAZINFORM Another ...")
    assert read_dateline("SEOUL. NOTHING The talks began on Tuesday in the capital.") is None


# A journal's issue: "Published January 2017 in X · Volume 18, Issue 3" (a listed journal).

def test_a_listed_journals_issue_names_it():
    raw = ("Review\nBy Jane Roe\nPublished March 2015 in Comparative Connections · Volume 16, "
           "Issue 4\n" + STORY + "\n" + STORY + "\n")
    assert outlet_of(raw) == "Comparative Connections"


def test_an_unlisted_journal_or_no_volume_names_no_one():
    raw = "Review\nPublished March 2015 in Riverside Quarterly · Volume 16, Issue 4\n" + STORY + "\n"
    assert outlet_of(raw) is None
    raw = "Review\nPublished March 2015 in Comparative Connections of the region\n" + STORY + "\n"
    assert outlet_of(raw) is None


# Furniture from the even half: a picture's file name, a reporter's address and name alone, a
# font-size control.

def test_leftovers_of_the_page_are_furniture():
    for line in ("Images_20411_thumb_pact-signed-in-seoul", "roe@example.co.kr 김민수 기자",
                 "글자크기 설정 버튼을 누르면 글자크기가 바뀝니다."):
        assert is_site_widget(line), line


def test_sentences_with_the_same_parts_are_not_furniture():
    for line in ("general_security agreement text", "김민수 기자 roe@example.co.kr 가 보도했다고 밝혔다",
                 "글자 그대로 협정을 지켰다고 말했다."):
        assert not is_site_widget(line), line
