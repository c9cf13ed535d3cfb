"""Issue 13's hundred-and-seventh intake round, on texts of our own: a site's name beside its own address is the
page's outlet only when the page says more of it than the address does: the two make a credit of their own (the name
opening the line, after brackets, a date, a source's label or a copyright notice, and the address a few words after
it), or the page names the outlet again. A name a line points to, credits a picture with, passes on, shares on a
platform, or names in a reader's comment or a story's sentence is no credit. (The address a page prints, read alone,
is left as it was: see the round's write-up.)"""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from corpus.intake.own_addresses import own_domain_credit, times_named
from tests.hostile_timing import assert_runs_quickly

STORY = ("Rescue teams searched the flooded valley for a third day on Thursday as the county said the number of "
         "people known to have died had risen again, officials said.\n\n"
         "Hundreds of residents who fled the water were staying in shelters, and the governor said rebuilding "
         "would take years, according to the county's statement.\n\n")
NHK = "https://www3.nhk.or.jp/news/html/20190822/k10012045051000.html"


# A site's name beside its own address: the credits the right pages print (a listed or unlisted name)

@pytest.mark.parametrize("line, outlet", [
    ("The Korea Post (http://www.koreapost.com/)", "The Korea Post"),
    ("(KTV 한국정책방송 케이블방송, 위성방송 ch164, www.ktv.go.kr )", "KTV"),
    ("ソース(MSN産経ニュース) http://sankei.jp.msn.com/politics/news/140530/plc14053007370005-n1.htm", "MSN産経ニュース"),
    ("2018年07月6日 BBC https://www.bbc.com/japanese/44733790", "BBC News"),
    ("Copyright 2021 NPR. To see more, visit https://www.npr.org.", "NPR"),
])
def test_a_name_and_its_address_making_a_credit_of_their_own(line, outlet):
    assert own_domain_credit(line, outlets()) == outlet


def test_a_name_further_from_its_address_stands_when_the_page_names_it_again():
    line = "The Daily Planet | 1 Main Street | Metropolis | (555) 546-4400 | dailyplanet.com"
    assert own_domain_credit(line, outlets()) is None  # (alone: an address block's fields, seven words between)
    page = "Valley toll rises\n\n" + STORY + "Views expressed are not those of The Daily Planet.\n" + line
    assert own_domain_credit(line, outlets(), page) == "Daily Planet"


# What it must not take: another party's address beside its name, even where the page names that party again

@pytest.mark.parametrize("line", [
    "Read more at The Daily Planet (dailyplanet.com).",  # a link the page cites
    "via Newser (newser.com)",  # passed on
    "Photo: Getty Images (gettyimages.com)",  # a picture's credit
    "Twitter https://twitter.com/share?url=https://example.org/a",  # a share button
    "YouTube (www.youtube.com/embed/x1y2z3)",  # an embedded video
])
def test_another_party_s_address_beside_its_name_is_no_credit(line):
    page = f"Valley toll rises\n\n{STORY}Daily Planet, Newser, Getty Images, Twitter and YouTube.\n{line}"
    assert own_domain_credit(line, outlets()) is None
    assert own_domain_credit(line, outlets(), page) is None


@pytest.mark.parametrize("line", [
    "Comment by kimchi99: Daily Planet dailyplanet.com is biased",  # a reader's comment
    "The claim, first aired by Newsly (newsly.net) on Monday, was denied.",  # a sentence of a quoted story
    "Visit Newsly at newsly.net for more",  # a pointer
])
def test_a_name_in_a_line_s_words_is_no_credit_where_the_page_names_it_nowhere_else(line):
    assert own_domain_credit(line, outlets(), f"Valley toll rises\n\n{STORY}{line}") is None


# The page naming a name again

def test_a_name_inside_an_address_is_no_naming():
    keys = frozenset({"nhk", "nhk world"})
    assert times_named(f"see {NHK} and www.nhk.or.jp or nhk.or.jp/news", keys) == 0
    assert times_named(f"NHK World reported it. {NHK} (NHK)", keys) == 2
    assert times_named("anything", frozenset()) == 0


# Hostile texts

def test_hostile_texts_read_quickly():
    many_domains = "Xyzzy Plugh abcdefgh.com, " * 4_000
    dotted = "a-b.c-d." * 12_500 + " " + "-a" * 25_000
    names = ("Daily Planet " * 8_000) + " dailyplanet.com"
    assert_runs_quickly(lambda: own_domain_credit(many_domains, outlets(), many_domains), what="many domains")
    assert_runs_quickly(lambda: own_domain_credit(names, outlets(), names), what="many names")
    assert_runs_quickly(lambda: own_domain_credit("via" + "!" * 100_000 + " Newsly newsly.net", outlets()),
                        what="a long run before the name")
    assert_runs_quickly(lambda: times_named(dotted, frozenset({"nhk"})), what="dotted tokens")
    assert_runs_quickly(lambda: times_named("https://" + "x" * 100_000, frozenset({"nhk"})), what="one long address")
