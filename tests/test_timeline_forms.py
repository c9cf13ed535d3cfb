"""General forms of news wording the timeline's rules must read right (found on pages the
rules were not written for): near misses, statements of intent, datelines without a dash."""

from __future__ import annotations

import zlib

import pytest

from corpus.date_estimate import estimate_from_reports
from corpus.events import dated_mentions, load_event_specs, mention_role
from corpus.happenings import find_happenings
from corpus.loader import Corpus, article_from_raw
from index.timeline import timeline_of

SPECS = load_event_specs()


def page(text: str, date: str | None = None, outlet: str = "Form Wire"):
    known = {"id": f"form{zlib.crc32(text.encode()):08x}", "outlet": outlet, "headline": "Story"}
    if date:
        known.update(date=date, date_precision="day", date_provenance="given by the test")
    return article_from_raw(f"Story\n\n{text}\n", known, "test:forms")


def timeline(*articles):
    return timeline_of(articles, {a.id: dated_mentions(a) for a in articles}, SPECS,
                       tuple(Corpus(articles).outlets()))


def frames(text: str, kind: str) -> list[str]:
    return [h.frame for h in find_happenings(text) if h.kind == kind]


@pytest.mark.parametrize("text", [
    "The two were on the point of signing the pact in 2012.",
    "Seoul and Tokyo were on the verge of signing the accord.",
    "They came close to signing the deal in June.",
    "Both sides were on the brink of concluding the pact.",
])
def test_a_near_miss_is_no_happening(text):
    assert frames(text, "sign") == ["denied"]


@pytest.mark.parametrize("text", [
    "The two signed the pact close to midnight.",
    "Seoul signed the pact on the point of a deadline it had set itself.",
])
def test_words_after_the_verb_do_not_make_it_a_near_miss(text):
    assert frames(text, "sign") == ["reported"]


def test_a_signing_told_as_done_is_no_statement_that_it_will_be_signed():
    article = page("Officials in charge of the military pact had hurried to get it signed before the end of "
                   "June under an understanding with Tokyo.", "2012-07-06")
    assert not timeline(article).event("seoul-says-it-will-sign-2012").coverage
    said = page("Korea will sign the military pact with Japan, a government source said on Wednesday.",
                "2012-06-28")
    assert timeline(said).event("seoul-says-it-will-sign-2012").coverage


@pytest.mark.parametrize("text, date", [
    ("Seoul, Nov 22 (IANS) South Korea's cabinet approved the pact.", "Nov 22"),
    ("TOKYO, Aug. 23 (Kyodo) Japan protested on Friday.", "Aug. 23"),
])
def test_a_dateline_without_a_dash_dates_the_report(text, date):
    start = text.index(date)
    assert mention_role(text, start, start + len(date)) == "attribution"


def test_a_weekday_estimate_must_fit_the_page_s_dateline():
    """26 Jun 2012 was a Tuesday, but a page datelined Nov 22 did not appear in June."""
    text = "Seoul, Nov 22 (IANS) South Korea's cabinet approved a military intelligence pact on Tuesday."
    article = page(text)
    assert estimate_from_reports(article, find_happenings(article.clean_text), SPECS) is None
    assert not timeline(article).event("cabinet-approval-2012").coverage
    june = page(text.replace("Nov 22", "June 26"))
    estimate, _ = estimate_from_reports(june, find_happenings(june.clean_text), SPECS)
    assert estimate.value.iso() == "2012-06-26"
    assert timeline(june).event("cabinet-approval-2012").coverage


@pytest.mark.parametrize("text, kind, frame", [
    ("The uproar led Seoul to put off the signing last week.", "collapse", "reported"),
    ("An outcry has forced the two to put the pact on hold.", "collapse", "reported"),
    ("The scandal led to calls to put off the signing.", "collapse", "planned"),
    ("Washington pressed Seoul to keep the pact.", "extend", "denied"),
    ("The row led Seoul to consider scrapping the pact.", "terminate", "denied"),
])
def test_a_past_cause_makes_its_verb_happen_but_not_a_call_or_a_wish(text, kind, frame):
    assert frames(text, kind) == [frame]
