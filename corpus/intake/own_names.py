"""Where a page names itself in a form no outlet list needs: the credit is in its place.

    >>> from corpus.intake.outlets import outlets
    >>> desk_credit("Harbor Bulletin / News Desk", outlets())
    'Harbor Bulletin'

* the issuer heading a release, above its label: "U.S. Department of Defense" / "Office of
  ..." / "News Transcript" (`release_issuer`);
* a site's desk signing the story: "Harbor Bulletin / News Desk" (`desk_credit`);
* a site's appeal to join its own channel: "Join our brand new verified AMN Telegram channel"
  (`own_channel_credit`);
* a page title's last part spelling an address the page prints: "<headline> | Ruptly" over
  "Video on Demand: http://www.ruptly.tv" (`title_domain_credit`);
* a desk signing the story whose words before "Desk" open the masthead: "Harbor Affairs News
  Desk" under "Harbor Affairs News The Leading News Portal" is Harbor Affairs News's desk, even
  where "Harbor Affairs" alone is listed (`masthead_desk_credit`).

An unlisted name is taken as printed only where it reads as an outlet's or an institution's
(`corpus.intake.credits.plausible`), or, in a site's "our" channel, as an abbreviation.
"""

from __future__ import annotations

import re

from corpus.intake.credits import plausible
from corpus.intake.title_credits import title_parts
from corpus.intake.outlets import OutletDirectory

# The label of a release under its issuer's name: "News Release", "News Transcript", "Press
# Release", "Media Statement", "FOR IMMEDIATE RELEASE".
_RELEASE_LABEL = re.compile(r"(?i)^(?:(?:news|press|media)\s+(?:releases?|transcripts?|statements?"
                            r"|advisory|briefing)|(?:for\s+)?immediate\s+release)\b")
# An institution's name: what issues releases ("U.S. Department of Defense", "Ministry of
# Foreign Affairs", "Office of the Assistant Secretary ...", "Embassy of Japan").
_INSTITUTION = re.compile(r"\b(?:Department|Ministry|Office|Agency|Embassy|Command|Administration"
                          r"|Commission|Bureau|Secretariat|Cabinet|Council|Directorate)\b")
_NAME_LINE = re.compile(r"^[A-Z][\w.&'’,() -]{4,100}$")
_SENTENCE_END = re.compile(r"[.!?]$")
# "Harbor Bulletin / News Desk", "Harbor Bulletin - Desk": a site's desk on a line of its own.
_DESK = re.compile(r"^(?P<credit>[A-Z][\w&.'’ -]{1,50}?)\s*(?:/|\||–|—|\s-)\s*(?:(?:News|Web|Online"
                   r"|Foreign|World)\s+)?(?:Desk|Newsroom)\s*$")
# "Join our brand new verified AMN Telegram channel and get ...": the site's own channel.
_OWN_CHANNEL = re.compile(
    r"^(?i:join|follow|subscribe\s+to)\s+our\s+(?:[a-z-]+\s+){0,4}?"
    r"(?P<credit>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)\s+"
    r"(?:Telegram|WhatsApp|YouTube|Signal|Viber|LINE|Discord)\s+(?i:channel|group|community)\b")
_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
_PRINTED_DOMAIN = re.compile(r"(?i)(?<![@\w.-])(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]{3,40})"
                             r"\.(?:com|net|org|tv|info|news|co\.[a-z]{2}|[a-z]{2})\b(?!@)")
# "Harbor Affairs News Desk": a desk's line, its site's name before "Desk".
_DESK_LINE = re.compile(r"^(?:(?i:by)\s+)?(?P<credit>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){1,5}?)\s+"
                        r"(?:Desk|Newsroom|Staff)\s*$")
MAX_ISSUER_LINES = 3  # the issuer and its offices above the label


def release_issuer(opening: tuple[str, ...], directory: OutletDirectory) -> str | None:
    """The institution heading a release: the topmost of the lines naming an institution that
    stand directly above its label ("U.S. Department of Defense" over "Office of the Assistant
    Secretary of Defense (Public Affairs)" over "News Transcript")."""
    for index, line in enumerate(opening):
        if not _RELEASE_LABEL.match(line.strip()):
            continue
        issuer = None
        for above in opening[max(0, index - MAX_ISSUER_LINES):index][::-1]:
            if not _issuer_line(above.strip(), directory):
                break
            issuer = above.strip()
        if issuer:
            return issuer
    return None


def _issuer_line(line: str, directory: OutletDirectory) -> bool:
    if directory.named(line):
        return True
    return bool(_NAME_LINE.match(line) and _INSTITUTION.search(line)
                and not _SENTENCE_END.search(line))


def masthead_desk_credit(opening: tuple[str, ...], directory: OutletDirectory) -> tuple[str, str] | None:
    """(the site's name, the desk's line) when a desk's words before "Desk" open another line
    at the top, the masthead ("Harbor Affairs News" with its tagline), and read as an outlet's."""
    for line in opening:
        match = _DESK_LINE.match(line.strip())
        if match is None or not plausible(match["credit"], directory, unknown_needs_word=True):
            continue
        name = match["credit"]
        if any(other.strip() != line.strip() and re.match(rf"{re.escape(name)}(?:\s+[A-Z]|\s*$)", other.strip())
               for other in opening):
            return name, line
    return None


def desk_credit(line: str, directory: OutletDirectory) -> str | None:
    """A site's desk on a line of its own: "Harbor Bulletin / News Desk"; an unlisted name only
    when it reads as an outlet's ("Politics / News Desk" names a section)."""
    match = _DESK.match(line.strip())
    if match and plausible(match["credit"], directory, unknown_needs_word=True):
        return match["credit"].strip()
    return None


def own_channel_credit(line: str, directory: OutletDirectory) -> str | None:
    """The site's name in its appeal to join its own channel: "Join our brand new verified AMN
    Telegram channel ..." ("our": the site speaks of itself); unlisted, an abbreviation or a
    name that reads as an outlet's."""
    match = _OWN_CHANNEL.match(line.strip())
    if match is None:
        return None
    credit = match["credit"]
    if directory.named(credit) or _ABBREVIATION.fullmatch(credit) \
            or plausible(credit, directory, unknown_needs_word=True):
        return credit
    return None


def title_domain_credit(title: str, lines: tuple[str, ...], directory: OutletDirectory) -> str | None:
    """The last part of a page title ("<headline> | Ruptly") when its letters spell the own
    label of an address the page prints elsewhere ("http://www.ruptly.tv"; not an e-mail's)."""
    parts = title_parts(title)
    if len(parts) < 2:
        return None
    name = parts[-1]
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    if not 3 <= len(key) <= 40 or not name[:1].isupper():
        return None
    for line in lines:
        if line == title:
            continue
        if any(match["label"].lower() == key for match in _PRINTED_DOMAIN.finditer(line)):
            return directory.named(name) or name
    return None
