"""Issue 13's ninety-fourth intake round, on texts of our own: a forum post pastes a story with its head, the writers
and the outlet on a line, the original's day alone under it ("By Jane Roe and Kim Min-jun Bloomberg" / "July 7,
2019,"), below the post's own stamp; a page printing no date closes its story on a listed outlet's bracket and its day
("(CCTV August 31, 2009)"). The negatives keep what must not change: a byline naming no outlet or the outlet alone,
an update's stamp, a day in the story's prose, a copyright year, a bracket naming a place, a day without its year or
in numbers alone, and a page's own date line over the bracket."""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from corpus.intake.pasted_bylines import pasted_byline_date
from corpus.intake.stamped_credits import listed_closing_day
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly
FORUM_HEAD = ("Welcome to the board! A community of readers who talk about the news of the day, where members post "
              "stories and discuss them. Join us: create a free account. Latest topics, all forums, help and search\n\n"
              "riverwatcher\n\n(1,204 posts)\n\nTue Mar 16, 2021, 09:12 AM\n\n"
              "Delta levees give way after a week of rain\n\nDelta levees give way after a week of rain\n")
STORY = ("\nRescue crews worked through the night after the levees along the delta broke under days of rain, officials "
         "said, and thousands of residents were moved to schools and sports halls on higher ground.\n\n"
         "Farmers said the water had ruined the spring planting and asked the government for help with seed and "
         "fuel, while engineers warned that the river would stay high for at least another week.\n")
POST_S_OWN_DAY = "2021-03-16"


def _post(head: str) -> str:
    return f"{FORUM_HEAD}{head}\n{STORY}"


PASTED_HEADS = [  # (the pasted byline and the line under it, the page's day)
    ("By Jane Roe and Kim Min-jun Bloomberg\nMarch 15, 2021,", "2021-03-15"),
    ("By Jane Roe, Reuters\nMarch 15, 2021", "2021-03-15"),
    ("By Jane Roe / The Associated Press\n15 March 2021", "2021-03-15"),
    ("By Jane Roe\nMarch 15, 2021", POST_S_OWN_DAY),  # no listed outlet: no original credited
    ("By Reuters\nMarch 15, 2021", POST_S_OWN_DAY),  # the outlet alone: a site's own byline form
    ("By Jane Roe, Reuters\nUpdated March 15, 2021", POST_S_OWN_DAY),  # an update's stamp, read by its own rules
    ("By Jane Roe, Reuters\nMarch 2021", POST_S_OWN_DAY),  # no day
    ("By Jane Roe, Reuters\n© 2021 Reuters", POST_S_OWN_DAY),  # a copyright year
    ("By Jane Roe, Reuters\nThe levees of March 15, 2021 were built in 1950.", POST_S_OWN_DAY),  # the story's prose
]


@pytest.mark.parametrize(("head", "day"), PASTED_HEADS)
def test_a_pasted_byline_s_day_dates_the_post_over_its_own_stamp(head, day):
    assert described(_post(head))["date"] == day


def test_a_pasted_byline_names_a_writer_and_a_listed_outlet():
    directory = outlets()
    assert pasted_byline_date(("By Jane Roe Bloomberg", "March 15, 2021", STORY.strip().splitlines()[0]), directory) \
        == ("2021-03-15", "By Jane Roe Bloomberg")  # (the story's lead after the day: review 42)
    assert pasted_byline_date(("By Jane Roe Harbor Gazette", "March 15, 2021"), directory) is None  # unlisted
    assert pasted_byline_date(("March 15, 2021", "By Jane Roe, Reuters"), directory) is None  # the day above it
    assert pasted_byline_date(("By Jane Roe, Reuters", "", "March 15, 2021"), directory) is None  # not the next line
    assert pasted_byline_date(("By the way, Reuters said", "March 15, 2021"), directory) is None  # a sentence


def test_a_story_s_day_in_the_prose_of_a_post_without_a_pasted_head_leaves_its_stamp():
    prose = "The levees were last raised on March 15, 2021, by Jane Roe's crew, Reuters reported."
    assert described(_post(prose))["date"] == POST_S_OWN_DAY


CLOSING_BRACKETS = [  # (the story's last line, its day)
    ("(CCTV August 31, 2009)", "2009-08-31"),
    ("… the vote, officials said. (Xinhua News Agency May 25, 2009)", "2009-05-25"),
    ("…見通し。(朝日新聞デジタル 2017年01月09日 14時29分)", "2017-01-09"),
    ("(Geneva, 4th July 2012)", None),  # a place
    ("(Published Wednesday, Oct. 29, 2014)", None),  # no outlet
    ("(CCTV August 2009)", None),  # no day
    ("(CCTV August 31)", None),  # no year
    ("(CCTV 04.07.2012)", None),  # a day in numbers: the order open
    ("…見通し。(毎日新聞 8月31日2時18分)", None),  # no year
    ("(AP Photo/Lee Jin-man)", None),  # a picture's credit
    ("(Copyright CCTV 2009)", None),
    ("He told CCTV (CCTV August 31, 2009) that the vote was fair.", None),  # inside the paragraph
]


@pytest.mark.parametrize(("line", "day"), CLOSING_BRACKETS)
def test_a_listed_outlet_s_bracket_and_full_day_close_the_story(line, day):
    assert listed_closing_day(line, outlets()) == day


PAGE_TITLE = "Opposition wins the lower house in a landslide\n\n"
LONG_STORY = STORY * 5  # the bracket under the story, far below the opening's lines


CLOSED_PAGES = [  # (the page, its day)
    (f"{PAGE_TITLE}{LONG_STORY}\n(CCTV August 31, 2009)\n", "2009-08-31"),  # it prints no day of its own
    (f"{PAGE_TITLE}September 1, 2009\n{LONG_STORY}\n(CCTV August 31, 2009)\n", "2009-09-01"),  # its own date line
    (f"{PAGE_TITLE}{LONG_STORY}\n(Geneva, August 31, 2009)\n", None),  # a place, no outlet
    # a blog quoting a story: the credit and its day above the blogger's own words
    (f"{PAGE_TITLE}{LONG_STORY}\n(CCTV August 31, 2009)\n{STORY}", None),
]


@pytest.mark.parametrize(("page", "day"), CLOSED_PAGES, ids=range(len(CLOSED_PAGES)))
def test_the_closing_bracket_dates_only_a_page_that_prints_no_day(page, day):
    assert described(page)["date"] == day


HOSTILE_LINES = [
    "By " + "Jane Roe and " * 9 + "Bloomberg",
    "By " + "A, " * 40,
    "By " + "Jane / " * 17,
    "By " + "A" * 100_000,
]


@pytest.mark.parametrize("byline", HOSTILE_LINES, ids=range(len(HOSTILE_LINES)))
def test_hostile_bylines_are_read_quickly(byline):
    lines = tuple([byline, "March 15, 2021"] * 500 if len(byline) < 1000 else [byline, "March 15, 2021"])
    directory = outlets()
    assert_runs_quickly(lambda: pasted_byline_date(lines, directory))


HOSTILE_BRACKETS = [
    "(" + "CCTV " * 20_000 + "August 31, 2009)",
    "(CCTV " + "August 31, " * 9_000 + "2009)",
    "x. (" * 25_000 + ")",
    "(" + "1" * 100_000 + ")",
]


@pytest.mark.parametrize("line", HOSTILE_BRACKETS, ids=range(len(HOSTILE_BRACKETS)))
def test_hostile_brackets_are_read_quickly(line):
    directory = outlets()
    assert_runs_quickly(lambda: listed_closing_day(line, directory))
