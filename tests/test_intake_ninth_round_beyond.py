"""The ninth intake round (issue 13), beyond `holdout9`: the mechanisms read from its halves,
tried on forms and languages it did not print (as real pages print them; our own texts), with
negatives beside each form."""

from __future__ import annotations

from corpus.intake.first_appeared import first_appeared_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.east_asian_credits import east_asian_credit, korean_signature
from corpus.intake.outlets import names_no_one, outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_lines import sign_off_credit
from tests.test_metadata_outlets import outlet_of


def test_date_lines_in_more_languages_and_calendars():
    for line, value in (("22 listopada 2019, 10:03", "2019-11-22"), ("22. listopadu 2019", "2019-11-22"),
                        ("Παρασκευή 22 Νοεμβρίου 2019", "2019-11-22"), ("22. marts 2019", "2019-03-22"),
                        ("22 maj 2019", "2019-05-22"), ("22. november 2019 kl. 10.03", "2019-11-22"),
                        ("22 พฤศจิกายน 2562", "2019-11-22"), ("22 พ.ย. 2562 10:03 น.", "2019-11-22"),
                        ("Diperbarui 14 Agu 2014, 10:00 WIB", "2014-08-14"),
                        ("Atualizado em 22/11/2019 às 10h03", "2019-11-22")):
        assert find_date_line(line).value == value, line


def test_those_months_in_a_sentence_are_no_date_line():
    assert find_date_line("Rząd ogłosił 22 listopada 2019, że porozumienie zostanie utrzymane.") is None
    assert find_date_line("Nov. 23, 16 people were hurt in the blast") is None


def test_a_wires_initials_in_brackets_sign_it_too():
    assert sign_off_credit("(AFP/xy)", outlets()) == "AFP"


def test_ria_novostis_dateline_a_dash_then_the_listed_wire_and_a_full_stop():
    dateline = read_dateline("МОСКВА, 9 мар — РИА Новости. Южная Корея и Япония договорились.")
    assert (dateline.credit, dateline.month, dateline.day) == ("РИА Новости", 3, 9)
    assert read_dateline("МОСКВА, 9 мар — Официальные. Лица заявили об этом.").credit is None


def test_places_joined_by_a_slash_and_a_dash_before_an_arabic_credit():
    assert read_dateline("Tokio/Seoul (dpa) - Südkorea und Japan haben ein Abkommen.").credit == "dpa"
    assert read_dateline("طوكيو - (رويترز) - قالت الحكومة اليابانية اليوم").credit == "رويترز"


def test_generic_credits_in_other_languages_name_no_one():
    for credit in ("Agenturen", "Agencias", "Agences", "Agenzie", "Redacción", "Агентства"):
        assert names_no_one(credit), credit
    assert read_dateline("Seúl (Agencias) - Corea del Sur y Japón firmaron el pacto.") is None
    assert not names_no_one("Reuters")


def test_a_japanese_wire_dateline_with_an_equals_sign():
    assert east_asian_credit("【大阪＝共同】日韓両政府は９日、協定に署名した。", outlets()) == "共同通信"
    assert east_asian_credit("【大阪＝山田太郎】日韓両政府は９日、協定に署名した。", outlets()) is None


def test_a_korean_broadcasters_sign_off_names_a_listed_outlet_only():
    assert korean_signature("KBS 뉴스 김다인입니다.", outlets()) == "KBS 뉴스"
    assert korean_signature("경제 문제입니다.", outlets()) is None


def test_a_blogs_byline_line_with_a_source_after_a_bar():
    assert first_appeared_credit("Posted by Jane Roe in World, Asia | Source: Yonhap", outlets()) == "Yonhap"
    assert first_appeared_credit("Posted by Jane Roe in World, Asia", outlets()) is None
    assert first_appeared_credit("The idea first appeared in Seoul in 2012 | Source: Ministry",
                                 outlets()) is None


def test_the_blogs_page_credits_its_source():
    page = ("Two ministers agree on the plan\n\nPosted by Jane Roe in World, Asia | Source: Yonhap\n\n"
            "The two governments agreed on the plan after a long meeting in the capital on the same "
            "day, officials said in a statement issued later.")
    assert outlet_of(page) == "Yonhap"
