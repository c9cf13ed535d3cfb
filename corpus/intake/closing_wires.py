"""Wires credited together in brackets closing a story: "... Yonhap. (sda/afp)", "(via MTI, Reuters)", "(AFP, dpa)".

European sites close a wire's story with the agencies it draws on, joined by a slash or a comma, in any case. Only
when every part is a listed outlet is the bracket a credit: "(File/AFP)", "(egg/sda)" (a writer's initials) and
"(SE/AFP)" are read elsewhere or not at all, and a bracket after one sentence is a picture's. The first agency is
the story's.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_JOINT_BRACKET = re.compile(r"(?:^|[.!?\"”’»]\s*)\((?:[Vv]ia\s+)?"
                            r"(?P<credits>[\w-]{2,12}(?:\s*(?:/|,\s)\s*[\w-]{2,12}){1,3})\)\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’»]?(?:\s|$)")
_STORY_SENTENCES = 2  # a story's closing paragraph, not a caption's one sentence
_JOINS = re.compile(r"\s*(?:/|,)\s*")


def joint_wires_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The first of the listed wires a bracket closing `paragraph` credits together, as printed, or None."""
    paragraph = paragraph.strip()
    match = _JOINT_BRACKET.search(paragraph)
    if match is None or 0 < len(_SENTENCE_END.findall(paragraph[:match.start() + 1])) < _STORY_SENTENCES:
        return None  # "X speaks in Seoul on Monday. (Xinhua/NEWSIS)": a picture's caption, not a story
    parts = _JOINS.split(match["credits"])
    return parts[0] if all(directory.named(part) for part in parts) else None
