"""A site's pitches and buttons around the story, in the forms the pages of round 65 print (Indian, Malaysian,
Vietnamese, Nigerian, South African, Turkish, Swahili and French sites): not the article.

* buttons and counts: "Show more", "No comments yet...", "Bình luận (0)" (comments), "Have something to say? …",
  Vietnamese "tặng sao" (give a star) and "thông tin tài khoản" (account details), a lone "|";
* links: Swahili "Soma pia: …" and Vietnamese "Xem: …" (read also), "tin liên quan" (related news);
* pitches: "Never miss a story. …", "Stay informed … Follow … on WhatsApp …", "T&C applies.",
  "… journalism … For only R75 per month …", an advert's "… Download now and get started!";
* notes: "Powered by WPeMatico" (a feed's plug-in), a Turkish agency's "YASAL UYARI: …" (legal warning) and an
  address the copy hid ("[email protected], #2424").

    >>> [is_pitch_line(line) for line in ("Show more", "Soma pia: Seoul na Tokyo", "T&C applies.")]
    [True, True, True]
    >>> is_pitch_line("The minister said she would show more flexibility on the talks.")
    False
"""
from __future__ import annotations

import re

from corpus.required_text import Gated

_LONGEST = 600
_EXACT = frozenset({"show more", "show less", "load more", "see more", "no comments yet", "no comments yet...", "|",
                    "tin liên quan", "thông tin tài khoản", "powered by wpematico", "t&c applies.", "t&c apply."})
_BUTTON = re.compile(r"(?i)^(?:bình\s+luận\s*\(\d+\)|.{0,60}\btặng\s+sao\b.{0,60}"
                     r"|have\s+something\s+to\s+say\?.{0,60})$")
_READ_ALSO = re.compile(r"(?i)^(?:soma\s+pia|\*?\s*xem(?:\s+thêm)?)\s*:\s*\S.{0,150}$")
_NOTE = re.compile(r"(?i)^(?:yasal\s+uyar[ıi]\s*:.*|\[email\s+protected\][\s,#\d]{0,20})$")
_PITCHES = (re.compile(r"(?i)^never\s+miss\s+(?:a|another)\s+(?:story|headline)\b.{0,200}$"),
            re.compile(r"(?i)^stay\s+informed\b.{0,150}\b(?:whatsapp|telegram)\b.{0,150}$"),
            re.compile(r"(?i)^(?=.*\bjournalism\b).{0,200}\bfor\s+only\s+\S{0,3}\d[\d.,]*\s+(?:per|a)\s+month\b"),
            re.compile(r"(?i)^.{0,300}\bdownload\s+now\b(?:\s+and\s+get\s+started)?\s*[.!]?$"))

# (asked only of lines holding the words each needs: two scan the whole line)
_PITCHES = tuple(Gated(pattern) for pattern in _PITCHES)


def is_pitch_line(line: str) -> bool:
    """A site's button, link, pitch or note (see the module's docstring)."""
    line = line.strip()
    if line.casefold() in _EXACT:
        return True
    return len(line) <= _LONGEST and any(pattern.match(line) for pattern in (_BUTTON, _READ_ALSO, _NOTE, *_PITCHES))
