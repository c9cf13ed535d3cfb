"""The thirteenth intake round (issue 13): mechanisms written from the odd halves of `holdout13`
and `holdout14`. Every text here is our own; each positive case failed before the round, and
the negatives beside them say what must stay as it was (a byline of the same shape, a writer
named in the story's credit note, a source line naming no listed outlet). The tests after
"Written from the even halves" came after those halves were measured blind."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.outlets import outlets
from corpus.intake.picture_credits import is_picture_credit
from corpus.intake.printed_dates import find_date_line
from corpus.intake.source_notes import field_credit, field_date_line, titled_source_credit
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
