"""Issue 13's seventy-second intake round, on texts of our own: the odd halves of `holdout86` (English-language
press, 2019-2023) and `holdout87` (the 2012/2016 period in ten languages). The wrong outlet first: a listed
paper's name that is also an ordinary phrase ("Última Hora", a site's section of the latest news) is not taken
from a line holding nothing else. Then unknowns: a source line with its editor's initials after a slash
("Source: Reuters/aa"); a Chinese portal's date line with its section and labelled fields; a Korean copyright
notice run on after a list of the site's headlines.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import json

from corpus.intake.outlets import _load
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

BODY = ("The ministry said on Wednesday that the plan would harm a long partnership between the two neighbours, "
        "and it asked for talks before the end of the month.\n\n"
        "Officials in the other capital said they saw no reason to change the plan, which they called a matter "
        "of national security, and declined to say when they would reply.\n\n")
ES_BODY = ("El ministerio dijo el miércoles que el plan dañaría una larga relación entre los dos vecinos y pidió "
           "conversaciones antes de fin de mes.\n\n"
           "Los funcionarios de la otra capital dijeron que no veían motivo para cambiar el plan.\n\n")
ZH_STORY = "市政府15日表示,河堤加固工程已经开工,预计明年3月完工,居民疏散计划也将重新制定。\n\n"
KO_RUN_ON = ("소방당국은 구조대가 밤새 수색을 이어갔으며 사고 원인은 아직 밝혀지지 않았다고 밝혔다. 자세한 내용은 다음 주 "
             "발표된다.[디지털뉴스팀]핫뉴스ㆍ가을 축제 개막ㆍ새 드라마 첫 방송 깜짝 등장")


# The wrong outlet: a paper's name that is a section's label, alone in the site's menu

def _menu_page(item: str) -> str:
    return f"Compartir\nSecciones\nPodcasts\n{item}\nEncuestas\nServicios\nActualidad\n\nTítulo de la nota\n\n{ES_BODY}"


def test_a_papers_name_that_is_an_ordinary_phrase_alone_in_a_menu_names_no_outlet():
    assert outlet_of(_menu_page("Última Hora")) is None
    assert outlet_of(_menu_page("Ultima Hora")) is None


def test_the_same_menu_with_a_listed_name_that_is_no_phrase_keeps_its_outlet():
    assert outlet_of(_menu_page("Diario Libre")) == "Diario Libre"


def test_the_phrase_still_credits_in_a_credits_place():
    assert outlet_of(f"Título de la nota\n\n{ES_BODY}© 2014 Última Hora. Todos los derechos reservados.\n") \
        == "Última Hora"


def test_a_users_common_phrase_entry_is_read_and_checked(tmp_path):
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps([{"name": "Harbour News Now", "common_phrase": True}]), encoding="utf-8")
    directory = _load(str(path))
    assert directory.problem is None and directory.named_alone("Harbour News Now") is None
    assert directory.named("Harbour News Now") == "Harbour News Now"
    slip = tmp_path / "slip" / "outlets.json"  # (another file: the loader caches by path)
    slip.parent.mkdir()
    slip.write_text(json.dumps([{"name": "Harbour News Now", "common_phrase": "yes"}]), encoding="utf-8")
    assert '"common_phrase" must be true or false' in (_load(str(slip)).problem or "")


# Unknowns: a source line signed with the editor's initials

def test_a_source_line_with_the_editors_initials_after_a_slash_names_the_listed_source():
    assert outlet_of(f"Seoul urges Tokyo to drop plan\n\n{BODY}Source: Reuters/aa\n") == "Reuters"


def test_initials_after_an_unlisted_source_do_not_make_it_an_outlet():
    assert outlet_of(f"Seoul urges Tokyo to drop plan\n\n{BODY}Source: Trade ministry/ab\n") is None
    assert outlet_of(f"Seoul urges Tokyo to drop plan\n\n{BODY}Source: Reuters\n") == "Reuters"


# A Chinese portal's date line: the day, its section and labelled fields

def test_a_chinese_date_line_with_a_section_and_labelled_fields_dates_the_page():
    raw = f"当前位置 首页\n\n河堤加固工程开工\n\n2016年11月16日   生活资讯   来源:某某网   编辑:小王\n\n{ZH_STORY * 3}"
    assert date_of(raw) == "2016-11-16"


def test_a_date_before_a_sentence_and_fields_still_dates_nothing():
    raw = (f"当前位置 首页\n\n河堤加固工程开工\n\n2016年11月16日 市政府表示工程已经开工预计明年完工,居民疏散计划也将重新制定。"
           f" 来源:某某网\n\n{ZH_STORY * 3}")
    assert date_of(raw) is None


# A Korean copyright notice run on after the site's headlines, on a page copied as one line

def test_a_korean_notice_run_on_after_headlines_names_its_listed_holder():
    assert outlet_of(f"{KO_RUN_ON}ⓒ 한국경제TV, 무단 전재 및 재배포 금지") == "Korea Economic TV"


def test_a_run_on_notice_of_an_unlisted_holder_or_a_pictures_mark_names_no_outlet():
    assert outlet_of(f"{KO_RUN_ON}ⓒ 동네소식지, 무단 전재 및 재배포 금지") is None
    assert outlet_of(f"{KO_RUN_ON} 시민들이 모였다 ⓒ한국경제TV") is None
