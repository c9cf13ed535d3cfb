"""Issue 13's fifty-first intake round, on texts of our own: the even halves of `holdout69` to `holdout71`, their
wrong answers first. Each was a picture's credit read as the story's: a Korean wire's "[연합뉴스]" opening the caption
a paper prints as its lead, a wire's "(Yonhap)" ending a caption with the story going on under it, and "(Kyodo
News)" alone under a caption saying what an aircraft does. A positive failed before the round; a negative beside it
keeps what must not change."""

from __future__ import annotations

from corpus.intake.east_asian_forms import korean_bracketed_name
from corpus.intake.furniture import describes_picture
from corpus.intake.outlets import outlets
from tests.test_metadata_outlets import outlet_of

KO_STORY = "소방당국은 밤새 진화 작업을 벌였으며 주민 수백 명이 인근 학교로 대피했다고 밝혔다. "
EN_STORY = ("Officials said rescue teams were searching the area through the night and that the cause was not yet "
            "known, adding that more details would be released later in the week.\n\n")


def test_a_korean_wires_bracket_opening_a_caption_credits_the_picture_not_the_page():
    caption = "[연합뉴스] 산불이 지나간 5일 오전, 강원 속초시의 한 창고가 무너져 있다. "
    assert korean_bracketed_name(caption + KO_STORY, outlets()) is None
    assert korean_bracketed_name(caption.replace("무너져", "불에 타 부서져") + KO_STORY, outlets()) is None
    # a story's lead under the wire's bracket, and a paper's own bracket before its own picture's caption, still credit
    assert korean_bracketed_name("[연합뉴스] 정부는 5일 산불 피해 지역을 특별재난지역으로 선포했다. " + KO_STORY,
                                 outlets()) == "연합뉴스"
    assert korean_bracketed_name("[매일일보] 산불이 지나간 5일 오전, 강원 속초시의 한 창고가 무너져 있다. " + KO_STORY,
                                 outlets()) == "매일일보"


def test_a_wires_credit_ending_a_caption_with_the_story_going_on_under_it_is_the_pictures():
    page = ("Leader orders all-out response to wildfire\n\n" + EN_STORY
            + "The president chairs an emergency meeting shortly after midnight on Friday. (Yonhap)\n\n" + EN_STORY * 2)
    assert outlet_of(page) is None
    # the credit ending the story's last paragraph, or with one line of furniture after it, is the story's
    ending = "Leader orders all-out response to wildfire\n\n" + EN_STORY * 2 + "The fire was put out on Friday. (Yonhap)"
    assert outlet_of(ending) == "Yonhap"
    assert outlet_of(ending + "\n\nA country singer opens a new museum in Nashville this spring.") == "Yonhap"


def test_a_wires_name_in_parentheses_alone_under_a_caption_of_an_aircraft_is_the_pictures():
    assert describes_picture("An American Osprey lifts off in western Japan in July 2018.")
    assert describes_picture("A navy destroyer sails in the South China Sea on Tuesday.")
    assert not describes_picture("The aircraft took off from Yokota on Wednesday.")
    page = ("US aircraft with 8 aboard crashes off Japan\n\nAn American Osprey lifts off in western Japan in July 2018."
            "\n(Kyodo News)\n\n" + EN_STORY * 3)
    assert outlet_of(page) is None
    # the name alone under the headline, no caption between, still credits the story
    assert outlet_of("US aircraft with 8 aboard crashes off Japan\n(Kyodo News)\n\n" + EN_STORY * 3) == "Kyodo News"
