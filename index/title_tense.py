"""Whether an English title tells anything in the past (`index.title_worth`): a title with no verb in the past
is a phrase ("The North's previous nuclear test", "The notice given to Japan") or a picture's caption or a
heading told in the present ("Prime Minister Lee chairs a meeting in Seoul", "Bill Clinton meets Kim Jong Il"),
no happening told.

    >>> tells_nothing_past("The North's previous nuclear test")
    True
    >>> tells_nothing_past("Kim You-geun briefs reporters on GSOMIA")
    True
    >>> tells_nothing_past("Seoul let the deadline pass in silence")
    False
"""

from __future__ import annotations

import re

from corpus.english_past import IRREGULAR_PAST
from corpus.title_cuts import AUXILIARY_WORDS

# (an "-ed" word after an article is an adjective, no past: "A damaged train bridge lies in the river", a caption)
_A_PAST = re.compile(rf"\b(?:(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)[a-z]{{2,}}ed|{IRREGULAR_PAST}"
                     rf"|{AUXILIARY_WORDS}|been|will|would|could|can|may|might|must|should|shall)\b")
# Words only English prose has among the Latin-lettered languages of the pages (a Malay or Indonesian title,
# "Naskah ... disetujui rapat kabinet", tells its past with no ending: it is not read).
_ENGLISH_WORD = re.compile(r"(?i)\b(?:the|of|and|to|for|with|by|from|on|its|his|her|their|into)\b")
# What a title may tell in the present or with no verb: a happening a calendar sets, come to pass ("The new quotas
# take effect", told on a later day: round 22), or one named by its owner and its ordinal ("The North's second nuclear
# detonation": round 72; not "The North's previous nuclear test", which points back, nor an ordinal with no owner or
# one told before, "The fifth meeting in Beijing", "its ninth missile launch of the year": round 121).
_STILL_TOLD = re.compile(r"(?i)\b(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|expires?|lapses?"
                         r"|(?<=['\u2019]s\s)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                         r"|\d+(?:st|nd|rd|th)))\b")
_NOT_LATIN = re.compile(r"[^\x00-\x7f\u2018-\u201d\u2026\u2013\u2014\u00a0]")


def tells_nothing_past(title: str) -> bool:
    """Whether the title is English and holds no verb in the past, perfect or future."""
    return (not _NOT_LATIN.search(title) and bool(_ENGLISH_WORD.search(title))
            and not _A_PAST.search(title) and not _STILL_TOLD.search(title))
