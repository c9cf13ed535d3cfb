"""The thirteenth intake round (issue 13): mechanisms written from the odd halves of `holdout13`
and `holdout14`. Every text here is our own; each positive case failed before the round, and
the negatives beside them say what must stay as it was (a byline of the same shape, a writer
named in the story's credit note, a source line naming no listed outlet). The tests after
"Written from the even halves" came after those halves were measured blind."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.lead_credits import lead_credit
from corpus.intake.outlets import outlets
from corpus.intake.picture_credits import is_picture_credit
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_lines import title_source_credit
from corpus.intake.site_widgets import is_site_widget
from corpus.intake.yearless import yearless_date_line
from corpus.intake.source_notes import (field_credit, field_date_line, homepage_credit, tip_line_credit,
                                        titled_source_credit)
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

STORY = ("The two governments agreed on Tuesday to sign the pact on military information "
         "within days, officials said after a short meeting in the capital.")
SPOKEN = "Jane Poe, the deputy minister for Asian affairs, told a news conference the pact mattered."


# A picture's credit, "WHO OR WHAT | AGENCY", is not a byline.

def test_a_person_the_story_speaks_of_before_a_pipe_is_a_pictures_credit():
    page = f"Jane Poe | AP\n\nPolitics\n\nPact signed\n\nHARBOR PRESS\n\n{STORY}\n\n{SPOKEN}\n\n{STORY}\n"
    assert outlet_of(page.replace("HARBOR PRESS", "JIJI")) == "Jiji Press"
    assert outlet_of(page.replace("HARBOR PRESS\n\n", "")) is None


def test_a_caption_before_a_pipe_is_a_pictures_credit():
    caption = "Foreign Minister Jane Poe speaks at a news conference in Tokyo on Thursday | BLOOMBERG"
    assert is_picture_credit(caption, (STORY,))
    assert outlet_of(f"Pact signed\n\n{STORY}\n\n{caption}\n\n{STORY}\n\n{STORY}\n") is None


def test_a_byline_of_the_same_shape_still_credits_its_outlet():
    assert outlet_of(f"Pact signed\n\nBy Jane Poe | Reuters\n\n{STORY}\n\n{SPOKEN}\n") == "Reuters"
    # a writer the story names only in its note on who reported it
    note = "Jane Roe contributed reporting from Seoul."
    assert outlet_of(f"Pact signed\n\nJane Roe | Reuters\n\n{STORY}\n\n{STORY} {note}\n") == "Reuters"
    assert not is_picture_credit("Jane Roe | Reuters", (f"{STORY} {note}",))


# A copyright line: "Copyrights(C)", a listed holder and the site carrying it, a counter.

def test_a_listed_holder_beside_the_carrying_sites_address():
    assert copyright_holder("Copyrights(C) News1 wowkorea.jp 6", outlets()) == "News1"
    assert copyright_holder("Copyright(C) Yonhap", outlets()) == "Yonhap"
    assert copyright_holder("Copyrights(C) Jane Roe example.jp 6", outlets()) is None


def test_a_copyright_line_under_wrapped_text_stays_its_own():
    lines = "日韓両政府が協定に署名したと発表した。" * 4
    page = f"協定に署名\n{lines}\n{lines}\nCopyright(C) News1 harbor.jp 6\n"
    assert outlet_of(page) == "News1"


# Drupal's "Submitted by USER on DATE - TIME" dates the story, over a profile's clock.

def test_a_drupal_submitted_line_is_the_posting_date():
    printed = find_date_line("Submitted by jroe on Tue, 01/11/2011 - 10:45", "mdy")
    assert printed.value == "2011-01-11" and printed.label == "posted"
    page = f"Pact talks\n\nMember for\n\n4 years\n\nSat, 10/26/2024 - 10:43\n\n" \
           f"Submitted by jroe on Tue, 01/11/2011 - 10:45\n\n{STORY}\n\n{STORY}\n"
    assert date_of(page) == "2011-01-11"


def test_a_submitted_line_with_a_sentence_after_it_is_no_date_line():
    assert find_date_line("Submitted by jroe on Tue, 01/11/2011 - 10:45 in the end it was", "mdy") is None


# "August 23, Friday, 2019": the weekday between the day and the year; a reading's voices.

def test_a_weekday_between_the_day_and_the_year():
    assert find_date_line("August 23, Friday, 2019 (2:00 p.m.) Read by Ms. Jane Roe and Ms. Ann Poe").value \
        == "2019-08-23"
    assert find_date_line("August 23, Thursday, 2019") is None  # the weekday contradicts the date
    assert find_date_line("August 23, 2019 Read by the way of the pact and more") is None


# A source line naming the original's headline, then its outlet.

def test_a_source_line_with_the_originals_headline_then_its_outlet():
    line = "Source: Seoul holds out as the pact nears its end – Nikkei Asian Review"
    assert titled_source_credit(line, outlets()) == "Nikkei Asian Review"
    assert outlet_of(f"Pact nears its end\n\n{STORY}\n\n{STORY}\n\n{line}\n") == "Nikkei Asia"


def test_a_source_line_ending_in_no_listed_outlet_names_no_one():
    assert titled_source_credit("Source: Seoul holds out – Ministry of Defense", outlets()) is None
    assert titled_source_credit("Seoul holds out – Nikkei Asian Review", outlets()) is None


# Labelled fields in brackets: the source field names the outlet, the time field dates it.

def test_labelled_fields_in_brackets_give_the_source_and_the_date():
    line = "편집/기자: [ 김민수 ] 원고래원: [ 신화사 ] 발표시간: [ 2019-08-23 10:51:36 ] 클릭: [ ]"
    assert field_credit(line, outlets()) == "신화사"
    assert field_date_line(line).value == "2019-08-23"
    page = f"협정 연장 않기로\n\n{line}\n\n한국정부는 22일 협정을 더는 연장하지 않겠다고 밝혔다. 일본정부는 같은 날 항의했다.\n"
    assert outlet_of(page) == "Xinhua" and date_of(page) == "2019-08-23"


def test_fields_naming_an_editor_or_an_unlisted_source_name_no_one():
    assert field_credit("편집/기자: [ 신화사 ] 클릭: [ 12 ]", outlets()) is None  # not a source field
    assert field_credit("원고래원: [ 한빛상회 ] 클릭: [ 12 ]", outlets()) is None
    assert field_date_line("발표시간: [ 2019-08-23 10:51:36 ]") is None  # one field: read as a date line


# Written from the even halves, after they were measured blind.

def test_a_caption_without_a_verb_before_a_pipe_is_a_pictures_credit():
    caption = ("• The two leaders after their joint news conference at the ministry in Tokyo "
               "on Thursday | BLOOMBERG")
    assert is_picture_credit(caption, ())
    assert outlet_of(f"Pact restored\n\n{caption}\n\n{STORY}\n\n{STORY}\n") is None
    assert not is_picture_credit("Jane Roe and John Doe in Seoul | Reuters", ())
    assert not is_picture_credit("Charles de la Cruz and Juan van der Berg | AFP", ())


def test_a_listed_outlet_spelled_out_in_brackets_opening_the_lead():
    lead = f"SHAFAQNA (International Shia News Association) South Korea said {STORY}"
    assert lead_credit(lead, outlets()) == "SHAFAQNA"
    assert lead_credit(f"SEOUL (Yonhap) South Korea said {STORY}", outlets()) is None  # a place
    assert lead_credit(f"Yonhap (Harbor Trading Company) South Korea said {STORY}", outlets()) is None


def test_a_writer_and_a_listed_outlet_closing_the_title_in_brackets():
    title = "(Asia/Women) Court orders Japan to pay (Jane Roe, Human Rights Pulse)"
    assert title_source_credit(title, outlets()) == "Human Rights Pulse"
    assert title_source_credit("Court orders Japan to pay (Jane Roe, Harbor Trading)", outlets()) is None


def test_unbracketed_fields_labelled_in_chinese_give_the_date_and_the_source():
    line = "作者:未知 来源:人民网 更新:2019-8-23 18:41:15 点击: 切换到繁體中文"
    assert field_date_line(line).value == "2019-08-23"
    assert field_credit(line, outlets()) == "人民网"
    page = f"协定临近续签期限\n{line}\n中新网8月19日电 据韩国媒体报道,协定续签期限为本月24日,青瓦台表示,政府仍在研究是否续签,目前还没有结论。\n"
    assert date_of(page) == "2019-08-19"  # the dateline's year from the page's own date


def test_a_sentence_with_a_colon_is_no_field():
    assert field_date_line("青瓦台表示:政府仍在研究 2019-8-23 是否续签") is None


def test_a_headline_before_a_pipe_still_names_its_site():
    title = "South Korea says it will decide on the pact on Thursday after a long meeting | The Korea Herald"
    assert outlet_of(f"{title}\n\n{STORY}\n\n{STORY}\n") == "The Korea Herald"


# The site's notes the lead named from the even halves: the print edition, the front page, the
# tip line; each names a listed outlet, and is furniture.

PRINT_NOTE = ("A version of this article appeared in the print edition of The Straits Times on "
              "December 03, 2019, with the headline 'Ties will take time'.")


def test_a_print_edition_note_gives_the_paper_and_the_day():
    page = f"Ties will take time\n\n{STORY}\n\n{STORY}\n\n{PRINT_NOTE}\n"
    assert outlet_of(page) == "The Straits Times" and date_of(page) == "2019-12-03"
    assert is_site_widget(PRINT_NOTE)


def test_a_print_edition_is_not_the_outlet_theprint():
    page = f"Pact signed\n\n{STORY}\n\n{STORY}\n\n{PRINT_NOTE.replace('The Straits Times', 'The Harbor Trading Company')}\n"
    assert outlet_of(page) is None


def test_a_sites_front_page_and_tip_line_name_it():
    assert homepage_credit("• Visit Business Insider's homepage for more stories.", outlets()) == "Business Insider"
    assert homepage_credit("Visit Jane Roe's homepage for more", outlets()) is None
    assert tip_line_credit("연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23", outlets()) == "연합뉴스TV"
    assert tip_line_credit("한빛상회 기사문의 및 제보 : 카톡", outlets()) is None
    assert is_site_widget("연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23")


def test_widgets_of_comment_boxes_reactions_and_paywalls_are_furniture():
    for line in ("comments powered by Disqus", "Notify of", "0 0 votes", "추천해요", "슬퍼요",
                 "김민수 기자 기자", "kim@example.co.kr", "(以下略)", "*Terms and conditions apply.",
                 "新闻录入:贯通日本语 责任编辑:贯通日本语", "(Read more South Korea stories.)", "0", "guest",
                 "Notify of guest"):
        assert is_site_widget(line), line
    for line in ("Seoul said it would keep the pact.", "Read more about the pact in Seoul today, officials said.",
                 "김민수 기자는 말했다"):
        assert not is_site_widget(line), line


# A Japanese stamp of day and time in brackets dates a page without a year, as a dateline does.

def test_a_japanese_stamp_with_its_time_is_a_yearless_date_line():
    assert yearless_date_line("(11月23日18時40分)").day == 23
    assert yearless_date_line("(11月23日)") is None  # a list's date, no time
    assert yearless_date_line("政治(11月23日)") is None
