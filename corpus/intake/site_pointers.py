"""Lines in which a page points to its own site or to the original it carries:

* a wiki's tagline under the title: "From Wikinews, the free news source you can write!";
* a breadcrumb's first item, the site's home: "YOU ARE HERE: LAT Home > Collections", or a
  breadcrumb copied as a numbered list, its separators numbered too ("1. MZ.de", "2. >", "3. Panorama"):
  sites mark their breadcrumbs up as ordered lists (schema.org's BreadcrumbList), which a copy numbers;
* an aggregator's link to the original: "View on euronews", "Read the full post at The Epoch
  Times.", "ゴゴ通信の元の記事はこちらからご覧ください";
* a source note with a word on the source in brackets: "Source: Deutsche Welle [German state
  media]", or the source's address run on to the last sentence as copied: "… an official said.
  source: cnn.com".

Each takes a listed outlet only (these lines are loose, and a wrong name is worse than none).
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

_NAME = r"(?P<credit>[A-Za-z][\w&.'’ -]{1,40}?)"
_WIKI_TAGLINE = re.compile(rf"^\W*From\s+{_NAME},\s+the\s+free\s+\w")
_BREADCRUMB_HOME = re.compile(rf"^\W*(?i:you\s+are\s+here)\s*:?\s*{_NAME}\s*(?i:home)(?![a-z])")
_ORIGINAL_LINK = re.compile(rf"^\W*(?:View\s+(?:it\s+)?on|Read\s+the\s+(?:full|original)\s+"
                            rf"(?:post|story|article|report)\s+(?:at|on))\s+{_NAME}\s*[.!]?$")
# "ゴゴ通信の元の記事はこちらからご覧ください" ("see Gogotsu's original article here"), as a Japanese portal
# closes or opens a partner's story.
_ORIGINAL_LINK_JAPANESE = re.compile(r"^\W*(?P<credit>[^\s、。「」]{2,20}?)の元(?:の)?記事はこちら")
_NOTED_SOURCE = re.compile(rf"^\W*(?i:source)\s*:\s*{_NAME}\s*[\[(][^\[\]()]{{2,40}}[\])]\s*$")
_NUMBERED_ITEM = re.compile(r"^\s*(?P<number>\d{1,2})\.\s+(?P<item>\S.{0,80}?)\s*$")
_CRUMB_SEPARATORS = frozenset({">", "›", "»", "/", "|"})
_RUN_ON_ADDRESS = re.compile(r"[.!?\"”’]\s+(?i:source)\s*:\s*(?:https?://)?(?:www\.)?"
                             r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})/?\s*$")


def site_pointer_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a wiki's tagline, a breadcrumb's home or a link to the original names."""
    for form in (_WIKI_TAGLINE, _BREADCRUMB_HOME, _ORIGINAL_LINK, _ORIGINAL_LINK_JAPANESE):
        if (match := form.match(line.strip())) and directory.named(match["credit"]):
            return match["credit"]
    return None


def noted_source_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a source line names before a word on it in brackets, or by its address
    run on to the story's last sentence."""
    if (match := _NOTED_SOURCE.match(line.strip())) and directory.named(match["credit"]):
        return match["credit"]
    if match := _RUN_ON_ADDRESS.search(line.strip()):
        return directory.at_host(match["host"])
    return None


def numbered_breadcrumb_home(lines, directory: OutletDirectory) -> str | None:
    """The listed site opening a breadcrumb copied as a numbered list: "1. MZ.de", "2. >",
    "3. Panorama" (three items at least, numbered from 1 on, one of them a separator alone)."""
    for start, line in enumerate(lines):
        if not (match := _NUMBERED_ITEM.match(line)) or match["number"] != "1":
            continue
        items = [match["item"]]
        for following in lines[start + 1:]:
            item = _NUMBERED_ITEM.match(following)
            if item is None or int(item["number"]) != len(items) + 1:
                break
            items.append(item["item"])
        if len(items) >= 3 and any(item in _CRUMB_SEPARATORS for item in items):
            home = items[0]
            return home if directory.named(home) else directory.at_host(home.lower())
    return None
