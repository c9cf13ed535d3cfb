"""Issue 13's twenty-sixth intake round, on texts of our own: what the even halves of `holdout36`
and `holdout37` showed. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_outlets import outlet_of

KO_STORY = "양국 정부는 이날 협정 문안에 합의하고 다음 주 서명하기로 했다. 외교부는 구체적인 일정을 곧 발표한다고 밝혔다."
ZH_STORY = "兩國政府今天就協定文本達成一致,並將於下周正式簽署,外交部表示具體日程將另行公布。"


def _page(*lines: str) -> str:
    return "\n".join(("Pact to be signed within days", *lines, STORY, STORY)) + "\n"


# A Korean copyright line naming its holder as a company: "(주)" / "㈜" (주식회사), as 株式会社

def test_a_korean_copyright_line_with_the_company_mark_names_the_paper():
    page = "협정 서명 합의\n" + KO_STORY + "\n" + KO_STORY + "\n©(주) 데일리안 무단전재 및 재배포 금지\n"
    assert outlet_of(page) == "Dailian"
    assert outlet_of(page.replace("(주) ", "㈜")) == "Dailian"
    assert outlet_of(page.replace("데일리안", "한빛상사")) is None  # an unlisted company: no outlet


# A breadcrumb copied as a numbered list (an ordered list's markup), its home first

def test_a_numbered_breadcrumb_names_its_home():
    crumbs = ("1. koreaherald.com", "2. >", "3. National", "4. >", "5. Defense")
    assert outlet_of(_page(*crumbs)) == "The Korea Herald"
    assert outlet_of(_page("1. mz.de", "2. >", "3. Panorama")) == "Mitteldeutsche Zeitung"
    assert outlet_of(_page("1. koreaherald.com", "2. National", "3. Defense")) is None  # a list, no separator
    assert outlet_of(_page("2. koreaherald.com", "3. >", "4. National")) is None  # not from its start
    assert outlet_of(_page("1. hanbit-example.com", "2. >", "3. National")) is None  # an unlisted site


# A Chinese outlet's own feature opening the lead: "X專稿:"

def test_a_chinese_outlets_own_feature_label_names_it():
    page = "兩國簽署協定\n國際在線專稿:據日本共同社報道," + ZH_STORY + "\n" + ZH_STORY + "\n"
    assert outlet_of(page) == "China Radio International"
    assert outlet_of(page.replace("國際在線專稿", "本台專稿")) is None  # "this station's": no name
    assert outlet_of(page.replace("國際在線專稿:", "")) is None  # Kyodo is quoted, not the outlet


# An author box: the writer, the outlet, where, and what the writer covers

def test_an_author_note_with_place_and_beat_names_the_outlet():
    note = "Jane Roe is a senior reporter for Devex in Manila who writes about global health."
    assert outlet_of(_page() + "About the author\n" + note + "\n") == "Devex"
    assert outlet_of(_page() + note.replace("Devex", "Reuters") + "\n") == "Reuters"
    assert outlet_of(_page() + note.replace("senior reporter", "senior fellow") + "\n") is None  # no newsroom role
    assert outlet_of(_page() + note.replace("Devex", "Harbor Ventures") + "\n") is None  # unlisted


# The Seattle Times Company: the paper's publisher, printed atop each page of its site

def test_the_seattle_times_company_masthead_names_the_paper_over_a_brief_credit():
    page = _page("The Seattle Times Company", "Nation & World", "Los Angeles Times")
    assert outlet_of(page) == "The Seattle Times"
    assert outlet_of(page.replace("The Seattle Times Company\n", "")) == "Los Angeles Times"
