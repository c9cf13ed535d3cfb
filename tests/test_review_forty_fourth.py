"""Review 44 (docs/timeline-rounds.md): the second reread's items. The same answers where the code was only shared or
split: a page's dateline found once for both orders its numeric date may take; one list of reporting verbs for the five
readers that kept their own; `copyright_holder`'s named steps. A fix: "left" in a compound ("the left-leaning party")
or keeping a thing as it was ("left open the question", "was left unsigned") is no deed, and proposes no event.
Sentences written for the purpose."""

from __future__ import annotations

import datetime
import re

import pytest

from bench.paraphrase_links import event_links, paraphrase_article, specs_by_id
from corpus import date_value, events, reporting_verbs
from corpus.date_patterns import TENSE_CUE, tense_of_the_clause
from corpus.events import dated_mentions
from corpus.intake import access_pitches, copyright_lines, dateline_orders, furniture, header_names
from corpus.intake import own_addresses
from corpus.intake import office_years, years
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.date_readings import _full_year
from corpus.intake.office_years import year_from_offices
from corpus.intake.outlets import outlets
from index.plain_verbs import PAST_VERB
from index.proposals import article_proposals
from index.readings import read_article
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

EN_LEAD = "SEOUL, Feb. 11 (Yonhap) -- South Korea and Japan resumed talks on the intelligence pact on Thursday."


def test_a_page_s_dateline_is_found_once_for_both_orders(monkeypatch):
    found = []
    find_dateline = dateline_orders.find_dateline
    monkeypatch.setattr(dateline_orders, "find_dateline", lambda lines: found.append(1) or find_dateline(lines))
    # neither 5 June nor 6 May is the dateline's 11 February: the dateline's order, then the dots' are asked
    assert dateline_orders.page_numeric_order(["Talks resume", "05.06.2016 11:13", EN_LEAD]) == ""
    assert len(found) == 1  # (twice on main: once for each order)


@pytest.mark.parametrize(("lines", "order"), [
    (["Talks resume", "11.02.2016 11:13", EN_LEAD], "dmy"),  # the dateline's day
    (["Talks resume", "02.11.2016 11:13", EN_LEAD], "mdy"),
    (["Talks resume", "05.06.2016 11:13"], "dmy"),  # no dateline: a date in dots with a four-digit year
    (["Talks resume", "05/06/2016 11:13"], ""),
])
def test_the_orders_a_dateline_or_the_dots_give_stay(lines, order):
    assert dateline_orders.page_numeric_order(lines) == order


def test_a_page_with_no_ambiguous_date_looks_for_no_dateline(monkeypatch):
    monkeypatch.setattr(dateline_orders, "find_dateline", lambda lines: pytest.fail("looked for"))
    assert dateline_orders.page_numeric_order(["Talks resume", "2016-02-11", EN_LEAD]) == ""


# Each reader's pattern and the words it adds to the shared list.
_READERS = {
    "access pitches": (access_pitches._REPORTING, reporting_verbs.ACCORDING + reporting_verbs.ANNOUNCING),
    "furniture": (furniture._REPORTING, ("tells", "added") + reporting_verbs.ANNOUNCING + reporting_verbs.ACCORDING),
    "events": (events._SAYING, reporting_verbs.ANNOUNCING + reporting_verbs.REMARKING),
    "own addresses": (own_addresses._QUOTING, reporting_verbs.ACCORDING + reporting_verbs.QUOTING),
    "header names": (header_names._NOT_FURNITURE, reporting_verbs.ACCORDING + reporting_verbs.QUOTING + ("reporting",)),
}


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_every_reader_reads_the_shared_reporting_verbs_and_its_own(reader):
    pattern, own = _READERS[reader]
    for word in reporting_verbs.SAYING + own:
        assert pattern.search(f"Officials {word} on Friday"), word


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_no_reader_reads_a_reporting_verb_inside_another_word(reader):
    pattern, _ = _READERS[reader]
    assert not pattern.search("the unsaid, retold and misreported stories of a saidy toldish aftersays")


def test_the_readers_keep_their_differences():
    assert not furniture._REPORTING.search("Said the minister")  # (the furniture reads lower case only)
    assert access_pitches._REPORTING.search("Said the minister")
    assert not access_pitches._REPORTING.search("The minister noted the offer")  # (the events' remark only)
    assert events._SAYING.search("The minister noted the date") and not events._SAYING.search("according to")
    assert header_names._NOT_FURNITURE.search("Reporting by Jane Roe")
    assert not own_addresses._QUOTING.search("reporting")


def test_a_site_s_address_quoted_in_a_sentence_is_still_no_credit():
    line = "NK News (nknews.org) reported the launch."
    assert own_addresses.own_domain_credit(line, outlets()) is None
    assert own_addresses.own_domain_credit("Newser (newser.com)", outlets()) == "Newser"


def test_an_offer_in_a_sentence_reporting_it_is_no_pitch():
    offer = "Subscribers get unlimited digital access to the archive."
    assert access_pitches.is_access_pitch(offer)
    assert not access_pitches.is_access_pitch(offer[:-1] + ", the paper announced.")


# copyright_holder's steps, each named
def test_the_notice_is_read_alone_out_of_its_brackets_and_the_text_it_closes():
    assert copyright_lines._notice_alone("… 밝혔습니다. [저작권자(c) YTN 무단전재 금지]") == "저작권자(c) YTN 무단전재 금지"
    assert copyright_lines._notice_alone("(ⓒNPK)") == "©NPK"
    assert copyright_lines._notice_alone("© China Radio International.CRI. All Rights Reserved.") \
        == "© China Radio International. All Rights Reserved."
    assert copyright_lines._notice_alone("© " + "a" * 400) is None


def test_a_caption_s_agency_is_told_from_a_worded_notice():
    assert copyright_lines._caption_s_agency("문재인 대통령 ©뉴스1")
    assert not copyright_lines._caption_s_agency("세상을 보는 균형, 한국일보 Copyright © Hankookilbo")
    assert not copyright_lines._caption_s_agency("문재인 대통령 ©뉴스1 무단전재 금지")


def test_a_stated_holder_is_taken_before_the_notice_is_read():
    directory = outlets()
    assert copyright_lines._holder_stated("이 기사의 저작권은 JTBC에 있습니다", directory) == "JTBC"
    assert copyright_lines._holder_stated("© 2016 The Japan Times", directory) is None


@pytest.mark.parametrize(("line", "holder"), [
    ("© 2016 The Japan Times", "The Japan Times"),
    ("Copyright (c) Yonhap News Agency. All rights reserved.", "Yonhap News Agency"),
    ("The Lakeside Times © 2019", "The Lakeside Times"),
    ("Copyright 2019 Newser. All rights reserved.", "Newser"),
    ("Image copyright Reuters", None),
    ("Cover: © Ministry of Defense, Japan", None),
    ("© 2019 Nexstar Media Inc. All rights reserved.", None),
    ("Text © 2019. All rights reserved.", None),
])
def test_copyright_holders_as_before(line, holder):
    assert copyright_holder(line, outlets()) == holder


def test_the_notice_steps_read_hostile_lines_quickly():
    directory = outlets()
    for line in ("© " + " " * 100_000 + "x", "[저작권자(c) " * 8_000, "ⓒ" + "A.B." * 25_000):
        assert_runs_quickly(lambda: copyright_holder(line, directory), what=line[:20])


# "left" as no deed
def _proposed(sentence: str, published: str | None = "2016-11-23") -> list[str]:
    article = paraphrase_article(published, sentence)
    reading = read_article(article, dated_mentions(article))
    return [proposal.title for proposal in article_proposals(reading, tuple(specs_by_id().values()), [])]


@pytest.mark.parametrize("sentence", [
    "The left-leaning party holds a rally in Seoul on Friday.",
    "The left-leaning Minjoo Party holds its convention in Busan on Nov. 18, 2016.",
    "A left-wing group stages a protest outside the ministry on Friday.",
    "Seoul left open the question of a port deal with Busan on Friday.",
    "The mayor left open the question of the harbour treaty on Nov. 18, 2016.",
    "The harbour treaty was left unsigned on Friday.",
    "The harbour treaty was left intact on Friday.",
])
def test_left_in_a_compound_or_keeping_a_thing_as_it_was_proposes_no_event(sentence):
    assert _proposed(sentence) == []


@pytest.mark.parametrize(("sentence", "title"), [
    # (subjects named: a bare noun no name names is not proposed since round 121)
    ("Halden's mayor left for Tokyo on Nov. 18, 2016.", "Halden's mayor left for Tokyo"),
    ("Halden's harbour minister left office on Nov. 18, 2016.", "Halden's harbour minister left office"),
    ("The Halden harbour treaty was signed on Nov. 18, 2016.", "The Halden harbour treaty was signed"),
])
def test_left_as_a_deed_and_other_pasts_still_propose(sentence, title):
    assert _proposed(sentence) == [title]


@pytest.mark.parametrize(("text", "verbs"), [
    ("The decision left the pact in doubt", ["left"]),  # a deed with its object ("leaves the accord in doubt")
    ("The minister left Seoul for Tokyo", ["left"]),
    ("A well-armed left-wing militia rallied", ["rallied"]),
    ("The left-leaning party signed the petition", ["signed"]),
])
def test_the_past_verbs_beside_left(text, verbs):
    assert [match.group() for match in PAST_VERB.finditer(text)] == verbs


@pytest.mark.parametrize(("clause", "tense"), [
    ("The left-leaning party holds a rally on", None),  # (past on main)
    ("A left-wing group stages a protest on", None),
    ("The president left on", "past"),
    ("Seoul left open the question on", "past"),  # (it was left open that day)
    ("The left-leaning party will hold a rally on", "future"),
    ("the plan to pass the pact at a closed-door Cabinet meeting on", "past"),  # (another "-ed" compound's, kept)
])
def test_a_date_s_clause_is_not_past_by_a_compound_s_left(clause, tense):
    tense_of_the_clause.cache_clear()
    assert tense_of_the_clause(clause) == tense


@pytest.mark.parametrize(("event_id", "published", "text"), [
    ("signing", "2016-11-20", "Seoul left open the question of signing the pact on Wednesday."),
    ("signing", "2016-11-20", "The left-leaning party wants Seoul to sign the pact on Wednesday."),
    ("signing", "2016-11-24", "The pact was left unsigned on Wednesday."),
    ("takes-effect", "2016-11-20", "Officials left open whether the pact takes effect on Wednesday."),
    ("termination-decision-2019", "2019-08-20", "The left-leaning ruling party wants Seoul to end GSOMIA on Thursday."),
    ("collapse-2012", "2012-06-25",
     "The left-leaning party wants Seoul to postpone the signing of the pact on Friday."),
])
def test_near_misses_of_left_link_no_listed_event(event_id, published, text):
    assert not event_links(specs_by_id(), event_id, published, text)


def test_the_left_checks_read_hostile_texts_quickly():
    for text in ("left-" * 20_000, "was left un" * 9_000, "left open " * 10_000, "left " * 20_000 + "unsigned"):
        assert_each_reads_quickly([PAST_VERB, TENSE_CUE], text)
    assert re.compile(reporting_verbs.any_of(reporting_verbs.SAYING)).search("he said")


# the date rules' today, one place the tests fix
_REGION = "JAKARTA, Sept. 8 -- Prime Minister Anthony Albanese met President Ferdinand Marcos Jr. on Friday."


def test_the_tests_fix_the_date_rules_today():
    assert date_value.today() == datetime.date(2026, 12, 7)


def test_an_open_term_runs_to_the_rules_today(monkeypatch):
    # of the years both held office to 7 December 2026, 8 September was a Friday in 2023 only; in 2028 it is again
    assert year_from_offices(9, 8, _REGION, 0, 4).year == 2023
    monkeypatch.setattr(date_value, "today", lambda: datetime.date(2033, 6, 1))
    office_years._named_in_office.cache_clear()
    found = year_from_offices(9, 8, _REGION, 0, 4)
    assert found is None or found.year != 2023


def test_a_two_digit_year_s_century_turns_at_the_rules_next_year(monkeypatch):
    assert _full_year("27") == 2027 and _full_year("28") == 1928
    monkeypatch.setattr(date_value, "today", lambda: datetime.date(2033, 6, 1))
    assert _full_year("28") == 2028


def test_a_yearless_dateline_s_span_ends_at_the_rules_today(monkeypatch):
    lead = "Japan decided Friday to put South Korea back on its list of trusted partners, which it left in 2019."
    assert years.year_of_the_weekday_since(9, 8, lead, lead).year == 2023  # a Friday of 2019 to 2026 in 2023 only
    monkeypatch.setattr(date_value, "today", lambda: datetime.date(2023, 9, 7))
    assert years.year_of_the_weekday_since(9, 8, lead, lead) is None  # 8 September 2023 not yet come
