"""Issue 13's twenty-second intake round, on texts of our own: what the odd halves of
`holdout32` and `holdout33` showed. A positive failed before the round; a negative beside it
keeps what must not change."""

from __future__ import annotations

from corpus.intake.citations import cited_date, cited_outlet, is_citation
from corpus.intake.east_asian_forms import bracketed_credit_date
from corpus.intake.furniture import is_furniture
from corpus.intake.outlet_datelines import outlet_dateline
from corpus.intake.outlets import outlets
from tests.test_intake_fourteenth_round import STORY
from tests.test_intake_tenth_round import describe
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

ZH_LEAD = "立法院外18日晚間聚集數百名學生,要求退回協議,警方在議場外拉起人牆。"
JA_STORY = "経済産業省は、輸出管理の運用を改め、手続きを簡単にできる包括許可の対象に戻した。" * 2
KO_STORY = "북한은 2010년 11월 23일 서해의 섬에 포탄 100여 발을 쏘았다. 이 공격으로 해병대원 2명이 숨졌다. " * 2


# A Chinese credit in brackets with its full day, and no yearless dateline before it

def test_a_dated_bracketed_credit_is_not_taken_for_a_yearless_dateline():
    assert bracketed_credit_date(f"【新唐人2014年03月19日訊】{ZH_LEAD}") == "2014-03-19"
    assert bracketed_credit_date(f"【海风网2014年3月9日讯】{ZH_LEAD}") == "2014-03-09"
    # a yearless dateline before a dated credit still goes first; a yearless one alone dates nothing
    assert bracketed_credit_date(f"【大紀元3月19日訊】(明報新聞網2014年3月19日報導){ZH_LEAD}") == "2014-03-19"
    assert bracketed_credit_date(f"【大紀元3月19日訊】{ZH_LEAD}") is None


def test_the_dated_credit_dates_and_names_the_page():
    page = f"學生守住議場\n\n【新唐人2014年03月19日訊】{ZH_LEAD}\n\n{ZH_LEAD}\n"
    known = describe(page)
    assert known["outlet"] == "NTD News" and known["date"] == "2014-03-19"


# The outlet's own name and the full day in brackets, as Law360 opens its stories

def test_an_outlets_own_dateline_names_and_dates_the_page():
    line = f"Law360 (September 16, 2019, 8:16 PM EDT) -- {STORY}"
    assert outlet_dateline(line, outlets()) == ("Law360", "2019-09-16")
    assert outlet_dateline(f"Law360, New York (March 5, 2020, 4:10 PM EST) -- {STORY}", outlets()) \
        == ("Law360", "2020-03-05")
    page = f"Seoul takes the curbs to the WTO\n\n{line}\n\n{STORY}\n"
    assert outlet_of(page) == "Law360" and date_of(page) == "2019-09-16"

    # negatives
    assert outlet_dateline(f"Seoul (June 27, 2023) -- {STORY}", outlets()) is None
    assert outlet_dateline(f"Harbor Ledger (June 27, 2023) -- {STORY}", outlets()) is None
    assert outlet_dateline(f"Law360 (a trade publication) -- {STORY}", outlets()) is None  # no day


# A citation of the story a blog quotes

CITATION = "Choe Sang-Hun, “Seoul Strikes Back in the Trade Feud,” The New York Times online, August 12, 2019"


def test_a_citation_names_the_quoted_story_its_outlet_and_its_day():
    assert cited_outlet(CITATION, outlets()) == "The New York Times" and cited_date(CITATION) == "2019-08-12"
    page = f"TRADE NOTES: “{STORY}”\n\n{CITATION}\n"
    known = describe(page)
    assert known["date"] == "2019-08-12" and outlets().named(known["outlet"]) == "The New York Times"
    assert is_furniture(CITATION)

    # negatives
    sentence = "Kim said, “We will not give in to pressure,” on Monday, August 12, 2019, in Seoul."
    assert not is_citation(sentence) and cited_date(sentence) is None
    unlisted = CITATION.replace("The New York Times", "Harbor Ledger")
    assert cited_outlet(unlisted, outlets()) is None  # the day alone is still the cited story's
    assert cited_date(unlisted) == "2019-08-12"


# An English site's tip line, a digest's link to the story it retells

def test_an_english_tip_line_names_its_site():
    page = f"Seoul stays in the pact\n\n{STORY}\n\n{STORY}\n\nRead it at The New York Times\n\n" \
           "Got a tip? Send it to The Daily Beast here.\n"
    assert outlet_of(page) == "The Daily Beast"
    assert is_furniture("Got a tip? Send it to The Daily Beast here.")
    assert is_furniture("Read it at The New York Times")

    # negatives
    page = f"Seoul stays in the pact\n\n{STORY}\n\n{STORY}\n\nGot a tip? Send it to us here.\n"
    assert outlet_of(page) is None
    assert not is_furniture("Read it at the library, she said, before the vote on Friday.")


# A site's line about itself

def test_a_sites_line_about_itself_heading_the_page():
    tagline = "Japan Press Service Co., Ltd. is the only news agency providing news of Japan's civic movements"
    assert outlet_of(f"{tagline}\n\nKoizumi visits the shrine\n\n{STORY}\n\n{STORY}\n") == "Japan Press Service"
    # its provenance says where the reader finds it: a line, not a box
    provenance = describe(f"{tagline}\n\nKoizumi visits the shrine\n\n{STORY}\n\n{STORY}\n")["outlet_provenance"]
    assert provenance.startswith("its line about itself")

    # negatives
    middle = "Yonhap is the largest news agency in the country, and its reporters were there."
    assert outlet_of(f"Koizumi visits the shrine\n\n{STORY}\n\n{middle}\n\n{STORY}\n") is None
    unlisted = "Harbor Ledger is the only newspaper of the bay"
    assert outlet_of(f"{unlisted}\n\nKoizumi visits the shrine\n\n{STORY}\n\n{STORY}\n") is None


# Names in the outlets' list

def test_outlets_by_the_names_and_forms_they_print():
    assert outlet_of(f"対韓輸出の規制緩和\n\n{JA_STORY}\n\n日刊工業新聞 2023年03月24日\n") == "Nikkan Kogyo Shimbun"
    assert outlet_of(f"The Guilfordian\n\nRocket launch fails\n\n{STORY}\n\n{STORY}\n") == "The Guilfordian"
    assert outlet_of(f"[사진] 포격 4년\n\n온라인 중앙일보\n\n{KO_STORY}\n") == "Korea JoongAng Daily"
    assert outlet_of(f"Summit farewell\n\n{STORY}\n\n{STORY}\n\nCopyright (c)1995-2000, Digital Chosun "
                     "All rights reserved.\n") == "The Chosun Ilbo"
    # an unlisted paper in the same places names nothing
    assert outlet_of(f"Summit farewell\n\n{STORY}\n\n{STORY}\n\nCopyright (c)1995-2000, Digital Harbor "
                     "All rights reserved.\n") != "The Chosun Ilbo"


# Furniture

def test_a_wires_photographer_closing_a_caption():
    caption = ("FILE PHOTO – Police officers stand guard beside the two countries' flags at a hotel in Tokyo, "
               "June 22, 2015. REUTERS/Jane Roe")
    assert is_furniture(caption)
    assert is_furniture("Protesters march in Seoul on Saturday. REUTERS/Kim Hong-Ji/File Photo")
    # negatives: the wire named in a story's sentence, or its dateline
    assert not is_furniture("The ministry said the talks would resume, according to REUTERS/Ipsos polling data.")
    assert not is_furniture(f"SEOUL (Reuters) - {STORY}")


def test_a_korean_tip_box_and_a_portals_text_size_widget():
    for line in ("• OBS 뉴스는 언제나 여러분의 제보를 기다립니다.", "KBS는 시청자 여러분의 소중한 제보를 기다립니다.",
                 "• ▶ 이메일 jebo@example.co.kr", "▶ 카카오톡 @제보하기", "이 글자크기로 변경됩니다.",
                 "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.",
                 "版权和免责申明", "評論"):
        assert is_furniture(line), line
    # negatives: a story's sentences about tips and e-mail
    assert not is_furniture("경찰은 시민들의 제보를 받아 용의자를 붙잡았다고 밝혔다.")
    assert not is_furniture("▶ 이메일로 받은 자료를 검토한 결과 문제가 없다고 설명했다.")
    assert not is_furniture("評論家たちは協定の延長を評価した。")
