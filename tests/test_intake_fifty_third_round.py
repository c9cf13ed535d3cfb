"""Issue 13's fifty-third intake round, on texts of our own: the odd halves of `holdout72` to `holdout74`, their
wrong answer first. A wire's name alone under a caption printed twice (a picture's alternative text, then its
caption, as a copied page has them) was read as the story's credit: it is the picture's. Then the unknowns: German
papers' sign-offs of wires' shorthand and editors' initials ("imago koe/dpa/rtr", "(dpa/cj/brü)" closing a
paragraph, "© SZ.de/rtr/jsa"), DW's skip link in Spanish, and outlets named alone under the title. A positive failed
before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_metadata_outlets import outlet_of

DE_STORY = ("Die Regierung will das Gesetz noch in diesem Jahr vorlegen. Das Parlament muss danach zustimmen, "
            "bevor der Wechsel im kommenden Frühjahr stattfinden kann, sagte ein Sprecher am Freitag.\n\n")
EN_STORY = ("Officials said rescue teams were searching the area through the night and that the cause was not yet "
            "known, adding that more details would be released later in the week.\n\n")


def test_a_wires_name_alone_under_a_caption_printed_twice_is_the_pictures():
    caption = "Der Monarch hält am Neujahrstag in der Hauptstadt eine kurze Rede"
    page = f"Der Kaiser will gehen\n\n{DE_STORY}{caption}\n\n{caption}\n\nAFP\n\n{DE_STORY}"
    assert outlet_of(page) is None
    # the title printed twice over the wire's name still credits the story; so does the name under one caption line
    assert outlet_of(f"Der Kaiser will gehen\n\nDer Kaiser will gehen\n\nAFP\n\n{DE_STORY * 2}") == "Agence France-Presse"


def test_a_german_papers_sign_off_of_initials_over_the_wires_credits_the_first_wire():
    assert outlet_of(f"Der Kaiser will gehen\n\n{DE_STORY * 2}imago\nkoe/dpa/rtr\n") == "Deutsche Presse-Agentur"
    # a picture's two agencies under the story name none
    assert outlet_of(f"Der Kaiser will gehen\n\n{DE_STORY * 2}imago\nafp/dpa\n") is None


def test_the_wires_sign_off_closing_a_paragraphs_last_sentence_credits_it():
    page = f"Ghosn verteidigt seine Flucht\n\n{DE_STORY.strip()} (dpa/cj/brü)\n\nVersteckt in einem Koffer\n"
    assert outlet_of(page) == "Deutsche Presse-Agentur"
    # a wire named in brackets in the middle of a sentence is none
    assert outlet_of(f"Ghosn verteidigt seine Flucht\n\nDie Agentur (dpa/cj) meldete das. {DE_STORY}") is None


def test_the_sites_name_over_its_shorthand_after_the_mark_credits_the_site():
    page = f"So begeht Japan den Thronwechsel\n\n{DE_STORY}Bild: AFP 1. Mai 2019, 05:33 © SZ.de/rtr/jsa/ebri\n"
    assert outlet_of(page) == "Süddeutsche Zeitung"
    # a copyright of a year and a name, with no initials under it, is no credit by this form
    assert outlet_of(f"So begeht Japan den Thronwechsel\n\n{DE_STORY}© 2019 Reuters/Getty\n") is None


def test_dws_skip_link_in_spanish_names_dw():
    menu = "  1. Ir al contenido\n  2. Ir al menú principal\n  3. Ir a más sitios de DW\n\n"
    page = menu + "Fallece el disidente\n\n" + EN_STORY * 2
    assert outlet_of(page) == "Deutsche Welle"
    assert outlet_of(menu.replace("de DW", "de la red") + "Fallece el disidente\n\n" + EN_STORY * 2) is None


def test_outlets_named_alone_under_the_title():
    assert outlet_of("Date fixed for the emperor\n\nIBTimes UK\n" + EN_STORY * 2) == "International Business Times"
    assert outlet_of("Trump and Kim hold summit\n\nYuma Sun - - FRONT PAGE -\n\n" + EN_STORY * 2) == "Yuma Sun"
