"""Web addresses a page prints, and what they say of its outlet.

An address in the copied text may be the page's own (at its head, or "Read more at: <address>"),
the link a forum's post gives the story it pastes, or a source it cites: each tells the outlet
differently (`corpus.describe` weighs them against the outlet found in the text).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from corpus.cleaning import CleanedPage
from corpus.found import Found
from corpus.intake.outlets import OutletDirectory, name_key, outlets

__all__ = ["address_in_text", "bare_closing_address", "cites_another_outlet", "outlet_from_url"]

_HEAD_LINES = 3
_RAW_TAIL_LINES = 6
_RAW_TAIL_CHARS = 4000
_BARE_URL = re.compile(r"^<?(?P<url>https?://[^\s<>]+?(?<!\.jpg|\.png|\.gif)(?<!\.jpeg|\.webp))>?$", re.I)
_LABELLED_URL = re.compile(r"(?i)^(?:read\s+more\s+at|source(?:\s+article\s+from)?|originally\s+published\s+at|"
                           r"first\s+published\s+at|read\s+the\s+(?:full|original)\s+"
                           r"(?:story|article)\s+at|(?:article|story|news)\s+(?:source|url|link)"
                           r"|source\s+(?:link|url)|original\s+(?:article|story|source|link|url)"
                           r"|permalink|url|link\s+to\s+(?:this|the)\s+(?:article|story))"
                           r"\s*:?\s*<?(?P<url>https?://[^\s<>]+?)>?$")


def address_in_text(page: CleanedPage, text: str = "") -> str | None:
    """The page's address when the copied text carries it (a picture's file is none): a bare address among
    the opening lines, or near the end alone (an aggregator's link to its source) or as
    "Read more at: <address>" / "Source: <address>"; else the one address alone on a line of the raw `text`'s
    last lines that the cleaning joined to its neighbours (a story's last paragraph, a blog's name under it)."""
    for line in page.opening:
        if match := _BARE_URL.match(line) or _LABELLED_URL.match(line):
            return match["url"]
    for line in page.closing[::-1]:
        if match := _LABELLED_URL.match(line) or _BARE_URL.match(line):
            return match["url"]
    alone = _addresses_alone(text)
    return alone[0] if len(alone) == 1 else None  # (two: a compiled page's references, neither its own)


def bare_closing_address(url: str, page: CleanedPage, text: str = "") -> bool:
    """Whether `url` stands alone near the page's end: the link a forum post or blog gives the
    story it copies. It names the source, but its date is the source's, not the page's."""
    return (any((match := _BARE_URL.match(line)) and match["url"] == url for line in page.closing)
            or url in _addresses_alone(text)) \
        and not any(url in line for line in page.opening[:_HEAD_LINES])  # (a page's own, at its head)


def _addresses_alone(text: str) -> list[str]:
    """The addresses standing alone on a line among the raw text's last lines."""
    lines = [line.strip() for line in text[-_RAW_TAIL_CHARS:].splitlines() if line.strip()]
    return [match["url"] for line in lines[-_RAW_TAIL_LINES:] if (match := _BARE_URL.match(line))]


def outlet_from_url(url: str | None, directory: OutletDirectory | None = None,
                    listed_only: bool = False) -> Found | None:
    """The outlet at the address's host; an unlisted host's domain unless `listed_only` (an
    address the text prints may be any site's it links to: "news.yahoo.co.jp" atop a forum post)."""
    host = (urlparse(url).hostname or "") if url else ""
    if not host:
        return None
    if name := (directory or outlets()).at_host(host):
        return Found(name, f"from the web address ({host})")
    return None if listed_only else Found(host.removeprefix("www."), f"the web address's domain ({host})")


def cites_another_outlet(url: str, outlet: Found | None) -> bool:
    """Whether an address the page prints is a listed outlet's other than the one the page
    credits: a source it cites ("<a Seoul wire's address>" above a Finnish wire's credit)."""
    directory = outlets()
    host = urlparse(url).hostname or ""
    at_host = directory.at_host(host) if host else None
    credited = directory.named(outlet.value) or outlet.value if outlet else None
    return bool(at_host and credited and name_key(at_host) != name_key(credited))
