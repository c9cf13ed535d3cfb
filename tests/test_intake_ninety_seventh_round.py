"""Issue 13's ninety-seventh intake round, on texts of our own: a Korean site's copyright notice, labelled the holder's
("저작권자"), naming a site the outlets file does not list.

* "저작권자 © 강변N라이프 무단전재 및 재배포 금지": the name the label gives is the outlet, as printed, though it does not end
  as outlets' names do ("…뉴스", "…일보", "…TV"), which was required before;
* "<저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.": the labelled notice closed by its bracket,
  then the site's terms for copying in its own words.

Each positive failed before the round; the negatives keep what must not change: two or three Hangul syllables alone (a
person's name as well as a site's), a group owning the site, a picture's caption, the sign without the label, a
labelled bracket followed by no terms for copying, two words."""

from __future__ import annotations

import pytest

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.outlets import outlets
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

KO_HEADLINE = "강변 제방 보강 공사 시작…내년 3월 완공 예정\n\n"
KO_STORY = ("시는 15일 강변을 따라 새 제방을 쌓는 공사를 시작했으며 공사는 내년 3월까지 이어질 것이라고 밝혔다.\n\n"
            "강변 상인들은 산책로가 닫히는 기간의 보상을 요구하고 있으며 시의회는 봄에 두 번째 구간을 결정한다.\n\n") * 2


@pytest.mark.parametrize("line, holder", [
    ("저작권자 © 강변N라이프 무단전재 및 재배포 금지", "강변N라이프"),
    ("저작권자 © 한빛정책방송원 무단전재 및 재배포 금지", "한빛정책방송원"),  # four syllables or more: a site's name
    ("[저작권자ⓒ 강변N라이프 무단 전재-재배포 금지]", "강변N라이프"),
    ("<저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.", "강변N라이프"),
    ("[저작권자 © 강변N라이프] 무단 전재 금지", "강변N라이프"),
    ("시의회는 봄에 결정한다. <저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.", "강변N라이프"),  # run on
])
def test_a_labelled_korean_notice_names_an_unlisted_site_as_printed(line, holder):
    assert copyright_holder(line, outlets()) == holder


@pytest.mark.parametrize("line", [
    "저작권자 © 김철수 무단전재 및 재배포 금지",  # three syllables alone: a person's name as well
    "<저작권자 ⓒ김철수> 출처를 표기할 경우에만 재배포를 허용합니다.",
    "저작권자 © 한빛그룹 무단전재 및 재배포 금지",  # the group owning the site
    "<저작권자 ⓒ한빛홀딩스> 출처를 표기할 경우에만 재배포를 허용합니다.",
    "제방 공사 현장 ⓒ강변N라이프",  # a picture's caption, its agency after the sign
    "ⓒ 한빛정책방송원 무단전재 및 재배포 금지",  # the sign without the label, as before
    "<ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.",
    "<저작권자 ⓒ강변N라이프> 오늘의 날씨는 맑겠습니다.",  # no terms for copying after the bracket
    "시의회는 <저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.",  # inside a sentence
    "<저작권자 ⓒ강변N라이프> 무단 전재 금지. 시의회는 봄에 두 번째 구간을 결정한다. 상인들은 보상을 요구하고 있다.",
    "저작권자 © 온라인 강변N라이프 무단전재 및 재배포 금지",  # two words: a slogan, then the name
    "사진=강변N라이프",
])
def test_what_is_no_labelled_notice_of_one_site_names_no_unlisted_holder(line):
    assert copyright_holder(line, outlets()) is None


def test_a_page_closing_on_a_labelled_notice_of_an_unlisted_site_is_that_site_s_and_on_a_person_s_unknown():
    def outlet_closing_on(notice: str) -> str | None:
        return described(f"{KO_HEADLINE}{KO_STORY}{notice}\n")["outlet"]

    assert outlet_closing_on("<저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.") == "강변N라이프"
    assert outlet_closing_on("저작권자 © 한빛정책방송원 무단전재 및 재배포 금지") == "한빛정책방송원"
    assert outlet_closing_on("저작권자 © 김철수 무단전재 및 재배포 금지") is None
    run_on = f"{KO_HEADLINE}{KO_STORY.rstrip()}\n<저작권자 ⓒ강변N라이프> 출처와 url을 동시 표기할 경우에만 재배포를 허용합니다.\n"
    assert described(run_on)["outlet"] == "강변N라이프"  # the notice joined to the last paragraph, as copied


@pytest.mark.parametrize("hostile", [
    "<저작권자 ⓒ" + "가" * 100_000,
    "<저작권자 ⓒ가>" + " " * 100_000 + "재배포",
    "<저작권자 ⓒ가>" + "출처" * 50_000,
    "[저작권자 ©" * 10_000,
    "다. <저작권자 ⓒ가>" * 8_000,
    "저작권자 © " + "강변N라이프 " * 16_000 + "무단전재",
])
def test_the_labelled_notice_reads_hostile_texts_quickly(hostile):
    directory = outlets()
    assert_runs_quickly(lambda: copyright_holder(hostile, directory), what=hostile[:30])
