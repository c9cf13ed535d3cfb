"""Timeline round 45 (the odd halves of holdout76 and holdout77: official pages, transcripts, broadcasters' pages):
an end no longer sought ("will no longer give notice terminating the GSOMIA"), a once-only happening on a page dated
only by the latest day it reports, the defence ministers' meeting of 2011, Japanese spaced out word by word; talks
resumed on another matter stay unlinked (the pact's talks told as once-only were tried and left out: a wrong link on
a blind set). Sentences written for the purpose; each positive case (True) beside a guard (False)."""

from __future__ import annotations

import re

import pytest

from corpus.happenings import find_happenings
from corpus.spaced_japanese import MOST_MATCHES, closed_up, spaced_matches
from tests.test_timeline_eighteenth_round_pages import linked

_DECIDED = "South Korea has decided to end the General Security of Military Information Agreement with Japan.\n\n"
_SPACED = "日本 と 韓国 は 、 情報 を 交換 し合う 「 GSOMIA 」 と いう 約束 を 結んで います 。 "
# (page, its date or None, the event, whether the page reports it)
CASES = [
    ("Minister: Seoul announced today that it will no longer give notice terminating the GSOMIA. We welcome that.",
     "2019-11-22", "termination-suspended-2019", True),
    ("Minister: Seoul announced today that it will give notice terminating the GSOMIA. We regret that.",
     "2019-11-22", "termination-suspended-2019", False),
    ("Opinion\n\nKorea and Japan said last week that they will resume negotiations on a fisheries deal "
     "hoping to conclude it within the year.", None, "talks-resumed", False),
    ("Opinion\n\nSeoul and Tokyo resumed their export-control dialogue a month after Seoul kept the GSOMIA alive.",
     None, "talks-resumed", False),
    ("Opinion\n\nSeoul and Tokyo resumed their export-control dialogue a month after Seoul kept the GSOMIA alive.",
     "2019-12-20", "talks-resumed", False),
    (_DECIDED + "Three years ago, on November 23, 2016, the two governments signed it in Seoul.",
     None, "termination-decision-2019", True),
    (_DECIDED + "On November 23, 2016, the two governments signed it in Seoul.",
     "2016-11-24", "termination-decision-2019", False),
    ("At their Defense Ministers' Meeting in January 2011, the two countries agreed to move toward "
     "concluding an agreement on protecting classified information.", "2012-07-03", "talks-agreed-2011", True),
    ("At their Defense Ministers' Meeting in June 2016, the two countries agreed to share more "
     "information on the North's missiles.", "2016-07-03", "talks-agreed-2011", False),
    (_SPACED + "韓国 の 政府 は この GSOMIA を やめる こと に した と 発表 しました 。",
     "2019-08-23", "termination-decision-2019", True),
    (_SPACED + "韓国 の 政府 が この GSOMIA を やめる なら 問題 です 。", "2019-08-23", "termination-decision-2019", False),
]


@pytest.mark.parametrize("page, date, event, reported", CASES)
def test_what_a_page_reports(page, date, event, reported):
    assert (event in linked((page, date))) is reported


def test_an_end_no_longer_sought_is_an_extension_and_a_plan_no_longer_held_is_none():
    kept = find_happenings("The government said it no longer plans to quit the pact.")
    assert [(h.kind, h.frame) for h in kept if h.kind == "extend"] == [("extend", "reported")]
    assert not [h for h in find_happenings("The firm no longer plans to sign the deal.") if h.kind == "extend"]


def test_japanese_as_printed_reads_as_before_and_one_spaced_name_is_no_spaced_text():
    printed = "韓国の政府はこのGSOMIAをやめることにしたと発表しました。"
    assert [h.kind for h in find_happenings(printed)] == ["terminate"]
    assert closed_up("The minister (金 正恩) spoke.") is None


def test_a_hostile_spaced_text_is_read_for_a_bounded_number_of_wordings():
    text = "署 名 し た 。 " * 5000
    assert len(list(spaced_matches(re.compile("署名した"), text, closed_up(text)))) == MOST_MATCHES
