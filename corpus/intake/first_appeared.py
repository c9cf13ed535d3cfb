"""Where a page says the piece came from, beside its byline (`corpus.intake.credits`): "This article first appeared on
Sputnik", "Originally published in X", "Read the full story at Xinhua", "via X", a "Source: ..." line, a paper's note of
its print edition ("Published in Dawn, November 22nd, 2019"). Each reader returns the credit as printed, or None.
"""

from __future__ import annotations

import re

from corpus.intake.credits import CREDIT_TEXT, plausible, tidy_credit
from corpus.intake.outlets import OutletDirectory
from corpus.intake.pointed_places import pointed_outlet
from corpus.intake.printed_dates import MONTH_NAME
from corpus.intake.reposts import speaks_of_the_piece
from corpus.intake.source_names import source_name_part, without_leading_date
from corpus.intake.stamp_sources import SOURCE_WORD
from corpus.lazy_patterns import LazyPattern

_DATE_WORD = LazyPattern(rf"(?:{MONTH_NAME}|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)")
_FIRST_APPEARED = LazyPattern(
    r"(?i)(?:\b(?:first|originally)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)"
    # "… appeared in X"
    r"|\b(?P<plain>(?:appeared|published|ran)\s+(?:earlier\s+)?(?:on|in|at|by)|(?P<posted>posted)\s+by)"
    r"|\b(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?(?:from|by)"
    r"|^(?P<pointer>\W*(?:read|see|continue\s+reading)\s+the\s+(?:full|original|whole|rest\s+"
    r"of\s+the)\s+(?:story|article|report)\s+(?:at|on|in)|\W*(?:full\s+story|via|source\s+link"
    r"|original\s+(?:source|article|story)|(?:read\s+more|continue\s+reading)\s+(?:at|on))"
    r"\s*:?))\s+"
    r"(?P<credit>(?-i:[A-Z])[\w&.'’ -]{1,50}?|[\w.-]+\.[a-z]{2,}|@?(?-i:[a-z])[\w&.'’ -]{3,50}?)"
    # (possessive, and no credit ending in two spaces: a run of spaces after the name is read once, not once a length)
    r"(?<!\s\s)(?=\s*+(?:[.,;:)]|$)|\s++(?:on|and|in)\s)")
# A paper's note of the edition the piece was printed in: "Published in Dawn, November 22nd,
# 2019" (a listed outlet; a bare "Published on <date>" is a date line).
# Or a journal's issue: "Published January 2017 in X · Volume 18, Issue 3".
_PRINT_EDITION = LazyPattern(rf"^(?i:published|printed|appeared)\s+(?:in\s+(?P<credit>{CREDIT_TEXT}),\s+"
                              rf"(?:{MONTH_NAME}|\d)|{MONTH_NAME}\s+(?:19|20)\d\d\s+in\s+(?P<journal>{CREDIT_TEXT})"
                              rf"\s*[·•,|]\s*(?i:vol(?:ume)?\.?)\s*\d)")
_PRINT = LazyPattern(r"(?i)(?:the\s+)?print\b")
_SOURCE_LINE = LazyPattern(
    rf"^\(?{SOURCE_WORD}(?:\s*[:：]|(?<=จาก)\s)\s*(?P<credit>{CREDIT_TEXT}|[\w-]+(?:\.[\w-]+)+"
    rf"|@?[a-z][a-z0-9_]{{2,30}}|[^\x00-\x7f][^|()]{{0,50}}?)\s*\.?\)?$")
# What a source line starts with, and so the line before its date is cut off (cheaply tried
# first: cutting the date off every line was a fifth of reading an article)
_SOURCE_START = LazyPattern(rf"\(?{SOURCE_WORD}")
# Parts of a line a source may stand in: "By Jane Roe | Source: X", "Por Jane Roe — Fuente: X".
LINE_PARTS = LazyPattern(r"\||\s[—–]\s")
SOURCE_LABEL = LazyPattern(rf"\W*{SOURCE_WORD}\s*[:：]")  # read as such (`first_appeared_credit`)
_SEVERAL = LazyPattern(r"\s+[-–—]\s+|\s*,\s*|\s+and\s+")


def first_appeared_credit(text: str, directory: OutletDirectory) -> str | None:
    """"This article first appeared on Sputnik", "Source: Xinhua", "Read the full story at
    Xinhua". Pointers ("Source:", "via") name sources of all kinds ("Source: Ministry of
    Defense", "via Twitter"): an unlisted name is taken only when it reads as an outlet's."""
    if (edition := _PRINT_EDITION.match(text.strip())) and directory.named(edition["credit"] or edition["journal"]):
        return edition["credit"] or edition["journal"]  # "Published in Dawn, November 22nd, 2019"
    match = _FIRST_APPEARED.search(text)
    if match and not speaks_of_the_piece(text[:match.start()], named=bool(match["plain"])):
        match = None  # "The proposal first appeared in Seoul in 2012": the story's sentence
    # (a post is "posted by" its writer as often as its original: an unlisted name must read
    # as an outlet's; "Posted by Jane Roe in Asia | Source: Yonhap": then its source line)
    pointer = match is None or match["pointer"] is not None or match["posted"] is not None
    source_line = next(filter(None, (_SOURCE_LINE.match(source_name_part(part, directory))
                                     for whole in LINE_PARTS.split(text)
                                     if _SOURCE_START.match(part := without_leading_date(whole)))), None)
    return (_pointed_credit(match, directory, pointer)
            or _pointed_credit(source_line, directory, unknown_needs_word=True))


def _pointed_credit(match: re.Match | None, directory: OutletDirectory,
                    unknown_needs_word: bool) -> str | None:
    """The outlet a pointer's or a source line's match names, as printed, if it reads as one."""
    if match is None:
        return None
    if _PRINT.match(match["credit"]):
        return None  # "appeared in the print edition of X": the edition, then its paper (`source_notes`)
    if _several_listed(match["credit"], directory):
        return None  # "Sources: Anadolu Agency - EFE": what the story drew on, not one outlet
    credit = pointed_outlet(_listed_prefix(match["credit"], directory), match["credit"], directory)
    if credit is None or _DATE_WORD.match(credit):
        return None  # "Originally published on Fri November 8, 2013": a date, not a source
    if credit[:1].islower() or not credit[:1].isascii():  # "via theguardian", "Source: scmp.com",
        # "in the japan times", "출처: 연합뉴스": listed only
        credit = tidy_credit(credit)
        listed = directory.named(credit) or directory.handle(credit) or directory.at_host(credit)
        return credit if listed else None
    if plausible(credit, directory, unknown_needs_word=unknown_needs_word):
        return tidy_credit(credit)
    return None


def _several_listed(credit: str, directory: OutletDirectory) -> bool:
    parts = _SEVERAL.split(credit.strip())
    return len(parts) > 1 and sum(1 for part in parts if directory.named(part)) > 1


def _listed_prefix(credit: str, directory: OutletDirectory) -> str:
    """"The Conversation under a Creative Commons license" -> "The Conversation": the longest
    run of its first words that is a listed outlet and that words in lower case follow, or
    the credit as printed ("CBC News" stays whole)."""
    words = credit.split()
    for size in range(len(words) - 1, 0, -1):
        if words[size][:1].islower() and directory.named(" ".join(words[:size])):
            return " ".join(words[:size])
    return credit
