"""Issue 13's sixteenth intake round, on texts of our own: first what the odd halves of
`holdout19` and `holdout20` showed, then (after "Written from the even halves") what the even
halves showed once they had been scored blind. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.credit_lines import byline_before_dateline_credit
from corpus.intake.east_asian_credits import east_asian_credit
from corpus.intake.furniture import describes_picture
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_lines import source_note_credit
from corpus.intake.site_widgets import is_site_widget
from corpus.intake.source_notes import quotation_intro_credit
from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

LONG_STORY = f"{STORY} {STORY}"


# A Chinese portal's brackets around a wire's dateline.

def test_a_chinese_dateline_in_lenticular_brackets():
    lead = "青瓦台对外战略企划官5日向总统提交辞呈。"
    assert east_asian_credit(f"【韩联社首尔7月5日电 】{lead}", outlets()) == "韩联社"
    assert east_asian_credit(f"【韩联社首尔7月5日电】{lead}", outlets()) == "韩联社"
    assert east_asian_credit(f"【记者观察】{lead}", outlets()) is None  # a label, no dispatch


# A date line closed by the reporters' addresses alone.

def test_a_date_line_closed_by_reporters_addresses():
    line = "Seoul weighs a middle way. November. 08, 2019 07:38. kim@paper.com,lee@paper.com."
    assert date_of(f"{line}\n\n{LONG_STORY}\n") == "2019-11-08"
    assert find_date_line("November 8, 2019 07:38 kim@paper.com") is not None
    # a sentence after the date is no address
    assert find_date_line("November 8, 2019 write to kim@paper.com for the full text.") is None


# A blog's sentence before the story it quotes names the story's outlet.

def test_a_blogs_sentence_before_the_story_it_quotes():
    intro = "Seoul has set aside its pact with Tokyo. The New York Times has the details:"
    assert quotation_intro_credit(intro, outlets()) == "The New York Times"
    assert outlet_of(f"Seoul shelves its pact\n\n{intro}\n\n{LONG_STORY}\n") == "The New York Times"
    assert quotation_intro_credit("Jane Roe has the details:", outlets()) is None  # not listed
    # the story's own prose quoting a medium names no outlet of the page
    assert quotation_intro_credit("The New York Times has the details of the talks.", outlets()) is None
    assert quotation_intro_credit("The New York Times reports:", outlets()) is None


# A story's verb after "did not", "to" is no picture's present tense.

def test_a_verb_after_an_auxiliary_is_no_caption():
    assert not describes_picture("Asked about it, Kim did not answer directly, citing calls in July.")
    assert not describes_picture("Kim refused to speak at the ministry in Seoul on Friday.")
    assert describes_picture("Kim answers questions at the ministry in Seoul on Friday.")
    last = "Asked about it, Kim did not answer directly, citing calls in July and August. (Yonhap)"
    assert outlet_of(f"Seoul consulted Washington\n\n{LONG_STORY}\n\n{last}\n\nX\n\nCLOSE\n") == "Yonhap"


# A date line with a picture's credit after it.

def test_a_date_line_with_a_pictures_credit():
    line = "November 23, 2016 (Photo Credit: South Korean Defense Ministry via AP)"
    assert find_date_line(line).value == "2016-11-23"
    assert find_date_line("Officials meet in Seoul on November 23, 2016 (Photo: AP)") is None


def test_a_sites_buttons_and_notes():
    for line in ("Previous Story", "Next Story", "X", "CLOSE", "Top 10 Stories", "go top LETTER",
                 "한국어", "我来说两句排行榜", "(編集担当:森高龍二)", "KOGL : Korea Open Government License",
                 "본 저작물은 공공누리 제1유형-출처표시 조건에 따라 이용할 수 있습니다.",
                 "Reporter : jhee@arirang.com", "Reporting by Cynthia Kim and Jack Kim", "Reuters Staff"):
        assert is_site_widget(line), line
    for line in ("Xi", "Top officials met on Friday.", "The Reporting by the paper was wrong.",
                 "Next, the story", "Staff at the ministry said the pact would stand."):
        assert not is_site_widget(line), line


# Written from the even halves.

def test_a_date_above_the_titles_that_the_first_paragraphs_name():
    head = "Home > Asia\nWednesday, November 23, 2016, 17:56\n\nROK-Japan pact in force\n\n"
    story = LONG_STORY.replace(" on Tuesday", "")  # no weekday: the lead does not date the news
    caption = ("A handout photo shows the minister at the signing at the ministry in Seoul on Nov 23, "
               "2016, as officials look on and the two sides shake hands.")
    assert date_of(f"{head}{caption}\n\n{story}\n") == "2016-11-23"
    # a clock's day the text does not name stays a clock
    assert date_of(f"{head}{story}\n") is None
    assert date_of(f"{head}{caption.replace('Nov 23', 'Nov 21')}\n\n{story}\n") is None


def test_a_source_named_without_a_colon():
    assert source_note_credit("Source AP", outlets()) == "AP"
    assert outlet_of(f"Seoul and Tokyo to sign today\n\n{LONG_STORY}\n\nSource AP\n") == "Associated Press"
    assert source_note_credit("Source Harbor Gazette", outlets()) is None  # not listed
    assert source_note_credit("Source of the leak, officials say", outlets()) is None


def test_a_byline_run_into_the_dateline():
    line = "By Takayuki Nakagawa / Yomiuri Shimbun CorrespondentBEIJING — Pyongyang has welcomed it."
    assert byline_before_dateline_credit(line, outlets()) == "Yomiuri Shimbun"
    assert outlet_of(f"A gap opens\n\n{line} {STORY}\n\n{LONG_STORY}\n") == "The Yomiuri Shimbun"
    assert byline_before_dateline_credit("Seoul shrugsBEIJING — Pyongyang has welcomed it.",
                                         outlets()) is None  # no byline
    assert byline_before_dateline_credit("By Jane RoeBEIJING — it was so.", outlets()) is None


def test_a_copyright_line_with_the_papers_slogan():
    line = "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지"
    assert copyright_holder(line, outlets()) == "아주경제"
    assert copyright_holder("© '5개국어 글로벌 경제신문' 2019", outlets()) is None


def test_a_korean_credit_line_with_two_reporters_before_the_date():
    line = "(서울=뉴스1) 박응진 기자, 박승주 기자 | 2016-11-10 16:36 송고"
    assert find_date_line(line).value == "2016-11-10"
    assert find_date_line("정부는 2016-11-10 협정에 서명했다고 밝혔다.") is None
