"""A date said in the possessive ("at today's meeting", "yesterday's talks", "2019's rift"): its "'s" is
the date's, so that the title reads "at the meeting", not "at 's meeting" (`corpus.event_titles`)."""

from __future__ import annotations

_POSSESSIVE = ("'s", "\u2019s")


def end_with_possessive(sentence: str, date_end: int) -> int:
    """Where the date ending at `date_end` ends, its possessive "'s" (when one follows it) taken in."""
    word_after = sentence[date_end + 2:date_end + 3] == " " and sentence[date_end + 3:date_end + 4].isalnum()
    follows = sentence.startswith(_POSSESSIVE, date_end) and word_after
    return date_end + 2 if follows else date_end
