"""Timeline round 20, from the wrong links and misses of holdout17's and holdout18's odd halves:
a name that is the subject of a clause looking ahead (corpus/foresight.py); reviving an effort
to sign is no restoring of the pact (corpus/happening_words.py); a page telling of a year as
past appeared no earlier (corpus/date_estimate.py); talks held on a weekday date a page as
their announcement's weekday does; a day of the month alone in Korean, Japanese and Chinese
(corpus/date_patterns_foreign.py), which dates a page that prints none when it falls on the
event's; a Japanese main clause's date is not a relative clause's (corpus/dates_of_other_verbs.py)
and "23日午前0時の期限" is a deadline (corpus/events.py). Sentences and pages written for the
purpose, positive and negative."""

from __future__ import annotations

import pytest

from corpus.dates import DateValue, find_dates
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked, timeline


def _estimate(page: str, event: str) -> str | None:
    return next((c.article_date for e in timeline((page, None)).events if e.id == event for c in e.coverage), None)


def test_a_name_that_is_the_subject_of_a_clause_looking_ahead_is_only_foreseen():
    ahead = ('"Trilateral coordination and particularly the information sharing will increase stability," '
             "an official said.")
    assert "trilateral-arrangement-2014" not in linked((ahead, "2015-01-02"))
    past = "Tokyo, Seoul and Washington signed a three-way information-sharing arrangement in 2014, but it would not do."
    assert "trilateral-arrangement-2014" in linked((past, "2016-11-22"))
    aside = "The trilateral information-sharing arrangement, signed last week, will speed up sharing."
    assert "trilateral-arrangement-2014" in linked((aside, "2015-01-02"))


@pytest.mark.parametrize(("text", "kind"), [
    ("Seoul and Tokyo on Tuesday revived their effort to sign a pact on military intelligence.", "resume"),
    ("Yoon revived the intelligence-sharing pact with Japan.", "normalize"),
    ("Seoul restored the General Security of Military Information Agreement.", "normalize"),
])
def test_reviving_an_effort_toward_a_pact(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize("text", [
    "Seoul and Tokyo on Tuesday revived their effort to sign a pact on military intelligence.",
    "The two restored their talks on the intelligence pact.",
])
def test_reviving_an_effort_toward_a_pact_is_no_restoring_it(text):
    assert not reported(text, "normalize")


def test_a_page_telling_of_a_year_as_past_is_no_earlier_page():
    page = ("The South Korean government approved the intelligence-sharing pact with Japan at a cabinet meeting, "
            "a report said Tuesday.\n\nJapan, the U.S. and South Korea signed a three-way arrangement in {year}.")
    assert _estimate(page.format(year=2011), "cabinet-approval-2012") == "2012-06-26"
    assert "cabinet-approval-2012" not in linked((page.format(year=2014), None))


def test_talks_held_on_a_weekday_date_a_page_that_prints_none():
    page = ("Seoul and Tokyo on Tuesday resumed talks on the military intelligence pact in Tokyo.\n\n"
            "The defense ministry confirmed the working-level meeting.")
    assert _estimate(page, "talks-resumed") == "2016-11-01"
    friday = page.replace("Tuesday", "Friday")
    assert _estimate(friday, "talks-resumed") is None


@pytest.mark.parametrize(("text", "day"), [
    ("韓日両政府が14日に仮署名した協定", 14),
    ("국방부가 14일 협정문에 가서명했다", 14),
    ("双方于23日签署了协定", 23),
])
def test_a_day_of_the_month_alone_in_korean_japanese_and_chinese(text, day):
    found = [e for e in find_dates(text, DateValue(2016, 11, 24)) if e.kind == "date"]
    assert [e.value for e in found] == [DateValue(2016, 11, day)]


@pytest.mark.parametrize("text", ["14日間の協議を終えた", "3일 동안 협의했다", "협의 5일째", "2日目の会合", "90日前までに"])
def test_a_count_of_days_is_no_day_of_the_month(text):
    assert not [e for e in find_dates(text, DateValue(2016, 11, 24)) if e.kind == "date"]


def test_a_day_of_the_month_on_the_events_dates_a_page_that_prints_none():
    page = "【ソウル聯合ニュース】韓日両政府が{day}日に仮署名した軍事情報包括保護協定(GSOMIA)は、次官会議にかけられる見通しだ。"
    assert _estimate(page.format(day=14), "tentative-agreement") == "2016-11-14"
    assert "tentative-agreement" not in linked((page.format(day=9), None))
    korean = "국방부가 14일 한·일 군사정보보호협정(GSOMIA) 체결을 위한 협정문에 가서명했다."
    assert _estimate(korean, "tentative-agreement") == "2016-11-14"


def test_a_japanese_main_clauses_date_is_not_a_relative_clauses():
    page = ("韓国政府は22日、破棄を決めていた日韓の軍事情報包括保護協定(GSOMIA)について、"
            "23日午前0時の期限を目前にして、失効させない方針に転じた。")
    assert "termination-decision-2019" in linked((page, "2019-11-23"))
    # a date within the relative clause still dates it
    within = "韓国政府が11月22日に破棄を決めていた日韓の軍事情報包括保護協定(GSOMIA)について、協議が続いた。"
    assert "termination-decision-2019" not in linked((within, "2019-11-23"))


@pytest.mark.parametrize(("text", "role"), [
    ("23日午前0時の期限を目前にして", "reference"),
    ("23일 기한을 앞두고", "reference"),
    ("23日に署名した", "event"),
])
def test_a_days_deadline_is_a_reference(text, role):
    from corpus.events import mention_role

    found = next(e for e in find_dates(text, DateValue(2019, 11, 23)) if e.kind == "date")
    assert mention_role(text, found.start, found.end) == role


_OPENING = ("South Korea has pulled out of an agreement to share military intelligence with Japan as their "
            "trade quarrel deepens.\n\nThe General Security of Military Information Agreement was signed in "
            "November 2016.{more}")


def test_an_opening_that_reports_an_event_as_news_dates_a_page_that_prints_none():
    assert _estimate(_OPENING.format(more=""), "termination-decision-2019") == "2019-08-22"
    # ... and the page's other passages follow the usual rules: the signing, by its own date
    assert "signing" in linked((_OPENING.format(more=""), None))
    weekday = _OPENING.replace("has pulled out", "on Thursday pulled out")
    assert _estimate(weekday.format(more=""), "termination-decision-2019") == "2019-08-22"
    another_day = _OPENING.replace("has pulled out", "on Monday pulled out")
    assert _estimate(another_day.format(more=""), "termination-decision-2019") is None


@pytest.mark.parametrize("more", [
    " Seoul said the pact would end in 2020.",  # a later year named
    " Ties soured in July last year.",  # a year counted back from the page's
    " Seoul pulled out of the pact in 2019.",  # the event's year told as past
    "\n\nSeoul later fully restored the pact.",  # a kind only a later year's event is of
])
def test_an_opening_on_a_later_page_dates_nothing(more):
    assert _estimate(_OPENING.format(more=more), "termination-decision-2019") != "2019-08-22"


@pytest.mark.parametrize("opening", [
    "South Korea had pulled out of an agreement to share military intelligence with Japan, officials recalled.",
    "South Korea pulled out of an agreement to share military intelligence with Japan on the 12th.",
    "Monday's deadline for Seoul to tell Japan it was pulling out of their intelligence-sharing pact went by.",
])
def test_an_opening_that_is_background_or_dated_dates_nothing(opening):
    page = opening + "\n\nThe General Security of Military Information Agreement was signed in November 2016."
    assert _estimate(page, "termination-decision-2019") != "2019-08-22"


@pytest.mark.parametrize(("text", "kind"), [
    ("North Korea has demanded that South Korea scrap its intelligence-sharing agreement with Japan.", "terminate"),
    ("Pyongyang tells Seoul to tear up intelligence pact with Tokyo", "terminate"),
    ("Seoul and Tokyo have held talks on a preliminary pact for sharing intelligence.", "agree"),
])
def test_a_demand_an_order_and_talks_on_a_preliminary_pact_are_no_happening(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("South Korea scrapped the pact, and North Korea demanded that Seoul explain itself.", "terminate"),
    ("Seoul told Tokyo it would end the pact.", "terminate"),
    ("Seoul and Tokyo signed a preliminary pact for sharing intelligence.", "agree"),
])
def test_what_was_done_beside_a_demand_an_order_or_a_preliminary_pact(text, kind):
    assert reported(text, kind)


def test_yesterday_where_a_page_words_the_event_puts_it_on_the_day_after():
    page = ('South Korea\'s Defence Ministry said yesterday the two sides "have tentatively signed a military '
            'intelligence-sharing pact after reaching a consensus on the terms of the deal".\n\n'
            "The talks had been revived on Nov 1, four years after Seoul pulled out of the deal in 2012.")
    assert _estimate(page, "tentative-agreement") == "2016-11-15"
    assert {"tentative-agreement", "talks-resumed"} <= linked((page, None))
    # "yesterday" in another sentence than the one that words it dates no such page
    other = ("Protesters rallied yesterday against the pact.\n\nThe two sides have tentatively signed a "
             "military intelligence-sharing pact after reaching a consensus on the terms of the deal.")
    assert _estimate(other, "tentative-agreement") is None


@pytest.mark.parametrize(("text", "kind"), [
    ("韩国青瓦台当天宣布，决定废止与日本之间交换军事情报的协定。", "terminate"),
    ("该协定于2016年11月朴槿惠执政时期签署，此后每年自动续签。", "sign"),
    ("외교부는 지소미아를 완전히 정상화하는 서면을 21일 일본 측에 보냈습니다.", "normalize"),
    ("정부가 일본에 통보한 지소미아 관련 공한 두 건을 모두 철회하기로 했다는 결정을 알렸습니다.", "normalize"),
    ("외교부는 일본에 보냈던 종료 통보 등을 철회했다고 밝혔다.", "normalize"),
    ("정부, 한일 지소미아 정상화 절차 마쳐", "normalize"),
])
def test_chinese_and_korean_forms_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("双方将于2020年签署协定。", "sign"),
    ("双方定于2016年11月签署协定。", "sign"),
    ("야당은 종료 통보를 철회하라고 촉구했다.", "normalize"),
    ("정부는 지소미아를 정상화하는 방안을 검토하고 있다.", "normalize"),
])
def test_chinese_and_korean_forms_not_done(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("The two sides held talks in Tokyo on Monday afternoon and initially signed the deal.", "agree"),
    ("North Korea claimed it had successfully exploded a nuclear warhead.", "nuclear-test"),
    ("It came after the North set off what it called a hydrogen bomb in January.", "nuclear-test"),
    ("GSOMIA's signature had been held up since 2012 for that reason.", "collapse"),
    ("韓国政府が先月27日にGSOMIA締結へ向けた交渉の再開方針を示してから27日目のことだ。", "resume"),
    ("世論の反発を警戒した韓国が署名式を取りやめた経緯がある。", "collapse"),
])
def test_more_wordings_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("The two sides held talks in Tokyo and initially signed the deal.", "sign"),  # the initialling, not the signing
    ("North Korea threatened to set off a hydrogen bomb.", "nuclear-test"),
    ("The minister held up the signed accord for the cameras.", "collapse"),
    ("韓国政府は交渉を再開する方針だ。", "resume"),
])
def test_more_wordings_not_of_that_happening(text, kind):
    assert not reported(text, kind)


def test_a_japanese_era_year_and_a_weekday_with_its_part_of_day():
    found = [(e.text, e.value) for e in find_dates("両政府は平成24年に合意し、令和元年に破棄した。平成24年6月", None)
             if e.kind == "date"]
    assert ("平成24年", DateValue(2012)) in found and ("令和元年", DateValue(2019)) in found
    page = "South Korea and Japan held talks in Tokyo on Monday afternoon and initially signed the intelligence deal."
    assert _estimate(page, "tentative-agreement") == "2016-11-14"
    assert _estimate(page.replace("Monday", "Friday"), "tentative-agreement") is None
    framed = "両政府は平成24年、協定を締結することでいったん合意したが、韓国が署名式を取りやめた経緯がある。"
    assert "collapse-2012" in linked((framed, "2014-05-30"))


@pytest.mark.parametrize(("sentence", "date"), [
    ("Although the Moon administration pulled back from ending GSOMIA, the pact has stayed in limbo.", "2022-06-16"),
    ("GSOMIA became a flashpoint in 2019. In November, Seoul agreed to extend the pact on conditions.", None),
    ("Seoul gave notice in August that it would end GSOMIA, but in November it suspended that notice.", None),
])
def test_the_suspension_told_again_on_a_later_page(sentence, date):
    assert "termination-suspended-2019" in linked((sentence, date))


@pytest.mark.parametrize("sentence", [
    "Seoul pulled back from the brink, and GSOMIA has stayed in limbo.",
    "Seoul may extend the GSOMIA on conditions.",
    "이로써 지소미아 '종료' 통보와 '종료 통보 효력 정지' 통보가 모두 거둬들여졌다.",
])
def test_no_suspension_told_again(sentence):
    assert "termination-suspended-2019" not in linked((sentence, "2022-06-16"))


def test_the_same_day_carries_the_date_named_before_it():
    page = ("The two governments concluded the General Security of Military Information Agreement in November "
            "2016. It came into force the same day and has been rolled over every year since.")
    assert "takes-effect" in linked((page, None))
    # ... not across passages: the day named last in another passage is no day of this one
    apart = ("The two governments concluded the General Security of Military Information Agreement in November "
             "2016.\n\nThe pact came into force the same day.")
    assert "takes-effect" not in linked((apart, None))


@pytest.mark.parametrize(("text", "role"), [
    ("[기자] 외교부는 21일 일본에 보냈던 종료 통보 등을 철회했다고 밝혔다. 다음 문장.", "attribution"),
    ("외교부는 21일 일본에 서면을 보냈다. 장관은 이를 환영한다고 말했다.", "event"),  # the saying is another sentence's
])
def test_a_korean_date_after_the_topic_of_a_saying(text, role):
    from corpus.events import mention_role

    at = text.index("21일")
    assert mention_role(text, at, at + 3) == role


def test_an_undated_korean_page_dated_by_its_saying_day():
    page = "[기자] 외교부는 21일 한일 군사정보보호협정(GSOMIA)과 관련해 일본에 보냈던 종료 통보 등을 철회했다고 밝혔다."
    assert _estimate(page, "normalization-2023") == "2023-03-21"
    assert _estimate(page.replace("21일", "9일"), "normalization-2023") is None
