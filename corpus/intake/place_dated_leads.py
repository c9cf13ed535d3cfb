"""A lead that opens on its dateline: a place and the full day, its year printed, then the story.

    >>> place_dated_lead("Roma, 06 luglio 2020 – Il presidente ha parlato ai giornalisti.")
    ('2020-07-06', 'Roma, 06 luglio 2020')

The forms, in any language: a place, a country or an agency in brackets beside it ("New York
(Vereinigte Staaten), 16.09.2008 – Die …", "Seoul (AFP) Dec 12, 2011 The …"), the day in brackets
after the place ("Phnom Penh (13 July, 2012): The …"), an agency's credit or a byline before it
("(Agenzia Vista) Roma, …", "by Staff Writers Seoul …", "di Anna Rossi COREA DEL SUD – Seul
25/11/2016. …"), an Arabic place and the agency's code after the day ("مراكش 9-9-2023 وفا- …").
A dateline is the day the story was filed: the page's own. Not read: a date without its year (no
year by guesswork), words before the date that read as a sentence ("On 6 July 2020", "Seoul and
Tokyo on …": a word in lower case, a preposition), a weekday before it (`printed_dates` reads that
form), a date followed by a comma ("Kim Jong Un, 6 July 2020, said …": an apposition in prose).
"""

from __future__ import annotations

import re

from corpus.intake.date_readings import decide, first_reading, weekday_named

__all__ = ["place_dated_lead"]

MAX_BEFORE_DATE = 80  # characters: a byline, a region, a place and a credit, never a sentence
MAX_WORDS_BEFORE_DATE = 8
_BRACKETED = re.compile(r"\([^()\d]{1,40}\)")  # "(AFP)", "(Vereinigte Staaten)", "(Agenzia Vista)"
_BYLINE_WORD = re.compile(r"^(?:by|di|von|por|par|door|av|przez)$", re.IGNORECASE)
_CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")
# Title-cased words that open a sentence before a date, never a place's name: "On 6 July 2020, …".
_SENTENCE_WORDS = frozenset(
    "On In At From Since Until Till Before After By The Of And Between During As When Il Le La Les Am Im Vom Seit "
    "Bis El En Desde Hasta Em Dal Nel Dalla Nella Un Une Ein Eine Der Die Das".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
# What follows the day: a separator and the story, or the story's first word in capitals (or Arabic).
_STORY_AFTER = re.compile(r"\)?\s*[:.–—-]\s+\S|\s+[\"“‘(]?[A-ZÀ-ÖØ-Þ\u0600-\u06ff]")


def place_dated_lead(lead: str, order_hint: str = "") -> tuple[str, str] | None:
    """(ISO day, the dateline as printed) when `lead` opens on a place and its full day, else None."""
    reading = first_reading(lead[:MAX_BEFORE_DATE + 40])
    if reading is None or not 0 < reading.start <= MAX_BEFORE_DATE:
        return None
    before, printed, after = lead[:reading.start], lead[reading.start:reading.end], lead[reading.end:]
    in_brackets = before.rstrip().endswith("(")
    if not _YEAR.search(printed) or not _place_before(before.rstrip().rstrip("(")) \
            or not _STORY_AFTER.match(after) or (in_brackets and not after.startswith(")")):
        return None
    value = decide(reading, None, order_hint)
    if value is None or len(value) != len("YYYY-MM-DD"):
        return None
    return value, lead[:reading.end + after.startswith(")")].strip()


def _place_before(before: str) -> bool:
    """Words that are a dateline's, not a sentence's: a byline's first word at most in lower case,
    then names in capitals (or Arabic), brackets and dashes; the last a place, not a weekday."""
    if weekday_named(before) is not None:
        return False
    words = [word for word in _BRACKETED.sub(" ", before).replace(",", " ").split() if word not in "–—-"]
    if words and _BYLINE_WORD.match(words[0]) and len(words) > 1:
        words = words[1:]
    if not words or len(words) > MAX_WORDS_BEFORE_DATE or any(word in _SENTENCE_WORDS for word in words):
        return False
    return all(_CAPITALISED.match(word) or _ARABIC.match(word) for word in words)
