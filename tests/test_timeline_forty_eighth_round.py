"""Timeline round 48 (the odd halves of holdout80 and holdout81): a date ahead of the page is no day of saying for an
event that is a statement ("expected the pact to lapse on Nov. 23" of a decision of 22 November); a signing named as
what a cabinet approved is still ahead; how the press of Indonesia, Vietnam and Japan words the talks' resumption,
how Indonesian words a signing called off, how French tells a cabinet's approval ("aurait approuvé", the pact named
before "conseil des ministres"), and how Urdu tells the decision to end the pact (corpus/happening_words*.py,
corpus/events.json). Each positive case beside a plan or another thing that must stay unlinked. Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # French: the cabinet's approval told in the reporting conditional, the pact named before the council
    ("cabinet-approval-2012", "2012-06-27",
     "Le gouvernement sud-coréen aurait approuvé le GSOMIA lors de son conseil des ministres du 26 juin.",
     "Le gouvernement sud-coréen approuvera le GSOMIA lors de son conseil des ministres du 3 juillet."),
    # Indonesian: talks taken up again, as a decision or a headline's "buka lagi" (not a plan to)
    ("talks-resumed", "2016-10-28",
     "Pemerintah Korea Selatan memutuskan kembali berunding dengan Jepang soal pakta GSOMIA.",
     "Pemerintah Korea Selatan berencana menggelar perundingan tingkat kerja dengan Jepang soal pakta GSOMIA."),
    ("talks-resumed", "2016-10-28",
     "Korea Selatan buka lagi perundingan pakta GSOMIA dengan Jepang.",
     "Korea Selatan akan menggelar perundingan pakta GSOMIA dengan Jepang."),
    # ... a signing that nearly happened, "namun batal" (but called off; not a signing done)
    ("collapse-2012", "2014-03-24",
     "Pakta GSOMIA nyaris diteken pada 2012, namun batal karena protes di Seoul.",
     "Pakta GSOMIA diteken pada 2016 setelah protes di Seoul."),
    # Vietnamese: back at the negotiating table (not to come back to it)
    ("talks-resumed", "2016-11-02",
     "Hàn Quốc và Nhật Bản đã quay lại bàn đàm phán về hiệp định GSOMIA vào ngày 1-11-2016.",
     "Hàn Quốc và Nhật Bản sẽ quay lại bàn đàm phán về hiệp định GSOMIA vào ngày 1-12-2016."),
    # Japanese: talks that had been resumed (not ones not resumed)
    ("talks-resumed", "2016-11-14",
     "日韓両政府は11月1日からGSOMIAをめぐる協議が再開されていました。",
     "日韓両政府は11月1日からGSOMIAをめぐる協議が再開されていませんでした。"),
    # Urdu: a decision made not to extend the pact's term (not one to be made)
    ("termination-decision-2019", "2019-08-23",
     "جنوبی کوریا نے 22 اگست 2019 کو جنرل سکیورٹی آف ملٹری انفارمیشن اگریمنٹ کی مدت نہ بڑھانے کا فیصلہ کیا۔",
     "جنوبی کوریا 22 اگست 2019 کو جنرل سکیورٹی آف ملٹری انفارمیشن اگریمنٹ کی مدت نہ بڑھانے کا فیصلہ کرے گا۔"),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS)
def test_a_happening_told_in_the_press_of_asia(event: str, date: str | None, told: str, not_told: str):
    told_and_untold = [event in linked((page, date)) for page in (told, not_told)]
    assert told_and_untold == [True, False]


def test_a_date_ahead_is_no_day_of_saying():
    """A round-up of 18 November: the papers expect the pact to lapse on Nov. 23, the day after the suspension's
    date; an extension worded in the same passage is no suspension told (it came four days later)."""
    expected = ("The papers said Seoul insisted that Japan must give ground if the GSOMIA is to survive, repeating "
                "that an extension would require Tokyo to drop its export curbs. The papers expected GSOMIA to "
                "lapse on Nov. 23.")
    assert "termination-suspended-2019" not in linked((expected, "2019-11-18"))
    # ... while a statement of the next day, told after it, still dates the suspension
    told = ("Seoul said on Nov. 23 that it had conditionally suspended its decision to end the GSOMIA, "
            "extending the pact.")
    assert "termination-suspended-2019" in linked((told, "2019-11-24"))


_APPROVED = ("Le gouvernement sud-coréen aurait approuvé la signature du GSOMIA lors de son conseil des ministres du "
             "26 juin.", "South Korea's cabinet approved the signing of the GSOMIA with Japan on June 26.")
_SIGNED = "South Korea and Japan signed the GSOMIA on November 23, 2016, after the cabinet approved it."


def test_a_signing_approved_is_no_signing():
    """The French page fails before the round; the English one passes before and after; a signing told as done
    beside them is still linked."""
    assert ["signing" in linked((page, None)) for page in (*_APPROVED, _SIGNED)] == [False, False, True]
