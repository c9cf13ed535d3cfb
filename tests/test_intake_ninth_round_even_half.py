"""The ninth intake round (issue 13): forms read from `holdout9`'s even half after its blind
figures, written as mechanisms. Our own texts; negatives beside each form (a picture's agency, a
report cited in the past tense, a player's words in a sentence, a date in a list)."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.credit_lines import masthead_credit
from corpus.intake.east_asian_credits import east_asian_credit
from corpus.intake.furniture import is_caption, is_furniture
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_lines import sign_off_credit, writer_note_credit
from corpus.intake.site_notices import is_site_notice
from tests.test_metadata_outlets import outlet_of



# A masthead, or the site's address as its masthead, with buttons in other languages.

def test_a_masthead_with_a_button_in_another_language_names_theoutlet_of():
    directory = outlets()
    assert masthead_credit("EMOL.COM Volver", directory) == "EMOL.COM"
    assert masthead_credit("Reuters Menú Buscar", directory) == "Reuters"
    assert masthead_credit("The Japan Times Zurück", directory) == "The Japan Times"


def test_an_unlisted_name_or_address_before_a_button_is_none():
    for line in ("HARBORPAGES.COM Volver", "Noticias Volver", "Harbor Pages Menú"):
        assert masthead_credit(line, outlets()) is None, line


def test_the_address_masthead_credits_a_spanish_page():
    page = ("EMOL.COM Volver\n\nA última hora:\nSeúl suspende la firma de un pacto con Tokio\n\n"
            "Sábado 30 de junio de 2012\n\n"
            "El gobierno de Seúl decidió ayer, a media hora de la ceremonia, aplazar la firma de un "
            "acuerdo militar con Japón, tras las protestas de los partidos de la oposición.")
    assert outlet_of(page) == "El Mercurio"


# A German-language wire's sign-off with its editor's initials.

def test_a_wires_sign_off_with_initials_is_its_credit_not_the_pictures_agency():
    directory = outlets()
    assert sign_off_credit("dpa/xy - Bild: Verteidigungsministerium/AFP", directory) == "dpa"
    assert sign_off_credit("dpa/xy", directory) == "dpa"
    assert sign_off_credit("Hafen/xy - Bild: AFP", directory) is None  # unlisted
    assert is_furniture("dpa/xy - Bild: Verteidigungsministerium/AFP")


# A Chinese agency's byline tag in brackets opening the lead.

def test_a_chinese_byline_tag_names_its_listed_agency_or_paper_and_our_paper_names_no_one():
    for line, credit in (("（中央社記者王小明東京9日專電）日本政府今天表示。", "中央社"),
                         ("(中央社台北9日電)行政院今天宣布。", "中央社"),
                         ("【环球时报记者 王小明】日本政府表示。", "环球时报"),  # (beyond the set)
                         ("【环球时报综合报道】据报道，日本政府表示。", "环球时报"),
                         ("（某某報記者王小明東京9日專電）日本政府今天表示。", None),
                         ("【本报记者 王小明】日本政府表示。", None)):
        assert east_asian_credit(line, outlets()) == credit, line


# A network's reporter handed over to after his words are quoted, as a station prints it.

def test_a_quoted_reporter_handed_over_to_names_the_network():
    directory = outlets()
    line = ('"Officials said the pact would stay for now but could end at any time," NPR\'s Jane '
            'Roe reports from Seoul.')
    assert writer_note_credit(line, directory) == "NPR"


def test_a_report_cited_in_the_past_tense_is_not_the_page():
    directory = outlets()
    line = '"The pact will stay for now," NPR\'s Jane Roe reported from Seoul last week.'
    assert writer_note_credit(line, directory) is None


# A video player's words beside the date line.

def test_a_players_words_beside_a_date_leave_the_date_line():
    assert find_date_line("19/03/2021 21:49 replay time02:31").value == "2021-03-19"
    assert find_date_line("21/03/2023 12:00 Duration 01:15").value == "2023-03-21"


def test_replay_in_a_sentence_is_no_date_line():
    assert find_date_line("Fans can replay the final on 19/03/2021 on the league's site") is None


# Furniture of the even half's kinds.

def test_captions_dated_with_an_agency_and_its_partner_are_captions():
    assert is_caption("Students leave their dorm after a quake in Busan, Sept. 12, 2016. (Xinhua/Newsis)")
    assert not is_caption("The two signed the pact on Nov. 23, 2016. (Yonhap)")  # a story's credit


def test_site_tools_and_pointers_are_furniture():
    for line in ("( HBS 방송 케이블방송, 위성방송 ch164, www.hbs.example )", "Click here to read full post.",
                 "Contact", "下載", "Harbor News APP Icon Harbor News APP",
                 "請同意我們的隱私權規範，才能啟用聽新聞的功能。", "As NPR has reported:",
                 "Image Credit: Yonhap / photos@harbor.example", "Most Watched Videos", "MORE NEWS",
                 "Back to Top Close"):
        assert is_furniture(line), line


def test_sentences_on_those_subjects_are_not_notices():
    for line in ("The app was downloaded a million times in its first week, the firm said.",
                 "As the ministry reported in March, the talks failed to narrow the gap.",
                 "He agreed to share the data, officials said in a statement on privacy today."):
        assert not is_site_notice(line), line


def test_a_date_alone_in_a_list_of_other_stories_is_no_passage():
    page = ("Tokyo shows the radar video\nNHK -- Mar 9\n"
            "The ministry put out a video on Tuesday to support its account of the incident at sea, "
            "officials said at a briefing in Tokyo.\n\n"
            "The other side rejects the account and says its ship was looking for a boat adrift.\n\n"
            "Mar 9\n\nHeavy snow keeps falling on the coast\n\nNovember 28, 2016\n")
    paragraphs = clean_page(page).paragraphs
    assert "Mar 9" not in paragraphs and "November 28, 2016" not in paragraphs
    assert any(paragraph.startswith("The other side rejects") for paragraph in paragraphs)

