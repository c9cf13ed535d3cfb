"""Pages that say whose story they carry in their own words, around it.

* a site that quotes another's story whole, naming it as the text opens: "Voice of America News
  reports: "North Korea's Kim Jong Un reached Russia …" (then "View Original Article");
* a site's pitch for itself closing the page, its name as the subject and the reader asked to
  follow or support it: "Ukrainska Pravda is the place where you will find … Follow us on
  Twitter, support us, or become our patron!", or to follow it on Google News ("… dari Kantor Berita
  Politik RMOL di Google News."), or a button asking to back it by its name: "Become an NPR
  sponsor", or, on Chinese-language pages, to join its fan page: "看更多!請加入自由時報粉絲團";
* a site's link to its standards or its app by its name, alone on its line: "Why you can trust Sky News",
  "壹電視 APP下載" ("download the Next TV app").

Each takes a listed outlet only: a medium the story quotes ("Yonhap reported on Tuesday that …")
speaks without a colon and a quotation mark, and asks no one to follow it.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory
from corpus.intake.site_notices import WHY_TRUST_OPENING

_NAME = r"(?P<credit>(?:The\s+)?[A-Z][\w&.'’ -]{1,50}?)"
_REPORTS_THEN_QUOTES = re.compile(rf"^\W*{_NAME}\s+(?:reports|reported|writes|wrote)\s*:\s*[\"“]")
_PITCH = re.compile(rf"^\W*{_NAME}\s+(?:is|brings|gives|offers)\s")
# A button asking the reader to back the site by its name, alone on its line: "Become an NPR sponsor"
# (under NPR's "Sponsor Message" on every story), "Become a Daily Maverick Insider".
_BECOME_BACKER = re.compile(r"^\W*Become\s+an?\s+(?P<credit>[A-Z][\w&.'’ -]{1,40}?)\s+(?i:sponsor|supporter|member|insider|patron)\W*$")
# A Chinese-language site's line asking the reader to join or like its fan page, alone on its line:
# "看更多!請加入自由時報粉絲團" ("for more, join the Liberty Times fan page"), "按讚加入X粉絲專頁".
_JOIN_FAN_PAGE = re.compile(r"^\W*(?:看更多\W*)?(?:請|请|快)?(?:按讚|按赞)?(?:加入|追蹤|追踪)\s*(?P<credit>[^\s!！,，。]{2,12}?)"
                            r"\s*(?:官方)?(?:粉絲團|粉絲專頁|粉丝团|粉丝专页)\W*$")
# A site asking the reader to follow it on Google News, by its name: "Temukan berita-berita hangat terpercaya dari
# Kantor Berita Politik RMOL di Google News.", "Follow The Harbor Times on Google News", "Google News’te Samimi Haber
# sitemize abone olun" (Turkish: "subscribe to our site on Google News"), "Siga a X no Google News" (Portuguese).
_ON_GOOGLE_NEWS = re.compile(r"(?:\b(?i:dari|from|follow|ikuti|siga(?:\s+[ao])?|sigue(?:\s+a)?)\s+"
                             r"(?P<credit>[A-Z][\w&.'’ -]{1,50}?)\s+(?i:di|on|at|no|en)"
                             r"\s+Google\s+News\b"
                             r"|Google\s+News\s*['’]?\s*(?:te|de|ta|da)\s+(?P<tr>[A-Z][\w&.'’ -]{1,40}?)\s+sitemize\b)")
# A site's link to the page on its standards, by its name, alone on its line: "Why you can trust Sky News" (Sky's
# stories), "Why you can trust KUOW" (NPR member stations' pages).
_WHY_TRUST = re.compile(WHY_TRUST_OPENING + r"(?P<credit>(?:the\s+)?[A-Z][\w&.'’ -]{1,50}?)\W*$")
# A Chinese-language site's link to download its own app, its name first: "壹電視 APP下載", "X App下载".
_OWN_APP = re.compile(r"^\W*(?P<credit>[^\s\W][^\s]{1,19}?)\s*(?:APP|App)\s*(?:下載|下载)\W*$")
_ASKS_TO_FOLLOW = re.compile(r"(?i)\b(?:follow|support|join|subscribe\s+to)\s+us\b")


def reports_intro_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The listed outlet whose story the text quotes from its first words (the first paragraph)."""
    match = _REPORTS_THEN_QUOTES.match(paragraph)
    return match["credit"] if match and directory.named(match["credit"]) else None


def self_pitch_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a closing paragraph pitches, asking the reader to follow or support it."""
    match = _PITCH.match(line)
    if match is None or not _ASKS_TO_FOLLOW.search(line):
        return None
    return match["credit"] if directory.named(match["credit"]) else None


def backer_pitch_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a button asks the reader to back: "Become an NPR sponsor", "請加入自由時報粉絲團"."""
    match = _BECOME_BACKER.match(line) or _JOIN_FAN_PAGE.match(line.strip())
    return match["credit"] if match and directory.named(match["credit"]) else None


def google_news_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a line asks the reader to follow on Google News: the site's own pitch."""
    match = len(line) <= 200 and _ON_GOOGLE_NEWS.search(line)
    name = match and (match["credit"] or match["tr"])
    return name if name and directory.named(name) else None


def own_link_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a site's link to its standards or its app names: "Why you can trust Sky News"."""
    match = _WHY_TRUST.match(line) or _OWN_APP.match(line)
    return match["credit"] if match and directory.named(match["credit"]) else None
