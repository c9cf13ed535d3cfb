"""General forms of news wording the timeline's rules must read right (found on pages the
rules were not written for): near misses, statements of intent, datelines, causes, proposals.
What a date dates and proposed titles in these forms: tests/test_timeline_rules.py."""

from __future__ import annotations

import zlib

import pytest

from corpus.date_estimate import estimate_from_reports, reporting_date
from corpus.events import dated_mentions, load_event_specs
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


@pytest.mark.parametrize("dateline, estimate", [
    ("SEOUL, Nov. 22 (Yonhap) --", None),  # it cannot tell of 23 Nov 2016 as past: a later year
    ("SEOUL, Nov. 25 (Yonhap) --", "2016-11-23"),
    ("SEOUL, Nov. 23 (Yonhap) --", "2016-11-23"),
])
def test_the_latest_day_reported_is_no_estimate_the_page_s_dateline_contradicts(dateline, estimate):
    article = page(f"{dateline} The pact was signed in Seoul on November 23, 2016, and took effect at once.")
    found = reporting_date(article, dated_mentions(article))
    assert (found.value.iso() if found else None) == estimate
    new_year = page("TOKYO, Jan. 3 (Kyodo) -- The pact was signed in Seoul on December 30, 2016.")
    assert reporting_date(new_year, dated_mentions(new_year)).value.iso() == "2016-12-30"


@pytest.mark.parametrize("text, kind, frame", [
    ("The uproar led Seoul to put off the signing last week.", "collapse", "reported"),
    ("An outcry has forced the two to put the pact on hold.", "collapse", "reported"),
    ("The scandal led to calls to put off the signing.", "collapse", "planned"),
    ("Washington pressed Seoul to keep the pact.", "extend", "denied"),
    ("The row led Seoul to consider scrapping the pact.", "terminate", "denied"),
])
def test_a_past_cause_makes_its_verb_happen_but_not_a_call_or_a_wish(text, kind, frame):
    assert frames(text, kind) == [frame]


def test_quotes_credits_conditions_and_intentions_propose_nothing():
    article = page("\u201cThe ministers discussed it on Aug. 27 and agreed,\u201d Suga said.\n\n"
                   "(The above story first appeared on Example Wire on Aug 28, 2019 02:49 PM IST.)\n\n"
                   "Last year Seoul said it would extend the agreement only if Tokyo reversed the curbs it placed "
                   "in July.\n\n"
                   "Kim had planned to visit Tokyo on Aug. 20.\n\n"
                   "Seoul threatened in August to leave the pact, signed in 2016.", "2019-08-29")
    assert not [e for e in timeline(article).events if e.proposed]


def test_a_provisional_signing_is_the_tentative_agreement_not_the_signing():
    article = page("Japan and South Korea on Monday provisionally signed the intelligence pact.", "2016-11-15")
    made = timeline(article)
    assert made.event("tentative-agreement").coverage
    assert not made.event("signing").coverage
    assert not [e for e in made.events if e.proposed]


def test_an_adjective_or_an_infinitive_is_no_happening_but_an_irregular_past_is():
    caption = page("A banner calling for the pact to be kept hangs near the embassy on Nov. 22.\n\n"
                   "Japan's list of trusted partners grew on Nov. 21.", "2019-11-23")
    titles = [e.title for e in timeline(caption).events if e.proposed]
    assert titles == ["Japan's list of trusted partners grew"]
    spoke = page("South and North Korea spoke on Wednesday over a restored hotline.", "2018-01-04")
    assert [e.title for e in timeline(spoke).events if e.proposed] == [
        "South and North Korea spoke over a restored hotline"]


def test_a_source_close_to_the_government_is_no_near_miss():
    assert frames("A source close to Seoul said it signed the pact.", "sign") == ["reported"]


def test_a_deal_struck_on_the_day_of_the_initialling_is_the_tentative_agreement():
    article = page("Officials said South Korea and Japan struck a deal on Monday to share defense intelligence.",
                   "2016-11-15")
    made = timeline(article)
    assert made.event("tentative-agreement").coverage and not made.event("signing").coverage
    assert not [e for e in made.events if e.proposed]


def test_one_happening_told_in_other_words_is_one_proposed_event():
    first = page("A magnitude-6.5 earthquake hit the island of Kyushu on Thursday, killing at least two people.",
                 "2016-04-15", "Quake Wire")
    second = page("The first quake, of magnitude 6.5, struck late on April 14.",
                  "2016-04-20", "Other Wire")
    (event,) = [e for e in timeline(first, second).events if e.proposed and e.date == "2016-04-14"]
    assert {c.article_id for c in event.coverage} == {first.id, second.id}
    apart = page("A ferry sank off the island of Jindo on April 14.", "2016-04-15", "Storm Wire")
    assert len([e for e in timeline(first, apart).events if e.proposed and e.date == "2016-04-14"]) == 2


def test_a_title_case_headline_ends_the_pact_without_its_article():
    article = article_from_raw("South Korea Ends Japan Intelligence Deal Amid Trade Feud\n\n"
                               "Seoul will stop passing military secrets to Tokyo, officials said.\n",
                               {"id": "formheadline", "outlet": "Form Wire", "date": "2019-08-22",
                                "date_precision": "day", "date_provenance": "given by the test"}, "test:forms")
    assert timeline(article).event("termination-decision-2019").coverage


def test_a_weekday_dates_the_event_only_in_a_sentence_that_tells_of_it():
    """22 Aug 2019 was a Thursday; a paper's report of Thursday that Seoul will restore the pact
    is no report of that day's decision to end it, told elsewhere on the page."""
    other = page("A Tokyo daily reported Thursday that Seoul has decided to restore the GSOMIA.\n\n"
                 "Seoul had conditionally suspended its decision to terminate the pact.")
    assert estimate_from_reports(other, find_happenings(other.clean_text), SPECS) is None
    told = page("Tokyo summoned the ambassador on Thursday, hours after Seoul announced its decision.\n\n"
                "Seoul decided to end its intelligence pact with Japan.")
    estimate, _ = estimate_from_reports(told, find_happenings(told.clean_text), SPECS)
    assert estimate.value.iso() == "2019-08-22"


def test_a_weekday_dates_the_event_only_in_its_clause_or_its_saying():
    """22 Nov 2019, the day Seoul suspended its decision to end the pact, was a Friday; a page
    that prints no date and froze a pact "on Friday", calling that "an embarrassing reversal" in
    a clause of its own, is not dated by the reversal (a 2012 page: it dated it to 2019); said
    "Friday" in the sentence's saying still dates it."""
    other = page("Japan and South Korea froze an intelligence-sharing pact on Friday minutes before "
                 "they were to sign it, an embarrassing reversal for both governments.")
    # (since round 22 the freezing's Friday dates it to the collapse's day, 29 June 2012: never to 2019)
    estimated = estimate_from_reports(other, find_happenings(other.clean_text), SPECS)
    assert estimated is None or estimated[0].value.iso() == "2012-06-29"
    said = page("Seoul has reversed its decision to end the GSOMIA, the presidential office said Friday.")
    estimate, _ = estimate_from_reports(said, find_happenings(said.clean_text), SPECS)
    assert estimate.value.iso() == "2019-11-22"


@pytest.mark.parametrize("text", [
    "Last Thursday, Seoul said it had decided to resume talks on the pact with Tokyo.",
    "Jeudi dernier, Séoul a fait savoir qu'il relançait les discussions sur l'accord.",
    "El jueves, Seúl anunció que reanudó las negociaciones sobre el acuerdo.",
])
def test_a_weekday_that_opens_the_sentence_dates_its_clause_and_one_of_last_week_its_week(text):
    """27 Oct 2016, when Seoul said it would resume the talks, was a Thursday: a page that prints
    no date and opens a sentence with "Thursday," or "last Thursday," (in its language) before the
    clause that tells of it is of that day at the earliest ("last": of the week after)."""
    article = page(text)
    estimate, _ = estimate_from_reports(article, find_happenings(article.clean_text), SPECS)
    assert estimate.value.iso() == "2016-10-27"


def test_a_weekday_opening_another_sentence_or_clause_dates_nothing_here():
    article = page("Last Thursday, the ministers met in Tokyo. Seoul resumed talks on the pact.")
    assert estimate_from_reports(article, find_happenings(article.clean_text), SPECS) is None


@pytest.mark.parametrize("telling", ["let Tokyo know", "let the Japanese government know", "told Tokyo"])
def test_a_date_after_letting_one_party_know_dates_the_statement_as_told_does(telling):
    """"Seoul let Tokyo know on Nov. 22 that the pact would stay in force", on a page that prints
    no date, is the suspension of 22 Nov 2019 told on its day, as "told Tokyo on Nov. 22" is; on
    Nov. 20 it is not."""
    told = page(f"According to sources, Seoul {telling} on Nov. 22 that the GSOMIA would stay in force.")
    coverage = timeline(told).event("termination-suspended-2019").coverage
    assert [c.article_date for c in coverage] == ["2019-11-22"]
    early = page(f"According to sources, Seoul {telling} on Nov. 20 that the GSOMIA would stay in force.")
    assert not timeline(early).event("termination-suspended-2019").coverage


def test_a_date_right_after_a_happening_dates_it_whatever_a_later_clause_looks_ahead_to():
    """On pages that print no date: "put their names on Wednesday to an agreement under which the
    two will exchange ..." is the signing on its weekday (23 Nov 2016), and "Concluded on Nov.
    23, 2016, the pact renews itself ... before it expires" dates the signing and the page; the
    same words as a plan ("will put their names on Wednesday"), or on a page dated before that
    Wednesday, date nothing."""
    signed = page("South Korea and Japan put their names on Wednesday to an intelligence accord "
                  "under which the two neighbours will exchange military secrets.")
    assert [c.article_date for c in timeline(signed).event("signing").coverage] == ["2016-11-23"]
    concluded = page("Concluded on Nov. 23, 2016, the accord renews itself each year unless one side "
                     "gives notice 90 days before it expires.")
    assert [c.article_date for c in timeline(concluded).event("signing").coverage] == ["2016-11-23"]
    planned = page("South Korea and Japan will put their names on Wednesday to an intelligence accord "
                   "under which the two neighbours will exchange military secrets.")
    assert not timeline(planned).event("signing").coverage
    ahead = page("South Korea and Japan put their names on Wednesday to an intelligence accord "
                 "under which the two neighbours will exchange military secrets.", "2016-11-21")
    assert not timeline(ahead).event("signing").coverage  # a Monday's page: that Wednesday is ahead


@pytest.mark.parametrize("earlier, joins", [
    ("Three months ago, in the same room, Kim read out Seoul's plan not to renew the pact.", True),
    ("Earlier this year Kim read out Seoul's plan not to renew the pact.", False),  # a year holds too much
])
def test_a_month_counted_from_the_event_a_page_is_estimated_from_dates_an_earlier_one(earlier, joins):
    """A page that prints no date, estimated 22 Nov 2019 from the suspension it reports under
    "SEOUL, Nov. 22": "three months ago" is August, the month of the decision it tells of."""
    article = page("SEOUL, Nov. 22 (Yonhap) -- Seoul put the end of its intelligence pact with Tokyo "
                   f"on hold Friday, calling the step conditional.\n\n{earlier}")
    assert bool(timeline(article).event("termination-decision-2019").coverage) is joins


def test_a_month_counted_from_the_latest_day_a_page_reports_dates_nothing():
    """The latest day a page reports is only when it appeared at the earliest: "three months
    ago" counted from it may be any year later."""
    article = page("Seoul suspended the termination of the pact on Nov. 22, 2019.\n\n"
                   "Three months ago, in the same room, Kim read out Seoul's plan not to renew the pact.")
    assert not timeline(article).event("termination-decision-2019").coverage


def test_a_later_event_on_its_weekday_dates_a_page_better_than_its_latest_printed_day():
    """A caption's "August 3, 2019" says only that the page is not older: its report of
    Thursday's decision to end the pact dates it to that Thursday."""
    article = page("Protesters rally near the Japanese embassy in Seoul, South Korea, August 3, 2019.\n\n"
                   "Tokyo protested against Seoul's decision to end the intelligence pact, "
                   "Japanese media reported on Thursday.")
    made = timeline(article)
    assert [c.article_date for c in made.event("termination-decision-2019").coverage] == ["2019-08-22"]


def test_a_date_counted_from_an_estimate_that_points_away_keeps_the_happening_out():
    """A page that prints no date, estimated 26 Jun 2012 from the cabinet's approval on Tuesday:
    "Last month Seoul froze the signing" tells of May, not of June's collapse; "on Tuesday" agrees."""
    article = page("The cabinet gave its approval to the military pact on Tuesday.\n\n"
                   "Last month Seoul froze the signing of this agreement amid protests.")
    made = timeline(article)
    assert [c.article_date for c in made.event("cabinet-approval-2012").coverage] == ["2012-06-26"]
    assert not made.event("collapse-2012").coverage
    this_month = page(article.clean_text.replace("Last month", "This month"))
    assert timeline(this_month).event("collapse-2012").coverage


def test_an_estimate_gives_way_to_a_later_event_the_page_dates():
    """26 Jun 2012 was a Tuesday, and so was 22 Nov 2016, when the cabinet approved the pact
    again (no listed event): a page that tells of the fifth nuclear test "since September" (9 Sep
    2016) as past is no page of June 2012, and makes no link to the cabinet's approval of 2012."""
    approved = "South Korea's Cabinet on Tuesday approved a military intelligence pact with Japan."
    alone = page(approved)
    estimate, _ = estimate_from_reports(alone, find_happenings(alone.clean_text), SPECS)
    assert estimate.value.iso() == "2012-06-26"
    later = page(f"{approved}\n\nConcern has grown since September, when the North conducted its fifth nuclear test.")
    assert estimate_from_reports(later, find_happenings(later.clean_text), SPECS) is None
    assert not timeline(later).event("cabinet-approval-2012").coverage


def test_of_two_listed_events_of_one_year_a_page_reports_it_is_estimated_from_the_later():
    """A page that prints no date and reports the signing "on Wednesday" (23 Nov 2016) and, as
    background, the resumption announced "on Oct. 27" appeared after both."""
    article = page("Korea and Japan signed the pact on Wednesday in Seoul, brushing aside protests. "
                   "Seoul said on Oct. 27 that it would reopen the negotiations, frozen for four years.")
    estimate, _ = estimate_from_reports(article, find_happenings(article.clean_text), SPECS)
    assert estimate.value.iso() == "2016-11-23"
    assert timeline(article).event("signing").coverage


def proposed(text: str, date: str) -> list[tuple[str, str]]:
    return [(e.date, e.title) for e in timeline(page(text, date)).events if e.proposed]


def test_a_date_beyond_a_clause_s_end_dates_the_verb_of_that_clause():
    assert proposed("Seoul decided in August to scrap the accord after Tokyo tightened its export controls in "
                    "July.", "2019-11-14") == [("2019-07", "Tokyo tightened its export controls")]


def test_a_verb_only_asked_about_proposes_nothing_but_the_main_verb_after_it_does():
    assert proposed("It is hard to see why the ministry refused to release the text on Dec. 26.", "2014-12-31") == []
    assert proposed("A probe into how the deal was handled got under way on Wednesday.", "2012-07-05") == [
        ("2012-07-04", "A probe into how the deal was handled got under way")]


def test_a_month_that_qualifies_a_noun_and_a_statement_s_occasion_propose_nothing():
    assert proposed("Officials were cited as saying an aide had set a June deadline for the signing.",
                    "2012-07-04") == []
    assert proposed("In a statement to the families on Monday night, the airline said the plane had been lost.",
                    "2014-03-25") == []


@pytest.mark.parametrize("text, frame", [
    # https://defence.pk/threads/s-korea-japan-to-sign-first-military-pact.190620 (the form)
    ("The government will now go ahead with the intelligence pact but shelve the logistics accord.", "planned"),
    ("Seoul would keep talking to Tokyo and then shelve the pact, officials warned.", "planned"),
    ("The government went ahead with the intelligence pact but shelved the logistics accord.", "reported"),
    ("Seoul will keep the pact, which Japan wants, and Tokyo froze the logistics accord.", "reported"),
])
def test_a_verb_joined_to_one_a_modal_governs_is_planned_too(text, frame):
    assert frames(text, "collapse") == [frame]


def test_the_day_of_a_statement_a_noun_names_lies_behind_what_it_says_ahead():
    said = "Seoul's announcement on Thursday that it would stop taking part in the pact dismayed Washington."
    thursday = [m for m in dated_mentions(page(said, "2019-08-27")) if m.text == "Thursday"]
    assert [(m.value.iso(), m.role) for m in thursday] == [("2019-08-22", "attribution")]
    planned = "Seoul will make an announcement on Thursday on the pact."
    assert [m.value.iso() for m in dated_mentions(page(planned, "2019-08-27"))] == ["2019-08-29"]


def test_a_date_that_qualifies_a_name_or_a_noun_with_its_year_is_a_reference():
    """"the 2016 General Security of Military Information Agreement", "the Supreme Court's
    November 2018 ruling" name things by their dates: such a date never objects to an event."""
    text = ("Seoul said it would not stay in the 2016 General Security of Military Information Agreement. "
            "The crisis has built since the Supreme Court's November 2018 ruling and the December 2015 deal.")
    roles = {m.text: m.role for m in dated_mentions(page(text, "2019-08-30"))}
    assert roles == {"2016": "reference", "November 2018": "reference", "December 2015": "reference"}
    assert {m.text: m.role for m in dated_mentions(page("Seoul ruled in November 2018 on the case.", "2019-08-30"))} \
        == {"November 2018": "event"}


@pytest.mark.parametrize("text, date, title", [
    ("SEOUL, South Korea, May 19, 2010\u2014 -- A torpedo sank a navy ship on March 26, officials said.", "2010-03-26",
     "A torpedo sank a navy ship"),  # the dashes a dateline leaves
    ("\u2022 PANMUNJOM, Korea \u2013 On Sunday Trump made his first visit to the zone.", "2019-06-30",
     "Trump made his first visit to the zone"),  # a list's bullet before the dateline
    ("Worries about Abe's health, building since early summer, grew this month when he went to a hospital.",
     "2020-08", "Worries about Abe's health grew when he went to a hospital"),  # "since" closed by a comma
])
def test_a_title_loses_a_bullet_the_dateline_s_dashes_and_a_phrase_a_comma_closes(text, date, title):
    assert proposed(text, "2020-08-28" if date == "2020-08" else date) == [(date, title)]


@pytest.mark.parametrize("text", [
    "A deal appears to have been reached, as the government made no move on Monday, the deadline.",
    "Until last year the pact was extended each year on August 24.",
])
def test_what_was_not_done_or_is_done_each_year_proposes_nothing(text):
    assert proposed(text, "2020-08-25") == []


def test_a_happening_on_a_day_a_listed_event_was_also_held_joins_it_and_proposes_nothing():
    """The talks announced on 27 Oct 2016 resumed on 1 Nov (`held` in events.json)."""
    made = timeline(page("Talks on the pact restarted on Nov 1, four years after they broke off.", "2016-11-15"))
    assert made.event("talks-resumed").coverage
    assert not [e for e in made.events if e.proposed]
