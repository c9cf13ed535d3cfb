"""The second review of session 19's intake rounds 52 and 53, on page openings of our own: a dash-enclosed aside in
a lead's first sentence read as an Indonesian dateline ("Last year, Reuters – citing … – reported"), a picture's ©
credit and a caption's wires read as the story's sign-off ("Foto: © AFP/dpa", "… am Montag. (AP/dpa)"), and a US
zone's time or a race's duration read as a clock of a country writing the day first. A wrong answer first, then the
right cases beside it that must keep working."""

from __future__ import annotations

from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake.lead_credits import lead_credit
from corpus.intake.outlets import outlets
from tests.test_intake_fifty_second_round import EN_STORY, date_of
from tests.test_metadata_outlets import outlet_of

LEAD = "Pemerintah belum dapat mengumumkan jumlah korban jiwa akibat gempa yang mengguncang Donggala dan Palu."
DE_STORY = ("Die Regierung will das Gesetz noch in diesem Jahr vorlegen. Das Parlament muss danach zustimmen, "
            "bevor der Wechsel im kommenden Frühjahr stattfinden kann, sagte ein Sprecher am Freitag.\n\n")


def test_a_dash_enclosed_aside_after_a_time_phrase_is_no_dateline():
    asides = ["Last year, Reuters – citing three officials familiar with the matter – reported that the talks "
              "had stalled over the summer.",
              "In other news, Al Jazeera - the Qatari network - reported that the talks had stalled.",
              "On Monday, Politico — citing two aides — reported that the talks had stalled.",
              "Earlier, Yonhap - the South's news agency - said that the talks had stalled."]
    for aside in asides:
        assert lead_credit(aside, outlets()) is None, aside
        assert outlet_of(f"Talks stall\n\nBy Jane Doe\n\n{aside}\n\n" + EN_STORY * 2) is None, aside
    # a time phrase before a single dash is no place either
    assert lead_credit("Last year, Reuters - The talks had stalled over the summer.", outlets()) is None


def test_a_place_beside_a_listed_outlet_before_a_dash_still_credits_it():
    assert lead_credit("Jakarta, Antara - " + LEAD, outlets()) == "Antara"
    assert lead_credit("Jakarta, IDN Times - " + LEAD, outlets()) == "IDN Times"
    assert lead_credit("TEMPO.CO, Jakarta - " + LEAD, outlets()) == "TEMPO.CO"
    assert lead_credit("Jakarta, Senin - " + LEAD, outlets()) is None
    assert outlet_of(f"Gempa Palu\n\nJakarta, IDN Times - {LEAD}\n\n" + EN_STORY * 2) == "IDN Times"


def test_a_pictures_copyright_credit_names_no_outlet():
    caption = "Kim Jong Un besucht eine Fabrik in Pjöngjang am Montag."
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}{caption}\n\nFoto: © AFP/dpa\n") is None
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}© AFP/dpa\n") is None
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}© Reuters/sda\n") is None
    # the site's name over its wires' shorthand and its editors' initials still signs the story
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}© SZ.de/rtr/jsa\n") == "Süddeutsche Zeitung"


def test_a_captions_wires_in_brackets_name_no_outlet():
    caption = "Kim Jong Un besucht eine Fabrik in Pjöngjang am Montag. (AP/dpa)"
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}{caption}\n") is None
    # a wire over its editors' initials closing the story still signs it
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}{DE_STORY.strip()} (dpa/cj/brü)\n") \
        == "Deutsche Presse-Agentur"
    assert outlet_of(f"Kim besucht Fabrik\n\n{DE_STORY * 2}imago\nkoe/dpa/rtr\n") == "Deutsche Presse-Agentur"


def test_a_us_zones_time_or_a_duration_is_no_day_first_clock():
    assert date_of("Race day\n\n5/12/2019 at 9:00 ET (15:00 CET)\n\n" + EN_STORY * 2) in (None, "2019-05-12")
    assert date_of("Race day\n\n5/12/2019 Race time 1h30\n\n" + EN_STORY * 2) in (None, "2019-05-12")
    assert page_numeric_order(["5/12/2019 at 9:00 ET (15:00 CET)"]) == ""
    assert page_numeric_order(["5/12/2019 10:00 PM CET"]) == ""
    assert page_numeric_order(["5/12/2019 Race time 1h30"]) == ""
    # a day-first country's clock or label beside the date still reads day first
    assert date_of("Flood toll rises\n\nUpdated 04/07/2024 10:49 IST\n\n" + EN_STORY * 2) == "2024-07-04"
    assert page_numeric_order(["Camille Dornelles - 01/10/2017 10h49"]) == "dmy"
    assert page_numeric_order(["01/10/2017 - 10h49"]) == "dmy"
