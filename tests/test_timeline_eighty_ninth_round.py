"""Round 89 (issue 14): a proposed event is a happening with a readable title. Not proposed: a title whose subject
or object points back to another sentence ("In rain, he picked ...", "The two were detained", "Police arrested
him"), a noun with only a relative clause ("The attack, which killed ..."), a saying of a plan, a conjecture or a
state ("X confirmed that Biden will host ...", "X said Seoul wants ..."), a link, a reprint's note or a caption
with its photographer's credit. Titled without a joining word ("Even so, a second team arrived"), a wire's
bracket run into the story ("Washington (CNN)Washington sent") or whom a minister told ("told a committee meeting
Monday that the United States signed"). Sentences written for the purpose."""

from __future__ import annotations

import zlib

import pytest

from corpus.event_titles import _DATELINE, _HONORIFIC, event_title
from corpus.events import dated_mentions, load_event_specs
from corpus.loader import Corpus, article_from_raw
from corpus.title_attribution import _LEADING_ATTRIBUTION
from corpus.title_openings import _SETTING
from index import title_worth
from index.proposals import _CAPTION, _OF_THE_PIECE
from index.timeline import timeline_of
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_runs_quickly

SPECS = load_event_specs()


def _title(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


def _proposed(text: str) -> list[str]:
    known = {"id": f"r89{zlib.crc32(text.encode()):08x}", "outlet": "Round Wire", "headline": "Story",
             "date": "2021-03-10", "date_precision": "day", "date_provenance": "given by the test"}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:round89")
    made = timeline_of((article,), {article.id: dated_mentions(article)}, SPECS, tuple(Corpus((article,)).outlets()))
    return [event.title for event in made.events if event.proposed]


@pytest.mark.parametrize("title", [
    "In heavy rain, he walked through the flooded village",  # a pronoun after a setting
    "The two were arrested at the harbour",  # "the two" as the subject
    "The two agreed to meet again",
    "The same bridge had been closed by floods",
    "Police detained him near the station",  # a pronoun as the object
    "The club expelled three of them",
    "State radio announced it",
    "The flood, which destroyed three bridges and a school",  # a noun and its relative clause
    "The ferry company, who lost two vessels",
    "The harbour office confirmed that the mayor will open the new pier",  # a saying of a plan
    "Mayor Kim said the city wants a new stadium",
    "The coach told reporters that the team may have lost its best player",
    "Councillor Park said the council was willing to reopen the talks",
    "The port authority had told reporters that the canal would be…",
    "(Harbour News 9:57) http://example.com/story",  # a link
    "See www.example.com for the full report",
    "The announcement followed the failure of the last rescue bid",  # only what it came after
    "The flood came only two months after a smaller one",
    "One exploded",  # "one" of what was named before
    "これまでに29件の情報が共有されたという",  # a Japanese clause ending in its hearsay
    "最終命令書に署名したと伝えた",
])
def test_a_title_pointing_back_a_relative_a_saying_of_a_plan_or_a_link_is_not_proposed(title):
    assert worth_proposing(title, None, title) is False


@pytest.mark.parametrize("title", [
    "The two countries agreed to open talks",  # a subject named
    "The two ferry companies merged",
    "The mayor opened the same bridge",  # "same" not the subject
    "Police arrested the harbour master",
    "Hundreds of people joined the march",
    "The flood, which destroyed three bridges, cut the town off",  # a main clause after the relative's comma
    "Mayor Kim announced he would step down",  # an announcement is its news
    "The ministry said North Korea fired two missiles that could reach Japan",  # told as done before "could"
    "The harbour office said it had closed the pier",
    "The council approved the budget",
    "Heavy rain followed the storm",  # not "the ... followed"
    "One person died in the flood",
    "The mayor mustered support for the bill",
    "市議会が予算案を可決した",
])
def test_a_title_of_its_own_happening_is_still_proposed(title):
    assert worth_proposing(title, None, title) is True


def test_a_rule_told_under_must_is_not_proposed_and_a_deed_is():
    rule = "Each member must give notice within three months"
    assert worth_proposing(rule, (rule.index("give"), rule.index("give") + 4), rule) is False
    deed = "Each member gave notice within three months"
    assert worth_proposing(deed, (12, 16), deed) is True


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("Even so, a second rescue team arrived at the mine on Wednesday evening.", "on Wednesday", "arrived",
     "A second rescue team arrived at the mine"),
    ("However, the council approved the budget on Tuesday.", "on Tuesday", "approved",
     "The council approved the budget"),
    ("The respected Comrade Kim Jong Un inspected a new fishing port on Tuesday.", "on Tuesday", "inspected",
     "Kim Jong Un inspected a new fishing port"),
    ("Washington (CNN)Washington sent a survey ship to the disputed reef on Tuesday, a possible challenge.",
     "on Tuesday", "sent", "Washington sent a survey ship to the disputed reef"),
    ("Minister Han told a parliamentary defense committee meeting Monday that the port authority signed on Dec. 23.",
     "on Dec. 23", "signed", "The port authority signed"),
])
def test_a_title_without_a_joining_word_a_wire_bracket_or_whom_a_minister_told(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("Still water covered the fields on Tuesday.", "on Tuesday", "covered", "Still water covered the fields"),
    ("The minister told reporters on Monday that the port authority signed the lease.", "on Monday", "signed",
     "The port authority signed the lease"),
    ("The great hall of the council opened on Tuesday.", "on Tuesday", "opened",
     "The great hall of the council opened"),
    ("North Korea (DPRK) fired a missile on Tuesday.", "on Tuesday", "fired", "North Korea (DPRK) fired a missile"),
    ("The mayor told the harbour workers on Friday to go home.", "on Friday", "told",
     "The mayor told the harbour workers to go home"),
])
def test_titles_these_rules_must_leave_as_they_were(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


@pytest.mark.parametrize("text", [
    "This was among the most-read articles of 2020; it first ran on March 9.",
    "Mayor Lee at her office in Busan the day after she won the vote on March 9 Credit:Jane Roe",
])
def test_a_reprint_note_or_a_credited_caption_proposes_nothing(text):
    assert _proposed(text) == []


def test_prose_about_a_credit_or_a_first_appearance_still_proposes():
    assert _proposed("A storm destroyed the harbour bank on March 9; its credit lines were cut.") != []
    assert _proposed("The new ferry first appeared at the pier on March 9, drawing crowds.") != []


_NEW_PATTERNS = [title_worth._POINTS_BACK_LATER.match, title_worth._POINTING_OBJECT.search,
                 title_worth._ONLY_A_RELATIVE.match, title_worth._SAYING_OF_A_PLAN.match, title_worth._A_LINK.search,
                 title_worth._ONLY_WHAT_IT_FOLLOWED.match, title_worth._JAPANESE_HEARSAY_ENDING.search,
                 title_worth._MODAL_TITLE.match, _HONORIFIC.match, _CAPTION.search, _OF_THE_PIECE.search,
                 _DATELINE.match, _LEADING_ATTRIBUTION.match, _SETTING.match]


@pytest.mark.parametrize("text", [
    " " * 100_000, "said " * 20_000, "told " * 20_000 + "that", "told a b c d e f g h " * 5_000,
    "a, " * 33_000 + "which",
    "The two " * 12_000, "http " * 20_000, "Credit: " * 12_000, "Washington (CNN)" * 6_000, "Washington " * 9_000,
    "Even so, " * 11_000, "most " * 20_000, "The " * 25_000 + "followed", "という" * 30_000, "must " * 20_000,
    "The respected " * 8_000, "\x00\x07" * 50_000,
])
def test_the_new_rules_read_hostile_text_quickly(text):
    for read in _NEW_PATTERNS:
        assert_runs_quickly(lambda: read(text), what=read)
