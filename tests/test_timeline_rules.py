"""The pieces of the timeline's rules: what a date dates, estimated dates, proposed events'
titles, grouping and joining, and who reported first."""

from __future__ import annotations

import pytest

from corpus.date_estimate import estimate_from_reports
from corpus.event_rules import agrees, qualified_bounds
from corpus.dates import DateValue
from corpus.event_titles import event_title
from corpus.events import EventSpec, dated_mentions, load_event_specs, mention_role
from corpus.happenings import find_happenings
from corpus.loader import Corpus, article_from_raw
from index.results import Coverage, TimelineEvent, reports_summary
from index.timeline import timeline_of

SPECS = load_event_specs()


def page(text: str, outlet: str = "Test Wire", date: str | None = None, number: int = 0):
    known = {"id": f"rule{number:04d}{outlet[:4].lower()}", "outlet": outlet, "headline": "Story"}
    if date:
        known.update(date=date, date_precision="day", date_provenance="given by the test")
    return article_from_raw(f"Story\n\n{text}\n", known, "test:rules")


def timeline(*articles):
    mentions = {a.id: dated_mentions(a) for a in articles}
    return timeline_of(articles, mentions, SPECS, tuple(Corpus(articles).outlets()))


@pytest.mark.parametrize("text, date, role", [
    ("A spokesman said Tuesday the pact was signed.", "Tuesday", "attribution"),
    ("SEOUL, Nov. 22 (Yonhap) -- Seoul kept the pact.", "Nov. 22", "attribution"),
    ("Seoul suspended its notice of Aug. 23 on the pact.", "Aug. 23", "reference"),
    ("It is the first such deal since 1945.", "1945", "reference"),
    ("Seoul must give notice by Aug. 24.", "Aug. 24", "reference"),
    ("The two will sign it on Friday.", "Friday", "plan"),
    ("Officials said the briefing on Dec. 5 would explain it.", "Dec. 5", "plan"),
    ("The two signed it on Wednesday.", "Wednesday", "event"),
])
def test_what_a_date_dates(text, date, role):
    start = text.index(date)
    assert mention_role(text, start, start + len(date)) == role


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("SEOUL, Nov. 21 (Xinhua) -- South Korea's cabinet on Monday approved the pact, a spokesman said.",
     "Monday", "approved", "South Korea's cabinet approved the pact"),
    ("South Korea said Friday it is putting off the signing of the pact, after protests at home.",
     "Friday", "putting off", "South Korea is putting off the signing of the pact"),
    ("Officials said Tuesday that Seoul had ended the pact on Aug. 22, Yonhap reported.",
     "Aug. 22", "ended", "Seoul had ended the pact"),
    ("At the opening ceremony in the eastern county of PyeongChang on Feb. 9, athletes of the two Koreas "
     "walked in together under a single flag for the first time in over a decade.",
     "Feb. 9", "walked", "Athletes of the two Koreas walked in together under a single flag for the first…"),
])
def test_a_proposed_title_is_the_clause_that_says_what_happened(sentence, date, verb, title):
    start, verb_start = sentence.index(date), sentence.index(verb)
    made = event_title(sentence, (start, start + len(date)), (verb_start, verb_start + len(verb)))
    assert made == title and len(made) <= 81


def test_an_undated_page_takes_the_year_of_the_one_event_it_reports_on_that_date():
    article = page("TOKYO, June 29 (Wire) -- South Korea on June 29 postponed the signing of the pact.")
    estimate, mentions = estimate_from_reports(article, find_happenings(article.clean_text), SPECS)
    assert estimate.estimated and estimate.value == DateValue(2012, 6, 29)
    assert "a date of 2012" in estimate.provenance and "June 29" in estimate.provenance
    assert {m.value.iso() for m in mentions} == {"2012-06-29"}


def test_two_years_that_would_do_leave_the_date_unknown():
    twin = EventSpec("collapse-2013", "Another collapse", DateValue(2013, 6), "collapse", ("pact",))
    article = page("South Korea on June 29 postponed the signing of the pact.")
    happenings = find_happenings(article.clean_text)
    assert estimate_from_reports(article, happenings, SPECS) is not None
    assert estimate_from_reports(article, happenings, SPECS + (twin,)) is None


def test_one_happening_across_outlets_is_one_proposed_event_titled_once():
    first = page("Seoul and Tokyo held a first joint naval drill on March 3, 2017 off Busan.", "Alpha News",
                 "2017-03-04")
    second = page("The navies of Seoul and Tokyo held their first joint drill off Busan on March 3, 2017.",
                  "Beta Daily", "2017-03-05", 1)
    (event,) = [e for e in timeline(first, second).events if e.proposed]
    assert event.date == "2017-03-03" and set(event.outlet_ids) == {"alpha-news", "beta-daily"}
    assert event.title == "Seoul and Tokyo held a first joint naval drill off Busan"
    assert reports_summary(event) == "Alpha News first, Beta Daily +1 d"


def test_a_dated_happening_of_a_listed_kind_joins_the_listed_event_rather_than_a_proposal():
    # no word names the pact, so the rule does not link it; its kind and date join it to the signing
    article = page("The two governments inked it on Wednesday in Seoul.", "Gamma Wire", "2016-11-24")
    made = timeline(article)
    assert not [e for e in made.events if e.proposed]
    assert "gamma-wire" in made.event("signing").outlet_ids


def test_reports_give_the_earliest_first_and_undated_coverage_no_lag():
    def item(outlet: str, date: str | None, estimated: bool = False) -> Coverage:
        return Coverage(f"{outlet}-1", outlet, outlet.title(), date, "h", 1, 0, 1, (), estimated)

    event = TimelineEvent("e", "E", "2016-11-23", "23 Nov 2016", "day", False,
                          (item("a", "2016-11-23"), item("b", "2016-11-25", True), item("c", None)))
    assert [(r.outlet_id, r.lag_days, r.date_estimated) for r in event.reports()] == [
        ("a", 0, False), ("b", 2, True), ("c", None, False)]
    assert reports_summary(event) == "A first, B +2 d (estimated date), C undated"


def test_a_qualified_event_date_takes_only_the_days_of_its_part_of_the_month():
    early = DateValue(2016, 11, qualifier="early")
    assert agrees(DateValue(2016, 11, 4), early) and not agrees(DateValue(2016, 11, 23), early)
    assert agrees(DateValue(2016, 11), early)  # "this month" neither agrees more nor objects
    assert qualified_bounds(DateValue(2014, qualifier="late"))[0].month == 9
