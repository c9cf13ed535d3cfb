"""Issue 13's twenty-seventh intake round, on texts of our own: what the odd halves of `holdout38`
and `holdout39` showed. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

from corpus.intake.outlets import outlets
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

KO_STORY = "양국 정부는 이날 협정 문안에 합의하고 다음 주 서명하기로 했다. 외교부는 구체적인 일정을 곧 발표한다고 밝혔다."
# No weekday in the lead: a date alone above the titles is read by its own weekday.
LEAD = ("The two governments agreed to sign the pact on military information within days, "
        "officials said, ending months of talks over its terms.")
MORE = "The foreign ministry said the text would be published once both cabinets had approved it."


def _page(*lines: str) -> str:
    return "\n".join(("Pact to be signed within days", *lines, LEAD, MORE)) + "\n"


# A Korean credit with the place after the outlet: "[천지일보 제천=이현복 기자]"

def test_a_korean_credit_with_the_place_after_the_outlet_names_the_outlet_alone():
    page = "협정 서명 합의\n[한빛일보 제천=김철수 기자] " + KO_STORY + "\n" + KO_STORY + "\n"
    assert outlet_of(page) == "한빛일보"
    assert outlet_of(page.replace("한빛일보 제천", "천지일보 제천")) == "Cheonji Ilbo"
    assert outlet_of(page.replace("한빛일보 제천", "한빛 경제")) == "한빛 경제"  # the last word is an outlet's
    assert outlet_of(page.replace("한빛일보 제천", "한빛 제천")) == "한빛 제천"  # no outlet's ending: as printed


# A list's bullet before a Korean credit (a copy of a search result or an excerpt)

def test_a_bulleted_korean_credit_names_its_outlet():
    page = "김연아 금메달 회상\n  • [OSEN=김희선 기자] " + KO_STORY + "\n" + KO_STORY + "\n"
    assert outlet_of(page) == "OSEN"
    assert outlet_of(page.replace("OSEN", "HARBOR")) is None  # unlisted, in Latin letters
    assert outlet_of(page.replace("•", "※")) is None  # not a bullet


# "Latest" alone heads a site's list of its latest stories, each with its own time

def test_a_latest_list_times_are_not_the_pages_date():
    items = ("Latest", "- Culture", "Director honored at film festival", "06/26/2025 01:56 PM - Business",
             "Shares close up 0.28%", "06/26/2025 01:53 PM")
    page = "\n".join(("Pact to be signed within days", LEAD, *items, MORE)) + "\n"
    assert date_of(page) is None
    assert date_of(page.replace(LEAD, "June 3, 2019\n" + LEAD)) == "2019-06-03"  # its own date stands


# A site's clock above the headline the page repeats, under its masthead and tagline

def test_a_clock_above_the_repeated_headline_is_not_the_pages_date():
    top = "Harbor Daily\nFocus on the big picture.\nWednesday, Jan 14, 2026\n"
    title = "Princess to wed after years of controversy\n"
    page = top + title + title + LEAD + "\n" + MORE + "\n"
    assert date_of(page) is None
    assert date_of(top + title + LEAD + "\n" + MORE + "\n") == "2026-01-14"  # the headline once: as before
    below = "Harbor Daily\nFocus on the big picture.\n" + title + title + "Wednesday, Jan 14, 2026\n"
    assert date_of(below + LEAD + "\n" + MORE + "\n") == "2026-01-14"  # under the headline: the page's


# A feed relayed into a blog: "from <Site> <link>" (the relay's line, its feed titled by the site)

def test_a_relayed_feeds_line_names_the_site():
    assert outlet_of(_page() + "Continue reading...\nfrom The Guardian http://bit.ly/2Wh3lgw\n") == "The Guardian"
    assert outlet_of(_page() + "from Harbor Gazette http://bit.ly/2Wh3lgw\n") is None  # unlisted
    assert outlet_of(_page() + "from The Guardian archive of letters\n") is None  # no link


# An outlet's own staff in the possessive, contributing to its story

def test_an_outlets_staff_in_the_possessive_contributed_names_it():
    line = "ABC News’ Jane Roe, John Doe, and Mary Major contributed to this report."
    assert outlet_of(_page() + line + "\n") == "ABC News"
    assert outlet_of(_page() + line.replace("’", "'s") + "\n") == "ABC News"
    assert outlet_of(_page() + "Harbor Gazette’s Jane Roe contributed to this report.\n") is None  # unlisted
    assert outlet_of(_page() + "ABC News’ reporting contributed to this report.\n") is None  # no names


# An author box's note followed by its pointer to the writer's accounts

def test_a_writer_note_with_a_follow_pointer_names_the_outlet():
    note = "Jane Roe is an international correspondent for Just the News. Follow her on Twitter or Instagram."
    assert outlet_of(_page() + note + "\n") == "Just the News"
    assert outlet_of(_page() + note.replace("correspondent", "fellow") + "\n") is None  # no newsroom role
    assert outlet_of(_page() + note.replace("Follow her", "She visited Seoul") + "\n") is None  # another sentence


# A site reporting with its source: "This is reported by <site> with reference to <source>."

def test_a_site_reporting_with_reference_to_its_source_names_the_site():
    line = "This is reported by Censor.NET with reference to Radio Liberty."
    assert outlet_of(_page(line)) == "Censor.NET"
    assert outlet_of(_page("This is reported by Censor.NET.")) is None  # no source: a citation, perhaps
    assert outlet_of(_page(line.replace("Censor.NET", "Harbor Gazette"))) is None  # unlisted


# The outlets the odd halves named, each by its names in its scripts and its domains

def test_the_rounds_outlets_are_listed():
    directory = outlets()
    assert directory.named("뉴스천지") == directory.at_host("www.newscj.com") == "Cheonji Ilbo"
    assert directory.named("浙江在線") == directory.at_host("zjol.com.cn") == "Zhejiang Online"
    assert directory.named("中評社") == directory.at_host("crntt.com") == "China Review News Agency"
    assert directory.named("Pulse.com.gh") == "Pulse Ghana"
    assert directory.at_host("londondaily.news") == "London Daily"
    assert directory.named("CRIENGLISH.com") == "China Radio International"
    assert directory.named("Pulse") != "Pulse Ghana"  # a common word, and Maeil's Pulse


# Wires and the paper's own staff sharing the credit: "Kyodo, Staff Report" (The Japan Times')

def test_wires_with_the_papers_staff_report_name_the_first_wire():
    assert outlet_of(_page("• Kyodo, Staff Report")) == "Kyodo News"
    assert outlet_of(_page("Reuters, Kyodo, Staff Report")) == "Reuters"
    assert outlet_of(_page("Harbor Post, Staff Report")) is None  # unlisted
    assert outlet_of(_page("Reuters, Harbor Post, Staff Report")) is None  # one of them unlisted


# A site's logo's text at the top, its image's alt text copied

def test_a_logos_text_names_the_site():
    assert outlet_of(_page("Pulse.com.gh logo", "Go")) == "Pulse Ghana"
    assert outlet_of(_page("Harbor Gazette logo", "Go")) is None  # unlisted


# An agency's note on its archived stories

def test_an_agencys_archive_note_names_it():
    note = ("(Full text of the story is now in CNA English news archive. To view the full story, you will "
            "need to be a subscribed member of the CNA archive.)")
    assert outlet_of(_page() + note + "\n") == "CNA"
    assert outlet_of(_page() + note.replace("CNA", "Harbor") + "\n") is None  # unlisted


# A Chinese agency's dateline with its reporter's tag straight after the day, "電" left out

def test_a_chinese_dateline_with_the_reporters_tag_names_the_agency():
    story = "市長上午表示,市區急需生命探測器與中央支援,損失金額還無法估計。"
    page = "高雄急需生命探測器\n中評社高雄8月1日(記者 高易伸)" + story + "\n" + story + "\n"
    assert outlet_of(page) == "China Review News Agency"
    assert outlet_of(page.replace("中評社", "華港社")) is None  # an unlisted agency, no "電": none
    assert outlet_of(page.replace("(記者 高易伸)", "")) is None  # a day and the story: no dateline
