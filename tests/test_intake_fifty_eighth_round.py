"""Issue 13's fifty-eighth intake round, on texts of our own: the even halves of `holdout75` (the GSOMIA story in
thirteen languages), `holdout76` (think tanks and official pages) and `holdout77` (broadcasters' pages), their wrong
answers first. A list of the site's other stories closing the page, each a headline and its day, gave the page the
first item's day; a broadcaster's American arm, named by the page, was not listed as the broadcaster's. Then the
unknowns: Yahoo! Japan's provider line in figures, an Arabic byline's label, a site's address after the dateline's
place, a Korean notice run on inside the text, the Japanese word for "source", a site's links to its standards and to
its app, broadcasters' notes on their transcripts, and outlets named as their pages print them. A positive failed
before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from bench.metadata_eval import outlet_verdict
from corpus.cleaning import clean_page
from corpus.intake.outlets import outlets
from tests.test_intake_fifty_second_round import date_of
from tests.test_intake_fifty_seventh_round import AR_STORY, ID_STORY
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Officials said rescue teams worked through the night and the cause of the accident was not yet known, "
            "adding that more details would be released next week.\n\n")
PT_STORY = ("As autoridades disseram que as equipes de resgate trabalharam durante a noite e que a causa do acidente "
            "ainda não era conhecida, acrescentando que mais detalhes seriam divulgados na próxima semana.\n")
JA_STORY = "政府は8日、救助隊が夜通し作業を続けたと発表した。事故の原因はまだ分かっておらず、詳しいことは来週発表するという。\n\n"
KO_STORY = "소방당국은 구조대가 밤새 수색을 이어갔으며 사고 원인은 아직 밝혀지지 않았다고 8일 밝혔다. 자세한 내용은 다음 주 발표된다."
ZH_STORY = "官方表示,救援隊伍連夜搜救,事故原因仍在調查中,更多細節將於下週公布。當地居民表示,事發時聽到巨大聲響。\n\n"


def test_a_list_of_the_sites_other_stories_with_their_days_dates_no_page():
    items = ("- Chuvas fortes deixam desabrigados no sul - 21 de julho de 2025 3:37 am\n"
             "- Eleições municipais terminam sem incidentes - 21 de julho de 2025 1:57 am\n")
    assert date_of(f"Enchente atinge a cidade\n{PT_STORY * 4}{items}") is None
    # the page's own labelled stamps as bulleted items are still its date
    stamps = "• Published : Nov 29, 2017 - 13:08\n• Updated : Nov 29, 2017 - 13:32\n"
    assert date_of(f"Floods hit the city\n\n{stamps}\n{EN_STORY * 3}") == "2017-11-29"


def test_a_broadcasters_american_arm_is_the_broadcasters():
    assert outlets().named("CCTV America") == outlets().named("CGTN America") == "CGTN"
    assert outlet_verdict("CGTN", ["Carnegie Endowment for International Peace", "CCTV America"]) == "right"
    # another arm's name, unlisted, is none of its names
    assert outlet_verdict("CGTN", ["Carnegie Endowment for International Peace"]) == "wrong"


JA_TITLE, AR_TITLE, ZH_TITLE = "大雨で被害\n\n", "فيضانات في المدينة\n\n", "城市淹水\n\n"
KO_NOTICE = " (영상 취재 : 김철수 기자) -저작권자(c) 연합뉴스(시민기자), 무단 전재 및 재배포 금지 #화재#구조"


@pytest.mark.parametrize("page, outlet", [
    # Yahoo! Japan's provider line in figures; an unlisted provider is left, the delivery time alone names no one
    (f"{JA_TITLE}ロイター 5/9(火) 20:17配信\n\n{JA_STORY * 3}", "Reuters"),
    (f"{JA_TITLE}時事通信 24/1/20(土) 2:16配信\n\n{JA_STORY * 3}", "Jiji Press"),
    (f"{JA_TITLE}山田商店 5/9(火) 20:17配信\n\n{JA_STORY * 3}", None),
    (f"{JA_TITLE}5/9(火) 20:17配信\n\n{JA_STORY * 3}", None),
    # an Arabic byline's label ("wrote:") before a listed agency; a writer's name under it names no outlet
    (f"{AR_TITLE}كتب: رويترز\n\n{AR_STORY * 3}", "Reuters"),
    (f"{AR_TITLE}كتب: أ.ش.أ\n\n{AR_STORY * 3}", "Middle East News Agency"),
    (f"{AR_TITLE}كتب: محمد علي\n\n{AR_STORY * 3}", None),
    # a listed site's address after the dateline's place, the copy opening on it (under a title the lead's credit
    # read it before); an unlisted address there is left, as is a region
    (f"Jakarta, Kompas.com - {ID_STORY * 3}", "Kompas"),
    (f"Seoul, Gatra.com - {ID_STORY * 3}", "Gatra"),
    (f"Jakarta, Harian.com - {ID_STORY * 3}", None),
    (f"Jakarta, Indonesia - {ID_STORY * 3}", None),
    # a Korean notice run on inside the text; an unlisted holder there is left
    (f"화재 발생\n\n{KO_STORY}{KO_NOTICE}\n", "Yonhap"),
    (f"화재 발생\n\n{KO_STORY}{KO_NOTICE.replace('연합뉴스', '동네소식')}\n", None),
    # the Japanese word for "source"
    (f"{JA_TITLE}{JA_STORY * 3}ソース:NHK ニュース\n", "NHK"),
    (f"{JA_TITLE}{JA_STORY * 3}ソース:山田商店\n", None),
    # a site's links to its standards and to its app; an unlisted name, or none, is read by no such form
    (f"Floods hit the city\n\nWhy you can trust Sky News\n\n{EN_STORY * 3}", "Sky News"),
    (f"Floods hit the city\n\nWhy you can trust Harbor Gazette\n\n{EN_STORY * 3}", None),
    (f"{ZH_TITLE}自由時報 APP下載\n\n{ZH_STORY * 3}", "Liberty Times"),
    (f"{ZH_TITLE}APP下載\n\n{ZH_STORY * 3}", None),
])
def test_forms_naming_the_outlet(page, outlet):
    assert outlet_of(page) == outlet


def test_broadcasters_notes_on_their_transcripts_and_a_link_to_standards_are_furniture():
    notes = ("Read the Full Transcript\n\nNotice: Transcripts are machine and human generated and lightly edited "
             "for accuracy. They may contain errors.\n\n")
    kept = "\n".join(clean_page(f"Floods hit the city\n\n{notes}{EN_STORY * 2}").paragraphs)
    assert "Transcripts are machine" not in kept and "Read the Full Transcript" not in kept
    ko_note = "* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 보다 정확한 내용은 방송으로 확인하시기 바랍니다."
    assert ko_note not in clean_page(f"화재 발생\n\n{ko_note}\n\n{KO_STORY}\n\n{KO_STORY}").paragraphs
    assert "Why you can trust Sky News" not in clean_page(f"Floods hit the city\n\nWhy you can trust Sky News\n\n"
                                                          f"{EN_STORY * 2}").paragraphs
    sentence = "Transcripts of the hearing were released on Monday and showed the minister had been warned twice."
    assert sentence in clean_page(f"Floods hit the city\n\n{EN_STORY}{sentence}\n\n{EN_STORY}").paragraphs


@pytest.mark.parametrize("name, listed", [
    ("أ.ش.أ", "Middle East News Agency"), ("Gatra.com", "Gatra"), ("VietTimes", "VietTimes"),
    ("Japan Press Weekly", "Japan Press Service"), ("GZERO Media", "GZERO Media"), ("U.S. Senate", "U.S. Senate"),
    ("壹電視", "Next TV"),
])
def test_outlets_the_pages_print(name, listed):
    assert outlets().named(name) == listed
