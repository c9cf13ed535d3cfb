"""Timeline round 82 (issue 14): `japan-cabinet-due-2012` is Japan's cabinet approving the pact on the morning of
29 June 2012 (labels round 85), a happening of kind "approve": told as done it is linked ("Japan's Cabinet approved
the agreement on Friday", "閣議で…締結案を決定した"), told as due or planned it is not ("would approve on Friday",
"閣議決定する予定"); Korea's cabinet of the 26th and Japan's of the 29th are kept apart both ways. A plan that only
gives another deed its time ("before the two were to sign") is no statement of it. Japan's cabinet in Korean, Spanish,
French and Indonesian stays linked (`tests/test_timeline_seventy_sixth_round.py`, now by the approval's wordings).
Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.happening_words_languages import SPACED, UNSPACED
from corpus.happening_words_more_languages import SPACED as MORE_SPACED
from corpus.stated_ahead import _BEFORE_THE_PLAN
from tests.test_timeline_eighteenth_round_pages import SPECS, linked
from tests.hostile_timing import assert_runs_quickly

JAPAN = "japan-cabinet-due-2012"
KOREA = "cabinet-approval-2012"
JAPAN_SPEC = next(spec for spec in SPECS if spec.id == JAPAN)


def test_the_event_is_titled_and_kept_as_a_happening():
    assert JAPAN_SPEC.title == "Japan's cabinet approves the pact"
    assert JAPAN_SPEC.kind == "approve" and not JAPAN_SPEC.statement


@pytest.mark.parametrize("page, date", [
    ("The intelligence pact was frozen. Japan's Cabinet approved the agreement on Friday morning, three days after "
     "Seoul's own cabinet.", "2012-06-29"),
    ("The ceremony was called off. Tokyo's cabinet signed off on the pact on Friday, hours before it.", "2012-06-29"),
    ("Seoul froze the intelligence pact. Both governments' cabinets had cleared the military accord, and the "
     "signing was set for the afternoon.", "2012-06-29"),
    ("The two neighbours were set to share intelligence. Japan's Cabinet gave its approval on Friday, and the "
     "signing was due later that day.", "2012-06-29"),
    ("Seoul put off the ceremony. The Japanese government had approved an agreement on military intelligence with "
     "Seoul that morning.", "2012-06-29"),
    ("日本政府は29日の閣議で、日韓の軍事情報包括保護協定(GSOMIA)の締結案を決定した。", "2012-06-29"),
    ("政府は29日午前の閣議で、日韓の秘密情報保護協定への署名を了承した。午後に署名する予定だ。", "2012-06-29"),
], ids=["en-approved", "en-signed-off", "en-both-cabinets", "en-gave-approval", "en-government", "ja-decided",
        "ja-agreed-to-sign"])
def test_japans_cabinet_approving_the_pact_is_linked(page: str, date: str):
    assert JAPAN in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("Tokyo told Seoul that the Japanese Cabinet would approve the accord on Friday.", "2012-06-28"),
    ("South Korea's cabinet approved the pact on Tuesday, and Seoul is now waiting for the Japanese Cabinet to "
     "endorse it, a spokesman said.", "2012-06-28"),
    ("Officials said the Japanese cabinet is likely to endorse the agreement this Friday.", "2012-06-28"),
    ("日本政府は29日の閣議で、日韓の情報保護協定の締結を閣議決定する予定だ。", "2012-06-28"),
    ("일본 내각회의는 29일 협정 체결안을 의결할 예정이다.", "2012-06-28"),
    ("La firma del pacto militar espera a que el Gobierno japonés dé luz verde al texto.", "2012-06-28"),
    ("Kabinet Jepang akan memberikan lampu hijau untuk perjanjian itu pada hari Jumat.", "2012-06-28"),
], ids=["en-would", "en-waiting", "en-likely", "ja-planned", "ko-planned", "es-awaited", "id-will"])
def test_japans_cabinet_only_due_is_not_linked(page: str, date: str):
    assert JAPAN not in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("Japan's cabinet approved the pact on Tuesday, a day before the signing in Seoul.", "2016-11-22"),
    ("Japan's Cabinet approved the removal of South Korea from its list of trusted trade partners on Friday.",
     "2019-08-02"),
    ("Japan's Cabinet approved the removal of South Korea from its list of trusted trade partners on Friday.", None),
    ("The government made a decision. 정부는 다음 주 협정안을 처리할 예정이다.", "2012-06-24"),
], ids=["en-2016", "en-2019-trade", "en-2019-trade-undated", "ko-bill-planned"])
def test_other_approvals_are_not_japans_cabinet_of_2012(page: str, date: str | None):
    assert JAPAN not in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("韓国政府は26日の閣議で、日本との軍事情報包括保護協定の締結案を決定した。", "2012-06-27"),
    ("政府は26日の閣議で、日本との情報保護協定の締結案を決定した。", "2012-06-27"),
    ("South Korea's cabinet approved the intelligence pact with Japan on Tuesday.", "2012-06-27"),
], ids=["ja-korea-named", "ja-government", "en"])
def test_koreas_cabinet_of_the_26th_is_not_japans(page: str, date: str):
    made = linked((page, date))
    assert KOREA in made and JAPAN not in made


@pytest.mark.parametrize("page", [
    "日本政府は29日の閣議で、韓国との情報保護協定の締結案を決定した。",
    "The ceremony was put off. Japan's Cabinet approved the intelligence agreement on Friday morning.",
], ids=["ja", "en"])
def test_japans_cabinet_of_the_29th_is_not_koreas(page: str):
    made = linked((page, "2012-06-29"))
    assert JAPAN in made and KOREA not in made


def test_a_plan_that_times_another_deed_is_no_statement_of_it():
    page = ("According to a wire, Seoul made the announcement less than an hour before the two countries were to sign "
            "their first military pact.")
    assert "seoul-says-it-will-sign-2012" not in linked((page, "2012-06-29"))
    said = "Korea will sign a military agreement with Japan, a government source said yesterday."
    assert "seoul-says-it-will-sign-2012" in linked((said, "2012-06-28"))


# The terms this round added, each alone.
NEW_TERMS = [*JAPAN_SPEC.about[:4], _BEFORE_THE_PLAN.pattern,
             *(term for term in SPACED["approve"] + UNSPACED["approve"] + MORE_SPACED["approve"]
               if any(word in term for word in ("lampu", "체결안", "締結案", "dier(?:a|an)")))]
HOSTILE = [" " * 50_000, "Japan's cabinet " * 20_000, "政府は閣議で" * 20_000, "체결안을 " * 20_000,
           "memberikan lampu " * 20_000, "después de que " * 20_000, "before the two were " * 20_000,
           "署名を" * 20_000, "\x00\x07\x1b" * 20_000]


@pytest.mark.parametrize("hostile", HOSTILE, ids=["spaces", "en", "ja", "ko", "id", "es", "before", "ja-sign",
                                                  "control"])
def test_hostile_text_is_read_quickly(hostile: str):
    for words in NEW_TERMS:
        pattern = re.compile(words, re.IGNORECASE)
        assert_runs_quickly(lambda: pattern.search(hostile), what=words)
