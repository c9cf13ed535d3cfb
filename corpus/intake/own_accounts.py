"""A Korean site's list of its own channels on social media, its name before each (intake round 116).

    >>> from corpus.intake.outlets import outlets
    >>> own_channel_list_credit(("YTN 유튜브", "구독 4,760,000", "YTN 페이스북", "구독 703,845"), outlets())
    'YTN'

The list closes the page, one channel a line, each over its count of subscribers: "YTN 유튜브", "YTN 네이버채널",
"YTN 페이스북", "YTN 엑스". It is the Korean form of the English call "Follow X on Twitter", which
`site_lines.promotion_credit` reads. Two platforms at least under one name: one such line alone may be a link in a
list of other sites' pages, and a picture's credit ("사진=YTN 유튜브 캡처") is no line of its own. A listed outlet
only, not a common word, and one: a page listing two outlets' channels names neither, even when only one of them
lists two platforms ("YTN 유튜브", "KBS 유튜브", "YTN 페이스북": links to several sites' pages, review 51).
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_PLATFORM = r"(?:유튜브|페이스북|네이버\s?채널|인스타그램|트위터|엑스|텔레그램|카카오톡(?:\s?채널)?|카카오\s?채널|틱톡)"
_CHANNEL_LINE = re.compile(rf"^[\s•·*▶►>-]{{0,3}}(?P<credit>[^\s\W][\w&.-]{{0,19}}+(?:\s[\w&.-]{{1,12}}+)?)\s?"
                           rf"(?P<platform>{_PLATFORM})(?:\s?(?:채널|계정))?\s*$")
_LONGEST_LINE = 60  # a channel's line is short; a sentence of the story is not read


def own_channel_list_credit(lines, directory: OutletDirectory) -> str | None:
    """The one listed outlet named before two platforms or more, on lines of their own (see the module)."""
    platforms: dict[str, set[str]] = {}
    for line in lines:
        match = len(line) <= _LONGEST_LINE and _CHANNEL_LINE.match(line.strip())
        if match and (name := directory.named_alone(match["credit"])):
            platforms.setdefault(name, set()).add(re.sub(r"\s", "", match["platform"]))
    listed = [name for name, seen in platforms.items() if len(seen) >= 2]
    return listed[0] if len(listed) == 1 and len(platforms) == 1 else None  # (another's channel: a list of links)
