"""Places a pointer or a source line names that are no outlet of the page: a person's own blog or newsletter, a
platform, a picture's or a chart's source.

    >>> from corpus.intake.outlets import outlets
    >>> pointed_outlet("Jane Roe's blog", "Jane Roe's blog", outlets()) is None
    True
    >>> pointed_outlet("CNN's website", "CNN's website", outlets())
    'CNN'
    >>> pointed_outlet("Yonhap", "Yonhap file photo", outlets()) is None
    True

"This article first appeared on Jane Roe's blog", "This column first appeared in Jane Roe's newsletter",
"Originally published on LinkedIn", "This post first appeared on Medium": where a writer posted the piece before,
never the outlet of the page (a wrong outlet is worse than none). A listed outlet's own place names it: "first
appeared on CNN's website", "… in The Korea Herald's Sunday edition". "Source: Yonhap file photo", "Source:
Bloomberg data", "Sources: Bloomberg, company filings": what a picture or a chart is from.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

# "Jane Roe's personal blog", "Jane Roe's Facebook page", "The Korea Herald's Sunday edition": an owner, then the
# place of theirs the piece appeared in (up to two words before it).
_OWNED_PLACE = re.compile(r"^(?P<owner>\S[^'’]{0,60}?)['’]s?\s+(?:[\w-]+\s+){0,2}?"
                          r"(?i:blog|newsletter|web\s?site|site|home\s?page|page|column|account|feed|channel|profile"
                          r"|podcast|edition|substack)\b")
# Platforms where anyone posts: a piece first posted there ("on Medium", "on Jane Roe's Facebook page" above) has no
# outlet of its own.
_PLATFORMS = frozenset({"Medium", "Substack", "Facebook", "Twitter", "X", "LinkedIn", "YouTube", "Instagram", "Tumblr",
                        "Blogger", "Blogspot", "WordPress", "Reddit", "Quora", "Telegram", "Weibo", "WeChat", "TikTok",
                        "Threads", "Bluesky", "Patreon", "Tistory", "Naver Blog", "Ameba", "Ameblo"})
_ON_A_PLATFORM = re.compile(r"(?<!\s)\s+(?i:page|account|feed|post|channel|blog)$")
# A name, then a clause joined to it: "first appeared on Sputnik & is reposted here with permission".
_CLAUSE_AFTER = re.compile(r"(?<!\s)\s+(?:&|and)\s+(?=[a-z])")
# Words after a source's name, or a source's other parts, that say a picture or a chart draws on it.
PICTURE_OR_DATA = re.compile(r"(?i)\b(?:photos?|file|graphics?|images?|pictures?|video|data|charts?|filings?"
                             r"|calculations?|estimates?|statistics|figures|surveys?"
                             # the same in Spanish, Portuguese, Italian, German, French: "Foto de archivo"
                             r"|fotos?|im[aá]gen(?:es)?|gr[aá]fic[oa]s?|grafik|datos|dados|daten|donn[ée]es)\b")


def pointed_outlet(credit: str, printed: str, directory: OutletDirectory) -> str | None:
    """`credit`, the start of `printed` a pointer or a source line names ("first appeared on <printed>"): itself;
    the listed owner of the place it names ("CNN's website" -> "CNN"); or None, for a person's place, a platform,
    or a name whose words after it say a picture or a chart ("Yonhap file photo")."""
    credit = credit.strip()
    if PICTURE_OR_DATA.search(printed[len(credit):]):
        return None
    credit = _CLAUSE_AFTER.split(credit, maxsplit=1)[0]  # "Sputnik & is reposted here with permission"
    if directory.named(credit):
        return credit
    if _ON_A_PLATFORM.sub("", credit.rstrip(".")) in _PLATFORMS:
        return None
    if owned := _OWNED_PLACE.match(credit):
        return owned["owner"] if directory.named(owned["owner"]) else None
    return credit
