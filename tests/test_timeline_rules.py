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
from corpus.intervals import days_before
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
    ("Kim told reporters in Seoul on Thursday that the curbs had changed things.", "Thursday", "attribution"),
    ("In a statement on Wednesday, the ministry argued that Japan spends more.", "Wednesday", "attribution"),
    ("At a news conference on Monday, Suga said the pact helps.", "Monday", "attribution"),
    ("SEOUL, South Korea, Jan. 3 (UPI) -- The two Koreas spoke on a hotline.", "Jan. 3", "attribution"),
    # a dateline without a dash; a date opening a sentence that only says; a deadline
    ("Seoul, Nov 22 (IANS) South Korea's cabinet approved the pact.", "Nov 22", "attribution"),
    ("TOKYO, Aug. 23 (Kyodo) Japan protested on Friday.", "Aug. 23", "attribution"),
    ("On Tuesday the main opposition party said she would be remembered as a traitor.", "Tuesday", "attribution"),
    ("Seoul will sign it as early as Wednesday, a spokesman said Monday.", "Wednesday", "plan"),
    ("On Tuesday the cabinet approved the pact and said it was needed.", "Tuesday", "event"),
    ("Officials hurried to get it signed before the end of June.", "the end of June", "reference"),
    ("This year's deadline for giving notice is Aug. 24.", "Aug. 24", "reference"),
    ("The deadline passed on Aug. 24 without a word from Seoul.", "Aug. 24", "event"),
    # a year that qualifies a noun dates the thing, not what the sentence tells of it
    ("Seoul says its 2016 military pact with Japan will carry on.", "2016", "reference"),
    ("Seoul said a 2016 intelligence-sharing deal will stay in force.", "2016", "reference"),
    ("The pact was signed in 2016 in Seoul.", "2016", "event"),
])
def test_what_a_date_dates(text, date, role):
    start = text.index(date)
    assert mention_role(text, start, start + len(date)) == role


@pytest.mark.parametrize("words, days", [
    ("The signing came less than a month after talks resumed.", (0, 31)),
    ("It came more than four years after they collapsed.", (4 * 366, 9 * 366)),
    ("Three months after it said it would let the deal die, Seoul kept it.", (2 * 31, 4 * 31)),
    ("It came within two weeks of the talks, after they resumed.", None),  # no distance leads to it
    ("Some years after they collapsed, talks resumed.", None),  # a vague count dates nothing
])
def test_how_long_before_its_report_a_happening_lay(words, days):
    verb = next(w for w in ("resumed", "collapsed", "die") if w in words)
    assert days_before(words, 0, words.index(verb)) == days


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("SEOUL, Nov. 21 (Xinhua) -- South Korea's cabinet on Monday approved the pact, a spokesman said.",
     "Monday", "approved", "South Korea's cabinet approved the pact"),
    ("South Korea said Friday it is putting off the signing of the pact, after protests at home.",
     "Friday", "putting off", "South Korea is putting off the signing of the pact"),
    ("Officials said Tuesday that Seoul had ended the pact on Aug. 22, Yonhap reported.",
     "Aug. 22", "ended", "Seoul had ended the pact"),
    ("At the opening ceremony in the eastern county of PyeongChang on Feb. 9, athletes of the two Koreas "
     "walked in together under a single flag for the first time in over a decade.",
     "Feb. 9", "walked", "Athletes of the two Koreas walked in together under a single flag"),
    # the clause that holds the verb, when it is a subordinate one
    ("A rescue is under way off Jindo Island, where a ferry with 450 people on board sank on Wednesday, "
     "leaving four dead.", "Wednesday", "sank", "A ferry with 450 people on board sank"),
    # ... whose pronoun is the main clause's subject
    ("The ferry Sewol was travelling to Jeju when it sent a distress call on Wednesday morning, the coast "
     "guard said.", "Wednesday", "sent", "The ferry Sewol sent a distress call"),
    ("Ichiro Suzuki had plenty to say on March 21, the day he retired from baseball.",
     "March 21", "retired", "Ichiro Suzuki retired from baseball"),
    # a possessive date leaves its noun; a bracketed date beside it goes too
    ("The pact will carry on for another year, after Seoul let Monday's midnight deadline pass in silence.",
     "Monday's", "let", "Seoul let the midnight deadline pass in silence"),
    ("On Thursday (Aug. 1), Seoul approved the plan.", "Thursday", "approved", "Seoul approved the plan"),
    # a dateline without a dash; a preposition left without its date
    ("MOSCOW (Wire News / Sputnik - 17th March, 2023) South Korea's ministry asked for the pact back.",
     "17th March, 2023", "asked", "South Korea's ministry asked for the pact back"),
    ("The government will double testing of food from Japan from Aug. 23.", "Aug. 23", "double",
     "The government will double testing of food from Japan"),
    ("View larger image South Korean President Yoon salutes the flag on March 16.", "March 16", "salutes",
     "South Korean President Yoon salutes the flag"),  # a caption's label is page text
    # a dateline with a colon, "late on", the main clause after a leading "After ...", a long
    # subject elided before its verb, a coordinated clause with its own subject (not one without),
    # a short clause kept whole, an acronym dropped when the title is long
    ("Tokyo, July 8: Shinzo Abe, Japan's former prime minister, was declared dead after he was shot.",
     "July 8", "declared", "Shinzo Abe, Japan's former prime minister, was declared dead"),
    ("The first quake struck late on April 14, flattening houses.", "April 14", "struck", "The first quake struck"),
    ("After their Cabinet meeting on Tuesday, Japanese ministers gave the same answer to the proposal.",
     "Tuesday", "meeting", "Japanese ministers gave the same answer to the proposal"),
    ("Japan's decision to strike South Korea off its whitelist of trusted trading partners took effect on "
     "Wednesday.", "Wednesday", "took effect",
     "Japan's decision to strike South Korea off its whitelist \u2026 took effect"),  # ("of" left hanging: round 100)
    ("The US says its sanctions do not target humanitarian work, and on Friday the US Treasury issued a "
     "licence for relief.", "Friday", "issued", "The US Treasury issued a licence for relief"),
    ("Pompeo had also spoken by phone with Kang on Thursday, and is thought to have discussed the pact.",
     "Thursday", "spoken", "Pompeo had also spoken by phone with Kang"),
    ("The first came on July 4, when Japan tightened exports of three chemicals.", "July 4", "came",
     "The first came, when Japan tightened exports of three chemicals"),
    ("The Emergency Management Authority (AFAD) has raised the toll of the quake to 2,316 on Monday.",
     "Monday", "raised", "The Emergency Management Authority has raised the toll of the quake to 2,316"),
    # "by late Friday"; a possessive date's preposition stays; the rest of a range of days goes
    ("By late Friday, the agency had counted 20 aftershocks.", "Friday", "counted",
     "The agency had counted 20 aftershocks"),
    ("The number of people killed in Monday's earthquake has risen to 12,391.", "Monday's", "risen",
     "The number of people killed in the earthquake has risen to 12,391"),
    ("Early voting was held on March 4 and 5, drawing record crowds.", "March 4", "held", "Early voting was held"),
    # a dateline glued to its story by a dash
    ("Beijing--China voiced support for the pact's critics on Friday.", "Friday", "voiced",
     "China voiced support for the pact's critics"),
    # a verb with a pronoun object is no saying; a clause of its own subject "it"; "only on Monday"
    ("The ministry only spoke of the pact after the press had reported it, and it briefed lawmakers only on "
     "Monday.", "Monday", "briefed", "The ministry briefed lawmakers"),
    # how it became known is no part of what happened
    ("It later emerged that Washington had signed on Dec. 23 and that Seoul had signed on Dec. 26.",
     "Dec. 23", "signed", "Washington had signed"),
    # a time clause cut from its main clause tells what happened; "before" opens a clause of its
    # own; a long name gives way to its initials
    ("As heavy rain kept falling on the capital on Sunday, crews cleared the roads.", "Sunday", "kept",
     "Heavy rain kept falling on the capital"),
    ("The two held four rounds of talks in a month before the accord cleared a ministerial review on Friday.",
     "Friday", "cleared", "The accord cleared a ministerial review"),
    ("Officials on Monday confirmed that the General Security of Military Information Agreement (GSOMIA) "
     "between the two neighbours has been fully restored.", "Monday", "restored",
     "The GSOMIA between the two neighbours has been fully restored"),
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


def test_an_undated_page_datelined_days_after_the_one_event_it_reports_appeared_that_day():
    article = page("SEOUL, Aug. 23 (Wire) -- South Korea has decided to end its intelligence-sharing pact "
                   "with Japan, officials said.")
    estimate, _ = estimate_from_reports(article, find_happenings(article.clean_text), SPECS)
    assert estimate.estimated and estimate.value == DateValue(2019, 8, 23)
    assert "dateline \u201cAug. 23\u201d" in estimate.provenance
    assert timeline(article).event("termination-decision-2019").coverage
    # a month after the decision, or a dateline not of the page: no estimate
    for text in ("SEOUL, Sept. 23 (Wire) -- South Korea has decided to end its pact with Japan, officials said.",
                 "South Korea has decided to end its pact with Japan, officials said on Aug. 23."):
        later = page(text, number=1)
        assert estimate_from_reports(later, find_happenings(later.clean_text), SPECS) is None


def test_what_is_awaited_once_something_else_happens_does_not_make_a_second_year_fit():
    """"once the Cabinet passes the agreement on Tuesday and President Park approves it" is
    awaited: no approval of 26 Jun 2012 (a Tuesday) competes with the talks of 27 Oct 2016."""
    article = page("Seoul and Tokyo will put their names to an intelligence pact this week, the ministry "
                   "said on Monday.\n\nThey reopened talks on the pact on Oct. 27.\n\nThe formal signing is "
                   "planned for Wednesday, once the Cabinet passes the agreement on Tuesday and President "
                   "Park approves it.")
    estimate, _ = estimate_from_reports(article, find_happenings(article.clean_text), SPECS)
    assert estimate.value == DateValue(2016, 10, 27)
    assert [h.frame for h in find_happenings("Once it was approved, Seoul signed it.")] == ["reported", "reported"]


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


def test_an_attack_and_who_was_attacked_are_one_proposed_event():
    first = page("Busan's mayor was attacked by a stranger on Tuesday while touring Gwangju.", "Alpha News",
                 "2022-05-11")  # (named: a bare noun, "The mayor", is not proposed since round 121)
    second = page("On May 10, 2022, South Korea was shaken by an attack at a rally in Gwangju.", "Beta Daily",
                  "2022-05-11", 1)
    (event,) = [e for e in timeline(first, second).events if e.proposed]
    assert event.date == "2022-05-10" and set(event.outlet_ids) == {"alpha-news", "beta-daily"}


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


def test_one_verb_has_one_date_the_nearest_and_a_statement_is_no_happening():
    article = page("Japan's cabinet on Friday (Aug. 2) approved taking Seoul off its list from Aug. 28. "
                   "In a statement on Friday, the ministry argued that the list was outdated.",
                   "Delta Post", "2019-08-03")
    proposed = [e for e in timeline(article).events if e.proposed]
    assert [(e.date, e.title) for e in proposed] == [
        ("2019-08-02", "Japan's cabinet approved taking Seoul off its list from Aug. 28")]


def test_the_decision_told_again_joins_the_listed_event_its_article_reports():
    article = page("South Korea said on Friday it had decided to conditionally suspend the termination of the "
                   "pact.\n\nThe decision was taken at a meeting of the National Security Council on Friday.",
                   "Epsilon Daily", "2019-11-23")
    made = timeline(article)
    assert not [e for e in made.events if e.proposed]
    assert [c.passage for c in made.event("termination-suspended-2019").coverage] == [1, 2]


def test_an_undated_page_takes_the_day_of_the_one_event_that_fell_on_the_weekday_it_names():
    text = ("South Korea decided to end its military intelligence-sharing pact with Japan, "
            "the foreign ministry said Thursday.")
    article = page(text)
    estimate, mentions = estimate_from_reports(article, find_happenings(article.clean_text), SPECS)
    assert estimate.estimated and estimate.value == DateValue(2019, 8, 22)
    assert "\u201cThursday\u201d, the weekday of 22 Aug 2019" in estimate.provenance
    assert timeline(article).event("termination-decision-2019").coverage
    # 22 Aug 2019 was no Monday: no estimate, no link
    other = page(text.replace("Thursday", "Monday"), number=1)
    assert estimate_from_reports(other, find_happenings(other.clean_text), SPECS) is None
    assert not timeline(other).event("termination-decision-2019").coverage


def test_an_undated_passage_of_an_undated_page_is_dated_by_the_page_s_estimate():
    article = page("Seoul and Tokyo now share military secrets directly.\n\n"
                   "The military pact came into force on November 23, 2016, after a short ceremony.\n\n"
                   "Defense Minister Han Min-koo and Ambassador Yasumasa Nagamine formally signed the GSOMIA.\n\n"
                   "Critics say Seoul will scrap the deal one day; others say it already dropped the pact.")
    made = timeline(article)
    assert [c.passage for c in made.event("signing").coverage] == [2]
    assert all(c.date_estimated for c in made.event("signing").coverage)
    assert not made.event("termination-decision-2019").coverage  # 2019 is long after the estimate


def test_a_past_form_after_a_future_one_and_a_place_in_a_photo_are_no_happenings():
    text = ("The government will double testing of food imported from Japan from Aug. 23.\n\n"
            "Kono, at left, and Kang met in Beijing on Aug. 21.")
    article = page(text, "Zeta News", "2019-08-22")
    (event,) = [e for e in timeline(article).events if e.proposed]
    assert (event.date, event.title) == ("2019-08-21", "Kono, at left, and Kang met in Beijing")
    clean = article.clean_text
    assert [clean[s.start:s.end] for s in event.coverage[0].spans] == ["met", "Aug. 21"]


def test_a_trend_over_a_month_proposes_nothing_but_a_day_s_happening_does():
    text = "Ties between the two Koreas have warmed sharply this month.\n\nSeoul has signed a fishing pact on Monday."
    proposed = [e for e in timeline(page(text, "Iota News", "2018-04-20")).events if e.proposed]
    assert [(e.date, e.title) for e in proposed] == [("2018-04-16", "Seoul has signed a fishing pact")]


def test_a_date_dates_the_verb_of_its_own_clause_not_one_after_a_yet():
    text = "The Cup final was broadcast early on Sunday morning in Madrid, yet millions stayed with the local team."
    (event,) = [e for e in timeline(page(text, "Kappa News", "2021-05-31")).events if e.proposed]
    assert (event.date, event.title) == ("2021-05-30", "The Cup final was broadcast in Madrid")


def test_a_photo_caption_proposes_nothing():
    text = ("Kim (2nd L) met Abe in Tokyo on Monday.\n\nYoon (R) shook hands with Kishida on Monday.\n\n"
            "Moon, center left, and Abe, right, walked to the summit venue on Monday.")
    assert not [e for e in timeline(page(text, "Theta News", "2023-03-17")).events if e.proposed]


def test_what_was_planned_or_set_for_a_day_proposes_no_happening():
    text = ("Seoul plans to go ahead and finalize the pact approved on Monday.\n\n"
            "The signing had been set for Friday.\n\n"
            "After talks ended on Sunday, Tokyo plans to go ahead and finalize it.")
    proposed = [e for e in timeline(page(text, "Eta News", "2016-11-22")).events if e.proposed]
    assert [(e.date, e.title) for e in proposed] == [("2016-11-20", "Talks ended")]


def headlined(headline: str, text: str, date: str, number: int):
    known = {"id": f"head{number:04d}", "outlet": f"Head Wire {number}", "headline": headline,
             "date": date, "date_precision": "day", "date_provenance": "given by the test"}
    return article_from_raw(f"{headline}\n\n{text}\n", known, "test:headline")


LEDE = "South Korea and Japan, long divided by their history, have struck their closest military partnership since 1945."


@pytest.mark.parametrize("headline, date, linked", [
    ("South Korea and Japan seal intelligence deal despite protests", "2016-11-24", True),
    ("South Korea and Japan to sign intelligence deal despite protests", "2016-11-22", False),  # a plan
    ("South Korea and Japan seal intelligence deal on Monday", "2016-11-24", False),  # 21 Nov: not the day
    ("South Korea and Japan seal intelligence deal", "2016-12-20", False),  # a month on, undated: not this
    ("South Korea and Japan seal intelligence deal?", "2016-11-24", False),  # a question
])
def test_a_headline_reports_what_its_lede_only_implies(headline, date, linked):
    article = headlined(headline, LEDE, date, 1)
    signing = timeline(article).event("signing")
    assert bool(signing.coverage) is linked
    if linked:  # shown at the lede, nothing in it marked
        assert [(c.passage, c.spans) for c in signing.coverage] == [(1, ())]


def test_a_passage_that_reports_the_event_is_its_coverage_not_the_lede():
    text = LEDE + "\n\nThe two signed the pact in Seoul on Wednesday."
    article = headlined("South Korea and Japan seal intelligence deal", text, "2016-11-24", 2)
    assert [c.passage for c in timeline(article).event("signing").coverage] == [2]
