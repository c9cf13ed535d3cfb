"""Cutting a proposed event's title to its room (`corpus.event_titles`): at the end of the verb's
clause, else before the phrase the room would break, else at a word with an ellipsis; a long
subject elided before its verb; a quotation a cut leaves open closed, or left out whole. Pure
standard library.
"""

from __future__ import annotations

import re

MAX_TITLE = 80
# The auxiliaries of a finite verb in the past or the perfect ("was trapped", "had argued"), as titles read them.
AUXILIARY_WORDS = r"was|were|is|are|has|have|had"
# Where a verb's clause ends: a comma, a semicolon, a dash or a word that opens another clause (not
# "as" before a role: "Tokyo stopped treating Seoul as a trusted trade partner"; nor "after" that ends
# a span of time: "came only two months after a 5.0 quake"; nor "as" that names: "known as nut rage")
_CLAUSE_END = re.compile(r",\s|;\s|\s--\s|\s\u2014\s|\s(?:(?<!days )(?<!weeks )(?<!months )(?<!years )(?<!hours )"
                         r"(?<!soon )(?<!shortly )(?<!just )after|(?<!known )(?<!such )(?<!same )as(?!\s+an?\s)"
                         r"|while|because|which|amid|saying|and\s+that)\s")


_PARTICIPLE_PHRASE = re.compile(r",\s[a-z]{3,}ing\s")


def elided(text: str, verb_start: int, verb_end: int) -> str:
    """A subject too long to keep whole before its verb, shortened in the middle: "Japan's
    decision to strike South Korea off its whitelist … took effect"."""
    tail = shortened(text[verb_start:], verb_end - verb_start, MAX_TITLE // 2, least=0)
    head = text[:MAX_TITLE - len(tail) - 2].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{head} \u2026 {tail}"


_STRANDED_PREPOSITION = re.compile(r"(?<!\s)\s++(?:under|in|by|on|of|to|for|with|through|from|at)$")


def shortened(text: str, verb_end: int, most: int = MAX_TITLE, least: int = 20) -> str:
    """The text up to the end of the verb's clause (at least `least` characters), cut at a
    word within `most` characters."""
    for match in _CLAUSE_END.finditer(text, verb_end):
        # (a participle's phrase after a comma ends the clause however short: "Park took office, citing ...")
        shortest = min(least, verb_end) if _PARTICIPLE_PHRASE.match(text, match.start()) else least
        if shortest <= match.start() <= most:  # ("an agreement under which ...": not "an agreement under")
            return balanced_quotes(_STRANDED_PREPOSITION.sub("", text[:match.start()]))
    if len(text) <= most:
        return text
    cut = text[:most].rsplit(" ", 1)[0]
    # "walked in together under a single flag for the first…": the phrase the room breaks goes whole
    phrases = [m.start() for m in _PHRASE_START.finditer(cut, verb_end)
               if m.start() >= max(least, most * 3 // 5) and not _PARTICIPLE_BEFORE.search(cut, 0, m.start())]
    if phrases:
        # inside a clause of what was feared or said, before its verb: the title ends before its "that"
        said = cut.find(" that ", verb_end, phrases[-1])
        return balanced_quotes(cut[:said if said >= least else phrases[-1]].rstrip(" ,;:"))
    opened = _open_quotation(cut)  # 'called the remarks "extremely…': the quotation goes whole
    return (cut[:opened] if opened >= least else cut).rstrip(" ,;:") + "…"


# A word that opens a phrase a title can end before ("in spite of" whole); not "of" ("a period of
# mourning"), "to" ("agreed to work") or "that" ("charged that ..."), which bind to the word before;
# nor a phrase of a participle ("three materials used in chips").
_PHRASE_START = re.compile(r"\s(?:in\s+spite\s+of|in|on|at|for|with|over|about|behind|from|into|under|after"
                           r"|before|between|against|amid|during|including|despite|which|whose)\s")
_PARTICIPLE_BEFORE = re.compile(r"[a-z]{2,}ed$")


def balanced_quotes(title: str) -> str:
    """The title with a quotation its cut left open closed ("below \"level 2")."""
    opened = _open_quotation(title)
    if opened < 0:
        return title
    return title + ('"' if title[opened] == '"' else "\u201d")


def _open_quotation(text: str) -> int:
    """Where the quotation `text` leaves open begins, or -1."""
    if text.count('"') % 2:
        return text.rfind('"')
    return text.rfind("\u201c") if text.count("\u201c") > text.count("\u201d") else -1
