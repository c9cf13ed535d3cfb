"""Issue 13's forty-third intake round, on texts of our own: the odd halves of `holdout60` to `holdout62`,
their wrong answers first (a caption's run-on "Credit:", the BBC's picture copyright glued to its caption, the
Evening Standard's keyword caption over its picture's agency, PPI's press-release tag). A positive failed before
the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from bench.metadata_eval import outlet_verdict
from tests.test_intake_thirty_fifth_round import EN_STORY
from tests.test_metadata_outlets import outlet_of


def test_a_credit_run_on_after_a_captions_words_credits_the_picture():
    page = "Valley dam deal struck\n\nSend in e-mailSend in e-mail\nSend in e-mailSend in e-mail\n{}\n\n" + EN_STORY * 3
    caption = "Jane Roe, John Doe and Kim Min-su in Vienna, 14 July, 2015.Credit: Reuters"  # names as a header's items
    assert outlet_of(page.format(caption)) is None  # a caption, then its picture's agency
    # "Credit : Voice of America (VOA)" alone on a line under the title credits the story, as before
    assert outlet_verdict(outlet_of(page.format("Credit : Voice of America (VOA)")), ["Voice of America"]) == "right"


def test_a_picture_copyright_glued_to_its_captions_name_is_no_credit():
    page = "Valley votes no\n\n" + EN_STORY * 2 + "Jane RoeImage copyright{}\nImage caption\n" + EN_STORY
    assert outlet_of(page.format("AFP")) is None  # the BBC's picture credit, glued to the person it shows
    closing = "Valley votes no\n\n" + EN_STORY * 3 + "\nCopyright AFP. All rights reserved.\n"
    assert outlet_verdict(outlet_of(closing), ["Agence France-Presse"]) == "right"  # the page's own, as before


def test_a_wire_under_a_keyword_caption_credits_the_picture():
    page = "Valley condemns the dam's failure\n{}AP\nJane Roe24 August 2016\n" + EN_STORY * 3
    assert outlet_of(page.format("Dam: the breach was shown on local television\n")) is None
    assert outlet_verdict(outlet_of(page.format("")), ["Associated Press"]) == "right"  # a wire under the title


def test_ppis_press_release_tag_names_pakistan_press_international():
    page = "Valley families to be resettled\n\nIslamabad, August 02, 2022 ({}):" + EN_STORY * 3
    assert outlet_verdict(outlet_of(page.format("PPI-OT")), ["PPI", "Pakistan Press International"]) == "right"
    assert outlet_verdict(outlet_of(page.format("APP")), ["PPI", "Pakistan Press International"]) != "right"


def test_two_writers_byline_run_into_a_dateline_of_two_places():
    page = "Valley flood toll rises\n\nBy Jane Roe and John Doe {} (Reuters) - " + EN_STORY * 3
    assert outlet_of(page.format("LONDON/LAGOS")) == "Reuters"  # the byline, then the wire's places
    assert outlet_of("Valley flood toll rises\n\nBy Jane Roe and John Doe\n" + EN_STORY * 3) is None  # no dateline


def test_a_byline_with_the_day_after_it_names_its_outlet():
    page = "Valley flood toll rises\n{}\n" + EN_STORY * 3
    assert outlet_verdict(outlet_of(page.format("By: The Associated Press June 24, 2022")), ["AP"]) == "right"
    assert outlet_of(page.format("By: Jane Roe June 24, 2022")) is None  # a writer's name and the day


def test_a_chinese_sites_call_to_download_its_app_names_it():
    page = "河谷水災 死亡人數增加\n國際中心/綜合報導\n" + "河谷昨日發生水災,當局表示死亡人數再度增加。\n" * 3 + "{}\n"
    assert outlet_verdict(outlet_of(page.format("➲ 即時新聞隨時掌握!點此下載【三立新聞網APP】")), ["SETN"]) == "right"
    assert outlet_of(page.format("不用抽 現在用APP看新聞 點我下載APP")) is None  # an app, no name
