"""A whole line labelling the story's source, in any of the languages `contact_lines` knows, read for the outlet
(round 78; the line was already taken as furniture, never read):

    >>> from corpus.intake.outlets import outlets
    >>> labelled_source_credit("Quelle: WELT/Erika Muster", outlets())
    'WELT'
    >>> labelled_source_credit("FUENTE Y FOTOS: Clarín - Hoja del Puerto - MULTIMEDIA: YouTube", outlets())
    'Clarín'

The line is a source line only as a whole ("Fuente: …", "Quelle: …", "Source: …", "来源:…"; never
"(Source: AP)" closing a paragraph's sentence). Its value is cut into parts at slashes, dashes, commas,
bars and semicolons; a part that is another field ("MULTIMEDIA: YouTube") is not a source. Exactly one
listed outlet among the parts, by its name or its site's address: "Źródło: Reuters, PAP, ap.org" names
three and gives none, as a site crediting its wires beside itself does not say which is the page's own;
"Quelle: ots/dpa" (an agency's code in lower case beside it) gives none either. A part naming an outlet's account
on a platform is the outlet (round 95): "来源:新华视点微博" (its Weibo), 'Источник: Telegram-канал "Москва 24"',
"Source: Reuters on Twitter"; the platform alone ("来源:微博") names none.
"""

from __future__ import annotations

import re

from corpus.intake.contact_lines import is_source_line
from corpus.intake.outlets import OutletDirectory
from corpus.intake.pointed_places import PICTURE_OR_DATA

_LABEL_END = re.compile(r"[:：︰|]")
_PARTS = re.compile(r"\s*(?:/|\s[-–—]\s|[,，、;|])\s*")
_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
# Another agency's code in lower case beside the listed one ("Quelle: ots/dpa": dpa's press-release service, as
# "Foto: epa/Reuters" is a picture agency's): the story is not the listed outlet's own.
_AGENCY_CODE = re.compile(r"[a-z]{2,5}")
_PLATFORM_ACCOUNT = re.compile(
    r"^(?:(?i:telegram|телеграм)[- ](?:канал|channel)\s+)?[\"'«“„]?(?P<owner>[^\"'«»“”„]{2,40}?)[\"'»”]?"
    r"(?:(?:官方)?微博|官微|微信公[众眾]号|微信公[众眾]號|公[众眾][号號]|\s+on\s+(?:Twitter|X|Facebook|Telegram|Weibo))?$")


def labelled_source_credit(line: str, directory: OutletDirectory) -> str | None:
    """The one listed outlet a whole source line names, as printed."""
    line = line.strip()
    if not is_source_line(line):
        return None
    label_end = _LABEL_END.search(line)
    value = line[label_end.end():] if label_end else ""
    parts = _source_parts(value)
    named = {part for part in parts if _is_listed(part, directory)}
    if len(named) != 1 or any(_AGENCY_CODE.fullmatch(part) or PICTURE_OR_DATA.search(part)
                              for part in parts if part not in named):
        return None  # "Quelle: ots/dpa"; "Sources: Bloomberg, company filings", a chart's
    part = named.pop()
    return part if directory.named(part) or not directory.named(_account_owner(part)) else _account_owner(part)


def _account_owner(part: str) -> str:
    """The outlet whose account on a platform `part` names ("新华视点微博": "新华视点"), or `part` itself."""
    match = _PLATFORM_ACCOUNT.match(part)
    return match["owner"].strip() if match else part


def _source_parts(value: str) -> list[str]:
    parts = (part.strip().strip("()（）").strip() for part in _PARTS.split(value.strip()))
    return [part for part in parts if part and not _LABEL_END.search(part)]


def _is_listed(part: str, directory: OutletDirectory) -> bool:
    if directory.named(part) or directory.named(_account_owner(part)):
        return True
    return bool(_HOST.fullmatch(part.lower()) and directory.at_host(part.lower()))
