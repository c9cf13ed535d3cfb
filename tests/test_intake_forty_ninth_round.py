"""Issue 13's forty-ninth intake round, on texts of our own: the even halves of `holdout66` to `holdout68`, their wrong
answers first (a picture's caption with a handout's credit read as the story's closing credit, a wire's unnamed note of
its reporters and editors read as naming the wire, a bracketed agency under a picture's caption read as a label before
the text). A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.picture_credits import is_picture_credit
from tests.test_metadata_outlets import outlet_of

FR_STORY = ("Trois jours après l'incendie qui a ravagé l'immeuble, la préfecture a revu son bilan à la hausse ce lundi, "
            "a indiqué un porte-parole des secours.\n")
EN_STORY = ("The county said on Thursday that rescue teams were still searching the flooded valley for the missing, "
            "as the toll rose again after a night of heavy rain across the region.\n")


def test_a_pictures_caption_with_a_handouts_credit_credits_no_outlet():
    caption = "Photo de la préfecture montrant un immeuble détruit par le feu dans la nuit du 3 au 4 mai. | HO / AFP"
    assert is_picture_credit(caption, ())
    assert is_picture_credit("Des pompiers devant l'immeuble, lundi. | HO / AFP", ())  # a handout's credit
    assert outlet_of("Incendie: le bilan s'alourdit\n\n" + caption + "\n\n" + FR_STORY) is None
    # a credit after the story's last sentence, with no picture's words, still credits the wire
    assert not is_picture_credit("Le bilan pourrait encore s'alourdir. | AFP", ())
    assert outlet_of("Incendie: le bilan s'alourdit\n\n" + FR_STORY * 2 + "\n(AFP)\n") == "Agence France-Presse"


def test_a_wires_unnamed_note_of_reporters_and_editors_names_no_outlet():
    note = "(Reporting by Jane Roe and John Doe; Editing by Richard Poe)\n"
    assert outlet_of("Floods kill 12\n" + EN_STORY * 2 + note) is None  # the note alone: no name printed
    # the page printing the wire's name elsewhere: the note is its
    assert outlet_of("Floods kill 12\n" + EN_STORY * 2 + note + "Our Standards: The Thomson Reuters Trust Principles.\n"
                     ) == "Reuters"


def test_a_bracketed_agency_under_a_pictures_caption_is_the_pictures_credit():
    caption = "The governor speaks at a news conference in Denver on Saturday to mark the reopening of the valley road."
    page = "Valley road reopens\n\nHome > National > Politics\n\n{}\n[YONHAP]\n\n" + EN_STORY * 3
    assert outlet_of(page.format(caption)) is None
    # "[Kyodo]" closing a story's sentence still credits it (holdout24's TIME page)
    closing = "Valley road reopens\n\n" + EN_STORY * 3 + "Asked about the toll, the governor said more help would come.\n[Kyodo]\n"
    assert outlet_of(closing) == "Kyodo News"


def test_rajya_sabha_tv_is_listed():
    assert outlet_of("Floods kill 12\n\nRSTV Bureau\n\n" + EN_STORY * 3) == "Rajya Sabha TV"
    # quoted in the story's prose, it is a source, not the page's outlet
    assert outlet_of("Floods kill 12\n\n" + EN_STORY * 2 + "The minister told RSTV that more help would come.\n") is None
