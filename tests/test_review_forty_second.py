"""Review 42 (session 32), on session 31's merged intake rules, with texts of our own: a pasted byline and day are
the original's only over the pasted story's lead (a box of other stories prints a byline and a day over the next
story's headline); a "By" line ending on a source the writer cites ("By Jane Roe,
Citing Reuters") names no outlet of the page, pasted or not; a sentence's "knew", "felt", "understood" tell a view
or a state of mind, as "thought" does, not a deed to propose as an event (round 92 read them as deeds)."""

from __future__ import annotations

import pytest

from corpus.intake.credits import byline_credit
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.pasted_bylines import pasted_byline_date
from index.plain_verbs import Quotations, plain_verbs, quoted
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_ninety_fourth_round import POST_S_OWN_DAY, _post
from tests.test_intake_thirty_third_round import described
from tests.test_proposal_captions import proposed

LEAD = ("Rescue crews worked through the night after the levees along the delta broke under days of rain, officials "
        "said, and thousands of residents were moved to schools on higher ground.")
BOX = ("More stories\nSeoul and Tokyo resume talks on trade\nBy Jane Roe, Reuters\nMarch 2, 2021\n"
       "Floods close schools in the north\nBy John Doe, Reuters\nMarch 1, 2021\nMarkets end the week higher\n")


def test_a_box_of_other_stories_under_the_post_leaves_the_post_s_own_day():
    assert described(_post("") + "\n" + BOX)["date"] == POST_S_OWN_DAY  # read as 2021-03-02 on main


def test_a_box_of_other_stories_over_the_story_leaves_the_post_s_own_day():
    assert described(_post(BOX))["date"] == POST_S_OWN_DAY  # read as 2021-03-02 on main


def test_a_pasted_head_over_its_lead_still_dates_the_post():
    assert described(_post("By Jane Roe, Reuters\nMarch 15, 2021"))["date"] == "2021-03-15"


def test_a_pasted_byline_citing_a_source_dates_nothing():
    assert described(_post("By Jane Roe, Citing Reuters\nMarch 15, 2021"))["date"] == POST_S_OWN_DAY  # main: 03-15


@pytest.mark.parametrize("after", [
    "Floods close schools in the north",  # the next story's headline
    "By John Doe, Reuters",  # the next story's byline
    "Photo: Reuters",
])
def test_a_byline_and_day_over_no_lead_are_no_pasted_head(after):
    lines = ("By Jane Roe, Reuters", "March 15, 2021", after)
    assert pasted_byline_date(lines, outlets()) is None


def test_a_byline_and_day_over_the_lead_are_a_pasted_head():
    directory = outlets()
    assert pasted_byline_date(("By Jane Roe, Reuters", "March 15, 2021", LEAD), directory) \
        == ("2021-03-15", "By Jane Roe, Reuters")
    assert pasted_byline_date(("By Jane Roe and Kim Min-jun Bloomberg", "March 15, 2021,", LEAD), directory) \
        == ("2021-03-15", "By Jane Roe and Kim Min-jun Bloomberg")
    assert pasted_byline_date(("By Jane Roe, Reuters", "March 15, 2021"), directory) is None  # no lead after it


@pytest.mark.parametrize("byline", ["By Jane Roe, Citing Reuters", "By Jane Roe Citing Reuters",
                                    "By Jane Roe, Quoting Yonhap", "By The Light Of Reuters"])
def test_a_source_cited_in_a_byline_is_no_pasted_original(byline):
    assert pasted_byline_date((byline, "March 15, 2021", LEAD), outlets()) is None


@pytest.mark.parametrize("byline", ["By Jane Roe, Citing Reuters", "By Jane Roe Citing Reuters",
                                    "By Jane Roe, Quoting Yonhap"])
def test_a_source_cited_in_a_byline_is_not_its_credit(byline):
    assert byline_credit(byline, outlets()) is None  # Reuters, Yonhap on main


@pytest.mark.parametrize(("byline", "credit"), [
    ("By Jane Roe, Reuters", "Reuters"),
    ("By Jane Roe   Reuters", "Reuters"),
    ("By Isabel Reynolds and Jihye Lee Bloomberg", "Bloomberg"),
    ("By Jane Roe / The Associated Press", "The Associated Press"),
])
def test_a_writer_s_byline_still_names_the_outlet(byline, credit):
    assert byline_credit(byline, outlets()) == credit


HOSTILE = [
    ("By Jane Roe, Reuters", "March 15, 2021", "x" * 100_000),
    ("By Jane Roe, Reuters", "March 15, 2021", "Floods close schools in the north") * 1_700,  # ~100 KB
    ("By Jane Roe Citing " + "Aa " * 30 + "Reuters", "March 15, 2021", LEAD) * 5_000,
]


@pytest.mark.parametrize("lines", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_pastes_are_read_quickly(lines):
    directory = outlets()
    assert_runs_quickly(lambda: pasted_byline_date(lines, directory))


def _headed(byline: str) -> dict:
    return described(f"Delta levees give way after a week of rain\n\n{byline}\n\nMarch 15, 2021\n\n{LEAD}\n\n{LEAD}\n")


@pytest.mark.parametrize("byline", ["By Jane Roe, Citing Reuters", "By Jane Roe Citing Reuters",
                                    "By Jane Roe, Quoting Yonhap"])
def test_a_page_under_a_byline_citing_a_source_is_not_the_source_s(byline):
    assert _headed(byline)["outlet"] is None  # Reuters, Yonhap on main (the byline's or the header items' reading)


def test_a_page_under_a_writer_s_byline_is_the_outlet_s():
    assert _headed("By Jane Roe, Reuters")["outlet"] == "Reuters"


@pytest.mark.parametrize(("line", "credit"), [
    ("By Jane Roe, Quoting Yonhap", None),
    ("Home News quoting Yonhap Sports", None),
    ("Home News Yonhap Sports", "Yonhap"),  # a menu's items run together, the site's name among them
])
def test_a_header_s_words_after_a_citing_word_are_the_source(line, credit):
    assert header_credit(line, outlets()) == credit


WIRE = "SEOUL, Nov. 25 (Yonhap) -- "
AFTER = " The festival drew 20,000 visitors from around the country this year.\n"


@pytest.mark.parametrize("sentence", [
    "The mayor of Busan knew of the harbour flood on Nov. 20, officials said.",
    "The mayor of Busan felt the harbour festival was a success on Nov. 20, officials said.",
    "The mayor of Busan understood the council's worries on Nov. 20, officials said.",
])
def test_a_view_or_a_state_of_mind_is_no_event(sentence):
    assert proposed(WIRE + sentence + AFTER, "2016-11-25") == []  # each proposed on main


@pytest.mark.parametrize(("sentence", "title"), [
    ("The mayor of Busan did attend the harbour festival on Nov. 20, officials said.",
     "The mayor of Busan did attend the harbour festival"),
    ("The Busan court heard the mayor's appeal against the harbour fine on Nov. 20, officials said.",
     "The Busan court heard the mayor's appeal against the harbour fine"),  # (named: round 121)
])
def test_a_deed_still_is_an_event(sentence, title):
    assert proposed(WIRE + sentence + AFTER, "2016-11-25") == [("2016-11-20", title)]


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Residents knew of the flood on Friday.", []),
    ("Officials felt that the talks went well on Friday.", ["went"]),  # the clause's own deed is still read
    ("It is understood that the envoy left Seoul on Friday.", ["left"]),
])
def test_only_the_view_s_own_verb_is_left(sentence, verbs):
    assert [sentence[start:end] for start, end in plain_verbs(sentence, "event")] == verbs


def test_hostile_views_are_read_quickly():
    text = "knew felt understood " * 5_000
    assert_runs_quickly(lambda: plain_verbs(text, "event"), forget=plain_verbs.cache_clear)


@pytest.mark.parametrize("sentence", ['a "b" c', "a \u201cb\u201d c", "", '"open'])
def test_a_place_before_the_sentence_is_its_start(sentence):
    assert quoted(sentence, -1) == quoted(sentence, 0)  # a RecursionError on main (quoted and inside called each other)


def test_places_asked_out_of_order_are_answered_as_in_order():
    sentence = 'He said "we signed it" and \u201cthey left\u201d, then "nothing" more.'
    reader = Quotations(sentence)
    backwards = [reader.inside(at) for at in reversed(range(len(sentence)))]
    assert backwards[::-1] == [quoted(sentence, at) for at in range(len(sentence))]
    assert reader.inside(10) is True and reader.inside(0) is False and reader.inside(30) is True
