"""Issue 13's thirty-seventh intake round, on texts of our own: the wrong answers and the unknowns of
the odd halves of `holdout53`, `holdout54` and `holdout56`, each narrowed or read in general. A
positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_clocks import is_video_stamp
from tests.test_intake_thirty_fifth_round import EN_STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of


def test_an_embedded_videos_bracketed_stamp_is_not_the_pages_date():
    page = ("Valley toll rises\n\nHistoric Flood\n\n" + EN_STORY
            + "    Aerial tour of the valley after the flood\n    Guard pilots search the valley on Oct. 30.\n"
            + "    {}\n\n" + EN_STORY * 2)
    assert date_of(page.format("(Published Wednesday, Oct. 29, 2014)")) is None
    assert is_video_stamp("(Updated Oct. 29, 2014 at 9:01 pm)", ())
    # the page's own stamp, unbracketed, still dates it
    assert date_of(page.format("Published Wednesday, Oct. 29, 2014")) == "2014-10-29"
    assert not is_video_stamp("Published Wednesday, Oct. 29, 2014", ())


def test_a_chinese_month_name_first_as_wordpress_prints_it():
    printed = find_date_line("三月 14, 2023")
    assert printed is not None and printed.value == "2023-03-14"
    assert find_date_line("十二月 4, 2023").value == "2023-12-04"
    page = ("AUKUS领导人声明\n2 快速阅读\n三月 14, 2023\n\n美国东部夏令时间2023年3月13日下午04:47\n\n"
            "今天,三国领导人共同公布了这一伙伴关系的最佳路径,并将在外交、安全和防务上进一步加深合作,以应对未来的挑战。\n")
    assert date_of(page) == "2023-03-14"
    # a month name inside a Chinese sentence is no date line
    assert find_date_line("他在三月 14, 2023 说") is None


def test_a_listed_outlets_credit_after_a_lower_case_label():
    page = "Valley toll rises\n\n{}\n\n30. Juni 2019, 19:53 Uhr\n\n" + EN_STORY * 3
    assert outlet_of(page.format("von dpa")) == "Deutsche Presse-Agentur"
    assert outlet_of(page.format("par leparisien")) == "Le Parisien"
    # a person, or an unlisted name, after the label names no outlet
    assert outlet_of(page.format("von Jana Roe")) is None
    assert outlet_of(page.format("par exemple le journal")) is None


def test_a_stamp_and_its_time_run_on_into_the_lead():
    lead = ("{} Judges of the top U.N. court told the government to stop its hunt in the southern ocean, "
            "dismissing its claim that the hunt served science rather than the dinner table. (Reuters)\n")
    page = "World court tells government to stop its hunt\n\n\n" + lead
    assert date_of(page.format("March 31, 2014 12:43 PM EDT")) == "2014-03-31"
    assert outlet_of(page.format("March 31, 2014 12:43 PM EDT")) == "Reuters"  # the lead stays the story's
    # a timeline's entry, a date without a time of day before the text, dates nothing
    assert date_of(page.format("March 31, 2014")) is None


def test_names_of_outlets_added_this_round():
    assert outlet_of("Storm toll rises - NBC4 Washington\n\n" + EN_STORY * 3) == "NBC4 Washington"
    assert outlet_of("Valley toll rises\n\n" + EN_STORY * 3 + "Copyright © 1999-2019 杭州法图网络科技有限公司\n") \
        == "法律图书馆"
    assert outlet_of("Valley toll rises\n\nSource : AEF\n\n" + EN_STORY * 3) == "AEF info"
    # "AEF" alone on a line names no one (a common word)
    assert outlet_of("Valley toll rises\n\nAEF\n\n" + EN_STORY * 3) is None


def test_a_section_date_and_camel_cased_outlet_line():
    page = ("Council passes the budget\nThe plan won by ten votes after a long debate in the chamber.\n\n{}\n"
            "Jane Roe\n\n" + EN_STORY * 3)
    assert date_of(page.format("País 19 de noviembre de 2023 elDiarioAR")) == "2023-11-19"
    assert outlet_of(page.format("País 19 de noviembre de 2023 elDiarioAR")) == "elDiarioAR"
    # a listed handle all in lower case, as a list of other videos prints its source, dates nothing
    assert date_of(page.format("Une touriste retrouve sa chienne\n24 novembre 2024 - leparisien")) is None
