"""Wires credited together in brackets closing a story: "... Yonhap. (sda/afp)", "(via MTI, Reuters)", "(AFP, dpa)".

European sites close a wire's story with the agencies it draws on, joined by a slash or a comma, in any case. Only
when every part is a listed outlet is the bracket a credit: "(File/AFP)" and "(SE/AFP)" are read elsewhere or not at
all, and a bracket after one sentence is a picture's. The first agency is the story's.

A wire's desk signs its copy with an editor's initials beside the agency (`wire_and_initials_credit`): "(ATS/nxp)",
"(APA/red)", "(dpa/AFP/xy)" (the initials last), "(egg/sda)" (first), in lower case. The agency is read when listed,
or when it is an agency's initials in capitals before an editor's ("ATS", "APA": printed, unlisted); an organisation's
pair ("(UN/ILO)") has no editor's initials, and initials in capitals ("(SE/AFP)") are a photographer's as often. A
picture's credit carries no editor's initials, so the bracket may close a story's one long sentence; a caption is
refused by the caller.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_JOINT_BRACKET = re.compile(r"(?:^|[.!?\"”’»]\s*)\((?:[Vv]ia\s+)?"
                            r"(?P<credits>[\w-]{2,12}(?:\s*(?:/|,\s)\s*[\w-]{2,12}){1,3})\)\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’»]?(?:\s|$)")
_STORY_SENTENCES = 2  # a story's closing paragraph, not a caption's one sentence
_JOINS = re.compile(r"\s*(?:/|,)\s*")
_SLASHED_BRACKET = re.compile(r"(?:^|[.!?\"”’»]\s*)\((?P<parts>[^\W\d_]{1,12}(?:/[^\W\d_]{1,12}){1,3})\)\.?\s*$")
_EDITOR_IN_LOWER_CASE = re.compile(r"[a-zäöüß]{1,4}")
AGENCY_INITIALS = re.compile(r"(?!(?:FOTO|PHOTO|FILE|BILD|IMAGE|VIDEO)\b)[A-Z]{2,6}")  # not a picture's word


def joint_wires_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The first of the listed wires a bracket closing `paragraph` credits together, as printed, or None."""
    match = _joint_bracket_closing_a_story(paragraph.strip())
    parts = _JOINS.split(match["credits"]) if match else []
    return parts[0] if parts and all(directory.named(part) for part in parts) else None


def wire_and_initials_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The first agency of a bracket closing a story with one editor's initials beside the agencies, as printed."""
    match = _SLASHED_BRACKET.search(paragraph.strip())  # after one sentence too: a picture's has no editor
    parts = match["parts"].split("/") if match else []
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    if _EDITOR_IN_LOWER_CASE.fullmatch(last) and not directory.named(last):
        wires = parts[:-1]  # "(ATS/nxp)", "(dpa/AFP/xy)"
        agencies = all(directory.named(wire) or AGENCY_INITIALS.fullmatch(wire) for wire in wires)
        return wires[0] if agencies else None
    wires = parts[1:]  # "(egg/sda)": the initials first, then listed agencies only
    listed = _EDITOR_IN_LOWER_CASE.fullmatch(first) and not directory.named(first) \
        and all(directory.named(wire) for wire in wires)
    return wires[0] if listed else None


def _joint_bracket_closing_a_story(paragraph: str) -> re.Match | None:
    """The bracket of wires closing a story's paragraph; not one closing a caption's one sentence ("X speaks in
    Seoul on Monday. (Xinhua/NEWSIS)")."""
    match = _JOINT_BRACKET.search(paragraph)
    if match is None or 0 < len(_SENTENCE_END.findall(paragraph[:match.start() + 1])) < _STORY_SENTENCES:
        return None
    return match
