"""The hearsay a title opens with, before the clause of its happening (`corpus.event_titles`, round 83):
"Aides say the leader was killed", "According to the agency's report the firm applied", "The two sides were
reported to have agreed": the title is the happening's clause ("The leader was killed", "The firm applied",
"The two sides agreed"). A saying told in the singular or the past ("says", "said") is
`title_attribution._without_attribution`'s; this takes the forms it does not read."""

from __future__ import annotations

import re

_SOURCE_NOUNS = r"(?:report|reports|reporting|statement|account|figures|data|sources|officials|media)"
# "According to the agency's report Seoul fired ...", with no comma (a date's aside taken out with its commas,
# "report, dated Sunday, Seoul"): up to a noun that names a source, a capital (the clause's subject) straight
# after it. With its comma, it is `title_attribution.LEADING_PHRASE`'s.
_ACCORDING_TO = re.compile(rf"According\s+to\s+[^,;:]{{1,60}}?\b{_SOURCE_NOUNS}\s+(?=[A-Z])")
# "Aides say ...", "U.S. officials say that ...": a plural speaker's present, its subject of 1 to 6 words
# (a speaker's name, office or group), no comma in it.
_THEY_SAY = re.compile(r"(?:[\w.'\u2019-]+\s+){1,6}?say\s+(?:that\s+)?")
# "were reported to have agreed": the hearsay before a verb of its own ("-ed"), not "been" (a state
# told as believed, "are believed to have been killed", stays).
_REPORTED_TO_HAVE = re.compile(r"\b(?:was|were)\s+(?:reported|said)\s+to\s+have\s+(?=[a-z]{2,}ed\b)")


def without_hearsay(text: str, verb: str = "") -> str:
    """`text` without the hearsay it opens with ("say", "According to"), when the happening's verb comes
    after it, and without "were reported to have" before a verb of its own, when that is not the happening's
    verb; with no verb known, all stays."""
    verb_at = text.find(verb) if verb else -1
    if verb_at <= 0:
        return text
    for opening in (_ACCORDING_TO, _THEY_SAY):
        found = opening.match(text)
        if found and found.end() <= verb_at and _clause_follows(text, found.end()):
            text, verb_at = text[found.end():], verb_at - found.end()
            break
    reported = _REPORTED_TO_HAVE.search(text)
    if reported and not reported.start() <= verb_at < reported.end():  # ("reported" itself the verb: all stays)
        text = text[:reported.start()] + text[reported.end():]
    return text


def _clause_follows(text: str, at: int) -> bool:
    """Whether words follow `at` to make a clause of: a subject and its verb (two words at least)."""
    return len(text[at:at + 40].split()) >= 2
