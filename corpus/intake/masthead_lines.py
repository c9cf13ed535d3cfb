"""A listed outlet's name on a line of its own with what a site prints beside its masthead or channel:

* a video page's channel line, the name and the video's views: "PressTV 17054 views";
* the masthead and its motto after an ellipsis: "RipplesNigeria …without borders, without fears".

Only a listed name that is no ordinary word ("Metro 120 views" may be a station's): an unlisted name
beside a count of views is any channel's, a quoted video's perhaps, and names no outlet.
"""
from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_NAME = r"(?P<name>\S(?:.{0,38}\S)?)"
_VIEWS = re.compile(rf"^{_NAME}\s+\d{{1,3}}(?:[,.]?\d{{3}})*\s+(?i:views?)$")
_MOTTO_WORDS = 8
_MOTTO = re.compile(rf"^{_NAME}\s*(?:…|\.\.\.)\s*(?P<motto>[^\d.…!?]+)$")


def masthead_line_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet named beside its views or its motto on `line`."""
    line = line.strip()
    match = _VIEWS.match(line) or _MOTTO.match(line)
    if match is None or "motto" in match.groupdict() and len(match["motto"].split()) > _MOTTO_WORDS:
        return None
    return match["name"] if directory.named_alone(match["name"]) else None
