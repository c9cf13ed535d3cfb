"""Proposed events' titles, the lead's work of 2026-12-04 (corpus/event_titles.py,
index/title_worth.py). Sentences written for the purpose.

- A dateline whose date stands inside its bracket, beside a time ("Lawwire (September 16, 2019,
  8:16 PM EDT) --"), goes whole: the title is what follows it, not the bracket's leftovers.
- The underscore of a wire's plain-text dateline ("SEOUL, South Korea (AP) _ ...") is its dash.
- A dateline city of the region in capitals whose dash was lost ("SEOUL South Korea's President ...")
  goes; other capitals opening a sentence ("NATO allies ...") stay.
- A date opening the story after the dateline leaves no comma behind: "Lima (Andes) -- On June 13,
  2019, Peru reversed course" is titled "Peru reversed course".
- A Japanese verb left in its joining form ("...終了を通知し", "...署名され") is a clause unfinished.
"""

from __future__ import annotations

import pytest

from index.title_worth import worth_proposing
from tests.test_proposal_titles_twentieth_round import titled


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("Lawwire360 (September 16, 2019, 8:16 PM EDT) -- Chile filed a complaint with the WTO over "
     "Peru's curbs on fish meal.", "September 16, 2019", "filed",
     "Chile filed a complaint with the WTO over Peru's curbs on fish meal"),
    ("Andes Bureau (July 4, 2008) - A long crisis around the Lima cabinet came to an end.",
     "July 4, 2008", "came", "A long crisis around the Lima cabinet came to an end"),
    ("LIMA, Peru, June 13 (AP) _ Chile's President Ana Ruiz landed in the Peruvian capital for "
     "the first summit of the two.", "June 13", "landed",
     "Chile's President Ana Ruiz landed in the Peruvian capital"),
])
def test_a_datelines_date_takes_the_whole_dateline_with_it(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


def test_the_underscore_of_a_plain_text_wire_is_its_dash():
    sentence = ("LIMA, Peru (AP) _ Chile's President Ana Ruiz landed in the Peruvian capital on "
                "Tuesday for the first summit of the two.")
    assert titled(sentence, "Tuesday", "landed").startswith("Chile's President Ana Ruiz landed")


@pytest.mark.parametrize("dash", ["--", "\u2014"])
def test_a_date_opening_the_story_leaves_no_comma_after_the_datelines_dash(dash):
    sentence = f"Lima (Andes) {dash} On June 13, 2019, Peru reversed course on the fishing pact."
    assert titled(sentence, "June 13, 2019", "reversed") == "Peru reversed course on the fishing pact"


def test_a_dateline_city_whose_dash_was_lost_goes_and_other_capitals_stay():
    lost = "MANILA Chile's President Ana Ruiz landed in the Philippine capital on Tuesday."
    assert titled(lost, "Tuesday", "landed") == "Chile's President Ana Ruiz landed in the Philippine capital"
    kept = "NATO allies agreed on Tuesday to send more ships to the strait."
    assert titled(kept, "Tuesday", "agreed").startswith("NATO allies agreed")


def test_a_date_in_the_story_leaves_the_dateline_to_be_taken_as_before():
    sentence = "LIMA, June 13 (Andes) -- Peru and Chile signed the fishing pact on Monday."
    assert titled(sentence, "Monday", "signed") == "Peru and Chile signed the fishing pact"


@pytest.mark.parametrize("title, worth", [
    # (round 101: a title still holding a date, "8月に", is not proposed, as another day's clause; the pipeline's titles
    # lose their own date, so these are written without it)
    ("外務省は公式書簡で相手国政府に協定の終了を通知し", False),
    ("両国の国防相が協定に署名され", False),
    ("外務省は公式書簡で相手国政府に協定の終了を通知した", True),
    ("両国の国防相が協定に署名した", True),
])
def test_a_japanese_verb_in_its_joining_form_leaves_the_clause_unfinished(title, worth):
    assert worth_proposing(title + "。", None, title) is worth
