"""Lines where a site names itself or the original it reposts, outside any credit's usual form.

    >>> from corpus.intake.outlets import outlets
    >>> feed_credit("The post Seoul keeps the pact appeared first on The Korea Herald.", outlets())
    'The Korea Herald'

* a feed's credit, as blogs and aggregators that republish a feed print it: "The post
  <title> appeared first on <Site>.";
* a wire's sign-off under the story: "==Kyodo";
* a site's promotion of itself: "Get The Straits Times app", "Subscribe to Nikkei Asia",
  "Follow The Korea Herald on Twitter", "Sign up for The Japan Times newsletter";
* a credit "Courtesy of <outlet>" on a line of its own (not a picture's: "Photo courtesy of").
Each takes a listed outlet only (`corpus/outlets.json` and the user's file), or for a feed's
credit a site's address: these lines are loose, and a wrong name is worse than none.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_NAME = r"(?P<credit>[A-Z@][\w&.'’ -]{1,50}?|[\w.-]+\.[a-z]{2,6})"
_FEED = re.compile(rf"^The\s+post\s+.{{2,200}}?\s+appeared\s+first\s+on\s+{_NAME}\s*\.?$")
_SIGN_OFF = re.compile(rf"(?:^|\s)==\s*{_NAME}\s*$")
_PROMOTION = re.compile(
    rf"^(?:(?:Get|Download|Install)\s+(?:the\s+)?{_NAME}(?:['’]s)?\s+(?:app|apps|application)\b"
    rf"|(?:Subscribe|Sign\s+up|Register)\s+(?:to|for|with)\s+(?:the\s+)?{_NAME.replace('credit', 'sub')}"
    rf"(?:['’]s)?(?:\s+(?:newsletters?|digital|today|now|for\b.*|to\b.*|and\b.*))?\s*[.!]?$"
    rf"|(?:Follow|Like)\s+(?:the\s+)?{_NAME.replace('credit', 'follow')}\s+on\s+(?:Twitter|X|Facebook|"
    rf"Instagram|LinkedIn|Telegram|WhatsApp|YouTube|Threads|Weibo|LINE|KakaoTalk)\b)")
_COURTESY = re.compile(rf"^\(?(?i:courtesy\s+of)\s+(?:the\s+)?{_NAME}\s*\.?\)?$")


def feed_credit(line: str, directory: OutletDirectory) -> str | None:
    """The site a feed's credit names: "The post <title> appeared first on <Site>."."""
    match = _FEED.match(line.strip())
    return _listed(match["credit"], directory) if match else None


def sign_off_credit(line: str, directory: OutletDirectory) -> str | None:
    """A wire's sign-off ending the text: "... to follow. ==Kyodo"."""
    match = _SIGN_OFF.search(line.strip())
    return _listed(match["credit"], directory) if match else None


def promotion_credit(line: str, directory: OutletDirectory) -> str | None:
    """The site a promotion of itself names: "Get The Straits Times app"."""
    match = _PROMOTION.match(line.strip())
    if match is None:
        return None
    return _listed(match["credit"] or match["sub"] or match["follow"], directory)


def courtesy_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet credited on a line of its own: "Courtesy of The Japan Times"."""
    match = _COURTESY.match(line.strip())
    return _listed(match["credit"], directory) if match else None


def _listed(credit: str, directory: OutletDirectory) -> str | None:
    credit = credit.strip().rstrip(".,;:")
    if directory.named(credit) or directory.handle(credit):
        return credit
    host = credit.lower()
    return credit if re.fullmatch(r"[\w.-]+\.[a-z]{2,6}", host) and directory.at_host(host) else None
