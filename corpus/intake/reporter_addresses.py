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

from corpus.intake.credits import email_credit
from corpus.intake.outlets import OutletDirectory, name_key

_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


def named_address_credit(line: str, directory: OutletDirectory, text: str) -> str | None:
    """The listed outlet of a reporter's address on `line`, unless `text` (the page) prints a sibling's
    name in its stead."""
    name = email_credit(line, directory)
    return None if name is None or prints_sibling_instead(text, name, directory) else name


def prints_sibling_instead(text: str, name: str, directory: OutletDirectory) -> bool:
    """Whether `text`, its addresses aside, prints another listed outlet's name that holds one of `name`'s
    names ("연합뉴스TV" of "연합뉴스") and none of `name`'s names on their own."""
    folded = name_key(" ".join(_ADDRESS.sub(" ", text).split()))
    own = {key for key, shown in directory.by_name.items() if shown == name and key}
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
