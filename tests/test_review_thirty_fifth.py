"""Review round 35: a title is read in time linear in its sentence, and the letters of Korean, Japanese and
Chinese are one class.

`corpus.event_titles` took ~27 s on a sentence of 50,000 spaces: patterns searched from inside a run of spaces
("\\s+on$", "\\s*\\(") or gave a run back a space at a time to another "\\s+" (the wire's dateline, "\\s*,?\\s*(").
They now start a run at its first space and read it whole where what follows is no space: the same matches, in one
pass. A page never brings such a run (the intake makes any run of spaces one space), but `event_title` is public.
`corpus.east_asian_letters` holds the one class that `about_words`, `foresight`, `date_officeholders` and
`intake.contact_lines` each wrote differently.
"""

from __future__ import annotations

import pytest

from corpus.event_titles import event_title, without_dateline
from corpus.text_units import Sentence
from tests.test_proposal_titles_twentieth_round import titled
from tests.test_timeline_eighteenth_round_pages import proposed
from tests.hostile_timing import assert_runs_quickly

_RUN = 50_000
_WHITESPACE = {"spaces": " ", "tabs": "\t", "no-break spaces": "\u00a0", "ideographic spaces": "\u3000",
               "newlines": "\n"}


def _hostile_sentences(space: str) -> list[str]:
    """Sentences of `_RUN` whitespace characters in all, in the places each slow pattern read a run."""
    run, quarter = space * _RUN, space * (_RUN // 4)
    return [
        run,
        "x" + run + "x.",
        "The cabinet" + quarter + "approved the pact" + quarter + "on" + quarter + "on Monday" + quarter,
        "On Monday" + quarter + "the cabinet" + quarter + "approved" + quarter + "the pact" + quarter,
        "The cabinet," + quarter + "a body," + quarter + "approved on Monday -- " + quarter + ", officials" + quarter,
        "SEOUL" + quarter + "(Wire)" + quarter + "The cabinet approved the pact on Monday" + quarter + "( )" + quarter,
    ]


def _read_title(sentence: str) -> None:
    date_at = max(sentence.find("on Monday"), 0)
    verb_at = sentence.find("approved")
    verb = (verb_at, verb_at + len("approved")) if verb_at >= 0 else None
    event_title(sentence, (date_at, date_at + 9 if date_at else 0), verb)
    without_dateline(sentence)


@pytest.mark.parametrize("space", list(_WHITESPACE.values()), ids=list(_WHITESPACE))
def test_a_title_over_fifty_thousand_whitespace_characters_is_read_in_a_tenth_of_a_second(space):
    for number, sentence in enumerate(_hostile_sentences(space)):
        assert_runs_quickly(lambda: _read_title(sentence), what=number)


def test_a_page_of_hostile_runs_gives_its_titles_in_time():
    # (the intake makes each run one space before any title is read: this holds on main too, and keeps holding)
    page = ("Seoul and Tokyo\n\nSEOUL (Wire) -- South Korea's cabinet on Monday approved the pact" + "\u3000" * 3000
            + "with Japan.\t" + "\t" * 3000 + "Tokyo welcomed it.\n")
    titles: list[str] = []

    def read() -> None:
        titles[:] = proposed((page, "2016-11-25"))
    assert_runs_quickly(read, limit=5.0)
    assert "South Korea's cabinet approved the pact with Japan" in titles


@pytest.mark.parametrize(("sentence", "story"), [
    # the dateline's opening run read whole, or one space of it given back to a date or a dash that opens with one
    ("   SEOUL, Nov. 21 (Xinhua) -- The cabinet met.", "The cabinet met."),
    (" Nov. 21 -- The cabinet met.", "The cabinet met."),
    ("\t\t-- The cabinet met.", "The cabinet met."),
    ("Beijing--China voiced concern.", "China voiced concern."),
])
def test_a_dateline_after_leading_whitespace_is_left_out_as_before(sentence, story):
    assert without_dateline(sentence) == story


@pytest.mark.parametrize("sentence", ["Nov. 21 -- The cabinet met.", "   Tokyo said it would act.", "  "])
def test_what_no_dateline_opens_is_kept_as_before(sentence):
    assert without_dateline(sentence) == sentence


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a preposition its date leaves at the end, after a run of spaces
    ("The cabinet approved the pact   on Monday.", "Monday", "approved", "The cabinet approved the pact"),
    # a date in brackets and the space before a comma
    ("The cabinet on Friday  (Aug. 2)  approved the pact  ( )  .", "on Friday", "approved",
     "The cabinet approved the pact"),
    ("The cabinet approved the pact on Friday  (Aug. 2)  , a spokesman said.", "on Friday", "approved",
     "The cabinet approved the pact"),
    # the attribution after a dash, and the one after a comma and spaces
    ("Seoul ended the pact on Monday  -- officials said.", "on Monday", "ended", "Seoul ended the pact"),
    ("Seoul ended the pact on Monday,   the ministry said.", "on Monday", "ended", "Seoul ended the pact"),
    # the saying is the happening when its object is a thing
    ("The ministry   announced   the decision on Monday.", "on Monday", "announced",
     "The ministry announced the decision"),
])
def test_titles_of_the_patterns_made_linear_are_as_before(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize("letter", ["한", "\u1100", "\u3131", "の", "カ", "\uff76", "中", "\u3400", "\uf900"],
                         ids=["hangul", "jamo", "compatibility jamo", "hiragana", "katakana", "halfwidth katakana",
                              "ideograph", "extension A", "compatibility ideograph"])
def test_each_letter_of_the_three_languages_is_east_asian(letter):
    from corpus.east_asian_letters import EAST_ASIAN_LETTER

    assert EAST_ASIAN_LETTER.fullmatch(letter)


@pytest.mark.parametrize("sign", ["\u321c", "\u339e", "\u3105", "\u4dc0", "A", "\u00e9", ",", "\u3000"],
                         ids=["enclosed (ju)", "squared km", "bopomofo", "hexagram", "latin", "accented", "comma",
                              "ideographic space"])
def test_the_regions_signs_are_no_east_asian_letters(sign):
    from corpus.east_asian_letters import EAST_ASIAN_LETTER

    assert not EAST_ASIAN_LETTER.search(sign)


def _happening(text: str, words: str):
    from corpus.happenings import Happening

    at = text.index(words)
    return Happening("sign", at, at + len(words), Sentence(0, len(text)), "reported")


def test_a_wording_in_halfwidth_katakana_is_read_for_a_japanese_past_ending():
    # date_officeholders' copy (U+3040-9FFF, hangul, compatibility ideographs) missed halfwidth katakana and jamo,
    # and took the region's signs for letters: a wording in halfwidth kana was read as English, never as done
    from corpus.date_officeholders import worded_as_done

    done, ahead = "両国はGSOMIAにｼｮﾒｲした。", "両国はGSOMIAにｼｮﾒｲする予定だ。"
    assert worded_as_done(done, _happening(done, "ｼｮﾒｲ"))
    assert not worded_as_done(ahead, _happening(ahead, "ｼｮﾒｲ"))
