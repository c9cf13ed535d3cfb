"""Issue 13's hundred-and-eighth intake round, on texts of our own: a stamp standing in the story's body, three
paragraphs or more under its lead, is another story's when the page's head prints another day (a blog quoting two
stories of a paper, each under its stamp): the chooser, which ranks dates above the titles after those under one, took
the second story's stamp; the page's date is now left unknown. The negatives keep what must not change: a body's stamp
alone (a wire's closing stamp), a body's stamp of the head's day, a stamp the page labels as its own, a head's month."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.body_stamps import another_storys_stamp
from corpus.intake.printed_dates import find_date_line
from tests.hostile_timing import assert_runs_quickly

LEAD = ("A fire that broke out at a seafood restaurant near the harbor on Wednesday morning spread to more than 60 "
        "homes and shops, the county said, and firefighters were still at work after dark.")
BODY = ("Two people suffered minor injuries, and the town urged 300 households near the harbor to leave their homes.",
        "Strong southerly winds fanned the flames across the old district, where wooden buildings stand close.",
        "A resident who helped her parents leave said she heard the warning on the town's radio and ran to the hall.")
LATER = ("Harbor fire put out after 30 hours",
         "The fire that began on Wednesday was declared out on Thursday afternoon, the county's disaster office said.")
HEADING, FIRST, SECOND = "March 4, 2021 Harbor fire", "Coastal Ledger March 3, 2021 5:14 PM", \
    "Coastal Ledger March 4, 2021 11:20 PM"


def _page(heading: str = HEADING, first: str = FIRST, second: str = SECOND) -> str:
    lines = (heading, first, "Harbor fire spreads to 60 buildings", LEAD, *BODY, second, *LATER)
    return "\n\n".join(line for line in lines if line)


def _japanese_page() -> str:
    story = ("21日午後2時ごろ、港町の鮮魚店から火が出て、近くの住宅や商店にも燃え移った。町によると、午後6時の時点で約60棟に延焼し、"
             "消火活動が続いている。", "2人が軽いけがをした。町は港の近くの計300世帯に避難指示を出し、住民は公民館などに身を寄せた。",
             "現場は駅に近い古い町並みで、木造の建物が密集している。昼すぎから強い南風が吹き、炎は次々と燃え広がった。",
             "両親を避難させた女性は、防災無線で呼び掛けを聞いて公民館に逃げたと話し、家が燃えないか不安そうだった。")
    later = ("港町の大火、発生から30時間で鎮火", "港町で21日に起きた火災は、発生から約30時間たった22日夜に鎮火した。町の災害対策本部が発表した。")
    return "\n\n".join(("2019/05/22 港町の大火", "海辺日報 2019/05/21 19:10", "港町で火災、約60棟に燃え広がる", *story,
                        "=" * 20, "海辺日報 2019/05/22 23:40", *later))


# What the rule refuses (fails on main: the second story's stamp was the page's)

def test_a_later_story_s_stamp_in_the_body_under_a_head_of_another_day_is_not_the_page_s():
    assert clean_page(_page()).printed_date is None
    assert clean_page(_page(heading="")).printed_date is None  # the first story's stamp alone in the head
    assert clean_page(_japanese_page()).printed_date is None


# What it must not do

def test_a_stamp_in_the_body_stands_when_the_head_prints_no_other_day():
    assert clean_page(_page(heading="", first="")).printed_date == SECOND  # a wire's stamp closing its story
    assert clean_page(_page(heading="March 4, 2021 Harbor fire", first="")).printed_date == SECOND  # the same day
    assert clean_page(_page(heading="", first="Coastal Ledger March 2021")).printed_date == SECOND  # a month


def test_a_stamp_the_page_labels_as_its_own_stands():
    labelled = "Originally published: March 4, 2021 11:20 PM"
    assert clean_page(_page(heading="", second=labelled)).printed_date == labelled


def test_the_reading_itself():
    heading, first, second = (find_date_line(line) for line in (HEADING, FIRST, SECOND))
    assert another_storys_stamp(second, [first, second], in_body={1})
    assert not another_storys_stamp(first, [first, second], in_body={1})  # the head's own date
    assert not another_storys_stamp(second, [heading, second], in_body={1})  # the head's day
    assert not another_storys_stamp(second, [second], in_body={0})  # alone
    assert not another_storys_stamp(second, [first, second], in_body=set())  # in the head: the chooser's to rank
    labelled = find_date_line("Updated March 4, 2021 11:20 PM")
    assert not another_storys_stamp(labelled, [first, labelled], in_body={1})


# Hostile input

def test_hostile_page_dates_read_quickly():
    first, second = find_date_line(FIRST), find_date_line(SECOND)
    many = [second] * 50_000 + [first]
    body = set(range(50_000))
    assert_runs_quickly(lambda: another_storys_stamp(second, many, body), what="50,001 date lines, one in the head")
    assert_runs_quickly(lambda: another_storys_stamp(many[-2], many[:-1], body), what="50,000 date lines in the body")
