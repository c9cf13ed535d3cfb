"""Review 48 (a maintainer's review of session 35's rounds): an outlet that "can reveal" read inside another's clause
or quote, and a name run on past a sentence's end (intake round 110, `own_reports`; its three names, one a verb, took
~0.15 s of CPU on ~100 KB of capitals); a word of lower-case letters closing the story read as a listed name
(round 110, `closing_credits`: "… firmado. reforma"); a date spelt as prose spells it before a lead read as the
page's (round 109, `dated_leads`, against round 37's timeline entry); a picture's description looked for in a first
sentence of any length (`furniture.describes_picture`, most of `closing_credit`'s ~0.1 s on "A-" × 50,000); the Korean
signing joined to a past under a will, a wish or a decision to sign (timeline round 108, `happening_words_retold`).
Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.happening_words_retold import _KO_CONCLUDED_THEN
from corpus.intake.dated_leads import date_run_into_lead
from corpus.happenings import find_happenings
from corpus.intake.closing_credits import closing_credit
from corpus.intake.furniture import describes_picture
from corpus.intake.outlets import outlets
from corpus.intake.own_reports import own_reporting_credit
from tests.hostile_timing import assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked


def _own(sentence: str) -> str | None:
    return own_reporting_credit((sentence,), outlets())


def test_an_outlet_that_can_reveal_opens_its_sentence():
    # within another's clause or quote: a court's ruling, a question, a minister's word, a speaker's quote
    for sentence in ("It is unclear whether NHK can reveal its sources to the court.",
                     "The court ruled that Yonhap can reveal the documents it obtained.",
                     "The minister said NHK can reveal the names if the court allows it.",
                     "No one but Reuters can reveal who paid for the trip.",
                     'Kim said: "NHK can reveal the list whenever it likes."'):
        assert _own(sentence) is None, sentence
    # the newsroom's own finding, opening the paragraph, a sentence, or after a dateline's dash
    assert _own("RNZ can now reveal that the uncertainty went all the way up.") == "RNZ"
    assert _own("The plan was dropped in May. RNZ can now reveal that it was never costed.") == "RNZ"
    assert _own('"It is over," he said. RNZ can now reveal that the plan was dropped.') == "RNZ"
    assert _own("WELLINGTON — RNZ can now reveal that the plan was dropped.") == "RNZ"


def test_an_outlet_s_name_stops_at_a_sentence_s_end():
    assert _own("Kim arrived in Seoul. NHK has learned that six names were put forward.") == "NHK"
    assert _own("The story was first aired by NHK. Reuters has learned that six names were put forward.") == "Reuters"
    # initials and abbreviations go on: "St.", "U.S."
    assert _own("St. Louis Post-Dispatch has learned that six names were put forward.") == "St. Louis Post-Dispatch"


HOSTILE = ["The A " * 16_000 + "can now", "The A " * 16_000 + "has learned", "Seoul. " * 14_000 + "NHK has",
           "A. " * 33_000 + "can reveal", "A " * 50_000]


def test_own_reporting_credit_reads_hostile_texts_quickly():
    directory = outlets()
    for text in HOSTILE:
        assert_runs_quickly(lambda: own_reporting_credit((text,), directory), what=text[-20:])


def test_a_lower_case_word_closing_the_story_is_an_outlet_only_as_it_spells_itself():
    directory = outlets()
    # another language's word, or a page's control, that a listed name's letters spell
    for paragraph in ("El acuerdo fue firmado en Seúl. reforma", "They signed it in 2016. scroll",
                      "Download it here. app", "Firmaron el acuerdo. nos", "He said so. rt"):
        assert closing_credit(paragraph, directory) is None, paragraph
    # the outlet's own spelling, an address's, or capitals first
    assert closing_credit("… sobre los problemas que genera la empresa. teleSUR", directory) == "teleSUR"
    assert closing_credit("Das Abkommen wurde scharf verurteilt. dpa", directory) == "dpa"
    assert closing_credit("Договор был подписан в Сеуле. lenta.ru", directory) == "lenta.ru"
    assert closing_credit("El acuerdo fue firmado en Seúl. Reforma", directory) == "Reforma"


LEAD = " Seoul and Tokyo sign the General Security of Military Information Agreement in a closed ceremony in Seoul."


def test_a_date_alone_before_the_lead_dates_the_page_in_a_stamp_s_form_only():
    # spelt as prose spells it: a timeline's entry, an "on this day" page's
    for date in ("23 November 2016", "November 23, 2016", "23 novembre 2016"):
        assert date_run_into_lead(["On this day", date + LEAD]) is None, date
    # a site's stamp: capitals, digits; or with its time, a credit or a bar
    assert date_run_into_lead(["Pact signed", "23 NOV. 2016" + LEAD])[0] == "2016-11-23"
    assert date_run_into_lead(["Pact signed", "23.11.2016" + LEAD])[0] == "2016-11-23"
    assert date_run_into_lead(["Pact signed", "23 November 201614.05" + LEAD])[0] == "2016-11-23"
    assert date_run_into_lead(["Pact signed", "23 November 2016 (intv)" + LEAD])[0] == "2016-11-23"
    assert date_run_into_lead(["Pact signed | 23 November 2016 |" + LEAD])[0] == "2016-11-23"


CAPTION = "Defense Minister Han Min-koo speaks at a press conference in Seoul on Nov. 23, 2016."


def test_a_picture_is_described_in_a_short_first_sentence_only():
    assert describes_picture(CAPTION)
    assert describes_picture(CAPTION[:-1] + ", " + "flanked by aides and officers, " * 10 + "as the pact is signed.")
    # a first sentence of over 1,000 characters is a story's, whatever verb it holds
    assert not describes_picture(CAPTION[:-1] + ", " + "flanked by aides and officers, " * 40 + "as it is signed.")


@pytest.mark.parametrize("text", ["A-" * 50_000, ". " + "a-" * 50_000, "A " * 50_000, "speaks " * 14_000],
                         ids=["A-", ". a-", "A ", "speaks "])
def test_closing_credit_and_the_picture_s_description_read_hostile_texts_quickly(text):
    directory = outlets()
    assert_runs_quickly(lambda: closing_credit(text, directory), what=text[:10])
    assert_runs_quickly(lambda: describes_picture(text), limit=0.02, what=text[:10])


@pytest.mark.parametrize("text", [
    "장관은 2016년 11월 협정에 서명하고 돌아오겠다고 말했다.",  # a will: "… and come back", he said
    "정부는 2016년 일본과 협정을 체결하고 싶다고 말했다.",  # a wish
    "양국은 2016년 협정을 체결해 나가기로 했다.",  # a decision to
    "정부는 2016년 협정을 체결해 정보를 나누겠다고 말했다.",  # a will
])
def test_no_korean_signing_read_from_a_will_a_wish_or_a_decision_to_sign(text):
    assert not re.search(_KO_CONCLUDED_THEN, text)
    assert not any(h.kind == "sign" and h.reported for h in find_happenings(text))
    assert not _linked(text, "2019-11-22", "signing")


def test_the_korean_signing_joined_to_a_past_is_still_done():
    for text in ("두 나라는 2016년 처음으로 정보공유협정을 체결해 군사정보를 직접 주고받을 길을 열었다.",
                 "두 나라는 2016년 지소미아를 맺고 정보를 나눠 왔다."):
        assert _linked(text, "2019-11-22", "signing"), text
