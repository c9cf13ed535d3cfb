"""A picture's words printed twice as a copied page prints them, its alternative text then its caption: the
agency's name under them, or run on after the caption's copy, credits the picture, not the story.
"""
from __future__ import annotations

from corpus.intake.outlets import OutletDirectory

_CAPTION_WORDS = 3  # fewer words twice may be a menu's or a masthead's
_CREDIT_WORDS = 4  # "Reuters", "AFP", "Getty Images", "The Associated Press"


def caption_twice(twice: str, before: str, lines: tuple[str, ...], headline: str | None) -> bool:
    """The same words of three or more on two lines in a row, below the top line and not the title: a picture's
    alternative text and its caption, as a copied page prints them."""
    return twice == before and len(before.split()) >= _CAPTION_WORDS and before not in (headline, lines[0])


def caption_with_its_credit(before: str, line: str, directory: OutletDirectory) -> bool:
    """The line repeats the line before's words and adds a listed outlet's name: a caption printed twice, the
    second time with its picture's agency ("Firaministan Japan Naoto Kan" / "Firaministan Japan Naoto Kan Reuters")."""
    if len(before.split()) < _CAPTION_WORDS or not line.startswith(before + " "):
        return False
    credit = line[len(before):].strip()
    return len(credit.split()) <= _CREDIT_WORDS and bool(directory.named_alone(credit))
