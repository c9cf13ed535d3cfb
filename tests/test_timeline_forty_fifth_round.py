"""Timeline round 45 (the odd halves of holdout76 and holdout77: official pages, transcripts, broadcasters' pages):
an end no longer sought ("will no longer give notice terminating the GSOMIA"), the pact's talks resumed on a page
that prints no date, a once-only happening on a page dated only by the latest day it reports, the defence
ministers' meeting of 2011, Japanese spaced out word by word. Sentences written for the purpose; each positive
case beside a guard."""

from __future__ import annotations

from corpus.happenings import find_happenings
from corpus.spaced_japanese import closed_up
from tests.test_timeline_eighteenth_round_pages import linked


def test_an_end_no_longer_sought_suspends_it():
    page = ("Minister: Seoul announced today that it will no longer give notice terminating the GSOMIA. "
            "We welcome that.")
    assert "termination-suspended-2019" in linked((page, "2019-11-22"))
    found = find_happenings("The government said it no longer plans to quit the pact.")
    assert [(h.kind, h.frame) for h in found if h.kind == "extend"] == [("extend", "reported")]


def test_an_end_still_sought_or_a_plan_no_longer_held_suspends_nothing():
    page = "Minister: Seoul announced today that it will give notice terminating the GSOMIA. We regret that."
    assert "termination-suspended-2019" not in linked((page, "2019-11-22"))
    found = find_happenings("The firm no longer plans to sign the deal.")
    assert not [h for h in found if h.kind == "extend"]


def test_the_pacts_talks_resumed_on_a_page_that_prints_no_date():
    page = ("Opinion\n\nKorea and Japan said last week that they will resume negotiations on a military "
            "information-sharing pact, known as a General Security of Military Information Agreement (GSOMIA), "
            "hoping to conclude it within the year.")
    assert "talks-resumed" in linked((page, None))
    described = ("Opinion\n\nSeoul said recently that it will reopen negotiations with Tokyo on a military and "
                 "intelligence-sharing agreement. Washington should welcome this.")
    assert "talks-resumed" in linked((described, None))


def test_talks_resumed_on_another_matter_or_a_signing_step_are_not_the_pacts():
    page = ("Opinion\n\nKorea and Japan said last week that they will resume negotiations on a fisheries deal "
            "hoping to conclude it within the year.")
    assert "talks-resumed" not in linked((page, None))
    other = ("Opinion\n\nSeoul and Tokyo resumed their export-control dialogue a month after Seoul kept the "
             "GSOMIA alive.")
    assert "talks-resumed" not in linked((other, None)) and "talks-resumed" not in linked((other, "2019-12-20"))


def test_a_once_only_decision_on_a_page_dated_only_by_the_latest_day_it_reports():
    page = ("South Korea has decided to end the General Security of Military Information Agreement with Japan.\n\n"
            "Three years ago, on November 23, 2016, the two governments signed it in Seoul.")
    links = linked((page, None))
    assert "termination-decision-2019" in links and "signing" in links


def test_a_page_printing_its_date_before_the_decision_does_not_tell_of_it():
    page = ("South Korea has decided to end the General Security of Military Information Agreement with Japan.\n\n"
            "On November 23, 2016, the two governments signed it in Seoul.")
    assert "termination-decision-2019" not in linked((page, "2016-11-24"))


def test_the_defence_ministers_meeting_of_january_2011():
    page = ("At their Defense Ministers' Meeting in January 2011, the two countries agreed to move toward "
            "concluding an agreement on protecting classified information.")
    assert "talks-agreed-2011" in linked((page, "2012-07-03"))
    later = ("At their Defense Ministers' Meeting in June 2016, the two countries agreed to share more "
             "information on the North's missiles.")
    assert "talks-agreed-2011" not in linked((later, "2016-07-03"))


def test_japanese_spaced_out_word_by_word():
    page = ("日本 と 韓国 は 、 情報 を 交換 し合う 「 GSOMIA 」 と いう 約束 を 結んで います 。 "
            "韓国 の 政府 は この GSOMIA を やめる こと に した と 発表 しました 。")
    assert "termination-decision-2019" in linked((page, "2019-08-23"))
    printed = "韓国の政府はこのGSOMIAをやめることにしたと発表しました。"
    assert [h.kind for h in find_happenings(printed)] == ["terminate"]


def test_japanese_not_spaced_out_or_only_a_plan_is_read_as_printed():
    assert closed_up("The minister (金 正恩) spoke.") is None
    page = ("日本 と 韓国 は 、 情報 を 交換 し合う 「 GSOMIA 」 と いう 約束 を 結んで います 。 "
            "韓国 の 政府 が この GSOMIA を やめる なら 問題 です 。")
    assert "termination-decision-2019" not in linked((page, "2019-08-23"))
