"""Timeline round 22, from the wrong links and misses of holdout21's halves: a plan only named
("the planned signing") states no plan (corpus/stated_ahead.py); "puts a hold on the end of the
pact" keeps it and tells no decision; a date that opens its sentence dates its first verb done
(corpus/dates_of_other_verbs.py); a page estimated by the latest day it reports may tell of a
later year's happening; a decision named right before the wording ("its decision to let the pact
lapse", corpus/presupposition.py); a date right before the verb it dates ("on Friday put on hold")
and a yearless dateline after a month event (corpus/date_estimate.py); a denial before a
subordinate clause, a perfect infinitive after a verb of seeming, "put aside"
(corpus/happenings.py); more Japanese, Chinese and Korean forms. Sentences and pages written for
the purpose, positive and negative."""

from __future__ import annotations

import pytest

from corpus.event_rules import about_pattern
from corpus.events import load_event_specs
from corpus.happenings import find_happenings
from corpus.stated_ahead import stated_ahead
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked
from tests.test_timeline_twentieth_round import _estimate


def _stated(text: str, kind: str = "sign") -> bool:
    return any(stated_ahead(text, h) for h in find_happenings(text) if h.kind == kind and h.frame != "denied")


def test_a_plan_only_named_states_no_plan():
    assert not _stated('"I apologize for failing to proceed with the planned signing of the military pact," Kim said.')
    assert not _stated("The minister told reporters he regretted the scheduled signing of the pact.")
    assert _stated("The planned signing of the military pact will go ahead on Friday, the ministry said.")
    assert _stated("Seoul will sign the military pact on Friday, an official said.")


def test_a_plan_only_named_links_no_statement():
    page = ('"I sincerely apologize to our people for failing to smoothly proceed with the planned signing of a '
            'military agreement with Japan," Kim told reporters.')
    assert "seoul-says-it-will-sign-2012" not in linked((page, "2012-06-28"))


def test_a_hold_put_on_the_end_keeps_the_pact():
    text = "Seoul Puts a Conditional Hold on the End of Its Intelligence Pact With Tokyo"
    assert reported(text, "extend") and not reported(text, "terminate")
    assert reported("Seoul placed a temporary hold on the termination of the pact.", "extend")
    assert not reported("Seoul put a hold on the signing of the pact.", "extend")


def test_a_date_that_opens_its_sentence_dates_its_first_verb_done():
    page = ("In 2019, on the orders of then-President Moon Jae In, South Korea unilaterally pulled out of the "
            "agreement to protest against Tokyo's export curbs.")
    assert "termination-decision-2019" in linked((page, None))
    other = ("In 2019, the leaders met in Osaka, and South Korea unilaterally pulled out of the agreement "
             "to protest.")  # the year is the meeting's
    assert "termination-decision-2019" not in linked((other, None))


def test_a_page_estimated_by_its_latest_day_may_tell_of_a_later_years_happening():
    page = ("日韓は2016年11月23日にGSOMIAを締結した。2019年には破棄を通告したが、その後通告を停止し、協定は維持された。")
    found = linked((page, None))
    assert {"signing", "termination-decision-2019", "termination-suspended-2019"} <= found
    planned = "日韓は2016年11月23日にGSOMIAを締結した。2019年には破棄を通告する予定だ。"
    assert "termination-decision-2019" not in linked((planned, None))


@pytest.mark.parametrize(("text", "kind"), [
    ("Kang said Thursday that Seoul would not revisit its decision to let the pact lapse unless Tokyo gives ground.",
     "terminate"),
    ("South Korea has until Saturday to go through with its surprise move to drop the intelligence agreement.",
     "terminate"),
    ("The lawmakers complain that the government acted without transparency when it approved the agreement.",
     "approve"),
    ("The pact appears merely to have been put aside until the mood improves.", "collapse"),
    ("Seoul is said to have signed the pact.", "sign"),
    ("韓国政府は去年8月23日に協定の終了を日本に通知しました。", "terminate"),
    ("韓國8月22日宣布不再延續《韓日軍事情報保護協定》。", "terminate"),
    ("2016年，時任韓國國防部長韓民求與日本駐韓大使長嶺安政簽署《軍事情報保護協定》。", "sign"),
    ("정부가 한일 군사정보보호협정을 '완전 정상화'한다는 내용의 외교 공한을 21일 일본에 보냈다.", "normalize"),
])
def test_more_wordings_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Seoul weighed a move to drop the pact.", "terminate"),
    ("The cabinet did not approve the pact.", "approve"),
    ("Seoul is expected to have signed the pact by Friday.", "sign"),
    ("Seoul appears to be ready to put aside the pact.", "collapse"),
    ("終了させるには3か月前までに相手国に通知する必要があります。", "terminate"),
    ("韓国は協定の破棄を通告する予定だ。", "terminate"),
    ("韓國表示希望延續協定。", "terminate"),
    ("2025年，兩國將簽署新協定。", "sign"),
    ("정부는 지소미아를 정상화한다는 방침을 검토하고 있다.", "normalize"),
])
def test_more_wordings_not_done(text, kind):
    assert not reported(text, kind)


def test_a_date_right_before_its_verb_dates_an_undated_page():
    page = ("South Korea on Friday put on hold its decision to end an intelligence-sharing pact with Japan, only "
            "hours before the move was to take effect.")
    assert _estimate(page, "termination-suspended-2019") == "2019-11-22"
    ahead = ("South Korea said it would on Friday put on hold its decision to end an intelligence-sharing pact "
             "with Japan.")
    assert _estimate(ahead, "termination-suspended-2019") != "2019-11-22"


def test_the_korean_governments_approval_is_the_cabinets():
    page = ("Japan's Cabinet signed off on the pact on Friday. Lawmakers say South Korea's own approval, on "
            "Tuesday, came without debate.")
    assert "cabinet-approval-2012" in linked((page, "2012-06-29"))
    approval = about_pattern(next(spec for spec in load_event_specs() if spec.id == "cabinet-approval-2012"))
    assert approval.search("The government acted without transparency when it approved the agreement.")
    assert not approval.search("Japan's government approved the agreement on Friday.")
    assert not approval.search("The government approved the budget, and the agreement was signed.")


@pytest.mark.parametrize(("page", "date", "found"), [
    ("日韓両政府は23日、GSOMIAに署名した。交渉再開から1か月足らずでの締結となった。", "2016-11-23", True),
    ("日韓両政府は23日、GSOMIAに署名した。交渉再開から3か月余りでの締結となった。", "2016-11-23", False),
    ("정부가 일본과의 GSOMIA 협상 재개를 발표한 지 채 한 달이 지나지 않아 서명이 이뤄지는 셈이다.", "2016-11-21", True),
    ("정부가 일본과의 GSOMIA 협상 재개를 발표한 지 세 달 만에 서명이 이뤄지는 셈이다.", "2016-11-21", False),
])
def test_a_distance_told_after_the_happening_in_japanese_and_korean(page, date, found):
    assert ("talks-resumed" in linked((page, date))) is found


@pytest.mark.parametrize(("page", "day", "other_day"), [
    # a month event's yearless dateline just after it ("SEOUL, July 20" is too late)
    ("SEOUL, July 2 (UPI) -- South Korea's foreign minister apologized Monday. Three days earlier, South "
     "Korea delayed the signing of the intelligence-sharing pact with Japan.", "2012-07-02", ("July 2", "July 20")),
    # the 2012 collapse's day, 29 June, a Friday
    ("Under growing pressure at home, the South Korean government on Friday suddenly put off signing its "
     "first military agreement with Japan.", "2012-06-29", ("on Friday", "on Tuesday")),
])
def test_an_undated_page_dated_by_the_2012_collapse(page, day, other_day):
    assert _estimate(page, "collapse-2012") == day
    assert _estimate(page.replace(*other_day), "collapse-2012") is None


def test_that_day_after_a_weekday_the_estimate_placed_is_its_day():
    page = ("The military pact between Seoul and Tokyo will not be signed for now, South Korean media said on Friday.\n\n"
            "Earlier, the foreign ministry had said the two countries planned to sign the military agreement in "
            "Tokyo later that day.")
    found = linked((page, None))
    # the ministry's word, told before the delay, is Seoul's word that it would sign (labels round 86; timeline
    # round 85: the day of the signing it announced, "later that day", no longer objects to the day of its saying)
    assert "collapse-2012" in found and "seoul-says-it-will-sign-2012" in found


@pytest.mark.parametrize(("text", "kind"), [
    ("Seoul put off the GSOMIA termination set for midnight Friday.", "collapse"),  # an extension, no collapse
    ("The move was the first sign of compromise after months of feuding over the pact.", "sign"),
    ("Public anger forced Seoul to postpone at short notice the signing set for June 29.", "extend"),
])
def test_readings_that_are_not_these_kinds(text, kind):
    assert not any(h.kind == kind for h in find_happenings(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Seoul put off the GSOMIA termination set for midnight Friday.", "extend"),
    ("Seoul put off the signing of the pact.", "collapse"),
    ("Public anger forced Seoul to postpone at short notice the signing set for June 29.", "collapse"),
    ("Seoul suspended its notice of termination.", "extend"),
])
def test_readings_that_are(text, kind):
    assert reported(text, kind)
