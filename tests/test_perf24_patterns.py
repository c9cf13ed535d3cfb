"""perf24: the furniture's two scanning forms and the other-pact pattern, rewritten for speed, find what the
patterns they replace found (those kept here as the reference), on lines of our own and hostile runs."""

import re

from corpus.another_pact import of_another_pact
from corpus.intake.furniture import _slashed_credit_or_tweet_picture, is_furniture

_OLD_FORMS = re.compile(
    r"(?i)^\W*(?:[^|]{20,}\s[-–—]\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*(?:\s*/\s*[A-Z][A-Z.'-]+"
    r"(?:\s[A-Z][A-Z.'-]+)*)+|.{0,300}\bpic\.twitter\.com/\S+)\W*$")
_OLD_PACT = re.compile(
    r"(?i)\b(?:free[- ]trade\s+(?:agreements?|deals?|pacts?|accords?|talks|negotiations)|FTAs?|KORUS"
    r"|trade\s+(?:agreements?|deals?|pacts?|accords?)"
    r"|cost[- ]sharing\s+(?:agreements?|deals?|pacts?|accords?|talks|negotiations)|Special\s+Measures\s+Agreement"
    r"|SMA|currency[- ]swaps?|swap\s+(?:agreements?|deals?|lines?)"
    r"|fisher(?:y|ies)\s+(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies))"
    r"|(?:mutual\s+)?defen[cs]e\s+(?:treat(?:y|ies)|pacts?)|New\s+START)\b"
    r"|자유무역협정|방위비\s*분담|특별협정|통화\s*스와프|어업\s*협정|自由貿易協定|自由贸易协定|通貨スワップ|货币互换|漁業協定|渔业协定")

_LINES = (
    "Ministers met in the capital on a rainy morning - BN/WIRE",
    "Ministers met in the capital on a rainy morning — Lee Min/North Desk Staff",
    "short text - BN/WIRE",  # under 20 characters before the dash
    "a | b c d e f g h i j k l m n o - BN/WIRE",  # a bar after the start
    "|| ..a line that runs past twenty - AB/CD",  # bars only in the leading punctuation
    "Ministers met in the capital on a rainy morning - BN and WIRE",  # no slash
    "Look at this pic.twitter.com/AbCd12",
    "!!! " + "w" * 296 + " pic.twitter.com/x ..",  # 297 after the punctuation: within 300
    "w" * 299 + " pic.twitter.com/x",  # 300 before the link
    "w" * 300 + " pic.twitter.com/x",  # 301 before the link
    "!" * 40 + "w" * 300 + "pic.twitter.com/x",
    "see pic.twitter.com/a then more words pic.twitter.com/b",  # the second link ends the line
    "see pic.twitter.com/a then more words",
    "apic.twitter.com/x",  # no word's edge
    "PİC.TWİTTER.COM/x and pıc.twıtter.com/y",  # letters the engine's case-blindness folds
    "line one\npic.twitter.com/x\n",
)


def test_the_rewritten_forms_find_what_the_old_pattern_found():
    hostile = [unit * n for n in (50, 400, 2000) for unit in ("-", " - A/", "|", "! ", "pic.twitter.com/", "x ")]
    for line in (*_LINES, *hostile, *("x" * 25 + line for line in hostile)):
        assert _slashed_credit_or_tweet_picture(line) == bool(_OLD_FORMS.match(line)), line[:80]


def test_the_forms_are_still_furniture_and_prose_is_not():
    assert is_furniture("Ministers met in the capital on a rainy morning - BN/WIRE")
    assert is_furniture("Look at this pic.twitter.com/AbCd12")
    assert not is_furniture("Ministers met in the capital on a rainy morning - BN and WIRE")
    assert not is_furniture("see pic.twitter.com/a then more words")


def test_the_other_pact_split_finds_what_the_one_pattern_found():
    texts = ("The free-trade deal was signed.", "Talks on the ſwap line resumed.", "The Kelvin-signed KORUS text",
             "A mutual defence treaty", "New START lapsed", "방위비 분담 협상", "通貨スワップ協定", "the SMAs", "nFTA",
             "a smart trade", "x" * 5000, "deFTA trade  deals", "渔业协定" + "y" * 3000)
    for text in texts:
        assert of_another_pact(text) == bool(_OLD_PACT.search(text)), text[:40]
    assert of_another_pact("The free-trade deal was signed.")
    assert not of_another_pact("a smart trade")
