"""Credits and dates in forms the former blind sets printed (issue 13, fifth round): datelines
with a weekday, a wire sharing its credit, ANI's region glued to the date, MENAFN's credit
opening the text; a wire signing the story under its last sentence when the site's furniture
follows; the writer's note naming the outlet; a writer's e-mail that is no site's address.
Examples are invented in the forms real pages print."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.datelines import read_dateline
from corpus.metadata import date_from_page
from tests.test_metadata_header_names import BODY
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

TITLE = "Seoul keeps the pact"
LEAD = "South Korea said on Friday it would keep its military intelligence pact with Japan."
# A story long enough that its end lies beyond the opening lines, where names at the top are read.
STORY = BODY + "".join(f"Paragraph {n} of the story says that the talks went on for hours in Seoul.\n"
                       for n in range(1, 7))
SITE_FURNITURE = "Latest Videos\n- OTHER STORY ONE\n- ANOTHER STORY TWO\n- A THIRD STORY HERE\n"


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


@pytest.mark.parametrize("line, place, credit, date", [
    ("SINGAPORE, TUESDAY 12 JUNE 2018: " + LEAD, "SINGAPORE", None, (2018, 6, 12)),
    ("Seoul, Friday, Nov. 22, 2019 (AP) - " + LEAD, "Seoul", "AP", (2019, 11, 22)),
    ("Tokyo, 22 October 2019 (dpa/MIA) – " + LEAD, "Tokyo", "dpa/MIA", (2019, 10, 22)),
    ("Seoul [South Korea]March 19 (ANI): " + LEAD, "Seoul", "ANI", (None, 3, 19)),
    ("(MENAFN- The Rio Times) " + LEAD, "", "MENAFN- The Rio Times", (None, None, None)),
    ("Seoul (Yonhap)", "Seoul", "Yonhap", (None, None, None)),  # on a line of its own
])
def test_a_dateline_of_these_forms_is_read(line, place, credit, date):
    dateline = read_dateline(line)
    assert (dateline.place, dateline.credit) == (place, credit)
    assert (dateline.year, dateline.month, dateline.day) == date


@pytest.mark.parametrize("line", [
    "Tokyo, 22 October 2019 (abc/MIA) – " + LEAD,  # a lower-case credit no list holds
    "(Korea/Japan) " + LEAD,  # no listed outlet shares the bracket
    "Seoul, Tuesday — " + LEAD,  # a weekday without a date
    "Seoul (South Korea)",  # a place and its country
])
def test_a_line_near_these_forms_is_no_dateline(line):
    dateline = read_dateline(line)
    assert dateline is None or (dateline.credit is None and dateline.month is None)


@pytest.mark.parametrize("line, outlet", [
    ("Tokyo, 22 October 2019 (dpa/MIA) – " + LEAD, "Deutsche Presse-Agentur"),
    ("(MENAFN- The Rio Times) " + LEAD, "The Rio Times"),
    ("Seoul [South Korea]March 19 (ANI): " + LEAD, "Asian News International"),
])
def test_the_outlet_a_dateline_of_these_forms_credits(line, outlet):
    assert outlet_of(TITLE + "\n" + line + "\n" + BODY) == outlet


def test_the_date_of_a_dateline_with_its_weekday():
    assert date_of(TITLE + "\nSINGAPORE, TUESDAY 12 JUNE 2018: " + LEAD + "\n" + BODY) == "2018-06-12"


@pytest.mark.parametrize("under, outlet", [
    ("Jane Roe, Arirang News.", "Arirang"),  # a broadcaster's reporter signing off
    ("SOURCE:TRTWorld and agencies", "TRT World"),
    ("by teleSUR/MS", "teleSUR"),  # the outlet and its editor's initials
    ("Kyodo", "Kyodo News"),
    ("Jane Roe, Harbor Lantern.", None),  # unlisted
    ("Jane Roe, Senior Fellow.", None),
])
def test_a_listed_outlet_signs_the_story_with_furniture_after_it(under, outlet):
    raw = TITLE + "\n" + STORY + under + "\n" + SITE_FURNITURE
    assert outlet_of(raw) == outlet


def test_a_credit_under_a_caption_after_the_story_credits_the_picture():
    raw = (TITLE + "\n" + STORY + "Officials meet in Seoul on Friday. (Photo by Jane Roe)\nKyodo\n"
           + SITE_FURNITURE)
    assert outlet_of(raw) is None


@pytest.mark.parametrize("last, outlet", [
    ("Talks between the two governments will resume later this year, the ministry said. Jiji Press", "Jiji Press"),
    ("Talks between the two governments will resume later this year, the ministry said. Harbor Lantern", None),  # unlisted
    ("Talks between the two governments will resume later this year, the ministry said. Metro", None),  # an ordinary word
    # an unlisted site's name in its address's form
    ("Talks between the two governments will resume at 16:00 local time (12:00 GMT). Lantern.Az",
     "Lantern.Az"),
])
def test_a_listed_outlet_after_the_story_s_last_sentence(last, outlet):
    assert outlet_of(TITLE + "\n" + STORY + last + "\n" + SITE_FURNITURE) == outlet


@pytest.mark.parametrize("note, outlet", [
    ("This article was written by Jane Roe, a breaking news reporter for Fox News Digital. "
     "For any tips, you can reach out to Jane at jane.roe@fox.com.", "Fox News"),
    ("This article was written by Jane Roe, a reporter for Harbor Lantern. Reach Jane at "
     "jane.roe@lantern.com.", None),  # unlisted; the e-mail's domain is not the site's address
])
def test_the_writer_s_note_names_the_outlet_not_the_e_mail_s_domain(note, outlet):
    assert outlet_of(TITLE + "\n" + BODY + note + "\n") == outlet


def test_a_sign_off_under_a_sentence_with_a_licence_s_lines_after_it():
    raw = (TITLE + "\n" + STORY + "Japan has not yet answered Seoul.\nJane Roe, Arirang News.\n"
           "KOGL : Korea Open Government License\n"
           "본 저작물 중 본문에 해당하는 뉴스 스크립트는 공공누리 조건에 따라 이용할 수 있습니다 그리고 더 많은 말.\n")
    assert outlet_of(raw) == "Arirang"


@pytest.mark.parametrize("note, outlet", [
    ("Disclaimer: No Business Standard Journalist was involved in creation of this content",
     "Business Standard"),
    ("Disclaimer: No Harbor Lantern journalist was involved in creation of this content", None),
])
def test_a_site_s_note_on_a_feed_s_story_names_the_site(note, outlet):
    assert outlet_of(TITLE + "\n" + STORY + note + "\n") == outlet


def test_a_wire_and_its_date_with_the_page_s_tools_after_them():
    raw = TITLE + "\nXinhua, November 11, 2016 Adjust font size:\n" + STORY
    assert (outlet_of(raw), date_of(raw)) == ("Xinhua", "2016-11-11")


def test_a_date_glued_to_a_section_in_capitals_and_the_lead():
    raw = TITLE + "\nJune 29, 2012SOUTH KOREA" + LEAD + " " + BODY
    assert date_of(raw) == "2012-06-29"


def test_the_dateline_under_other_stories_pictures_is_read():
    caption = ("Officials walk past the ministry in Seoul on a rainy afternoon, Aug. 10, 2022, "
               "before a meeting. (AP Photo/Jane Roe, File)")
    raw = "\n".join([caption, "Other story one", caption, "Other story two", TITLE,
                     "By JANE ROE", "Share", "SEOUL, South Korea (AP) — " + LEAD, BODY])
    assert outlet_of(raw) == "Associated Press"
