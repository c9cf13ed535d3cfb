"""Issue 13's hundred-and-third intake round, on texts of our own: a site's stamp under the story that names its
poster or its paper before the day ("Posted by: Jane Roe 2013-04-09", "Posted by Jane Roe on April 9, 2013",
"Published in The Daily Courier, May, 28 2024"), or a Portuguese feed plugin's sentence saying when the post it copies
was published ("O post “…” foi publicado em 11th November 2019 e pode ser visto originalmente na fonte …"), dates a
page that prints no other date, as "Published on <date>" under the story does. The negatives keep what must not
change: a blog's clock without a day ("Posted by X at 3:14 AM"), a sentence naming a journal or a paper and a day, a
stamp with words after its day, two stamps under the story (a list of posts), a stamp above the story's last lines,
a page whose date line stands above the story."""

from __future__ import annotations

import pytest

from corpus.intake.posting_stamps import signed_posting_stamp
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

STORY = ("North Korea pulled all of its workers out of the Kaesong industrial park, the Unification Ministry said, "
         "calling the step unjustified and warning that the North alone would answer for what followed.")
MORE = ("About 54,000 North Koreans work there for 123 South Korean companies, and some 475 South Koreans are still "
        "in the park, all of them safe, officials in Seoul said.")


# (the story runs past the opening's lines, where a date line is read as the page's whatever its words)
REST = tuple(f"Paragraph {number} of the story tells of the talks that followed, and of what officials in Seoul and "
             f"Pyongyang said about the park's future over the next weeks." for number in range(2, 14))


def _page(*after: str, before: tuple[str, ...] = ()) -> str:
    return "\n\n".join(("North Korea takes its workers out of Kaesong", *before, STORY, *REST, MORE, *after))


# What the rule reads (fails on main: no reading of these stamps)

@pytest.mark.parametrize("line, day", [
    ("Posted by: Jane Roe 2013-04-09", "2013-04-09"),
    ("Posted by Jane Roe on April 9, 2013", "2013-04-09"),
    ("Posted by Jane Roe on Tuesday, April 9, 2013", "2013-04-09"),
    ("Posted by May Smith on June 3, 2013", "2013-06-03"),  # a poster named as a month is a poster
    ("Posted by admin 2013-04-09 10:12", "2013-04-09"),
    ("Published in The Daily Courier, May, 28 2024", "2024-05-28"),
    ("Published in The Daily Courier, May 28, 2024", "2024-05-28"),
    ("O post “Bolívia: o domingo” foi publicado em 11th November 2019 e pode ser visto originalmente na fonte Fora!",
     "2019-11-11"),
])
def test_a_signed_posting_stamp_gives_its_day(line, day):
    assert signed_posting_stamp(line) == day


def test_a_page_s_signed_stamp_under_the_story_dates_it():
    found = described(_page("Posted by: Jane Roe 2013-04-09"))
    assert found["date"] == "2013-04-09" and "Posted by: Jane Roe" in found["date_provenance"]
    assert described(_page("Published in The Daily Courier, May, 28 2024", "Follow us on Twitter."))[
        "date"] == "2024-05-28"


# What it must not do

@pytest.mark.parametrize("line", [
    "Posted by tstrr at 3:14 AM",  # Blogger's clock: no day
    "Posted by Pacific Sentinel at 05:30",
    "Posted by: Jane Roe",
    "Posted by Jane Roe 2013-04-09 in News",  # words after the day
    "Posted by Jane Roe 2013-02-30",  # no such day
    "Published in The Lancet, the study found that 3 of 4 patients recovered",
    "Published in Nature, March 3, 2020, the study found a new particle",
    "The study was published in Nature on March 3, 2020.",
    "O post foi publicado em 11th November 2019.",  # not the plugin's sentence
    "Posted in News on April 9, 2013",  # a category, read by no rule here
])
def test_what_is_no_signed_stamp_gives_none(line):
    assert signed_posting_stamp(line) is None


def test_a_page_with_two_stamps_or_a_stamp_above_the_last_lines_is_not_dated_by_them():
    two = _page("Posted by: Jane Roe 2013-04-09", "Posted by: John Doe 2013-04-10")
    assert described(two).get("date") is None  # a list of posts
    high = _page("Posted by: Jane Roe 2013-04-09", MORE, MORE, MORE)
    assert described(high).get("date") is None  # above the story's last lines


def test_a_date_line_above_the_story_stands_over_the_stamp_under_it():
    found = described(_page("Posted by: Jane Roe 2013-04-12", before=("April 9, 2013",)))
    assert found["date"] == "2013-04-09"


# Hostile texts

def test_the_stamps_are_read_quickly_on_hostile_lines():
    for what, line in (
            ("a poster's name of 50,000 words", "Posted by " + "Jane " * 50_000 + "2013-04-09"),
            ("100,000 spaces", "Posted by" + " " * 100_000 + "x"),
            ("a paper's name of 100,000 letters", "Published in " + "A" * 100_000 + ", May, 28 2024"),
            ("a plugin's title of 20,000 words", "O post " + "foi publicado em " * 6_000 + "x"),
            ("20,000 commas", "Published in The Courier" + ", May" * 20_000),
            ("a poster's name before 100,000 spaces", "Posted by Jane" + " " * 100_000 + "x"),
            ("100,000 spaces after a paper", "Published in The Courier," + " " * 100_000 + "x"),
            ("100,000 spaces after the plugin's day",
             "O post “x” foi publicado em 11th November 2019" + " " * 100_000 + "x"),
            ("a plugin's title in 100,000 spaces", "O post" + " " * 100_000 + "“x” foi publicado em 1")):
        assert_runs_quickly(lambda: signed_posting_stamp(line), what=what)
