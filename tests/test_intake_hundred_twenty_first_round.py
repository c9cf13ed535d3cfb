"""Issue 13's hundred-and-twenty-first intake round, on texts of our own: listed outlets in spellings the list of
outlets lacked, printed where the intake reads a name already: Thanh Nien's "TN News" alone under the title, "… |
Inquirer News" closing the title, "新潟日報モア" (the Niigata Nippo's digital edition) before its stamp, "chosunonline
logo" (the Chosun Ilbo's Japanese site) over the page.

The positives failed before the round; the negatives are what the names must not do: a source the story quotes, a
picture's credit, a mention in a sentence, a hosting site's header under a wire's credit, a longer name."""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described


def outlet_of(raw: str) -> str | None:
    return described(raw)["outlet"]


EN_STORY = ("Floods reach the capital's edge\n\n{top}\n\nEmail Print\n\n{opening}Water ringed two industrial estates "
            "on the east side of the capital on Monday, an official said.\n\nThe floods began in the north in late "
            "July and have spread south since.\n\n{foot}\n")
JA_STORY = ("糸魚川で大規模火災\n\n{top}\n\n22日午前10時半ごろ、糸魚川市大町の住宅から出火し、周辺に燃え広がった{said}。\n\n"
            "市によると、約270世帯に避難勧告が出た。\n\n{foot}\n")


def test_listed_outlets_in_their_other_spellings_name_the_page():
    assert outlet_of(EN_STORY.format(top="TN News", opening="", foot="")) == "Thanh Nien"
    titled = ("Storm hits Luzon, officials say | Inquirer News\n\nA storm hit the island of Luzon on Monday, officials "
              "said.\n\nSchools were shut across the region.\n")
    assert outlet_of(titled) == "Philippine Daily Inquirer"
    assert outlet_of(JA_STORY.format(top="新潟日報モア 2016/12/22 17:14", said="", foot="")) == "Niigata Nippo"
    assert outlet_of(JA_STORY.format(top="chosunonline logo\n\nsearch menu", said="", foot="")) == "The Chosun Ilbo"


@pytest.mark.parametrize("page", [
    EN_STORY.format(top="", opening="", foot="The governor told TN News that more pumps were on the way."),  # a source
    EN_STORY.format(top="", opening="", foot="Photo: TN News"),  # a picture's credit
    JA_STORY.format(top="", said="と新潟日報モアが伝えた", foot=""),  # a sentence naming where it was reported
    JA_STORY.format(top="", said="", foot="写真=chosunonline"),  # a picture's credit
])
def test_the_names_in_a_sentence_or_a_picture_s_credit_name_none(page):
    assert outlet_of(page) is None


def test_a_wire_s_credit_still_names_a_hosting_site_s_page():
    assert outlet_of(EN_STORY.format(top="TN News", opening="BANGKOK (Reuters) - ", foot="")) == "Reuters"


def test_the_names_stand_for_their_outlet_only():
    directory = outlets()
    assert directory.named("The Philadelphia Inquirer News") is None  # another paper's longer name
    assert directory.named("Chosunonline.com") is None  # a name, not any address run into it
    assert_runs_quickly(lambda: directory.named("TN News " * 12_500), what="TN News ×12,500")
