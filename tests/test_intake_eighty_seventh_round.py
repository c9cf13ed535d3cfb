"""Issue 13's eighty-seventh intake round, on texts of our own: a credit whose first letter is a capital outside A-Z
("(İLKHA)", "(ÖNA)", "(ČTK)", "ANKARA (İLKHA) -"), a wire's credit with an editor's initials ("(ATS/nxp)", "(APA/red)",
"(dpa/AFP/xy)", "(egg/sda)") and a Chinese wire's closing dispatch after its reporter ("(胡若愚)【新華社微特稿】") name
the page's outlet. A positive failed before the round; a negative beside it keeps what must not change: a picture's
credit, a quoted source, words in capitals, an organisation's pair, a photographer's initials, a reporter's own tag."""

from __future__ import annotations

import pytest

from corpus.intake.closing_credits import closing_credit
from corpus.intake.closing_wires import wire_and_initials_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.east_asian_credits import east_asian_closing
from corpus.intake.outlets import outlets
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

HEADLINE = "Flood barrier on the river to be finished next year\n\n"
STORY = ("The city said on Tuesday that work on the river's flood barrier had begun and should end by next "
         "March, with a new plan for moving residents out of the low streets.\n\n"
         "Residents asked the city to publish the route of the works early and to pay the shops that lose "
         "trade while the riverside paths are closed.\n\n") * 3
LAST = "The mayor agreed to the request. The council will vote on the second stage of the works in the spring."
ZH_HEADLINE = "河堤加固工程開工\n\n"
ZH_STORY = ("市政府15日宣布,河堤加固工程已經開工,預計明年3月完工,低窪地區居民的疏散計劃也將重新制定。\n\n"
            "商戶要求市政府補償施工期間的營業損失。\n\n") * 3
ZH_LAST = "市議會將於春季就第二期工程進行表決。"

READ = [
    (f"{HEADLINE}{STORY}{LAST} (İLKHA)\n", "İLKHA"),  # unlisted, as printed
    (f"{HEADLINE}{STORY}{LAST} (ÖNA)\n", "ÖNA"),
    (f"{HEADLINE}{STORY}{LAST} (ČTK)\n", "CTK"),  # listed: the shown name
    (f"{HEADLINE}ANKARA (İLKHA) - {STORY}{LAST}\n", "İLKHA"),  # the dateline's credit
    (f"{HEADLINE}{STORY}{LAST} (ATS/nxp)\n", "ATS"),  # an agency's initials, then its editor's
    (f"{HEADLINE}{STORY}{LAST} (APA/red)\n", "APA"),
    (f"{HEADLINE}{STORY}{LAST} (dpa/AFP/xy)\n", "Deutsche Presse-Agentur"),  # two wires, then the editor
    (f"{HEADLINE}{STORY}{LAST} (egg/sda)\n", "Keystone-SDA"),  # the editor first, then a listed wire
    (f"{HEADLINE}{STORY}The vote will come in the spring, after the council has heard the shops. (ATS/nxp)\n", "ATS"),
    (f"{ZH_HEADLINE}{ZH_STORY}{ZH_LAST}(胡若愚)【新華社微特稿】\n", "Xinhua"),  # the reporter, then the wire's dispatch
]


@pytest.mark.parametrize(("page", "outlet"), READ)
def test_the_credit_names_the_outlet(page, outlet):
    assert described(page)["outlet"] == outlet


NOT_READ = [
    f"{HEADLINE}{STORY}{LAST}\n\nFoto: İLKHA\n",  # a picture's credit
    f"{HEADLINE}{STORY}The mayor told İLKHA that the works would go on until the spring.\n",  # a quoted source
    f"{HEADLINE}{STORY}{LAST} (UN/ILO)\n",  # an organisation's pair: no editor's initials, no listed wire
    f"{HEADLINE}{STORY}{LAST} (SE/AFP)\n",  # initials in capitals: a photographer's as often as an editor's
    f"{HEADLINE}{STORY}{LAST} (FOTO/red)\n",  # a picture's word, not an agency
    f"{HEADLINE}{STORY}{LAST} (and/or)\n",  # words
    f"{HEADLINE}{STORY}The mayor speaks on the bank of the river on Tuesday. (ATS/nxp)\n",  # a caption
    f"{HEADLINE}{STORY}{LAST} (APA, 22.11.2016)\n",  # round 86: "APA" is two agencies' initials, and unlisted
    f"{ZH_HEADLINE}〔記者王小明/台北報導〕{ZH_STORY}{ZH_LAST}\n",  # a reporter's own tag names no outlet
    f"{ZH_HEADLINE}{ZH_STORY}{ZH_LAST}(資料照片)【新華社微特稿】\n",  # a picture's label, not a reporter
]


@pytest.mark.parametrize("page", NOT_READ)
def test_no_outlet_is_named(page):
    assert described(page)["outlet"] is None


def test_the_editor_s_initials_are_never_the_wire():
    directory = outlets()
    assert wire_and_initials_credit(f"{LAST} (ATS/nxp)", directory) == "ATS"
    assert wire_and_initials_credit(f"{LAST} (nxp/ats)", directory) is None  # neither listed
    assert wire_and_initials_credit(f"{LAST} (AIDS/HIV)", directory) is None  # no editor's initials


def test_a_japanese_picture_label_before_the_wire_is_not_a_reporter():
    directory = outlets()
    assert east_asian_closing("市議会は春に採決する。(胡若愚)【時事】", directory) == "時事通信"
    assert east_asian_closing("市議会は春に採決する。(資料写真)【時事】", directory) is None


HOSTILE = [
    " " * 50_000,
    "(İLKHA " * 20_000,
    "(a/" * 20_000 + ")",
    "。(胡若愚)" * 20_000 + "【新華社",
    "\x00\x07\x1b" * 10_000 + " (ATS/nxp)",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_read_quickly(text):
    directory = outlets()
    readers = (lambda: wire_and_initials_credit(text, directory), lambda: east_asian_closing(text, directory),
               lambda: closing_credit(text, directory), lambda: read_dateline(text))
    # each reader its own bound, best of three tries (tests.hostile_timing); the 140 KB of "(İLKHA " take ~0.1 s
    # through the closing credit's caption checks, linear (one try on CI's loaded workers went over 0.1 s): a
    # backtracking reader would take seconds
    for number, read in enumerate(readers):
        assert_runs_quickly(read, limit=0.2, what=number)
