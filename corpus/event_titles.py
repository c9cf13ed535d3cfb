"""A short, neutral title for a proposed event: the clause of a sentence that says what happened.

    >>> event_title("SEOUL, Nov. 21 (Xinhua) -- South Korea's cabinet on Monday approved the "
    ...             "pact, a spokesman said.", (52, 58))
    "South Korea's cabinet approved the pact"

The dateline ("SEOUL, Nov. 21 (Xinhua) --"), the attribution ("a spokesman said", "officials
said Tuesday that"), the date itself ("on Monday": the event shows its date) and page text
are taken out; what is left is cut at a clause boundary after the verb that says what
happened, never before it. Pure standard library.
"""

from __future__ import annotations

import re

MAX_TITLE = 80
_DATELINE = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[A-Z][A-Za-z./'-]*(?:[ ,]+[A-Z][A-Za-z./'-]*)*)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:,?\s+\d{4})?(?:\s*\([^)]{1,40}\)|,\s*[A-Z][A-Za-z]+)?"
    r"\s*(?:--|\u2014|\u2013|-)\s+"
)
_LEADING_ATTRIBUTION = re.compile(
    r"^(?:(?P<subject>[^,.;]{0,80}?)\s+(?:said|says|announced|reported|told\s+\w+(?:\s+\w+)?|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:that\s+)?)"
    r"(?=\S+\s+\S+)"
)
_TRAILING_ATTRIBUTION = re.compile(
    r"(?:,|\s+--)\s+(?:[^,]{0,80}?\s)?(?:said|says|added|noted|told\s+[^,]{1,40}|reported|according\s+to\b[^,]*)"
    r"(?:\s+[^,]{0,40})?[.\"\u201d]*$"
)
_PRONOUN = re.compile(r"(?:it|they|he|she)\s")
_ON_DATE = re.compile(r"(?i)\s*\b(?:on|in|as\s+of|since|of|by)?\s*$")
_LEADING_PHRASE = re.compile(
    r"^(?:(?:In|At|During)\s+an?\s+(?:statement|briefing|release|speech|letter|(?:news|press)\s+conference)"
    r"[^,]{0,40}|According\s+to\s+[^,]{1,60}),\s+"
)
_LEADING_PREPOSITION = re.compile(
    r"^(?:At|In|On|During|After|Before|With|Amid|Despite|Under|Following|Ahead\s+of)\s[^,]{3,100},\s+"
)
_APPOSITIVE = re.compile(r",\s[^,]{3,90},\s")
_CLAUSE_END = re.compile(r",\s|;\s|\s--\s|\s\u2014\s|\s(?:after|as|while|because|which|amid|saying)\s")


def event_title(sentence: str, date_span: tuple[int, int], verb_span: tuple[int, int] | None = None) -> str:
    """The title for the happening told by `sentence`, whose date is `sentence[slice(*date_span)]`
    and whose verb (if known) is `sentence[slice(*verb_span)]`."""
    date_start, date_end = date_span
    text = _ON_DATE.sub("", sentence[:date_start]) + sentence[date_end:]
    text = re.sub(r"\s+(?=[,.;:])", "", text).strip(" ,")
    text = _DATELINE.sub("", text, count=1)
    text = _LEADING_PHRASE.sub("", _without_attribution(text), count=1)
    text = " ".join(_TRAILING_ATTRIBUTION.sub("", text).rstrip(" .,;:\"\u201d").split())
    verb = sentence[slice(*verb_span)] if verb_span else ""
    if len(text) > MAX_TITLE and text.find(verb) > MAX_TITLE // 2:  # "At the ceremony in ..., athletes"
        text = _LEADING_PREPOSITION.sub("", text, count=1)
    if len(text) > MAX_TITLE and text.find(verb) > MAX_TITLE // 2:  # "Kim, deputy chief of ..., said"
        text = _APPOSITIVE.sub(" ", text, count=1)
    title = _shortened(text, max(text.find(verb), 0) + len(verb))
    return title[:1].upper() + title[1:]


def _without_attribution(text: str) -> str:
    """"Officials said Tuesday that Seoul ended ..." -> "Seoul ended ..."; "Seoul said it is
    putting off ..." -> "Seoul is putting off ...": the speaker stays when it is the doer."""
    match = _LEADING_ATTRIBUTION.match(text)
    if match is None:
        return text
    rest = text[match.end():]
    pronoun = _PRONOUN.match(rest)
    return f"{match['subject']} {rest[pronoun.end():]}" if pronoun else rest


def _shortened(text: str, verb_end: int) -> str:
    """The text up to the end of the verb's clause, cut at a word within MAX_TITLE."""
    for match in _CLAUSE_END.finditer(text, verb_end):
        if 20 <= match.start() <= MAX_TITLE:
            return text[:match.start()]
    if len(text) <= MAX_TITLE:
        return text
    cut = text[:MAX_TITLE].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
