"""Whether the room cut a proposed event's title where nothing can be read of what follows (`index.title_worth`):
after an ordinal whose noun it lost ("… held their second…", of "their second round of talks") or after a word
that opens what it leaves out ("… described the minister as…", "… met his counterpart to talk about…").

    >>> cut_short("Officials of Norland and Westland held their second…")
    True
    >>> cut_short("Officials of Norland and Westland held their second round of talks…")
    False
"""

from __future__ import annotations

import re

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|next)"
# An ordinal after its determiner or its owner, the cut next: "held their second…", "to end the city's first…".
_ORDINAL_CUT = re.compile(rf"\s(?:the|a|an|its|their|his|her|our|[\w.-]+['\u2019]s)\s+{_ORDINAL}\u2026$")
# A word that opens a phrase or a clause, the cut next: "as…", "to talk about…", "was declared dead shortly after…".
_OPENING_CUT = re.compile(r"\s(?:as|about|than|like|between|against|towards?|via|amid|despite|including|after"
                          r"|before|because|whether|unless)\u2026$")


def cut_short(title: str) -> bool:
    """Whether the title ends with the room's cut after an ordinal that lost its noun or a word that opens a phrase."""
    return bool(_ORDINAL_CUT.search(title) or _OPENING_CUT.search(title))
