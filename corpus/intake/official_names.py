"""Where official and institutional pages name their issuer, in forms news pages do not print:

    >>> from corpus.intake.outlets import outlets
    >>> issuer_field_credit(("Source Agency |", "Congressional Research Service |"), outlets())
    'Congressional Research Service'

* a catalog's field of the issuing agency, its label on the line over it: "Source Agency |" /
  "Congressional Research Service |" (a listed name only);
* a report's disclaimer naming the staff who wrote it: "Disclaimer: This paper is the product of
  professional research performed by staff of the U.S.-China Economic and Security Review
  Commission" (a listed name only);
* a press conference's transcript held at a ministry, its place naming it: "Place: 1st floor
  lobby of Building A, Ministry of Defense (MOD)", or the place after its day and clock
  ("Thursday, August 22, 2019, 10:06 p.m. Central Entrance Hall, Ministry of Foreign Affairs").
  A conference held elsewhere (a hotel, the Prime Minister's Office) names no issuer: a
  minister's title ("Press Conference by the Defense Minister") is not the page's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.intake.outlets import OutletDirectory

_ISSUER_FIELD = re.compile(r"(?i)^(?:source\s+agency|issuing\s+agency|issuer|publisher)\s*[|:]?$")
_FIELD_VALUE_END = re.compile(r"\s*\|\s*$")


def issuer_field_credit(lines: Sequence[str], directory: OutletDirectory) -> str | None:
    """The listed outlet on the line under a field's label naming the page's issuing agency."""
    for label, value in zip(lines, lines[1:]):
        if _ISSUER_FIELD.match(label.strip()):
            name = _FIELD_VALUE_END.sub("", value.strip())
            if directory.named(name):
                return name
    return None


_DISCLAIMER_STAFF = re.compile(r"^Disclaimer:.{0,160}?\b(?:by|of)\s+(?:the\s+)?staff\s+of\s+(?:the\s+)?"
                               r"(?P<issuer>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|on)){0,9})")


# A publisher disclaiming its own view of what it carries: "The following information reflects the reporting
# of the cited news media and does not reflect the opinions of the U.S. Embassy in Tokyo." (a press summary's),
# "… do not necessarily reflect the views of Carnegie, its staff, …".
_DISCLAIMED_VIEWS = re.compile(r"\bdoe?s?\s+not\s+(?:necessarily\s+)?reflect\s+the\s+(?:opinions?|views?)\s+of\s+"
                               r"(?:the\s+)?(?P<issuer>[A-Z][\w.&'’-]*"
                               r"(?:\s+(?:[A-Z][\w.&'’-]*|of|in|and|for|on)){0,7})")


def disclaimer_staff_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed institution whose staff a report's disclaimer says wrote it, or whose opinions it says
    the page does not reflect (the page's publisher, disclaiming the views of what it carries)."""
    match = _DISCLAIMER_STAFF.match(line.strip())
    if match and directory.named(match["issuer"]):
        return match["issuer"]
    disclaimed = _DISCLAIMED_VIEWS.search(line)
    words = disclaimed["issuer"].split() if disclaimed else []
    # the longest listed name its words open with (the next sentence may follow: "… in Tokyo. Japan Media …")
    return next((name for end in range(len(words), 0, -1)
                 if directory.named(name := " ".join(words[:end]).rstrip(".,;"))), None)


_PRESS_CONFERENCE = re.compile(r"(?i)\bpress\s+conferences?\b")
# The ministry closing the place: on a line of its own ("Place: …, Ministry of Defense (MOD)") or
# after the conference's clock ("… 10:06 p.m. Central Entrance Hall, Ministry of Foreign Affairs").
_MINISTRY_PLACE = re.compile(r"(?:^Place:.*,\s*|[ap]\.m\.\s+[A-Z][^,]{2,60},\s*)"
                             r"(?P<ministry>Ministry\s+of(?:\s+[A-Z][a-z]+|\s+and){1,5})(?:\s+\([A-Z]{2,6}\))?\s*$")
MAX_HEADING_LINES = 6


def press_conference_ministry(opening: Sequence[str]) -> str | None:
    """The ministry a press conference's transcript gives as its place, under a heading naming it."""
    heading = opening[:MAX_HEADING_LINES]
    if not any(_PRESS_CONFERENCE.search(line) for line in heading[:3]):
        return None
    return next((match["ministry"] for line in heading if (match := _MINISTRY_PLACE.search(line.strip()))), None)
