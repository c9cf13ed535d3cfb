"""Whose happening a participle tells of: in "an obstacle to the Panmunjom Declaration signed
April 27" the signing is the declaration's, not that of the pact its sentence names. Pure
standard library."""

from __future__ import annotations

import re

from corpus.about_words import WholeWords
from corpus.happenings import Happening, in_past_form

# A name of a document in capitals right before the participle: "the Basic Treaty signed in 1965".
_NAMED_DOCUMENT_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w'\u2019-]*|of|on|and|for|the)\s+){0,6}?[A-Z][\w'\u2019-]*\s+"
    r"(?:Declaration|Treaty|Statement|Communiqu[eé]|Charter|Protocol|Convention|Accord|Agreement|Pact"
    r"|Memorandum|Resolution|Act|Pledge)\s*,?\s*$")


def of_another_document(text: str, happening: Happening, names_the_event: WholeWords) -> bool:
    """Whether `happening` is a participle said of a named document that `names_the_event`
    does not name ("the Panmunjom Declaration signed April 27", not "the General Security of
    Military Information Agreement signed in 2016")."""
    if not in_past_form(text[happening.start:happening.end]):
        return False
    named = _NAMED_DOCUMENT_BEFORE.search(text, happening.sentence.start, happening.start)
    return bool(named) and not names_the_event.search(named.group())
