"""Issue 13's nineteenth intake round, on texts of our own: first what the odd halves of
`holdout26` and `holdout27` showed, then (after "Written from the even halves") what the even
halves showed once they had been scored blind. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.datelines import read_dateline
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.quoted_pages import reports_intro_credit, self_pitch_credit
from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

LONG_STORY = f"{STORY} {STORY}"


# No wrong outlet: a source line under a box's title inside the story is the box's source; one
# between the story's sentences counts only when the page names no outlet elsewhere.

def test_a_source_line_inside_the_story():
    boxed = (f"Pact signed\n\n{LONG_STORY}\n\n{LONG_STORY}\n\nStatement issued by the ministry\n"
             f"Source: Kyodo News\n\n\"{LONG_STORY}\"\n")
    assert outlet_of(boxed) is None
    pitch = "The Japan Times is where you will find the latest news from Japan. Follow us on Twitter!"
    between = f"Pact signed\n\n{LONG_STORY}\n\nSource: Kyodo News\n\nDetails: {LONG_STORY}\n"
    assert outlet_of(f"{between}\n{pitch}\n") == "The Japan Times"
    assert outlet_of(between) == "Kyodo News"  # no other name: as before
    # above the text or under it, the page's own source line, before the other places
    assert outlet_of(f"Pact signed\nSource: Kyodo News\n\n{LONG_STORY}\n\n{LONG_STORY}\n\n{pitch}\n") == "Kyodo News"
    assert outlet_of(f"Pact signed\n\n{LONG_STORY}\n\n{LONG_STORY}\n\nSource: Kyodo News\n") == "Kyodo News"


# Outlets: a site quoting another's story whole; a site's pitch for itself; three wires' credits.

def test_a_site_quoting_a_listed_outlets_story_from_its_first_words():
    assert reports_intro_credit(f"The Japan Times reports: \"{STORY}", outlets()) == "The Japan Times"
    assert outlet_of(f"Pact signed\n\nThe Japan Times reports: \"{LONG_STORY}\"\n\nView Original Article\n") \
        == "The Japan Times"
    assert reports_intro_credit(f"The Japan Times reports that {STORY}", outlets()) is None  # no quotation
    assert reports_intro_credit(f"Harbor Gazette reports: \"{STORY}", outlets()) is None  # not listed


def test_a_sites_pitch_for_itself_closing_the_page():
    pitch = "The Japan Times is where you will find the latest news from Japan. Follow us on Twitter!"
    assert self_pitch_credit(pitch, outlets()) == "The Japan Times"
    assert outlet_of(f"Pact signed\n\n{LONG_STORY}\n\n{LONG_STORY}\n\n{pitch}\n") == "The Japan Times"
    # a story's sentence about an outlet asks no one to follow it
    assert self_pitch_credit("The Japan Times is a daily paper founded in 1897.", outlets()) is None
    assert self_pitch_credit("Harbor Gazette is where you read it first. Follow us!", outlets()) is None


def test_three_wires_credited_in_the_dateline():
    dateline = read_dateline(f"TOKYO (AP, AFP, REUTERS) - {STORY}")
    assert dateline.credit == "AP, AFP, REUTERS"
    assert outlet_of(f"Pact signed\n\nTOKYO (AP, AFP, REUTERS) - {LONG_STORY}\n") in ("Associated Press", "AFP", "Reuters")
    assert read_dateline(f"TOKYO (AP, AFP, REUTERS, BLOOMBERG) - {STORY}") is None  # four: a list


# Dates: a "last updated" stamp whose day the page names; a date glued to the headline;
# a numeric date's order by the weekday named as today.

def test_a_last_updated_stamp_is_the_pages_day_when_the_page_names_that_day():
    stamp = "Last Updated: Wednesday, 23 November 2016, 16:17 GMT 17:17 UK"
    caption = "Officials sign the pact in Seoul, 23 November 2016"
    assert date_of(f"{stamp}\nPact signed\n{caption}\n\n{LONG_STORY}\n") == "2016-11-23"
    # the stamp alone: a later change's day, as before
    assert date_of(f"{stamp}\nPact signed\n\n{LONG_STORY}\n") is None
    other_day = "Officials sign the pact in Seoul, 22 November 2016"
    assert date_of(f"Last Updated: 2024-04-23 20:02\nPact signed\n{other_day}\n\n{LONG_STORY}\n") is None


def test_a_date_glued_to_the_headline_as_copied():
    line = "Seoul and Tokyo sign intelligence pact23 November 2016 1406 hrs (SST) 0606 hrs (GMT)"
    assert find_date_line(line).value == "2016-11-23"
    assert date_of(f"{line}\n{LONG_STORY}\n") == "2016-11-23"
    # a sentence with its date apart, or a glued date with more words after it, is none
    assert find_date_line("The two sides signed the pact on 23 November 2016 in Seoul") is None
    assert find_date_line("Seoul and Tokyo sign the pact23 November 2016 and talks follow") is None
    assert find_date_line("signed the pact23 November 2016") is None  # a few words, not a headline


def test_a_numeric_dates_order_by_the_weekday_named_as_today():
    lead = "Officials say the two governments signed the intelligence pact today (WED) in Seoul."
    assert date_of(f"Pact signed\n\n11-23-2016 11:54\n\n{lead} {STORY}\n") == "2016-11-23"
    assert date_of(f"Pact signed\n\n07-05-2006 11:54\n\n{lead} {STORY}\n") == "2006-07-05"
    # no weekday named as today ("on Wednesday" may be the day before), or none fitting: unknown
    on_wednesday = lead.replace("today (WED)", "on Wednesday")
    assert date_of(f"Pact signed\n\n07-05-2006 11:54\n\n{on_wednesday} {STORY}\n") is None
    assert date_of(f"Pact signed\n\n07-05-2006 11:54\n\n{lead.replace('WED', 'FRI')} {STORY}\n") is None


# Furniture: paywalls' and newsletters' prompts, an aggregator's link, a broadcaster's note.

def test_reader_prompts_are_furniture():
    from corpus.intake.furniture import is_furniture
    for line in ("You have reached your article limit for this month.",
                 "Subscribe now and enjoy unlimited digital access to Harbor Gazette",
                 "Already a Harbor Gazette subscriber? Activate or Log in",
                 "Thank you for visiting our site. To continue reading this story please subscribe or log in.",
                 "Get The Harbor Gazette in your inbox!", "Thank you for subscribing!",
                 "  • Stay up to date on the harbour's news. Delivered every Monday.",
                 "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                 "View Original Article", "We want to hear from you! Send us a message at tips@example.com.",
                 "Some information for this report was provided by AFP and Reuters.",
                 "(Web editor: Jane Roe, John Doe)", "  1 2 3  ", "Previous Page 1 2 Next Page",
                 "Inline Feedbacks", "View all comments", "| License Photo", "Filed under: Korea • Japan",
                 "Download: Full Size (1.86 MB)", "View on harborgazette", "Read the full post at Harbor Gazette.",
                 "Stay connected to the harbour for as little as 99¢!", "Jane Roe, Getty Images",
                 "/ Harbor Gazette Photo", "Staff Reporter", "In depth", "Video: The pact's signing",
                 "RELATED Seoul and Tokyo sign the pact",
                 "(The views and facts in the post do not reflect the opinions of Harbor Gazette.)"):
        assert is_furniture(line), line
    for line in ("The limit was reached on Tuesday, officials said.", "Delivered every weekday, the pact's text was read.",
                 "The pact was signed in 2016, and 3 talks followed.", "Subscribers in Seoul welcomed the pact.",
                 "The remarks do not reflect the views of Seoul, an official said.", "Related talks followed",
                 "Jane Roe, Harbor Gazette", "The video: it shows the signing."):
        assert not is_furniture(line), line


# Written from the even halves: a wiki's tagline, a breadcrumb's home, links to the original,
# a source with a note in brackets or run on as an address, a reporter's sign-off without its
# full stop, a place's comma before a listed credit, a date in brackets closing a quotation.

def test_a_sites_pointers_to_itself_or_to_the_original():
    from corpus.intake.site_pointers import noted_source_credit, site_pointer_credit
    directory = outlets()
    assert site_pointer_credit("From Wikinews, the free news source you can write!", directory) == "Wikinews"
    assert site_pointer_credit("YOU ARE HERE: LAT HomeCollections", directory) == "LAT"
    assert site_pointer_credit("View on euronews", directory) == "euronews"
    assert site_pointer_credit("Read the full post at The Epoch Times.", directory) == "The Epoch Times"
    assert noted_source_credit("Source: Deutsche Welle [German state media]", directory) == "Deutsche Welle"
    assert noted_source_credit(f"{STORY} source: cnn.com", directory) == "CNN"
    # unlisted names, or words that are no site's
    assert site_pointer_credit("From Harbor Gazette, the free paper", directory) is None
    assert site_pointer_credit("From Seoul, the two leaders flew on", directory) is None
    assert site_pointer_credit("View on the pact's second article", directory) is None
    assert noted_source_credit("Source: officials [unnamed]", directory) is None
    assert noted_source_credit(f"{STORY} source: harbor-gazette.example", directory) is None
    assert outlet_of(f"Pact signed\n\n{LONG_STORY}\n\nRead the full post at The Epoch Times.\n") == "The Epoch Times"


def test_a_reporters_sign_off_without_its_full_stop():
    closing = f"Pact signed\n\n{LONG_STORY}\n\n{LONG_STORY}\nJane Roe, Arirang News\nKOGL : Korea Open Government License\n"
    assert outlet_of(closing) == "Arirang"
    from corpus.intake.credit_lines import signed_credit
    lines = tuple(closing.splitlines())
    assert signed_credit(lines, outlets()) == "Arirang"
    assert signed_credit(tuple(line.replace("Arirang News", "Harbor Gazette") for line in lines), outlets()) is None


def test_a_place_and_a_comma_before_a_listed_credit_without_a_dash():
    assert read_dateline(f"Moscow, (Asian independent) {STORY}").credit == "Asian independent"
    assert read_dateline(f"Moscow, (Harbor news) {STORY}") is None  # not listed
    assert outlet_of(f"Pact signed\n\nMoscow, (Asian independent) {LONG_STORY}\n") == "The Asian Independent"


def test_a_date_in_brackets_closing_a_quoted_story():
    assert date_of(f"Pact signed\n\nSource: Harbor Gazette\n\n\"{LONG_STORY}\" (11/23/16)\n") == "2016-11-23"
    # the order undecided, or brackets inside the story: unknown
    assert date_of(f"Pact signed\n\n\"{LONG_STORY}\" (11/10/16)\n") is None
    assert date_of(f"Pact signed\n\n{STORY} (11/23/16) {STORY}\n") is None


def test_a_subhead_between_the_storys_paragraphs_is_furniture():
    from corpus.cleaning import clean_page
    page = clean_page(f"Pact signed\n\n{LONG_STORY}\n\nHeavy blow\n\n{LONG_STORY}\n\nWIDESPREAD DEVASTATION\n\n{STORY}\n")
    assert "Heavy blow" not in page.paragraphs and "WIDESPREAD DEVASTATION" not in page.paragraphs
    # a quotation as a heading, a short sentence, or a line ending the text stays
    quoted = clean_page(f"Pact signed\n\n{LONG_STORY}\n\n'Deeply sad day'\n\n{LONG_STORY}\n\nHe was 85.\n\n{STORY}\n")
    assert "'Deeply sad day'" in quoted.paragraphs and "He was 85." in quoted.paragraphs
