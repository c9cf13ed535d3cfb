"""Issue 13's eighty-fifth intake round, on texts of our own: a story naming its own reporter by the outlet's
possessive ("Al Jazeera's Jane Roe said", "RNZ's political editor John Doe was live") names the page's outlet
when nothing else on the page does. A positive failed before the round; a negative beside it keeps what must
not change: a source quoted as telling the outlet, "according to" the outlet's reporter, a caption, a related
link, two outlets' reporters, a listed name that is also a word ("People's Liberation Army")."""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from corpus.intake.own_mentions import own_reporter_credit
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

HEADLINE = "Flood barrier on the river to be finished next year\n\n"
STORY = ("The city said on Tuesday that work on the river's flood barrier had begun and should end by next "
         "March, with a new plan for moving residents out of the low streets.\n\n"
         "Residents asked the city to publish the route of the works early and to pay the shops that lose "
         "trade while the riverside paths are closed.\n\n")


def _page(sentence: str) -> dict:
    return described(f"{HEADLINE}{STORY}{sentence}\n\n{STORY}")


OWN_REPORTERS = [
    ("Reporting from the riverbank, Al Jazeera's Mina Park said the water had risen a metre overnight.", "Al Jazeera"),
    ("RNZ's deputy political editor Tom Hale was live from the council chamber as the vote was taken.", "RNZ"),
    ("On the evening programme, NPR's Anna Cole talks to an engineer about what the barrier can hold.", "NPR"),
    ("\u201cThe city waited too long,\u201d CFR's Daniel R. Moss writes in a note on the works.",
     "Council on Foreign Relations"),
    ("\u201cThe barrier is a year late,\u201d CFR's Daniel R. Moss writes.", "Council on Foreign Relations"),  # closing
]


@pytest.mark.parametrize(("sentence", "outlet"), OWN_REPORTERS)
def test_the_outlets_own_reporter_named_by_its_possessive_names_the_outlet(sentence, outlet):
    assert own_reporter_credit((sentence,), outlets()) is not None
    assert _page(sentence)["outlet"] == outlet


NOT_OWN_REPORTERS = [
    "A city engineer told CNN the barrier would hold a flood twice the size of last year's.",  # a quoted source
    "The water rose a metre overnight, according to CNN's Mina Park, who watched from the bridge.",  # "according to"
    "Workers lay sandbags by the river on Tuesday, Nov. 22, 2016, as CNN's Mina Park looks on. AP",  # a caption
    "Al Jazeera's Mina Park said the water had risen; NPR's Anna Cole said the city waited too long.",  # two outlets
    "People's Liberation Army Major Li Wen said troops stood ready to help along the river.",  # a word, not an outlet
    "Harbor Daily's Mina Park said the water had risen a metre overnight.",  # an outlet the list does not hold
    "Al Jazeera's coverage of the flood was watched by millions across the region.",  # no reporter named
    "CNN's Mina Park, reporting from the riverbank, said the water had risen.",  # another's reporter, set apart
    "In a late bulletin, NPR's Anna Cole reports.",  # a hand-over after an opening phrase (review 14)
    "The barrier was a year late, NPR's Anna Cole reported in March.",  # a report cited
]


@pytest.mark.parametrize("sentence", NOT_OWN_REPORTERS)
def test_no_outlets_own_reporter_names_no_outlet(sentence):
    assert own_reporter_credit((sentence,), outlets()) is None
    assert _page(sentence)["outlet"] is None


def test_a_related_link_to_another_outlets_reporter_names_no_outlet():
    related = "Related Stories\n\nCNN's Mina Park says the river barrier is a year late\n\n"
    assert described(f"{HEADLINE}{STORY}{STORY}{related}")["outlet"] is None


def test_the_possessive_form_reads_hostile_text_quickly():
    hostile = " " * 50_000 + "Al Jazeera's " * 20_000 + "Reuters Reuters's Al " * 5_000
    assert_runs_quickly(lambda: own_reporter_credit((hostile,), outlets()))


# Outlets added to the data file, each printed in a form the intake already reads for listed names: a dateline's or a
# lead's credit, a byline, a masthead beside its day, an uploader, a source line. A name the list did not hold was
# left unknown before the round.
BANJIR = ("Banjir merendam ratusan rumah di tepi sungai setelah hujan deras turun sejak Senin malam, dan warga "
          "mengungsi ke sekolah terdekat.\n\nPemerintah kota berjanji membangun tanggul baru tahun depan.\n")
LEADS = [  # a dateline's or a lead's credit, opening an Indonesian story
    ("PALEMBANG, SUMEKS.CO – ", "Sumeks"), ("MAKASSAR, RAKYATSULSEL – ", "Rakyat Sulsel"),
    ("PARBOABOA, Medan – ", "Parboaboa"), ("Darilaut – ", "Darilaut"),
]
HEADERS = [  # a byline's, a masthead's beside its day, a video's uploader, under an English title
    ("By MarEx 2015-03-02 09:14:20", "The Maritime Executive"), ("Laaska News  Mar. 2, 2015", "Laaska News"),
    ("Uploaded by NMAWorldEdition on 24.03.2015", "NMA World Edition"),
]
LISTED_NOW = [
    *((f"Tanggul kota jebol\n\n{lead}{BANJIR}", outlet) for lead, outlet in LEADS),
    *((f"Harbor pilots strike over new rules\n\n{header}\n\n{STORY}", outlet) for header, outlet in HEADERS),
    (f"Harbor pilots strike over new rules\n\n{STORY}Article Source: gossipcenter.com\n", "Gossip Center"),
]


@pytest.mark.parametrize(("page", "outlet"), LISTED_NOW)
def test_an_outlet_added_to_the_data_file_is_read_where_listed_names_are(page, outlet):
    assert described(page)["outlet"] == outlet


NAMED_ONLY_IN_PROSE = [
    f"Tanggul kota jebol\n\n{BANJIR}Warga membaca laporan Parboaboa tentang banjir itu di ponsel mereka.\n",
    f"Harbor pilots strike over new rules\n\n{STORY}A pilot told MarEx that the rules came without warning.\n",
]


@pytest.mark.parametrize("page", NAMED_ONLY_IN_PROSE)
def test_an_added_outlet_named_only_in_the_story_names_no_outlet(page):
    assert described(page)["outlet"] is None


def test_a_domains_parent_or_host_label_is_no_handle_of_the_outlet_on_its_subdomain():
    """Only a domain's first own label is an outlet's handle: "rakyatsulsel.fajar.co.id" makes no handle
    "fajar" (the group's other paper), "laaska.wordpress.com" none "wordpress" (a host of many)."""
    directory = outlets()
    assert directory.handle("rakyatsulsel") == "Rakyat Sulsel" and directory.handle("laaska") == "Laaska News"
    assert directory.handle("fajar") is None and directory.handle("wordpress") is None
    assert directory.handle("@wordpress") is None
