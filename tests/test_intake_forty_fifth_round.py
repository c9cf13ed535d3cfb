"""Issue 13's forty-fifth intake round, on texts of our own: the even halves of `holdout60` to `holdout62`, their wrong
answers first (a section's label over the date that a listed outlet's name shares, a site's clock above a story's stamp
or above an aggregator's "Date:" field, a catalog's event time, a blog's citation of the story it quotes), then the
unknowns by kind. A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.metadata import date_from_page
from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY
from tests.test_metadata_outlets import outlet_of

ES_STORY = ("El gobierno dijo el domingo que los equipos de rescate seguían buscando a los desaparecidos en el valle "
            "inundado, mientras el número de muertos volvía a subir.\n")


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_a_sections_label_over_the_date_is_no_outlet_when_the_menu_lists_it():
    page = "Inundaciones en el valle dejan nuevos muertos\nCERRAR\n{}El Mundo 2 de octubre de 2016\n" + ES_STORY * 3
    menu = "× Inicio El País El Mundo La Zona Cultura Tecnología Salud Deportes Policiales Cartelera\n"
    assert outlet_of(page.format(menu)) is None  # "El Mundo": the world section of the site's menu
    assert outlet_of(page.format("")) == "El Mundo"  # the paper's name over its date, no menu naming it


def test_a_date_field_between_bars_outranks_a_clock_above_the_titles():
    page = "March 06, 2026Mar 06, 2026\nKCNA KCNA.kp (En)\nValley flood toll rises once again\n{}\n" + EN_STORY * 3
    assert date_of(page.format("Date: 25/05/2023 | Source: KCNA.kp (En) | Read original version at source")) \
        == "2023-05-25"
    assert date_of(page.format("Source: KCNA.kp (En)")) == "2026-03-06"  # no field dates it: the date line stands


def test_of_two_dates_above_the_titles_the_one_on_the_leads_weekday_is_the_storys():
    page = ("27 Jul 2024\nWednesday 20 May 2015 - 15:25\nStory Code : 165267\n\nValley flood toll rises once again\n\n"
            "The county's rescue effort enters a difficult new phase as the water keeps rising.\n\n"
            "Rescue teams searched the flooded valley for a third day, the county said on {}.\n")
    assert date_of(page.format("Wednesday")) == "2015-05-20"  # under a standfirst, the lead names the stamp's day
    assert date_of(page.format("Friday")) == "2024-07-27"  # another weekday: the weekday's date stays a clock


def test_a_catalogs_event_time_is_not_the_pages_date():
    page = "Unha-3 launch failure, April 2012\nLaunch vehicle Unha-3\n{}\nDescription First stage failure\n" + \
        EN_STORY * 3
    assert date_of(page.format("Date/Time 2012-04-12 2239 UTC")) is None  # the launch's time, in a catalog
    assert date_of(page.format("Published 2012-04-12 22:39 UTC")) == "2012-04-12"  # the page's own stamp


def test_a_quoted_storys_source_and_day_below_the_text_is_a_citation():
    quoted = "ミサイル:北朝鮮、発射の継続を表明\n(朝鮮日報 2012/04/20)\n"
    blog = "<北朝鮮のロケット発射を追う>(3)その後どうなったのか\n[4/20追記]\n" + JA_STORY + quoted + JA_STORY * 2
    assert outlet_of(blog) is None and date_of(blog) is None  # the blog quotes the paper
    repost = "ミサイル:北朝鮮、発射の継続を表明する\n(朝鮮日報 2012/04/20)\n" + JA_STORY * 3
    assert outlet_of(repost) == "The Chosun Ilbo" and date_of(repost) == "2012-04-20"  # the credit above the text


def test_a_piece_published_earlier_in_an_outlet_credits_it():
    page = "Valley flood toll rises\n\n" + EN_STORY * 3 + "{} has been published earlier in USA TODAY.\n"
    assert outlet_of(page.format("The text in this article")) == "USA Today"
    assert outlet_of(page.format("The toll")) is None  # the story's own subject, no piece


def test_a_foreign_date_glued_to_the_lead_dates_the_page():
    page = "Dünya Kupası 2022'nin şampiyonu Arjantin\n18 Aralık 2022{} 2022 FIFA Dünya Kupası finalinde Arjantin ile " \
        "Fransa karşılaştı ve maç uzatmaya gitti.\n" + EN_STORY * 2
    assert date_of(page.format("Katar'daki")) == "2022-12-18"
    assert date_of(page.format("kişi")) is None  # glued to a word in lower case: no lead's first word


def test_dws_sign_off_with_its_editors_initials_in_capitals():
    page = "Valley flood toll rises\n\n" + EN_STORY * 6 + "{}\n"  # under the story, among its last lines
    assert outlet_of(page.format("DW/BÖ, JD")) == "Deutsche Welle"
    assert outlet_of(page.format("Harbor/BÖ, JD")) is None  # an unlisted name before the initials


def test_information_from_an_agency_in_a_footnote_credits_it():
    page = "Valley flood toll rises\n\n" + EN_STORY * 3 + "*Com informação {}\n"
    assert outlet_of(page.format("da Agência Senado")) == "Agência Senado"
    assert outlet_of(page.format("do governo")) is None  # not a listed outlet


def test_a_sites_icon_named_before_it_and_its_video_team_credit_it():
    page = "Valley flood toll rises\n{}\n" + EN_STORY * 3
    assert outlet_of(page.format("Icono del sitio La Razón")) == "La Razón"
    assert outlet_of(page.format("Icono del sitio Mi Blog")) is None  # an unlisted site
    assert outlet_of(page.format("Sunday World Video Team")) == "Sunday World"
    assert outlet_of(page.format("Our Video Team")) is None


def test_this_rounds_outlets_by_their_names():
    story = EN_STORY * 3
    assert outlet_of("Столетие\nПОИСК НА САЙТЕ\nValley flood toll rises once again\n" + story) == "Stoletie"
    assert outlet_of("The National Times - Valley flood toll rises once again\n" + story) == "The National Times"
