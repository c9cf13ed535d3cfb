"""Issue 13's fifty-second intake round, on texts of our own: the kinds of unknown that recur across the default sets.
A numeric date whose day-month order the page leaves open is read day first when its own line carries a clock or a
label of a country or language that writes the day first ("1.7.2019 13:30 Uhr", "01/10/2017 10h49", "16:31 IST");
a listed outlet is read in leads' datelines of forms the datelines did not read ("Jakarta, IDN Times - ...",
"SEOUL: (Reuters) ...", "MARRAKECH, Morocco (AP) A ...", "CiddiGazete- ..."). A positive failed before the round; a
negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake.lead_credits import lead_credit
from corpus.intake.outlets import outlets
from corpus.metadata import date_from_page
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Officials said rescue teams were searching the area through the night and that the cause was not yet "
            "known, adding that more details would be released later in the week.\n\n")
DE_STORY = ("Die Behörden teilten mit, dass die Rettungskräfte die ganze Nacht über im Einsatz waren und die Ursache "
            "noch nicht bekannt sei.\n\n")
PT_STORY = ("As autoridades disseram que as equipes de resgate trabalharam durante toda a noite e que a causa ainda "
            "não era conhecida.\n\n")


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_an_ambiguous_numeric_date_beside_a_day_first_clock_or_label_reads_day_first():
    assert date_of("Hitzewelle erreicht den Süden\n\n1.7.2019 13:30 Uhr\n\n" + DE_STORY * 2) == "2019-07-01"
    assert date_of("Feridos na Catalunha\n\nAna Souza - 01/10/2017 10h49 | atualizado em 03/10/2017 10h26\n\n"
                   + PT_STORY * 2) == "2017-10-01"
    assert date_of("Flood toll rises\n\nReuters | Manila | Updated: 04-07-2024 16:31 IST\n\n" + EN_STORY * 2) \
        == "2024-07-04"
    # alone, or beside an English page's words, the order stays open (in dots with a four-digit year, the day comes
    # first since round 98: tests/test_intake_ninety_eighth_round.py)
    assert date_of("Flood toll rises\n\n04/07/2023\n\n" + EN_STORY * 2) is None
    assert date_of("Flood toll rises\n\n03.10.17 2 hours ago\n\n" + EN_STORY * 2) is None


def test_every_ambiguous_line_must_carry_the_sign():
    assert page_numeric_order(["1.7.2019 13:30 Uhr"]) == "dmy"
    assert page_numeric_order(["1.7.2019 13:30 Uhr", "04/07/2019 10:31 EST"]) == ""
    assert page_numeric_order(["04/07/2019 10:31 EST"]) == ""
    assert page_numeric_order(["Published: 2019-07-01"]) == ""  # no ambiguous date: nothing to decide


def test_a_listed_outlet_beside_its_place_before_a_dash_opens_the_lead():
    lead = "Pemerintah belum dapat mengumumkan jumlah korban jiwa akibat gempa yang mengguncang Donggala dan Palu."
    assert lead_credit("Jakarta, IDN Times - " + lead, outlets()) == "IDN Times"
    assert lead_credit("TEMPO.CO, Jakarta - " + lead, outlets()) == "TEMPO.CO"
    # a place and its country, or two unlisted names, name no outlet
    assert lead_credit("Seoul, South Korea -- The government said on Monday it would act.", outlets()) is None
    assert lead_credit("MAKASSAR, SULSELSATU – " + lead, outlets()) is None  # (RAKYATSULSEL is listed since round 85)


def test_a_listed_wire_in_brackets_after_a_place_with_a_colon_or_a_country_and_no_dash():
    assert lead_credit("SEOUL: (Reuters) Russian President Vladimir Putin signed a deal with North Korea on "
                       "Wednesday.", outlets()) == "Reuters"
    assert lead_credit("MARRAKECH, Morocco (AP) A rare and powerful earthquake killed more than 1,000 people in "
                       "Morocco.", outlets()) == "AP"
    assert outlet_of("Morocco quake leaves more than 1,000 dead\n\nMARRAKECH, Morocco (AP) A rare and powerful "
                     "earthquake killed more than 1,000 people.\n\n" + EN_STORY * 2) == "Associated Press"
    # a bracket that is no listed outlet credits none
    assert lead_credit("SEOUL: (Photo) Russian President Vladimir Putin signed a deal on Wednesday.", outlets()) is None
    assert lead_credit("MARRAKECH, Morocco (Update) A rare and powerful earthquake killed many.", outlets()) is None


def test_a_listed_outlets_name_glued_to_the_dash_opening_the_lead():
    lead = "Alman Yer Bilimleri Araştırma Merkezi, Fas'ın Marakeş kenti yakınında deprem kaydedildiğini bildirdi."
    assert lead_credit("CiddiGazete- " + lead, outlets()) == "CiddiGazete"
    assert lead_credit("Marakeş- " + lead, outlets()) is None
