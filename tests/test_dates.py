"""The date resolver on news sentences, each with its publication date."""

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from bench.timex_eval import evaluate, parse_timeml
from corpus.dates import DateValue, TemporalExpression, find_dates, parse_date_value

THU_2016_11_24 = datetime.date(2016, 11, 24)
THU_2012_06_28 = datetime.date(2012, 6, 28)


def only(text: str, published, phrase: str | None = None) -> TemporalExpression:
    """The one expression found in `text` (or the one whose text is `phrase`)."""
    found = [e for e in find_dates(text, published) if phrase is None or e.text == phrase]
    assert len(found) == 1, found
    return found[0]


def resolved(text: str, published, phrase: str | None = None) -> str:
    expression = only(text, published, phrase)
    assert expression.kind == "date", expression
    return expression.value.iso()


# --- Weekdays: the most recent such day, today included, unless the clause looks ahead ---


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The two sides signed the pact on Wednesday.", THU_2016_11_24, "2016-11-23"),
        ("The cabinet approved the deal on Thursday.", THU_2016_11_24, "2016-11-24"),
        ("Officials will meet on Friday to sign it.", THU_2016_11_24, "2016-11-25"),
        ("Negotiators return this Friday.", THU_2016_11_24, "2016-11-25"),
        ("The accord takes effect next Monday.", THU_2016_11_24, "2016-11-28"),
        ("The ministry said last Thursday that talks had stalled.", THU_2016_11_24, "2016-11-17"),
        ("On Tuesday, Seoul postponed the signing.", THU_2012_06_28, "2012-06-26"),
        ("The signing is now set for this Friday.", THU_2012_06_28, "2012-06-29"),
        ("Organisers said they will hold more protests after Friday's rally.", THU_2012_06_28, "2012-06-22"),
    ],
)
def test_weekdays(text, published, expected):
    assert resolved(text, published) == expected


# --- Days and periods relative to the publication date ---


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("The ministry confirmed it yesterday.", "2016-11-23", "day"),
        ("The pact was signed today in Seoul.", "2016-11-24", "day"),
        ("Lawmakers will vote tomorrow.", "2016-11-25", "day"),
        ("Earlier in the day, protesters rallied.", "2016-11-24", "day"),
        ("Protesters rallied earlier in the day.", "2016-11-24", "day"),
        ("A statement came later in the day.", "2016-11-24", "day"),
        ("Talks resumed this year.", "2016", "year"),
        ("Talks resumed earlier this year.", "2016", "year"),
        ("The draft was initialled this month.", "2016-11", "month"),
        ("The draft was initialled earlier this month.", "2016-11", "month"),
        ("Talks began last month.", "2016-10", "month"),
        ("The deal was shelved last year.", "2015", "year"),
        ("A review is planned next year.", "2017", "year"),
        ("The pact was first proposed four years ago.", "2012", "year"),
    ],
)
def test_relative_expressions(text, expected, granularity):
    expression = only(text, THU_2016_11_24)
    assert expression.value.iso() == expected
    assert expression.value.granularity == granularity


def test_early_this_month_is_the_month_qualified_early():
    value = only("Talks resumed early this month.", THU_2016_11_24).value
    assert value == DateValue(2016, 11, qualifier="early")
    assert value.label() == "early Nov 2016"


# --- Absolute dates keep the precision the text gives ---


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("A similar deal collapsed in 2012.", "2012", "year"),
        ("Talks began in January 2011.", "2011-01", "month"),
        ("The accord was shelved in June 2012.", "2012-06", "month"),
        ("Talks have stalled since June 2012.", "2012-06", "month"),
        ("A trilateral deal was made in December 2014.", "2014-12", "month"),
        ("Seoul first proposed it in November 2010.", "2010-11", "month"),
        ("Signed on November 23, 2016, in Seoul.", "2016-11-23", "day"),
        ("Signed on Nov. 24, 2016, in Seoul.", "2016-11-24", "day"),
        ("Signed on 23 November 2016 in Seoul.", "2016-11-23", "day"),
        ("Updated 2016-11-27 with reactions.", "2016-11-27", "day"),
        ("The vote was held on Jan. 6.", "2016-01-06", "day"),
        ("Talks resumed Sept. 9.", "2016-09-09", "day"),
        ("The pact was signed Nov. 23.", "2016-11-23", "day"),
    ],
)
def test_absolute_dates(text, expected, granularity):
    expression = only(text, THU_2016_11_24)
    assert (expression.value.iso(), expression.value.granularity) == (expected, granularity)


def test_late_2014_is_the_year_qualified_late():
    value = only("Japan first raised it in late 2014.", THU_2016_11_24).value
    assert value == DateValue(2014, qualifier="late")
    assert (value.granularity, value.label()) == ("year", "late 2014")


def test_bare_month_is_the_latest_such_month_unless_the_clause_looks_ahead():
    assert resolved("The talks resumed in April.", THU_2016_11_24) == "2016-04"
    assert resolved("The talks will resume in April.", THU_2016_11_24) == "2017-04"


def test_date_after_earlier_this_year_takes_that_year():
    found = find_dates("The issue resurfaced earlier this year on Jan. 6.", THU_2016_11_24)
    assert [(e.text, e.value.iso()) for e in found] == [
        ("earlier this year", "2016"),
        ("Jan. 6", "2016-01-06"),
    ]


# --- Durations, ranges and repeating times are not dates of events ---


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("The pact will run for a year.", "a year", "duration"),
        ("It ends a four-year halt in talks.", "four-year", "duration"),
        ("They met for the first time in four years.", "four years", "duration"),
        ("Korea was ruled by Japan in 1910-45.", "1910-45", "range"),
        ("Korea was ruled by Japan from 1910 to 1945.", "from 1910 to 1945", "range"),
        ("The pact is renewed each year.", "each year", "set"),
        ("The pact is renewed annually.", "annually", "set"),
        ("The pact is renewed every year.", "every year", "set"),
    ],
)
def test_durations_ranges_and_sets_are_not_dates(text, phrase, kind):
    found = find_dates(text, THU_2016_11_24)
    assert [(e.text, e.kind, e.value) for e in found] == [(phrase, kind, None)]
    assert found[0].note


@pytest.mark.parametrize(
    "text",
    [
        "We may see more talks, and one side may march out.",
        "Lawmakers March on the assembly and may protest a second time.",
        "One official said two of them would go, then a third.",
        "Some 1,500 people and 2000 GMT flights; a 30-day notice.",
    ],
)
def test_ordinary_words_are_not_dates(text):
    assert [e for e in find_dates(text, THU_2016_11_24) if e.kind == "date"] == []


def test_may_the_month_is_a_date():
    assert resolved("The talks stalled in May.", THU_2016_11_24) == "2016-05"


def test_names_and_mastheads_are_not_dates():
    text = "Cho June-hyuck told the Korea JoongAng Daily that April Kim agreed."
    assert find_dates(text, THU_2016_11_24) == ()


def test_vague_and_anaphoric_expressions_are_not_placed_on_the_calendar():
    found = find_dates("Talks collapsed several years ago and resumed two days later.", THU_2016_11_24)
    assert [(e.text, e.kind, e.value) for e in found] == [
        ("several years ago", "other", None),
        ("two days later", "other", None),
    ]
    assert all(e.note for e in found)


def test_weeks_and_holidays():
    assert resolved("Officials met last week.", THU_2016_11_24) == "2016-W46"
    week = only("Officials met this week.", THU_2016_11_24).value
    assert (week.granularity, week.label()) == ("week", "week of 21 Nov 2016")
    assert week.contains(DateValue(2016, 11, 23)) and DateValue(2016, 11).contains(week)
    assert resolved("The boy was rescued on Thanksgiving Day.", datetime.date(2000, 1, 6)) == "1999-11-25"
    assert resolved("Talks will resume after Christmas.", THU_2016_11_24) == "2016-12-25"


# --- Offsets, order and publication dates of lower precision ---


def test_offsets_point_into_the_text_in_order():
    text = "On Wednesday, Nov. 23, 2016, after talks in 2012 and for a year, Seoul signed; more tomorrow."
    found = find_dates(text, THU_2016_11_24)
    assert all(text[e.start : e.end] == e.text for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)
    assert [e.text for e in found] == ["Wednesday, Nov. 23, 2016", "2012", "a year", "tomorrow"]


def test_month_precision_publication_never_invents_a_day():
    published = DateValue(2016, 11)
    assert resolved("The pact was signed on Nov. 23.", published) == "2016-11-23"
    assert resolved("Talks began last month.", published) == "2016-10"
    assert resolved("The deal was shelved in 2012.", published) == "2012"
    for text in ("It was signed yesterday.", "It was signed on Wednesday."):
        expression = only(text, published)
        assert expression.kind != "date" or expression.value.granularity in ("month", "year")


def test_year_precision_publication_leaves_last_month_unresolved():
    expression = only("Talks began last month.", DateValue(2016))
    assert (expression.kind, expression.value) == ("other", None)


# --- DateValue ---


def test_date_value_iso_label_and_containment():
    day, month, year = DateValue(2016, 11, 23), DateValue(2016, 11), DateValue(2016)
    assert [v.iso() for v in (day, month, year)] == ["2016-11-23", "2016-11", "2016"]
    assert [v.label() for v in (day, month, year)] == ["23 Nov 2016", "Nov 2016", "2016"]
    assert month.contains(day) and year.contains(month) and day.contains(day)
    assert not day.contains(month)
    assert day.compatible(year) and year.compatible(day)
    assert not DateValue(2016, 10).compatible(day)


def test_parse_date_value():
    assert parse_date_value("2016-11-23") == DateValue(2016, 11, 23)
    assert parse_date_value("2016-11") == DateValue(2016, 11)
    assert parse_date_value("2016") == DateValue(2016)
    for bad in ("2016-13", "2016-02-30", "Nov 2016", ""):
        with pytest.raises(ValueError):
            parse_date_value(bad)


# --- The benchmark's scoring, on a TimeML document written here ---

TINY_TIMEML = """<TimeML>
<DCT><TIMEX3 tid="t0" type="TIME" value="2016-11-24">2016-11-24</TIMEX3></DCT>
<TEXT>
SEOUL &amp; TOKYO (AP) _ The pact was <EVENT eid="e1">signed</EVENT>
<TIMEX3 tid="t1" type="DATE" value="2016-11-23">Wednesday</TIMEX3>
after talks <TIMEX3 tid="t2" type="DATE" value="2012">four years ago</TIMEX3> stalled for
<TIMEX3 tid="t3" type="DURATION" value="P4Y">four years</TIMEX3>. It is reviewed
<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>, officials said in 2015.
</TEXT>
</TimeML>"""


def test_benchmark_scoring_on_a_tiny_document():
    document = parse_timeml(TINY_TIMEML, "tiny")
    assert document.published == "2016-11-24"
    assert document.text.startswith("\nSEOUL & TOKYO (AP)")
    assert [document.text[g.start : g.end] for g in document.gold] == ["Wednesday", "four years ago", "now"]
    tally = evaluate([document])
    # "2015" is a date the gold does not mark; "now" is a gold date we do not find.
    assert (tally.gold, tally.predicted, tally.predicted_matching) == (3, 3, 2)
    assert (tally.gold_found, tally.values_right) == (2, 2)
    figures = tally.figures()
    assert figures["precision"] == pytest.approx(2 / 3) and figures["recall"] == pytest.approx(2 / 3)
    assert figures["value_accuracy"] == 1.0


def test_corpus_dates_imports_without_warnings_or_ui_libraries():
    code = "import sys, corpus.dates; assert not {'textual', 'rich'} & set(sys.modules)"
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True, cwd=Path(__file__).parents[1])


@pytest.mark.parametrize("sentence, expected", [
    ("The pact expires Nov. 23, officials said.", "2019-11-23"),
    ("Seoul must decide by Nov. 23 whether to extend it.", "2019-11-23"),
    ("On Nov. 23, the pact will lapse unless Seoul changes course.", "2019-11-23"),
    ("The two countries are to review it in January.", "2020-01"),
    ("The two signed the pact on Nov. 23.", "2018-11-23"),  # past tense: the last November
    ("Talks collapsed in October.", "2018-10"),
])
def test_a_yearless_date_in_a_forward_looking_sentence_lies_ahead(sentence, expected):
    (expression,) = find_dates(sentence, datetime.date(2019, 8, 10))
    assert expression.value.iso() == expected


@pytest.mark.parametrize("sentence, expected", [
    # a month naming a thing already made, whatever the tense of the clause's verb
    ("Kim said Seoul would withdraw its August notice ending the pact.", "2019-08"),
    ("Tokyo will answer Seoul's June decision soon.", "2019-06"),
    ("Seoul will decide in August whether to renew it.", "2020-08"),  # no possessor: ahead
    # "a planned signing" names a plan; the clause's own verb is past
    ("He arrived in Tokyo on Friday, June 29, shortly after a planned signing was postponed.", "2019-06-29"),
    # an irregular past verb before the date decides, not a plan named after it
    ("The two froze the pact on Oct. 4 less than an hour before officials were to sign it.", "2019-10-04"),
])
def test_a_yearless_date_of_a_thing_already_made_lies_behind(sentence, expected):
    (expression,) = [e for e in find_dates(sentence, datetime.date(2019, 11, 22)) if e.kind == "date"]
    assert expression.value.iso() == expected


def test_without_a_publication_date_only_dates_naming_their_year_resolve():
    text = ("The pact was signed on November 23, 2016. In 2012, on June 29, Seoul pulled out. "
            "On Wednesday it took effect; last month talks resumed, and on Nov. 9 they agreed.")
    found = {e.text: e for e in find_dates(text, None)}
    assert found["November 23, 2016"].value.iso() == "2016-11-23"
    assert found["June 29"].value.iso() == "2012-06-29"  # the sentence names the year
    assert found["2012"].value.iso() == "2012"
    for relative in ("Wednesday", "last month", "Nov. 9"):
        assert found[relative].kind == "other" and found[relative].value is None
        assert "publication date" in found[relative].note


def test_a_day_and_month_followed_by_its_year_in_words_take_that_year():
    found = find_dates("The government suspended it on Nov. 22 of last year, he said.", datetime.date(2020, 11, 23))
    assert found[0].text == "Nov. 22" and found[0].value.iso() == "2019-11-22"
    found = find_dates("They are to meet on Jan. 6 next year.", datetime.date(2020, 11, 23))
    assert found[0].value.iso() == "2021-01-06"


def test_on_the_sixteenth_is_a_day_of_the_story_s_month():
    text = "On the 16th, he met the minister. Later in the day he resigned."
    found = find_dates(text, datetime.date(2012, 7, 20))
    assert [(e.text, e.value.iso()) for e in found] == [
        ("On the 16th", "2012-07-16"), ("Later in the day", "2012-07-16")]
    assert find_dates("He met them on the 26th.", datetime.date(2012, 7, 20))[0].value.iso() == "2012-06-26"
    assert find_dates("They will meet on the 5th.", datetime.date(2012, 7, 20))[0].value.iso() == "2012-08-05"
    assert find_dates("A fire broke out on the 16th floor.", datetime.date(2012, 7, 20)) == ()


# --- Four figures after a number's label name no year ---


@pytest.mark.parametrize("text", [
    "The cabinet took up the agreement, filed as Bill No. 1712, at 8 am on Nov. 22 and passed it.",
    "It was filed as bill number 1712 on Nov. 22.",
    "Flight 1712 left Incheon on Nov. 22.",
    "Delegates met in Room 1905 on Nov. 22.",
    "The pact, Resolution 2015, was approved on Nov. 22.",
])
def test_four_figures_after_a_numbers_label_are_no_year(text):
    found = find_dates(text, THU_2016_11_24)
    assert [expression.text for expression in found] == ["Nov. 22"]
    assert found[0].value.iso() == "2016-11-22"


@pytest.mark.parametrize(("text", "expected"), [
    ("In 1712, on Nov. 22, the king died.", "1712-11-22"),
    ("Talks began in 2012, on June 29, before the signing was put off.", "2012-06-29"),
    ("Since 2016, no. The pact was signed on Nov. 23.", "2016-11-23"),
])
def test_a_year_the_sentence_names_still_dates_the_days_after_it(text, expected):
    days = [expression for expression in find_dates(text, THU_2016_11_24) if expression.value.day]
    assert [day.value.iso() for day in days] == [expected]
