"""Issue 13's forty-first intake round, on texts of our own: the odd halves of `holdout57` to `holdout59`,
their wrong answers first (a television's words quoted as a transcript prints them, read as a credit).
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_intake_foreign_dates import date_of
from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY
from tests.test_metadata_outlets import outlet_of


def test_a_speakers_quoted_words_after_a_colon_name_no_outlet():
    page = "実験場で核爆発と発表\n\n{}\n\n" + JA_STORY * 3
    lead = "{}「北部の実験場で新たに研究し、製作した弾頭の威力を判定するための爆発実験を断行した」"
    assert outlet_of(page.format(lead.format("朝鮮中央テレビ:"))) is None  # the television speaks, quoted
    assert outlet_of(page.format(lead.format("NHK:"))) is None
    assert outlet_of("Blast hits valley dam\n\nXinhua: “The dam held,” officials said.\n\n" + EN_STORY * 3) is None
    assert outlet_of("Blast hits valley dam\n\nXinhua: The dam held, officials said on Monday after the "
                     "blast in the valley.\n\n" + EN_STORY * 3) == "Xinhua"  # the credit opening the lead


def test_a_kazakh_agencys_dateline_with_a_day_between():
    page = "Valley dam holds\n\n{} Water surrounded two estates in the valley on Monday, officials said.\n\n"
    page += EN_STORY * 3
    assert outlet_of(page.format("BANGKOK. November 8. KAZINFORM")) == "Kazinform"
    assert outlet_of(page.format("BANGKOK. KAZINFORM")) == "Kazinform"  # as before
    assert outlet_of(page.format("BANGKOK. November 8.")) is None  # a place and a day, no agency


def test_a_date_line_beside_a_sites_address_of_any_domain():
    page = "Valley dam holds\n\n{}\n\n" + EN_STORY * 3
    assert date_of(page.format("2017-05-07 22:41 | www.trend.az | 1")) == "2017-05-07"  # the address set aside
    assert date_of(page.format("2017-05-07 22:41 | www.example.com")) == "2017-05-07"  # as before
    assert date_of(page.format("Read www.trend.az for the vote counts of 2017-05-07 across the valley towns")) is None
