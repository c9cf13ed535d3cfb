"""Issue 13's fifty-sixth intake round, on texts of our own: the odd half of `holdout76` (analysis, commentary and
official pages), its wrong answers first. A link's label closing a briefing's paragraph ("[Full Text]") was read as
the story's credit, and a document-sharing site's upload stamp ("Upload: ..." / "Post on 13-Apr-2022") as the
document's date. Then the unknowns: official pages' date lines (a press conference's day and clock before its place,
a board's "Date" field over its day and hits, a report series' number over its day, a day typed with a space before
its comma) and the names they print for themselves (a catalog's "Source Agency" field, a disclaimer naming the staff
who wrote a report, a press conference held at a ministry, a copyright line that reserves the rights first, the
State Department's "Office of the Spokesperson"), and their notes and tools as furniture. A positive failed before
the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Officials said the two governments would keep working on the draft through the spring and that the "
            "remaining questions were technical, adding that a text could be ready before the summer.\n\n")


def test_a_links_label_closing_the_last_paragraph_is_no_credit():
    closing = "We released a joint note on the two sides' shared work. [Full Text]\n"
    page = f"Official on Pacific affairs\n\n{EN_STORY}{closing}"
    assert outlet_of(page) is None
    assert outlet_of(f"Official on Pacific affairs\n\n{EN_STORY}We released a joint note on trade. (Yonhap)\n") \
        == "Yonhap"


def test_a_document_sites_upload_stamp_is_not_the_documents_date():
    card = "Upload: someone\n\nPost on 02-Mar-2021\n\n12 views\n\n"
    assert date_of("Naval plans reconsidered\n\n" + card + EN_STORY * 2) is None
    assert date_of("Naval plans reconsidered\n\nPost on 02-Mar-2021\n\n12 views\n\n" + EN_STORY * 2) == "2021-03-02"


def test_a_press_conferences_day_and_clock_before_its_place_dates_it():
    heading = "Press Conferences\nPress Conference by the Foreign Minister\n"
    assert date_of(heading + "Wednesday, March 3, 2021, 4:15 p.m. North Annex Hall, Prime Minister's Office\n"
                   + EN_STORY * 2) == "2021-03-03"
    # a day and a clock opening a sentence are the story's, not a date line
    assert date_of(heading + "Wednesday, March 3, 2021, 4:15 p.m. the minister arrived in the capital and spoke "
                             "to reporters about the plan\n" + EN_STORY * 2) is None


def test_a_press_conference_held_at_a_ministry_is_the_ministrys():
    heading = "Press Conference\n\nPress Conference by the Defense Minister\nTime & Date: 9:00-9:20 A.M. May 4, 2021\n"
    assert outlet_of(heading + "Place: Press Room, Ministry of Defense (MOD)\n" + EN_STORY * 2) == "Ministry of Defense"
    assert outlet_of("Press Conferences\nPress Conference by the Foreign Minister\nWednesday, March 3, 2021, 4:15 p.m. "
                     "Central Hall, Ministry of Foreign Affairs\n" + EN_STORY * 2) == "Ministry of Foreign Affairs"
    # held elsewhere, it names no issuer: a minister's title is not the page's name
    assert outlet_of(heading + "Place: Grand Harbour Hotel\n" + EN_STORY * 2) is None
    assert outlet_of("Press Conferences\nPress Conference by the Foreign Minister\nWednesday, March 3, 2021, 4:15 p.m. "
                     "North Annex Hall, Prime Minister's Office\n" + EN_STORY * 2) is None


def test_a_boards_date_field_over_its_day_and_hits_dates_the_page():
    assert date_of("Press Releases\n\nTalks on a new accord\n\nDate\n2019-05-14\nhit\n3021\n\n" + EN_STORY * 2) \
        == "2019-05-14"
    # a day and a count of hits without the field's label is a list's item
    listing = "Press Releases\n\nTalks on a new accord\n\nNotice\n2019-05-14\nhit\n3021\n\n"
    assert date_of(listing + EN_STORY * 2) is None


def test_a_report_series_number_over_its_day_dates_the_report():
    assert date_of("<<\n\nISSUE BRIEF No. 5120 | March 2, 2021 CENTER FOR ASIA POLICY\n\nAllies and the sea lanes\n\n"
                   + EN_STORY * 2) == "2021-03-02"
    assert date_of("<<\n\nISSUE BRIEF No. 5120 | the board met on the paper\n\nAllies and the sea lanes\n\n"
                   + EN_STORY * 2) is None


def test_a_day_typed_with_a_space_before_its_comma_is_read():
    assert date_of("Editorial: Allies draw closer\nJune 4 , 2022\n" + EN_STORY * 2) == "2022-06-04"
    assert date_of("Editorial: Allies draw closer\nJune 4 , and later\n" + EN_STORY * 2) is None


def test_a_catalogs_source_agency_field_names_the_issuer():
    title = "Revised Guidelines Tighten Cooperation Between the Two Allies Once More (CRS Report for Congress)\n"
    fields = ("Release Date |\nApril 2, 2015 |\nReport Number |\nIN10001 |\nReport Type |\nInsight |\nAuthors |\n"
              "Doe, Jane E. |\nSource Agency |\n")
    assert outlet_of(title + fields + "Congressional Research Service |\nSummary:\n" + EN_STORY * 2) \
        == "Congressional Research Service"
    assert outlet_of(title + fields + "Office of Budget Studies |\nSummary:\n" + EN_STORY * 2) is None


def test_a_disclaimer_naming_the_staff_who_wrote_the_report_names_the_issuer():
    disclaimer = ("Disclaimer: This paper is the product of professional research performed by staff of the {}, "
                  "and was prepared at the request of its members.\n")
    uscc = "U.S.-China Economic and Security Review Commission"
    assert outlet_of("Missile defense and its critics\n\n" + EN_STORY * 2 + disclaimer.format(uscc)) == uscc
    assert outlet_of("Missile defense and its critics\n\n" + EN_STORY * 2
                     + disclaimer.format("Harbor Valley Research Board")) is None


def test_a_copyright_line_reserving_the_rights_first_names_its_holder_but_not_a_covers():
    assert outlet_of("Defense strategies reconsidered\n\n" + EN_STORY * 2 + "© All rights reserved, Ifri, 2021\n") \
        == "Ifri"
    assert outlet_of("Defense strategies reconsidered\n\n" + EN_STORY * 2 + "Cover: © Japan Ministry of Defense\n") \
        is None


def test_the_state_departments_office_of_the_spokesperson_names_it():
    page = "Senior Official on Pacific Affairs\n\nSpecial Briefing\nOffice of the Spokesperson\nWashington, D.C.\n"
    assert outlet_of(page + EN_STORY * 2) == "U.S. Department of State"
    assert outlet_of(page.replace("Office of the Spokesperson\n", "") + EN_STORY * 2) is None


def test_official_pages_notes_and_document_sites_tools_are_furniture():
    notes = ("(This is a provisional translation of the minister's remarks for reference purposes only)\n"
             "The original text is in Japanese.\nEmbed Size (px)\nCitation preview\n"
             "Click here for the full text (PDF) of the article.\n"
             "The opinions expressed in this text are the responsibility of the author alone.\n")
    kept = "\n".join(clean_page("Allies draw closer\n\n" + notes + "\n" + EN_STORY * 2).paragraphs)
    assert all(line not in kept for line in notes.splitlines())
    sentence = "The original text of the accord is in the archive of the ministry, officials said on Friday."
    assert sentence in clean_page(f"Allies draw closer\n\n{EN_STORY}{sentence}\n\n{EN_STORY}").paragraphs
