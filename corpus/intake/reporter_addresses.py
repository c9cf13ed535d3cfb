"""A reporter's e-mail address names the outlet of its domain, unless the page prints the name of
another listed outlet of the same group in its stead: the group's mail serves its channels too.

"조한대 기자 (onepunch@yna.co.kr)" closes Yonhap News TV's stories, over its "연합뉴스TV 기사문의 및 제보":
the broadcaster's staff write from the agency's domain. The page prints "연합뉴스TV", a listed outlet whose
name holds the agency's ("연합뉴스"), and never the agency's name alone: it is the channel's page. A page
printing no name at all keeps the address's outlet (Dong-A's English stories print only "…@donga.com").

    >>> from corpus.intake.outlets import outlets
    >>> text = "조한대 기자 (onepunch@yna.co.kr)\\n연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23"
    >>> named_address_credit("조한대 기자 (onepunch@yna.co.kr)", outlets(), text) is None
    True
    >>> named_address_credit("김 기자 kim@yna.co.kr", outlets(), "(서울=연합뉴스TV) …\\n(서울=연합뉴스) 김 기자 kim@yna.co.kr")
    'Yonhap'
    >>> named_address_credit("lovesong@donga.com", outlets(), "lovesong@donga.com")
    'The Dong-A Ilbo'
"""

from __future__ import annotations

import re

from corpus.intake.closing_names import REPORTER_SIGNS_OFF
from corpus.intake.contact_lines import EMAIL_ADDRESS
from corpus.intake.outlets import OutletDirectory, name_key

_EMAIL = re.compile(rf"\b{EMAIL_ADDRESS}\b")
_ADDRESS = re.compile(rf"(?<![\w.+-]){EMAIL_ADDRESS}|https?://\S+|www\.\S+")  # an e-mail or a web address


# A broadcast reporter's sign-off just before the address, as a group's channel prints it under its
# transcript: "채널A뉴스 유주은입니다. <br>grace@donga.com" (the channel's reporter, the group's mail).
_SIGN_OFF_BEFORE = re.compile(rf"(?P<outlet>[\w가-힣]{{2,12}}?)(?:뉴스)?{REPORTER_SIGNS_OFF}(?:\s|<br\s*/?>)*$")


# A Korean picture's caption: marked "▲" before it, or its sentence of what is going on in the picture ("… 있다.")
# with the day it was taken ("2019.11.22") before the photographer's address, as Yonhap's photo wire prints it and
# other papers copy it above their own story: "▲ … (서울=연합뉴스) 김도훈 기자 = … 우거져 있다. 2019.11.22 kim@yna.co.kr".
_PICTURE_CAPTION = re.compile(r"^\s*▲|있다\.\s*(?:19|20)\d\d\.\s?[01]?\d\.\s?[0-3]?\d\.?\s+[\w.+-]+@")


def email_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet whose web domain a reporter's address uses ("kim@yna.co.kr"), unless the line is a picture's
    caption: its photographer's address credits the picture, not the story."""
    if "@" not in line or _PICTURE_CAPTION.search(line):
        return None  # (cheaply: most lines print no address)
    for match in _EMAIL.finditer(line):
        if name := directory.at_host(match[0].partition("@")[2]):  # (the domain: one "@" in an address)
            return name
    return None


def named_address_credit(line: str, directory: OutletDirectory, text: str) -> str | None:
    """The listed outlet of a reporter's address on `line`, unless `text` (the page) prints a sibling's
    name in its stead, or the reporter signs off for another listed outlet just before the address."""
    name = email_credit(line, directory)
    if name is None or prints_sibling_instead(text, name, directory):
        return None
    return None if any(signs_for_other(text[:match.start()], name, directory)
                       for match in _ADDRESS.finditer(text) if "@" in match[0]) else name


def signs_for_other(before: str, name: str, directory: OutletDirectory) -> bool:
    """Whether the text just before an address ends on a sign-off for a listed outlet other than `name`."""
    sign_off = _SIGN_OFF_BEFORE.search(before[-80:])
    listed = sign_off and (directory.named(sign_off["outlet"]) or directory.named(sign_off["outlet"] + "뉴스"))
    return bool(listed) and listed != name


def prints_sibling_instead(text: str, name: str, directory: OutletDirectory) -> bool:
    """Whether `text`, its addresses aside, prints another listed outlet's name that holds one of `name`'s
    names ("연합뉴스TV" of "연합뉴스") and none of `name`'s names on their own."""
    folded = name_key(" ".join(_ADDRESS.sub(" ", text).split()))
    own = {key for key in directory.keys_of(name) if key}
    longer = [key for key, shown in directory.by_name.items()
              if shown != name and any(key.startswith(key_) and key != key_ for key_ in own)]
    sibling = False
    for key in own:
        for match in re.finditer(rf"(?<![a-z0-9]){re.escape(key)}", folded):
            if any(folded.startswith(other, match.start()) for other in longer):
                sibling = True
            elif not re.match(r"[a-z0-9]", folded[match.end():match.end() + 1]):
                return False  # the outlet's own name, as words
    return sibling
