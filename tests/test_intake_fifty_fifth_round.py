"""Issue 13's fifty-fifth intake round, on texts of our own: the odd half of `holdout77` (broadcasters' pages), its
wrong answer first. A wire's name alone between a picture's alternative text and its caption (the same line above
and below it) was read as the story's credit: it is the picture's. Then the unknowns: a broadcast's own header (a TV
archive's record of an airing, with its day; a podcast's episode title; a Korean transcript's "■ 방송 :" line), a
Korean broadcaster's "저작권은 … 있습니다", a listed station's dated notice opening the page (two NPR member stations
listed); and furniture (Daum's
pointer to the outlet, a request to name the programme when quoting, "★延伸閱讀★", a live page's end). A positive
failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.furniture import is_furniture
from tests.test_intake_fifty_second_round import EN_STORY, date_of
from tests.test_metadata_outlets import outlet_of

KO_STORY = ("정부는 이번 주 안에 새 방안을 발표할 예정이라고 밝혔습니다. 관계 부처는 세부 내용을 조율하고 있으며, "
            "국회 보고도 함께 진행할 계획이라고 덧붙였습니다.\n\n")


def test_a_wires_name_between_a_caption_and_its_copy_is_the_pictures():
    caption = "Houses damaged by the storm in a coastal town, on March 3, 2018."
    pictured = f"Storm forces schools to close\n\n{EN_STORY}{caption}\nReuters\n\n{caption}\n\n{EN_STORY}"
    # between two different lines (the caption, then the story) the name still credits the story, as before
    credited = pictured.replace(f"\n\n{caption}\n\n", "\n\n")
    assert (outlet_of(pictured), outlet_of(credited)) == (None, "Reuters")


def test_a_tv_archives_record_of_an_airing_names_its_broadcaster_and_day():
    said = ("announcer: and now, the evening report. >> good evening, i'm jane roe. the storm has closed schools along "
            "the coast and officials said rescue teams were searching the area through the night.")
    record = "tv   Evening Report With Jane Roe  CNN  March 4, 2021 6:00pm-7:00pm EST"
    page = f"Skip to main content\n\n{record}\n\n6:00 pm\n{said}\n6:01 pm\n{said}\n"
    assert outlet_of(page) == "CNN"
    assert date_of(page) == "2021-03-04"
    # the programme opening with a listed name is that broadcaster's, aired on another network
    assert outlet_of(page.replace("Evening Report With Jane Roe  CNN", "BBC World Report Tonight  PBS")) == "BBC News"
    # no listed name in its columns: none; the same line without the air time is no record
    assert outlet_of(page.replace("  CNN  ", "  Nobody  ")) is None
    assert date_of(page.replace(" 6:00pm-7:00pm EST", "")) is None


def test_a_podcasts_episode_title_names_the_broadcaster_its_show_opens_with():
    page = "CNA Insider - S2E4: Why the trains stopped | EP 4\n\n09 Mar 2021 07:46AM\n\n" + EN_STORY * 2
    assert outlet_of(page) == "CNA"
    assert outlet_of("Morning Talk - Episode 12: Why the trains stopped\n\n" + EN_STORY * 2) is None


def test_a_korean_transcripts_programme_header_names_the_broadcaster():
    header = "■ 방송 : YTN 라디오 <아침 뉴스> (07:15~07:55)\n■ 진행 : 홍길동 앵커\n\n[앵커]\n\n"
    assert outlet_of(header + KO_STORY * 2) == "YTN"
    assert outlet_of(header.replace("YTN", "동네") + KO_STORY * 2) is None


def test_a_korean_broadcasters_statement_of_its_rights_names_it():
    notice = "■ 인용보도 시 프로그램명 'JTBC <아침 뉴스>'를 밝혀주시기 바랍니다. 저작권은 JTBC에 있습니다."
    assert outlet_of(f"{KO_STORY * 2}{notice}\n") == "JTBC"
    assert outlet_of(f"{KO_STORY * 2}{notice.replace('JTBC에', '출연자에')}\n") is None


def test_a_listed_stations_dated_notice_opening_the_page_names_it():
    top = ("© 2024 NPR\n\nFCC Public Inspection Files:\nWAAA · WBBB · WCCC-FM\nPublic Files Contact\n"
           "Play Live Radio\nNext Up:\n0:00\n0:00 0:00\nAvailable On Air Stations\n\n"
           "Mourners gather in the capital\n\nJANE ROE, HOST:\n\n")
    assert outlet_of(top + EN_STORY * 6) == "NPR"
    # a person's name there, or a listed holder without a year (a picture's credit), is left
    assert outlet_of(top.replace("NPR", "Jane Roe") + EN_STORY * 6) is None
    assert outlet_of(top.replace("© 2024 NPR", "© NPR") + EN_STORY * 6) is None


def test_member_stations_are_listed():
    assert outlet_of("© 2024 WUKY\nPlay Live Radio\n\nMourners gather in the capital\n\n" + EN_STORY * 2) == "WUKY"
    assert outlet_of("Mourners gather\n\n" + EN_STORY * 2 + "© 2025 Connecticut Public\n") == "Connecticut Public"


BROADCASTERS_FURNITURE = ("KBS에서 직접 확인하세요. 해당 언론사로 이동합니다.",
                          "■ 인용보도 시 프로그램명 'JTBC <아침 뉴스>'를 밝혀주시기 바랍니다. 저작권은 JTBC에 있습니다.",
                          "★延伸閱讀★颱風登陸 全台停班停課",
                          "Our live coverage for the day has ended. Follow the latest news here or read the updates "
                          "below.")
# the same words in a story's sentences
STORY_SENTENCES = ("KBS는 해당 언론사로 이동한 기자들을 조사했습니다.", "延伸閱讀的習慣越來越少見,專家說。",
                   "Our live coverage of the vote shows the count has ended in three states, officials said.")


def test_broadcasters_and_portals_furniture():
    assert [line for line in BROADCASTERS_FURNITURE if not is_furniture(line)] == []
    assert [line for line in STORY_SENTENCES if is_furniture(line)] == []
