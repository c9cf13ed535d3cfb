"""Issue 13's ninety-second intake round, on texts of our own: a digest that sums up another outlet's story credits
it on a line of its own, the original's writer, outlet and day ("Jack Ewing reports for the New York Times September
23, 2015."), above its own note of the source and the day it was posted ("Source: NY Times, 09/24/2015"). The
credit's day is the original's: the page's date, as a repost's credit gives it. The negatives keep what must not
change: a credit without a full day, a sentence of the story naming another day, a numeric day no order decides."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.citations import cited_date, cited_outlet, is_citation
from corpus.intake.outlet_datelines import outlet_stamped_lead
from corpus.intake.outlets import outlets
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

TITLE = "Flood Defences Give Way Along the River Delta\n\n"
QUOTED = ('"Rescue crews worked through the night after the levees along the delta broke under days of rain, '
          'officials said, and thousands of residents were moved to schools and sports halls on higher ground.\n\n'
          "Farmers said the water had ruined the spring planting and asked the government for help with seed and "
          'fuel, while engineers warned that the river would stay high for at least another week."\n\n')
POSTED = "March 15, 2021\n\n"  # the day the digest posted its summary, under its title
SOURCE_NOTE = "SEE ALSO:\n\n\"Delta levees fail after a week of rain\" (Reuters)\n\nSource: Reuters\n"


def _digest(credit: str, posted: str = POSTED) -> str:
    return f"{TITLE}{posted}{QUOTED}{credit}\n\n{SOURCE_NOTE}"


CREDITS = [  # (the credit line, the original's day)
    ("Jane Roe reports for Reuters March 14, 2021.", "2021-03-14"),
    ("Jane Roe and Kim Min-jun report for Reuters March 14, 2021.", "2021-03-14"),
    ("Jane Roe reports for the Reuters news agency on Mar. 14, 2021", None),  # words in lower case: not the form
    ("Jane Roe reports for The Associated Press 14 March 2021.", "2021-03-14"),
    ("Jane Roe, John Doe and Kim Min-jun report for the Associated Press on March 14, 2021.", "2021-03-14"),
]


@pytest.mark.parametrize(("credit", "day"), CREDITS)
def test_the_credit_names_the_original_s_day(credit, day):
    assert cited_date(credit) == day
    assert is_citation(credit) == (day is not None)


def test_the_credit_names_a_listed_outlet():
    assert cited_outlet("Jane Roe reports for the Associated Press March 14, 2021.", outlets()) == "Associated Press"
    assert cited_outlet("Jane Roe reports for the Harbor Gazette March 14, 2021.", outlets()) is None


def test_the_credit_s_day_dates_the_digest_over_the_day_it_was_posted():
    found = described(_digest("Jane Roe reports for Reuters March 14, 2021."))
    assert found["date"] == "2021-03-14"  # not the 15th, the day the digest posted it


def test_the_credit_dates_a_digest_that_prints_no_day_of_its_own():
    assert described(_digest("Jane Roe reports for the Associated Press March 14, 2021.", posted=""))["date"] \
        == "2021-03-14"


def test_the_credit_is_not_kept_as_a_passage():
    credit = "Jane Roe reports for Reuters March 14, 2021."
    assert credit not in clean_page(_digest(credit)).paragraphs


NOT_CREDITS = [
    "Jane Roe reports for Reuters from Geneva.",  # no day
    "Jane Roe reports for Reuters March 14.",  # no year
    "Jane Roe reports for Reuters 03/04/2021.",  # a numeric day no order decides
    "© 2021 Jane Roe reports for Reuters March 14, 2021.",  # a copyright line, not a credit
    "Jane Roe reports for Reuters on the talks that began March 1, 2021.",  # a sentence naming another day
    "The minister said he reports for duty on March 1, 2021.",  # a sentence of the story
    "Officials said Jane Roe reports for Reuters March 14, 2021.",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_lines_that_are_not_the_credit_name_no_day(line):
    assert cited_date(line) is None and not is_citation(line)


def test_a_credit_without_a_full_day_leaves_the_digest_s_own_day():
    found = described(_digest("Jane Roe reports for Reuters from Geneva."))
    assert found["date"] == "2021-03-15"


def test_another_day_in_the_story_does_not_date_the_digest():
    story = QUOTED.replace("officials said", "officials said on March 1, 2021")
    page = f"{TITLE}{POSTED}{story}Jane Roe reports for Reuters on the talks.\n\n{SOURCE_NOTE}"
    assert described(page)["date"] == "2021-03-15"


def test_the_credit_inside_a_paragraph_is_not_read():
    paragraph = QUOTED.strip() + " Jane Roe reports for Reuters March 14, 2021."
    assert cited_date(paragraph) is None


HOSTILE = [
    "A" * 399,
    ("Jane-Roe " * 44)[:399],
    "Jane Roe reports for " + "Reuters " * 47,
    "Jane Roe reports for the " + "A " * 180 + "March 14, 2021",
    ("Jane Roe, " * 40)[:399],
    "Jane Roe reports for Reuters " + "March 14, " * 36,
]


@pytest.mark.parametrize("line", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_lines_are_read_quickly(line):
    def read() -> None:
        for _ in range(250):  # 100 KB of such lines
            cited_date(line)
    assert_runs_quickly(read)


def test_a_hostile_page_is_read_quickly():
    page = TITLE + "\n\n".join(["Jane Roe reports for Reuters " + "A-B " * 90] * 250) + "\n"
    assert_runs_quickly(lambda: described(page), limit=5)  # the whole intake; the credit's share is timed above


def test_a_hostile_line_of_100_kb_is_read_quickly():
    line = "Jane Roe reports for Reuters " + "March 14, 2021 " * 6_800

    def read() -> None:
        assert cited_date(line) is None
    assert_runs_quickly(read)


# A copied story's head run into its lead: a listed outlet's name, its stamp with the year first, then the lead

ZH_TITLE = "美韓宣布聯合軍演 規模5年來最大\n\n"
ZH_LEAD = "美韓兩軍今日宣布,本月13日起將舉行為期11天的聯合軍演,強化防禦與反擊能力,規模為5年來之最。"
ZH_MORE = "\n\n北韓外交部上月警告,美韓若照計畫舉行今年的演習,將採取前所未有的強力對抗措施。\n"
KO_LEAD = "사도광산이 끝내 유네스코 세계유산이 됐다. 인도 뉴델리에서 열린 세계유산위원회는 등재를 결정했다."

STAMPED_LEADS = [  # (the page, its day)
    (f"{ZH_TITLE}自由時報 2023/03/03 {ZH_LEAD}{ZH_MORE}", "2023-03-03"),
    (f"{ZH_TITLE}自由時報 2023-03-03 09:15 {ZH_LEAD}{ZH_MORE}", "2023-03-03"),
    (f"사도광산 결국 세계유산 등재\n\nCBS노컷뉴스 2024. 7. 27. 18:24 {KO_LEAD}\n\n{KO_LEAD}\n", "2024-07-27"),
    ("Drills to Begin\n\nReuters 2023/03/03 The two armies said the drills would begin on March 13 and run for "
     "11 days, the largest in five years.\n\nThe North warned of strong countermeasures.\n", "2023-03-03"),
]


@pytest.mark.parametrize(("page", "day"), STAMPED_LEADS, ids=["zh", "zh-time", "ko", "en-read-before-too"])
def test_a_lead_opening_on_the_outlet_s_stamp_dates_the_page(page, day):
    assert described(page)["date"] == day


NOT_STAMPED_LEADS = [
    f"{ZH_TITLE}某某網 2023/03/03 {ZH_LEAD}{ZH_MORE}",  # a name no list holds
    f"{ZH_TITLE}據自由時報 2023/03/03 報導,{ZH_LEAD}{ZH_MORE}",  # a sentence naming it
    f"{ZH_TITLE}自由時報 03/03 {ZH_LEAD}{ZH_MORE}",  # no year
    f"{ZH_TITLE}自由時報 03/04/2023 {ZH_LEAD}{ZH_MORE}",  # a numeric day no order decides
    f"{ZH_TITLE}自由時報 2023 {ZH_LEAD}{ZH_MORE}",  # a year alone
    f"{ZH_TITLE}{ZH_LEAD}{ZH_MORE}\n自由時報 2023/03/03 {ZH_LEAD}\n",  # not the lead: another story's head below
    f"{ZH_TITLE}{ZH_LEAD}\n\n© 2023 自由時報 版權所有{ZH_MORE}",  # a copyright year
]


@pytest.mark.parametrize("page", NOT_STAMPED_LEADS, ids=range(len(NOT_STAMPED_LEADS)))
def test_other_lines_naming_the_outlet_and_a_day_do_not_date_the_page(page):
    assert described(page)["date"] is None


def test_a_field_after_the_stamp_is_no_lead():
    assert outlet_stamped_lead("自由時報 2023/03/03 政治", outlets()) is None


@pytest.mark.parametrize("lead", ["自由時報 " + "2023/03/03 " * 9_000, "A " * 50_000, "自由時報" * 25_000,
                                  "Reuters " + "-" * 100_000, "自 " * 3 + "2023/03/03 " + "x" * 100_000],
                         ids=range(5))
def test_a_hostile_lead_is_read_quickly(lead):
    assert_runs_quickly(lambda: outlet_stamped_lead(lead, outlets()))
