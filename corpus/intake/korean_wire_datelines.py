"""A wire's dateline as Korean-language services in the North's and in China's spelling print it: the place, the
day and "발" (dispatched from) before the wire's name, "도꾜 11월 12일발 신화통신: …" (Xinhua on the People's Daily's
Korean page), "서울 7월 5일발 신화통신(기자 륙예, 경학붕): …" (its reporters after the wire),
"(평양 11월 18일발 조선중앙통신)남조선신문 …" (KCNA's, in brackets) (`korean_dispatch_dateline`).

The wire must be listed, and the dateline open the line; no year is printed (a dateline's year is inferred). Not read:
a day the story names ("2016년 11월 23일 발효됐으며", "came into force": "발" is no word of its own there), a place
in another script, an unlisted name after "발".
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

# "(평양 11월 18일발 조선중앙통신)", "도꾜 11월 12일발 신화통신:", "서울 7월 5일발 신화통신(기자 륙예, 경학붕):"
_DISPATCH = re.compile(r"^[ \t]*+(?P<open>\()?[ \t]*+(?P<place>[가-힣]{1,8}+)[ \t]++(?P<month>1[0-2]|0?[1-9])월[ \t]*+"
                       r"(?P<day>[0-3]?\d)일발[ \t]*+(?P<credit>[가-힣A-Za-z]{2,12}+)"
                       r"(?(open)[ \t]*+\)|(?:[ \t]*+\([^()\n]{1,40}+\))?[ \t]*+[:：])")


def korean_dispatch_dateline(line: str, directory: OutletDirectory) -> tuple[str, str, int, int, str] | None:
    """(the place, the listed wire, month, day, the dateline as printed) of a dispatch's dateline opening `line`."""
    match = _DISPATCH.match(line)
    if match is None or not directory.named(match["credit"]) or not 1 <= int(match["day"]) <= 31:
        return None
    return match["place"], match["credit"], int(match["month"]), int(match["day"]), match.group(0).strip()
