"""Names and dates as a reader's copy runs a page's elements together or keeps its buttons and
brackets: a byline glued to its date's label, a label glued to the day, a masthead with the
site's buttons after it, a wire's closing credit in square brackets, a follow prompt in
brackets. Examples are invented in the forms real pages print."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.printed_dates import find_date_line
from corpus.metadata import date_from_page
from tests.test_metadata_header_names import BODY
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

TITLE = "Seoul keeps the pact\n"
LONG_BODY = BODY * 4  # a closing line well below the opening lines


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


@pytest.mark.parametrize("raw, outlet", [
    # a byline of the outlet glued to the date's label
    (TITLE + "By The Japan TimesUpdated : Aug 2, 2021 - 09:12\n" + BODY, "The Japan Times"),
    (TITLE + "By Korea HeraldPublished : May 3, 2015 - 18:40\n" + BODY, "The Korea Herald"),
    # a masthead with the site's buttons copied after it
    ("Yonhap News Agency menu search\n" + TITLE + BODY, "Yonhap"),
    ("The Straits Times ☰\n" + TITLE + BODY, "The Straits Times"),
    # the wire's credit in square brackets on the last line
    (TITLE + LONG_BODY + "[Kyodo]\n", "Kyodo News"),
    (TITLE + LONG_BODY + "[Jiji Press]\n", "Jiji Press"),
    (TITLE + LONG_BODY + "The talks resume next week, officials said. [Yonhap]\n", "Yonhap"),
    # a follow prompt in brackets naming the site by its address
    (TITLE + LONG_BODY + "(Follow koreaherald.com on Facebook and on Twitter for updates)\n",
     "The Korea Herald"),
    # the Japanese paper and its English magazine are two outlets
    (TITLE + "Oct 3 (Nikkei) - " + BODY, "Nikkei"),
    (TITLE + BODY + "Republished with permission from Nikkei Asian Review.\n", "Nikkei Asia"),
    # outlets of the list added this round, by name and by address
    (TITLE + "By VOV World\n" + BODY, "Voice of Vietnam"),
    (TITLE + BODY + "www.chinaview.cn\n", "Xinhua"),
    (TITLE + BODY + "© 2024 Southeast Missourian\n", "Southeast Missourian"),
])
def test_names_in_copied_forms(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    TITLE + "By Jane RoePublished : May 3, 2015 - 18:40\n" + BODY,  # a person's byline
    "Politics close\n" + TITLE + BODY,  # a section with a button, no outlet
    TITLE + BODY + "[Editing by Jane Roe]\n",  # an editor's note in brackets
    TITLE + BODY + "[Photo]\n",
    TITLE + LONG_BODY + "He said so in a statement. [Reporting by Jane Roe]\n",
    TITLE + BODY + "(Follow us on Facebook and on Twitter for updates)\n",
])
def test_copied_forms_naming_no_outlet(raw):
    assert outlet_of(raw) is None


@pytest.mark.parametrize("line, value", [
    ("Published date09 March 2023", "2023-03-09"),
    ("Posted14 May 2021 10:00", "2021-05-14"),
    ("Date 12 January 2020", "2020-01-12"),
])
def test_a_label_glued_to_the_day(line, value):
    assert find_date_line(line).value == value


@pytest.mark.parametrize("line", ["candidate12 May 2020 was chosen", "mandate12 May 2020"])
def test_a_word_ending_like_a_label_is_not_one(line):
    assert find_date_line(line) is None


def test_a_glued_label_dates_the_page():
    raw = TITLE + "\nPublished date09 March 2023\nPublication titleThe Korea Times\n\n" + BODY
    assert date_of(raw) == "2023-03-09"


def _lead(weekday_phrase: str) -> str:
    return (f"Officials of the two governments met in Seoul {weekday_phrase} to go over the "
            "text of the agreement, a spokesman said.\n" + BODY)


@pytest.mark.parametrize("above, lead, value", [
    # a blog's date over its post: the lead's news day falls on it or shortly before
    ("Friday, June 29, 2012", _lead("on Wednesday"), "2012-06-29"),
    ("Saturday, April 16, 2016", _lead("on Saturday"), "2016-04-16"),
    ("April 08, 2020", _lead("on Tuesday"), "2020-04-08"),
    ("June 29, 2012", _lead("this week"), "2012-06-29"),  # no weekday in the lead: as before
    # a site's clock: the day the page was read
    ("Saturday, September 26, 2020", _lead("this week"), None),  # no news day to agree
    ("Saturday, September 26, 2020", _lead("on Monday"), None),  # five days after the news
    ("April 06, 2020", _lead("on Tuesday morning"), None),  # the Monday after a Tuesday
])
def test_a_date_alone_above_every_title_and_the_leads_weekday(above, lead, value):
    assert date_of(f"{above}\n\nSeoul keeps the pact with Tokyo\n\n{lead}") == value


def test_a_date_under_the_title_still_wins_over_one_above():
    raw = ("Saturday, September 26, 2020\nSeoul keeps the pact with Tokyo\nAug 24. 2019\n"
           + _lead("on Friday"))
    assert date_of(raw) == "2019-08-24"


def test_a_copy_made_through_markdown():
    raw = ("Seoul keeps the pact\n![](https://example.org/pic.jpg) |\n. | ![]() |\n"
           "![]() by Staff Writers Seoul (AFP) Nov 22, 2019\n" + BODY
           + "The [ministry's statement](https://example.org/statement) is online.\n")
    page = clean_page(raw)
    assert date_of(raw) == "2019-11-22" and outlet_of(raw) == "Agence France-Presse"
    assert page.paragraphs[-1] == "The ministry's statement is online."
    assert not any("![" in paragraph or "](" in paragraph for paragraph in page.paragraphs)
