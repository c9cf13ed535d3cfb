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
from corpus.intake.printed_dates import THREAD_POST, find_date_line

__all__ = ["address_in_text", "bare_closing_address", "cites_another_outlet", "outlet_from_url",
           "pasted_source_address"]

_HEAD_LINES = 3
_RAW_TAIL_LINES = 6
_RAW_EDGE_CHARS = 4000  # of the raw text's head or tail, read for their lines (a page may be one long line)
_CLOCK = re.compile(r"\d{1,2}(?::\d\d|時\d{1,2}分)")
# "-- " closing a post's words (alone or joined to its last line as copied): its signature or link follows.
_SIGNATURE_RULE = re.compile(r"(?:^|\s)--$")
_BARE_URL = re.compile(r"^<?(?P<url>https?://[^\s<>]+?(?<!\.jpg|\.png|\.gif)(?<!\.jpeg|\.webp))>?$", re.I)
# "Source Article from <address>": an autoblog's link to the story it copies, its date the source's.
_COPIED_FROM = re.compile(r"(?i)^source\s+article\s+from\s+")
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
    if any((match := _BARE_URL.match(_COPIED_FROM.sub("", line))) and match["url"] == url for line in page.closing) \
            and not any(url in line for line in page.opening[:_HEAD_LINES]):  # (a page's own, at its head)
        return True
    # (a short page's opening may hold its last line, its wrapped lines joined: the raw text's head then tells)
    head = [line.strip() for line in text[:_RAW_EDGE_CHARS].splitlines() if line.strip()][:_HEAD_LINES]
    return url in _addresses_alone(text) and not any(url in line for line in head)


def _addresses_alone(text: str) -> list[str]:
    """The addresses standing alone on a line among the raw text's last lines."""
    lines = [line.strip() for line in text[-_RAW_EDGE_CHARS:].splitlines() if line.strip()]
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


def pasted_source_address(url: str, page: CleanedPage, text: str) -> bool:
    """Whether the address ending the page is the link a forum's post gives the story it pastes:
    the last line, under the story's time alone ("2019年11月22日 18時06分") or a post's signature
    rule ("--"), or any line of a
    thread whose posts are headed by their number and poster ("1 名前:… ID:…"), a listed outlet's
    address its text never names (an outlet's own page prints its name somewhere)."""
    closing = page.closing
    pasted_last = len(closing) >= 2 and url in closing[-1] and (_time_alone(closing[-2])
                                                               or _SIGNATURE_RULE.search(closing[-2].strip()))
    if not pasted_last and not any(THREAD_POST.match(line) for line in (*page.opening, *closing)):
        return False  # (or anywhere in a thread of numbered posts: "1 名前:ばーど ★ 2018/12/14(金) … ID:…")
    at_host = outlets().at_host(urlparse(url).hostname or "")
    if at_host is None:
        return False
    folded = name_key(re.sub(r"https?://\S+", " ", text))  # (an address names its host, not the story's source)
    names = [key for key in outlets().keys_of(at_host) if len(key) > 2]
    return not any(key in folded for key in names)


def _time_alone(line: str) -> bool:
    """A date and its time on a line of their own: "2019年11月22日 18時06分", "Nov 22, 2019 18:06"."""
    printed = find_date_line(line)
    return bool(printed and not printed.rest and not printed.before
                and _CLOCK.search(line.replace(printed.text, " ")))
