"""Credits printed in three forms many pages share (intake round 35):

    >>> from corpus.intake.outlets import outlets
    >>> name_beside_own_address_credit("[テレ朝news] https://news.tv-asahi.co.jp", outlets())
    'テレ朝news'
    >>> dated_wire_credit("서울 7월 5일발 신화통신(기자 륙예, 경학붕): 한국 언론이 5일 전한 데 따르면", outlets())
    '신화통신'
    >>> transcript_sign_off_credit("병장 월급이 21만6천원이 됩니다 연합뉴스TV 지성림입니다", outlets())
    '연합뉴스TV'

* a listed outlet's name, bare or in brackets, beside an address at one of that outlet's own
  listed domains, a line of its own or after the last sentence ("[テレ朝news] https://news.tv-asahi.co.jp",
  as a blog closes a broadcaster's story it carries): the name and the address agree, so the line is no
  link to another site ("[NHK] https://www.asahi.com/..." names two outlets: no credit);
* the dateline of the Korean-language wires of Pyongyang and Beijing, the place, the day and
  "발" (filed), then the agency and its reporters ("서울 7월 5일발 신화통신(기자 …):",
  "【평양 7월 5일발 조선중앙통신】", "(평양 7월 5일발 조선중앙통신)"): a listed agency only ("서울 7월 5일발 특별취재반" names none);
* a Korean broadcaster's reporter signing off at the end of a transcript copied as one
  paragraph with or without its full stops ("… 됩니다 연합뉴스TV 지성림입니다"), after a Korean
  sentence's last syllable: a listed outlet only ("… 됩니다 이것이 문제입니다" names none). The
  sign-off on a line of its own is `east_asian_credits.korean_signature`'s;
* Deutsche Welle's sign-off under a story it compiled from the wires (intake round 38): its editors'
  initials joined by "/", then the wires in brackets ("tj/rc (AFP, dpa)", "mm/kms (AFP, Reuters, dpa)"),
  the house style of DW alone; a wire's own sign-off, one editor ("dpa/jp"), is
  `site_lines.sign_off_credit`'s, and initials with no wires after them name no one. Other sites
  sign so too ("ng/jm (AFP, AP)"): read only with a German wire in the brackets ("dpa", "KNA",
  "epd"), or beside a second sign of DW's (its address or name in the text, "DW" in the opening).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from corpus.intake.outlets import OutletDirectory

__all__ = ["compiled_from_wires_credit", "dated_wire_credit", "name_beside_own_address_credit", "signed_by_dw",
           "transcript_sign_off_credit"]

_NAMED_ADDRESS = re.compile(r"(?:^|(?<=[。．.!?！？」』]))\s*(?:[\[【(（](?P<bracketed>[^\]】)）]{2,30})[\]】)）]"
                            r"|(?P<bare>[^\s:：|]{2,30}(?: [^\s:：|]{1,20}){0,3}))"
                            r"\s*[:：|-]?\s*<?(?P<url>(?:https?://|www\.)[^\s<>]+?)>?\s*$")
_DATED_WIRE = re.compile(r"^\s*[【(（]?\s*[가-힣]{2,10}\s+\d{1,2}\s*월\s*\d{1,2}\s*일\s*발\s+"  # "(평양 11월 18일발 …)" too
                         r"(?P<credit>[가-힣A-Za-z]{2,12})\s*(?:\(\s*기자[^)]{0,30}\))?\s*[:：】)）]")
# A Korean broadcast reporter's sign-off after the outlet's name: "... 연합뉴스TV 지성림입니다."
REPORTER_SIGNS_OFF = r"\s+[가-힣]{2,4}(?:\s?기자)?입니다\.?"
_TRANSCRIPT_SIGN_OFF = re.compile(r"[다요][.!?]?\s+(?P<credit>[\w가-힣]{2,12}(?:\s[\w가-힣]{2,8})?)"
                                  rf"{REPORTER_SIGNS_OFF}\s*$")
# "tj/rc (AFP, dpa)": two or more editors' initials, then the wires the story was compiled from.
_EDITORS_AND_WIRES = re.compile(r"^\s*[a-z]{2,4}(?:/[a-z]{2,4})+\s*"
                                r"\((?P<wires>[A-Za-z]{2,8}(?:\s*,\s*[A-Za-z]{2,8})*)\)\s*$")
_DW_IN_TEXT = re.compile(r"(?i)\bdw\.com\b|Deutsche Welle")
_DW_ALONE = re.compile(r"\bDW\b")
_COMPILING_WIRES = frozenset({"afp", "ap", "dpa", "reuters", "kna", "epd", "efe", "ips"})
_GERMAN_WIRES = frozenset({"dpa", "kna", "epd"})  # a German wire among them: DW's sign enough


def name_beside_own_address_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed outlet a line names beside an address at its own domain."""
    match = _NAMED_ADDRESS.search(line[-200:])
    if match is None:
        return None
    name = (match["bracketed"] or match["bare"]).strip()
    url = match["url"] if "://" in match["url"] else "http://" + match["url"]
    listed = directory.named(name)
    return name if listed and directory.at_host(urlparse(url).hostname or "") == listed else None


def dated_wire_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed agency of a Korean-language wire's dateline "<place> 7월 5일발 <agency>"."""
    match = _DATED_WIRE.match(line)
    return match["credit"] if match and directory.named(match["credit"]) else None


def transcript_sign_off_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed broadcaster whose reporter signs off at the end of a Korean transcript."""
    match = _TRANSCRIPT_SIGN_OFF.search(line[-80:])
    return match["credit"] if match and directory.named(match["credit"]) else None


def compiled_from_wires_credit(line: str, directory: OutletDirectory, dw_signed: bool) -> str | None:
    """Deutsche Welle, by its editors' initials over the wires it compiled from (see the module),
    a German wire among them or a second sign of DW's on the page (`dw_signed`, `signed_by_dw`)."""
    match = _EDITORS_AND_WIRES.match(line)
    wires = {wire.strip().lower() for wire in match["wires"].split(",")} if match else set()
    if not wires or not wires <= _COMPILING_WIRES or not (dw_signed or wires & _GERMAN_WIRES):
        return None
    return "Deutsche Welle" if directory.named("Deutsche Welle") else None


def signed_by_dw(opening, text: str) -> bool:
    """A second sign of DW's: its address or name on a line of the text that is no sentence (its
    copyright, a permalink, "Read more in Deutsche Welle's archive"; not "The minister told
    Deutsche Welle on Monday …"), "DW" in the opening lines (other sites' editors sign "ng/jm
    (AFP, AP)" too)."""
    return any(_DW_IN_TEXT.search(line) and not _sentence(line) for line in text.splitlines()) or any(
        _DW_ALONE.search(line) for line in opening)


def _sentence(line: str) -> bool:
    """Six words or more, closing on a full stop (read from its end: a long line is read once)."""
    end = line.rstrip()
    end = end[:-1] if end[-1:] in "\"”’" else end
    return end[-1:] in ".!?" and len(re.sub(r"^\W+", "", line).split()) >= 6
