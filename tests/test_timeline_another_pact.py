"""Fix 21 (issue 14): a page that names another pact (a free trade agreement, a troop cost-sharing or
Special Measures Agreement, a currency swap, a fisheries or defence treaty, New START ...) and never
the GSOMIA reports none of the GSOMIA's listed events, whose words for what they are about ("the pact",
"the deal", "the treaty") fit any pact (corpus/another_pact.py). Sentences written for the purpose."""

from __future__ import annotations

from corpus.another_pact import of_another_pact
from tests.test_timeline_eighteenth_round_pages import linked

_WALKOUT = ("Defeated over the {pact}, the opposition quit all parliamentary work yesterday. "
            "The pact was forced through the chamber on Tuesday in a surprise vote.")
_IN_FORCE = "The {pact} between Seoul and Washington took effect on Wednesday, a day after lawmakers ratified the pact."


def test_another_pacts_decision_is_not_the_gsomias():
    assert "termination-decision-2019" not in linked((_WALKOUT.format(pact="free trade agreement"), None))


def test_another_pact_taking_effect_is_not_the_gsomia():
    page = _IN_FORCE.format(pact="six-year cost-sharing deal") + " The Special Measures Agreement runs to 2025."
    assert "takes-effect" not in linked((page, None))


def test_the_gsomias_own_happenings_still_are():
    page = "Seoul decided yesterday to end its military intelligence-sharing pact with Tokyo."
    assert "termination-decision-2019" in linked((page, "2019-08-23"))
    page = ("The GSOMIA took effect on Wednesday, hours after the two signed it in Seoul. "
            "A free trade agreement is still far off.")  # another pact named beside it
    assert "takes-effect" in linked((page, "2016-11-24"))


def test_which_page_names_another_pact_only():
    assert of_another_pact("The two sealed a currency swap deal. The pact runs three years.")
    assert of_another_pact("한미 자유무역협정이 비준됐다. 협정은 내년 발효된다.")
    assert not of_another_pact("The pact, unlike the free trade agreement, lets the two share military information.")
    assert not of_another_pact("한일 정보보호협정은 한미 FTA 때와 달리 공개되지 않았다.")
    assert not of_another_pact("The pact was ratified on Tuesday.")  # no pact named: as before
