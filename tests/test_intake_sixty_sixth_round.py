"""Issue 13's sixty-sixth intake round, on texts of our own: the odd halves of `holdout83` (the press of Latin
America, Spain and Portugal) and `holdout84` (Europe's national and regional press). The wrong outlets first: a
wire's credit joined by a bare hyphen to the agency it carries ("NTB-AFP"), a digest's source address in brackets
closing it; then datelines: capitals with an accented letter left small ("SEúL"), a wire's credit before its place
and day ("(ANSA) - ROMA, 29 APR -"), a credit after a slash and before a full stop ("/Notimex."); then wires credited
together in a closing bracket ("(sda/afp)", "(via MTI, Reuters)"), a copyright in brackets ("(©NPK)"), Nordic
labels of publication and update, sites now listed.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.closing_wires import joint_wires_credit
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.credits import one_credit
from corpus.intake.datelines import find_dateline
from corpus.intake.furniture import is_furniture
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from tests.test_metadata_outlets import outlet_of

ES_STORY = ("Las autoridades de la ciudad dijeron que los equipos de rescate trabajaron toda la noche y que la causa "
            "del accidente sigue sin conocerse. Más detalles se darán la próxima semana.\n\n")


@pytest.mark.parametrize("credit, read", [
    ("NTB-AFP", "NTB"),  # a wire and the agency it carries: the first
    ("ANP-AFP", "ANP"),
    ("dpa-AFX", "dpa-AFX"),  # one listed name with its hyphen, as before
    ("Jane-Roe", "Jane-Roe"),  # no listed part: as printed, as before
])
def test_a_credit_joined_by_a_bare_hyphen_gives_its_first_listed_wire(credit, read):
    assert one_credit(credit, outlets()) == read


def test_a_dateline_credit_joined_by_a_bare_hyphen_credits_the_first_wire():
    raw = f"Inondasjon stenger elvevegen\n\nOslo (NTB-AFP): {ES_STORY * 3}"
    assert outlet_of(raw) == "NTB"


@pytest.mark.parametrize("line, credit", [
    ("(washingtonpost.com)", None),  # a digest's source alone in brackets: not the site's
    ("(www.ft.com)", None),
    ("By Zhong Nan (chinadaily.com.cn)", "China Daily"),  # a byline's site address, as before
])
def test_an_address_alone_in_brackets_is_a_source_cited_not_a_header_item(line, credit):
    assert header_credit(line, outlets()) == credit


def test_a_digest_closing_on_its_sources_address_names_no_outlet():
    assert outlet_of(f"Inundaciones cierran el camino\n\n{ES_STORY * 3}(washingtonpost.com)\n") is None


@pytest.mark.parametrize("line, place, credit, month, day", [
    ("SEúL, 22 ago (Xinhua) -- El Gobierno dijo", "SEúL", "Xinhua", 8, 22),  # an accented letter left small
    ("CIUDAD DE MéXICO, 3 mar (EFE).- El Gobierno dijo", "CIUDAD DE MéXICO", "EFE", 3, 3),
    ("SEÚL, 22 ago (Xinhua) -- El Gobierno dijo", "SEÚL", "Xinhua", 8, 22),  # as before
    ("(ANSA) - ROMA, 29 APR - Le forze armate", "ROMA", "ANSA", 4, 29),  # the credit before the place and day
    ("(ANSA) – LE BOURGET, 7 DIC – Gli obiettivi", "LE BOURGET", "ANSA", 12, 7),
    ("Seúl, 02 de noviembre/Notimex. Corea del Sur dijo", "Seúl", "Notimex", 11, 2),  # after a slash, a full stop
    ("ANKARA, February 6. /TASS/. Turkey said", "ANKARA", "TASS", 2, 6),  # between slashes, as before
])
def test_datelines_of_spanish_and_italian_wires_are_read(line, place, credit, month, day):
    dateline = find_dateline([line])
    assert (dateline.place, dateline.credit, dateline.month, dateline.day) == (place, credit, month, day)


@pytest.mark.parametrize("line, credit, day", [
    ("SEoUL, 22 ago (Xinhua) -- El Gobierno dijo", None, None),  # a small plain letter: no place in capitals
    ("Seúl, 02 de noviembre/Ana Pérez. Corea del Sur dijo", None, None),  # a writer after the slash: unread
    ("(CNN) - SEOUL, Nov 3 (Reuters) - Officials said", "CNN", None),  # another wire's dateline: the first credit
])
def test_lines_like_these_datelines_are_read_as_before(line, credit, day):
    dateline = find_dateline([line])
    assert (dateline and dateline.credit, dateline and dateline.day) == (credit, day)


@pytest.mark.parametrize("paragraph, credit", [
    ("Das meldete am Samstag die Agentur Yonhap. Weitere Details folgten nicht. (sda/afp)", "sda"),
    ("(via MTI, Reuters)", "MTI"),
    ("Die Regierung schwieg. Ein Sprecher bestätigte das. (AFP, dpa)", "AFP"),
    ("Die Regierung schwieg. Ein Sprecher bestätigte das. (egg/sda)", None),  # a writer's initials, then the wire
    ("Moon spricht am Montag in Seoul. (Xinhua/NEWSIS)", None),  # one sentence: a picture's caption
    ("Die Regierung schwieg. Ein Sprecher bestätigte das. (File/AFP)", None),
])
def test_wires_credited_together_in_a_closing_bracket(paragraph, credit):
    assert joint_wires_credit(paragraph, outlets()) == credit


def test_a_story_of_one_paragraph_closing_on_its_wires_credits_the_first():
    assert outlet_of("Nordkorea hat eine Rakete gestartet. Das meldete am Samstag die Agentur Yonhap. (sda/afp)") \
        == "Keystone-SDA"


@pytest.mark.parametrize("line, holder", [
    ("(©NPK)", "NPK"),
    ("(© NPK)", "NPK"),
    ("© NPK", "NPK"),  # (now listed)
    ("(©Kari Nordmann)", None),  # a person's
])
def test_a_copyright_in_brackets_closing_a_wires_story(line, holder):
    assert copyright_holder(line, outlets()) == holder


@pytest.mark.parametrize("line, value, label", [
    ("Publisert 23. November 2016, kl. 05.45Oppdatert 26. April 2018, kl. 09.05", "2016-11-23", "published"),
    ("Publiceret 3. maj 2019 Opdateret 4. maj 2019", "2019-05-03", "published"),
    ("Uppdaterad 5 maj 2019", "2019-05-05", "updated"),
    ("Veröffentlicht 23. November 2016, 05:45 Aktualisiert 26. April 2018", "2016-11-23", "published"),  # as before
])
def test_nordic_labels_of_publication_and_update(line, value, label):
    printed = find_date_line(line)
    assert (printed.value, printed.label) == (value, label)


@pytest.mark.parametrize("name, outlet", [
    ("NPK", "NPK"), ("Norsk Presse Kontor", "NPK"), ("Comex do Brasil", "Comex do Brasil"),
    ("CPEM", "Cubanos por el Mundo"), ("Heraldo de México", "El Heraldo de México"),
    ("Estadão Conteúdo", "Estadão Conteúdo"), ("Estadão", "O Estado de S. Paulo"),  # the paper, as before
])
def test_outlets_of_these_presses_are_listed(name, outlet):
    assert outlets().named(name) == outlet


@pytest.mark.parametrize("line, widget", [
    ("Se você encontrou algum erro nesta notícia, por favor preencha o formulário abaixo.", True),
    ("Comentários CORRIGIR TEXTO", True),
    ("Conteúdo Publicitário", True),
    ("Responsive image", True),
    ("photo_camera Fotó: Jane Roe/Agency", True),
    ("Aucun commentaire n'est disponible pour l'instant", True),
    ("(Jane Roe, Jean Dupont pour le service français)", True),
    ("ABC // DEF", True),
    ("Hinweis Diese Meldung ist Teil des automatisierten Nachrichten-Feeds einer Agentur.", True),
    ("Sdílet video na FB", True),
    ("Se você encontrou o ministro, disse ele, saberá a verdade.", False),  # a sentence
    ("Le ministre a parlé pour le service français de la radio.", False),
    ("Die Meldung ist Teil einer Serie über die Flut.", False),
])
def test_widgets_of_these_presses_are_furniture(line, widget):
    assert is_furniture(line) is widget
