"""Timeline round 74 (issue 14): the 2012 attempt's collapse told in Korean, Japanese or Chinese by the signing it
called off ("서명 한 시간 전에 연기했다", "署名の直前に見送った"), the pact itself named only in another paragraph,
and the Japanese retelling's past perfect ("延期していた", "署名の直前に取りやめていた"). The year or its month
must date the sentence (the date condition), and a plan or another thing put off is no collapse. Sentences written
for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.about_words import about_in, about_pattern
from corpus.happening_words_languages import JA_CALLED_OFF_JUST_BEFORE, JA_HAD_PUT_OFF
from tests.test_timeline_eighteenth_round_pages import SPECS, linked
from tests.hostile_timing import assert_runs_quickly

COLLAPSE = next(spec for spec in SPECS if spec.id == "collapse-2012")
SIGNED_JA = "日韓両政府は23日、軍事情報包括保護協定(GSOMIA)に署名した。野党は強く反発している。\n\n"
SIGNED_KO = "한일 양국은 23일 군사정보보호협정(지소미아)에 서명했다. 야당은 강하게 반발하고 있다.\n\n"
SIGNED_ZH = "韩日两国23日正式签署《军事情报保护协定》。在野党强烈反对。\n\n"


@pytest.mark.parametrize("page", [
    SIGNED_JA + "両国は2012年にも署名式の当日までこぎつけたが、韓国政府が国内の反発に配慮して見送った。",
    SIGNED_KO + "두 나라는 2012년에도 서명을 불과 한 시간 앞두고 한국 측 요청으로 서명식을 연기했다.",
    SIGNED_ZH + "早在2012年，韩国政府就在签署仪式前一小时临时推迟了签署。",
], ids=["ja", "ko", "zh"])
def test_a_signing_called_off_in_2012_is_the_collapse_without_the_pact_named_beside_it(page: str):
    assert "collapse-2012" in linked((page, "2016-11-23"))


@pytest.mark.parametrize("sentence", [
    "2012年にも署名の予定があったが、韓国側が世論の反発を理由に延期していた。",
    "両国は4年前にも協議を重ねていたが、2012年には署名の直前に取りやめていた。",
], ids=["postponed", "called-off-just-before"])
def test_a_japanese_retelling_in_the_past_perfect_is_the_collapse(sentence: str):
    assert "collapse-2012" in linked((SIGNED_JA + sentence, "2016-11-23"))


def test_a_signing_called_off_on_its_day_joins_the_collapse_on_a_page_of_that_day():
    page = "일본 외무성은 한국 측 요청으로 서명식이 연기됐다고 밝혔다.\n\n서명은 오후 4시에 이뤄질 예정이었다."
    assert "collapse-2012" in linked((page, "2012-06-30"))


@pytest.mark.parametrize("sentence", [
    "両国は以前にも署名の直前まで進んだが、韓国側が見送った。",  # no year: the date condition is not met
    "두 나라는 예전에도 서명 직전에 서명식을 연기한 적이 있다.",
], ids=["ja", "ko"])
def test_a_collapse_retold_without_its_year_is_not_dated_to_2012(sentence: str):
    signed = SIGNED_JA if sentence.startswith("両") else SIGNED_KO
    assert "collapse-2012" not in linked((signed + sentence, "2016-11-23"))


@pytest.mark.parametrize("page, date", [
    (SIGNED_JA + "両国は2016年11月23日、ソウルで署名した。", "2016-11-23"),  # the 2016 signing
    ("日韓両政府は今週中に軍事情報包括保護協定に署名する予定だ。\n\n署名は29日の見通しだ。", "2012-06-27"),  # a plan
    ("韓国政府は協定の署名を延期する方針を固めた。\n\n署名の時期は未定だ。", "2012-06-10"),  # a postponement only planned
    (SIGNED_JA + "2019年8月、韓国政府は協定の破棄を決定していた。", "2019-11-22"),  # the 2019 decision
    # something else called off or put off (the sentence before names no pact)
    (SIGNED_JA + "2012年6月、韓国の外相が来日する予定だった。だが訪日は直前に取りやめていた。", "2016-11-23"),
    (SIGNED_KO + "2012년 6월 시민단체는 서울에서 집회를 열 계획이었다. 그러나 서명운동 일정은 연기했다.", "2016-11-23"),
    ("The two governments plan to sign the pact this week, officials in Seoul said.", "2012-06-27"),
], ids=["signing-2016", "plan-this-week", "postponement-planned", "decision-2019", "visit-called-off",
        "petition-put-off", "plan-this-week-en"])
def test_what_is_not_the_2012_collapse(page: str, date: str):
    assert "collapse-2012" not in linked((page, date))


def test_the_signing_named_in_korean_japanese_or_chinese_is_what_the_collapse_is_about():
    about = about_pattern(COLLAPSE)
    assert all(about.search(text) for text in ("서명식을 연기했다", "署名の直前に", "签署仪式", "簽署前"))
    assert not about.search("서울에서 열린 회의") and not about.search("訪日を取りやめた")
    assert not about.search("서명운동을 연기했다") and not about.search("署名活動を延期していた")  # petitions


@pytest.mark.parametrize("hostile", [" " * 50_000, "署名" * 20_000, "延期して" * 20_000, "直前に取りや" * 10_000,
                                     "서명 " * 20_000, "서명" * 20_000],
                         ids=["spaces", "signing", "put-off", "called-off", "ko-signing", "ko-signing-unspaced"])
def test_hostile_text_is_read_quickly(hostile: str):
    hostile += "。"

    def read() -> None:
        about_in(COLLAPSE, hostile).search(hostile)  # as a passage is searched for what the event is about
        for words in (JA_HAD_PUT_OFF, JA_CALLED_OFF_JUST_BEFORE):
            re.compile(words).search(hostile)
    assert_runs_quickly(read)
