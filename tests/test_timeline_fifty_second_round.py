"""Timeline round 52 (issue 14), on forms the even halves of holdout80 and holdout82 showed: Indonesian nuclear
tests held ("menggelar uji coba nuklir kelimanya"), a withdrawal stated ("menyatakan akan keluar dari"), a decision
to go on sharing ("memutuskan untuk tetap berbagi"), and the Arabic pact told as signed in a relative clause with
its year ("الاتفاقية التي وُقّعت عام 2016"). Beside each, a plan, a denial or an initialling stays unlinked; and a
draft resolution calling for the pact's end is no decision. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

_ARABIC_PACT = "اتفاقية تبادل المعلومات العسكرية"

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # Indonesian: the fifth test held last September (not one the North "akan segera" hold, will soon)
    ("fifth-nuclear-test", "2016-11-20",
     "Pada September lalu, Korea Utara menggelar uji coba nuklir kelimanya di Punggye-ri.",
     "Korea Utara akan segera menggelar uji coba nuklir kelimanya di Punggye-ri."),
    # ... the fourth carried out on 6 January (not one it "berencana" carry out, plans to)
    ("fourth-nuclear-test", "2016-03-20",
     "Ketegangan meningkat sejak Pyongyang melakukan uji coba senjata nuklir keempat pada 6 Januari lalu.",
     "Ketegangan meningkat karena Pyongyang berencana melakukan uji coba senjata nuklir keempat."),
    # ... a withdrawal stated, the decision made known (not "tidak akan keluar", will not leave)
    ("termination-decision-2019", "2019-08-23",
     "Seoul menyatakan akan keluar dari perjanjian pertukaran informasi intelijen dengan Tokyo.",
     "Seoul menyatakan tidak akan keluar dari perjanjian pertukaran informasi intelijen dengan Tokyo."),
    # ... decided to go on sharing under the pact (not "belum memutuskan", has not decided yet)
    ("termination-suspended-2019", "2019-11-23",
     "Korea Selatan memutuskan untuk tetap berbagi intelijen dengan Jepang lewat pakta GSOMIA.",
     "Korea Selatan belum memutuskan untuk tetap berbagi intelijen dengan Jepang lewat pakta GSOMIA."),
    # Arabic: the pact "that was signed in 2016" (not the one initialled, "بالأحرف الأولى", that year)
    ("signing", "2019-08-23",
     f"انسحبت سول من {_ARABIC_PACT} التي وُقّعت عام 2016 مع طوكيو.",
     f"انسحبت سول من {_ARABIC_PACT} التي وقعت بالأحرف الأولى عام 2016 مع طوكيو."),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS)
def test_a_happening_told_in_indonesian_or_arabic(event: str, date: str, told: str, not_told: str):
    assert event in linked((told, date)), told
    assert event not in linked((not_told, date)), not_told


def test_a_draft_resolution_calling_for_the_pacts_end_is_no_decision():
    demanded = f"وتقدمت المعارضة بمشروع قرار يدعو إلى إلغاء {_ARABIC_PACT} مع اليابان."
    decided = f"وأعلنت سول قرار إلغاء {_ARABIC_PACT} مع اليابان."
    assert "termination-decision-2019" not in linked((demanded, "2021-05-01")), demanded
    assert "termination-decision-2019" in linked((decided, "2021-05-01")), decided
