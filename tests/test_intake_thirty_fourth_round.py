"""Issue 13's thirty-fourth intake round, on texts of our own: the wrong answers and unknowns of the
even halves of `holdout44` to `holdout47` and the odd halves of `holdout48` and `holdout49`. A positive
failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.printed_dates import find_date_line
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Rescue teams searched the flooded valley for a third day on Thursday as the county said the "
            "number of people known to have died had risen again, officials said.\n")
EN_MORE = ("Hundreds of residents who fled the water were staying in shelters, and the governor said "
           "rebuilding would take years, according to the county's statement.\n")
ZH_STORY = ("市政府15日表示,河堤加固工程已经开工,预计明年3月完工,居民疏散计划也将重新制定。\n")


# Wrong answers

def test_a_partner_named_after_in_cooperation_with_is_not_the_site():
    page = ("Flood Policy & Disaster Law\n\nValley toll rises as teams search\n\nJane Roe\n"
            "Friday, March 4, 2016, 9:46 AM\n\n" + EN_STORY + "\n{}\n\n" + EN_MORE + "\n" + EN_STORY)
    # the publisher's line names the site; the partner under "in Cooperation With" does not
    assert outlet_of(page.format("Published by The Lawfare Institute\nin Cooperation With\nBrookings")) == "Lawfare"
    assert outlet_of(page.format("in Cooperation With\nBrookings")) is None
    # a listed name alone near the top still names the site
    assert outlet_of(page.format("Brookings")) == "Brookings"
    # a person as the publisher names no one
    assert outlet_of(page.format("Published by Jane Roe")) is None


def test_a_zone_glued_to_the_day_gives_no_date():
    assert find_date_line("20:17 GMT +313 December 2019") is None
    # the same clock with its day apart, or a month alone, still reads
    assert find_date_line("20:17 GMT+3 13 December 2019").value == "2019-12-13"
    assert find_date_line("Posted December 2019").value == "2019-12"


def test_a_forum_posters_box_is_the_day_they_joined():
    page = ("What's new\n\nNews Valley toll rises as teams search\n\njroe\n\nUnswerving cyclist\nAdmin\n"
            "14 Mar 2002\n15,970\n9,208\n749\n" + EN_STORY + "\n" + EN_MORE)
    assert date_of(page) is None
    # a date alone with the story under it is the post's
    assert date_of(page.replace("15,970\n9,208\n749\n", "")) == "2002-03-14"


def test_a_wire_dateline_takes_its_year_from_an_east_asian_date_the_story_names():
    page = ("当前位置:电影网 美容\n河堤加固工程开工\n2023-01-31\n\n新华网北京9月11日电(记者 周婷玉)\n"
            "市政府11日晚发布声明,称2008年8月6日以前开工的部分河堤需要加固。\n" + ZH_STORY)
    assert date_of(page) == "2008-09-11"
    # without the date the story names, the dateline's year stays unknown: the page's own stamp
    assert date_of(page.replace("2008年8月6日以前", "此前")) == "2023-01-31"


# Unknowns, by forms many pages print

def test_an_address_as_a_source_field_of_a_chinese_site():
    line = "作者:佚名  来源:{}   更新:2016-9-9 14:42:44  点击:  切换到繁體中文"
    page = "您现在的位置: 网站 >> 资讯 >> 正文\n\n河堤加固工程开工\n\n" + line + "\n\n" + ZH_STORY * 3
    assert outlet_of(page.format("asahi.com")) == "The Asahi Shimbun"
    # an address no outlet's names no one
    assert outlet_of(page.format("example-site.com")) is None


def test_a_byline_and_its_date_after_a_bar():
    page = "Valley toll rises\n\nTeams search again.\n\nPor {} | 03.10.17\n\n" + EN_STORY + EN_MORE
    assert outlet_of(page.format("Lusa")) == "Lusa"
    assert outlet_of(page.format("Jane Roe")) is None


def test_reposted_from_in_chinese_names_the_source():
    page = "河堤加固工程开工\n\n" + ZH_STORY * 3 + "\n{}:appledaily\n"
    assert outlet_of(page.format("转自")) == "Apple Daily"
    assert outlet_of(page.format("转载")) is None
