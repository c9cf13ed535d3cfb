"""Round 70 (issue 14): a proposed event's title without a wire's dateline of any credit and
punctuation ("Osaka, 14 March 2021 (dpa) – ", "Manila/Hanoi, May 2 (EFE).- "), without what a date
taken out leaves ("'te", "and night", "Launched,", "Then,"), and without page text ("[12]",
"[Updated 9:10 a.m.]", "(KST),", an unfilled template key); kept: a place that is the subject,
"Seoul, Tokyo agree", a name and its initials, "Then-President", a company named like a time zone."""

import pytest

from corpus.title_page_text import past_the_dateline, without_page_text
from tests.test_proposal_titles_twentieth_round import titled
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a dateline: a day before its month, a credit with a slash, an en dash
    ("Osaka, 14 March 2021 (dpa) – Japan's trade minister on Sunday visited the port.", "on Sunday", "visited",
     "Japan's trade minister visited the port"),
    # a credit and no dash; a credit and no space after it
    ("Nagoya, Oct 9 (IANS) Local officials on Friday welcomed the treaty.", "on Friday", "welcomed",
     "Local officials welcomed the treaty"),
    ("INCHEON, June 4 (Asia Wire)Divers on Monday found the wreck.", "on Monday", "found", "Divers found the wreck"),
    # two places and a Spanish wire's ".-", its date the proposal's: the story's own sentence stays
    ("Manila/Hanoi, May 2 (EFE).- The two navies said on Tuesday that they held drills.", "May 2", "held",
     "The two navies held drills"),
    # a syndicator's bracket before the dateline; the story's weekday goes in place of the dateline's date
    ("(ABC- Gulf News Agency (GNA)) SEOUL, Oct 2 (GNA) -- The cabinet on Monday approved the bill.", "Oct 2",
     "approved", "The cabinet approved the bill"),
    # a dateline that opens with its date; a country after the city and a date in brackets
    ("Oct. 2 (UPI) — The cabinet approved the bill on Monday.", "on Monday", "approved",
     "The cabinet approved the bill"),
    ("SEOUL, KOREA (MAY 3, 2015) (WIRE) - The ministry on Monday issued a warning.", "on Monday", "issued",
     "The ministry issued a warning"),
])
def test_a_dateline_of_any_credit_and_punctuation_is_left_out(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a case ending written onto the date
    ("Bakanlık, Mart 2023'te anlaşmayı imzaladı.", "Mart 2023", "imzaladı", "Bakanlık, anlaşmayı imzaladı"),
    # a second part of the day after the date's, whether the date holds the first or not
    ("The city was flooded on Sunday morning and night by the storm.", "Sunday morning", "flooded",
     "The city was flooded by the storm"),
    ("The city was flooded on Sunday morning and night by the storm.", "Sunday", "flooded",
     "The city was flooded by the storm"),
    # a participle whose phrase was only the date; "Then" whose date went
    ("Launched in May, it sold a million copies.", "May", "sold", "It sold a million copies"),
    ("Then on May 8, the cabinet approved the plan.", "May 8", "approved", "The cabinet approved the plan"),
])
def test_what_a_date_taken_out_leaves_goes_with_it(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("North Korea on Monday fired [12] a short-range missile.", "on Monday", "fired",
     "North Korea fired a short-range missile"),
    ("[Updated 9:10 a.m.] The navy on Monday rescued six fishermen.", "on Monday", "rescued",
     "The navy rescued six fishermen"),
    # a clock's zone, its clock gone (before the date, or after it)
    ("(KST) on May 5, a patrol boat fired warning shots.", "May 5", "fired", "A patrol boat fired warning shots"),
    ("On May 5, KST, the patrol boat fired warning shots.", "May 5", "fired", "The patrol boat fired warning shots"),
    ("nav.story_head On the 3rd, a new bridge opened.", "On the 3rd", "opened", "A new bridge opened"),
    # a credit its dateline left; the brackets a date in them leaves
    ("(CityWire) The mayor opened the new bridge on May 3.", "May 3", "opened", "The mayor opened the new bridge"),
    ("The two sides signed on Sunday [15 May 2021] a trade pact.", "15 May 2021", "signed",
     "The two sides signed on Sunday a trade pact"),
    # an office with "of" in its country goes whole, not leaving "Republic of"
    ("On Monday, U.S. President Joe Biden, Republic of Korea President Yoon Suk Yeol and Japanese Prime Minister "
     "Fumio Kishida met at the retreat.", "On Monday", "met",
     "Joe Biden, Yoon Suk Yeol and Fumio Kishida met at the retreat"),
])
def test_page_text_is_left_out_of_a_title(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("Tokyo said on Monday it would end the pact.", "on Monday", "said", "Tokyo would end the pact"),
    ("Seoul, Tokyo agree on Monday to share intelligence.", "on Monday", "agree",
     "Seoul, Tokyo agree to share intelligence"),
    ("Seoul, Tokyo (and Washington) agreed on Monday to share intelligence.", "on Monday", "agreed",
     "Seoul, Tokyo (and Washington) agreed to share intelligence"),
    ("The Democratic Party (DP) Chairman Lee on Monday resigned.", "on Monday", "resigned",
     "The Democratic Party (DP) Chairman Lee resigned"),
    ("Ahmed on Monday, however, resigned.", "on Monday", "resigned", "Ahmed, however, resigned"),
    ("[The ministry] on Monday said it would respond.", "on Monday", "said", "[The ministry] would respond"),
    ("Then-President Park on Monday signed the pact.", "on Monday", "signed", "Then-President Park signed the pact"),
    ("The city was flooded on Monday and night raids followed.", "on Monday", "flooded",
     "The city was flooded and night raids followed"),
    ("KST Holdings on Monday bought the plant.", "on Monday", "bought", "KST Holdings bought the plant"),
    ("The mayor (and his aides) on Monday opened the bridge.", "on Monday", "opened",
     "The mayor (and his aides) opened the bridge"),
])
def test_a_place_a_name_or_a_word_that_only_looks_like_page_text_stays(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


def test_a_dateline_holding_the_verb_is_not_taken():
    sentence = "Tokyo, May 2 (wire) - report."
    assert past_the_dateline(sentence, (7, 12), (0, 5)) == (sentence, (7, 12), (0, 5))


@pytest.mark.parametrize("hostile", [" " * 50_000, "Seoul " * 20_000, "Tokyo/" * 20_000 + " Nov. 3 (x)",
                                     "(" + "a(b)" * 20_000, "[" + "1" * 30_000, "a_" * 20_000, "SEOUL, " * 20_000],
                         ids=["spaces", "words", "slashes", "brackets", "square", "underscores", "commas"])
def test_hostile_text_is_read_quickly(hostile):
    def read() -> None:
        past_the_dateline(hostile, (len(hostile), len(hostile)), None)
        without_page_text(hostile)
    assert_runs_quickly(read)
