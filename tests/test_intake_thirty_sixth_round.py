"""Issue 13's thirty-sixth intake round, on texts of our own: the wrong answers of the even halves of
`holdout48` to `holdout51`, each narrowed in general. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.title_credits import title_credit
from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY, KO_STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of


def test_an_embedded_posts_signature_is_not_the_pages_name():
    page = ("Valley toll rises\n\n" + EN_STORY * 2
            + "Rescuers pulled two more people from the mud this morning. pic.twitter.com/abc123\n{}\n\n" + EN_STORY)
    assert outlet_of(page.format("— ANI (@ANI) February 26, 2019")) is None
    # a header's line naming the site still names it
    assert outlet_of(page.format("Home | News | ANI")) == "Asian News International"


def test_the_post_the_title_says_the_page_carries():
    page = ("Valley toll rises, says the county: Bloomberg tweet\n\n" + EN_STORY
            + "The county said the toll had risen again https://t.co/abc\n— Bloomberg (@business) August 2, 2022\n")
    assert outlet_of(page) == "Bloomberg"
    # a title naming no post: no credit from the title
    assert outlet_of(page.replace(": Bloomberg tweet", ": toll climbs")) is None


def test_a_ministry_of_foreign_affairs_is_not_the_magazine():
    assert header_credit("Ministry of Foreign Affairs REPUBLIC OF KOREA", outlets()) is None
    # the magazine still names a page by its title's tail (its name among a header's words is also a section's since
    # round 123: "Home World Foreign Affairs Politics")
    assert title_credit("Japan's choice | Foreign Affairs", outlets()) == "Foreign Affairs"
    assert header_credit("Bloomberg REPUBLIC OF KOREA", outlets()) == "Bloomberg"


def test_a_handout_pictures_caption_with_its_credit():
    caption = ("A handout picture from the county shows a damaged hillside near the valley where the flood "
               "struck on Tuesday. — AFP")
    page = "World\nValley toll rises\nFebruary 26, 2019\n{}\n" + EN_STORY * 3
    assert outlet_of(page.format(caption)) is None
    # a title with its outlet after the dash still names it
    assert outlet_of("Valley toll rises — AFP\n" + EN_STORY * 3) == "Agence France-Presse"


def test_who_stands_where_marks_a_caption():
    caption = ("Col. Jane Roe (R), the county's spokesperson, and Col. John Doe brief reporters on the flood at "
               "the county office in Seoul on March 3, 2023. (Yonhap)")
    page = "Valley toll rises\n\n" + EN_STORY * 3 + "{}\n"
    assert outlet_of(page.format(caption)) is None
    # a story's last paragraph, naming the wire, still credits it
    assert outlet_of(page.format("The county said the toll had risen to 14, officials said. (Yonhap)")) == "Yonhap"


def test_a_dated_caption_with_its_credit_glued():
    page = "Valley toll rises\n\n" + EN_STORY * 3 + "{}\n"
    caption = "A rescue boat on the flooded river in the valley, South Korea, on Sunday, Jan. 10, 2016.{}"
    assert outlet_of(page.format(caption.format("AP"))) is None
    assert outlet_of(page.format(caption.format(" AP"))) is None  # spaced, as before the round


def test_a_channels_reporter_signing_before_the_groups_address():
    page = "제방 보강 공사 시작\n\n" + KO_STORY * 2 + "{} <br>grace@donga.com <br>\n"
    assert outlet_of(page.format("채널A뉴스 유주은입니다.")) != "The Dong-A Ilbo"
    # the address alone keeps its outlet
    assert outlet_of(page.format("")) == "The Dong-A Ilbo"


def test_a_quoted_pages_stamp_is_not_the_pages_date():
    page = "堤防の補強工事始まる\n{}\n\n" + JA_STORY * 3
    assert date_of(page.format("(県が堤防補強へ=川の氾濫から4日より 2015/01/10 12:48)")) is None
    # the stamp alone under the title stays the page's date
    assert date_of(page.format("2016/01/10 12:48")) == "2016-01-10"
