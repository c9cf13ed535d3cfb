"""A site's name beside its own address, and what else the page must say for it to be the page's outlet.

    >>> from corpus.intake.outlets import outlets
    >>> own_domain_credit("The Korea Post media (www.koreapost.com) in English", outlets())
    'The Korea Post'

A name whose letters spell an address's domain is the page's outlet only with more said of it:
the name and address make a credit of their own ("The Korea Post (http://www.koreapost.com/)",
"(KTV 한국정책방송 케이블방송, 위성방송 ch164, www.ktv.go.kr )", "2018年07月6日 BBC https://www.bbc.com/…",
"ソース(MSN産経ニュース) http://…", "Copyright 2021 NPR. To see more, visit https://www.npr.org."), or
the page names the outlet again elsewhere. An address a line points to ("Read more at The Daily
Planet (dailyplanet.com)"), credits a picture with ("Photo: Flickr (flickr.com)"), passes on
("via Newser (newser.com)"), shares on a platform ("Twitter twitter.com/…") or quotes ("NK News
(nknews.org) reported") names no outlet of the page's.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from corpus.intake.outlets import OutletDirectory, name_key
from corpus.lazy_patterns import LazyPattern
from corpus.reporting_verbs import ACCORDING, QUOTING, SAID_THAT_KOREAN_JAPANESE, SAYING, any_of

__all__ = ["own_domain_credit", "times_named"]

_DOMAIN = LazyPattern(r"(?i)\b(?:https?://)?(?:www\.)?(?P<label>[a-z0-9-]{3,40})\.(?:com|net|org|co\.[a-z]{2}"
                      r"|[a-z]{2})\b")
_QUOTING = LazyPattern("(?i)" + any_of(SAYING, ACCORDING, QUOTING) + "|" + SAID_THAT_KOREAN_JAPANESE)
_NAME_WORD = LazyPattern(r"\b[A-Z][\w&'’-]*")
_NAME_WORDS_AT_MOST = 6
_LETTERS = LazyPattern(r"[^a-z0-9]")
_WINDOW = 300  # characters before an address its name is looked for in
_DOMAINS_READ = 50  # addresses read on one line (a list of links past that)
# Before the name of a credit of its own: brackets, a date, "The", a source's label or a copyright notice.
_CREDIT_OPENING = LazyPattern(r"(?i)^[\W\d年月日_]*+(?:(?:sources?|ソース|出典|출처|来源|來源|引用元)[\W_]*+"
                              r"|(?:copyright|\(c\))[\W\d_]*+)?(?:the\s++)?$")
_NOTICE = LazyPattern(r"(?i)copyright|\(c\)|[©ⓒ]")
_WORDS_BETWEEN_AT_MOST = 6  # "media (", "한국정책방송 케이블방송, 위성방송 ch164,": the credit's own words
_SENTENCE_END = LazyPattern(r"[.!?](?=\s)|。")
# Just before the name: a picture's credit, a passed-on link, a hat tip; or a pointer to it: "Read the report at",
# "visit", "see", "on", "from".
_THIRD_PARTY_BEFORE = LazyPattern(r"(?i)(?:\bvia|\bh/t|\bhat\s+tip|\bcourtesy(?:\s+of)?|\bphotos?|\bimages?"
                                  r"|\bpictures?|\bcredits?|写真|사진"
                                  r"|\b(?:at|from|in|on|see|read|visit|watch)(?:\s+the)?)\W*+$")
# Platforms anyone posts or shares on: their address beside their name is a link, not a site's own.
_SHARING_DOMAINS = frozenset({"twitter", "facebook", "youtube", "instagram", "wikipedia", "flickr", "tiktok",
                              "linkedin", "medium", "reddit", "substack", "telegram", "pinterest", "tumblr"})
# Web addresses and bare domains ("https://www.npr.org", "heritage.org", "KCNA.kp"): a name inside them is no naming.
_ADDRESS = LazyPattern(r"https?://\S++|(?<![\w.@-])[\w-]++(?:\.[\w-]++)++")


def own_domain_credit(line: str, directory: OutletDirectory, page_text: str = "") -> str | None:
    """A site's name beside its own address ("The Korea Post media (www.koreapost.com) in English", "Newser
    (newser.com)": the name's letters spell the domain's own label), when the two make a credit of their own or
    `page_text` names it again. A source the sentence quotes ("NK News (nknews.org) reported") is not the site's,
    nor the domain of an e-mail address (`corpus.intake.reporter_addresses.email_credit` reads those)."""
    if _QUOTING.search(line):
        return None
    for domain in itertools.islice(_DOMAIN.finditer(line), _DOMAINS_READ):
        label = domain["label"].lower()
        if line[:domain.start()].endswith("@") or label in _SHARING_DOMAINS:
            continue  # "reach Jane at jane.roe@fox.com": a writer's e-mail, not the site's address
        if (named := _name_before(line, domain.start(), label)) is None:
            continue
        start, end, name = named
        credit = directory.named(name) or name
        if _THIRD_PARTY_BEFORE.search(line[max(0, start - _WINDOW):start]):
            continue
        if _credit_of_its_own(line, start, end, domain.start()) or _named_again(name, credit, page_text, directory):
            return credit
    return None


def _name_before(line: str, domain_start: int, label: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the words nearest before the address (within `_WINDOW` characters) that spell its
    domain's label: "Korea Post" for koreapost.com, "MSN産経ニュース" for msn.com."""
    offset = max(0, domain_start - _WINDOW)
    words = list(_NAME_WORD.finditer(line, offset, domain_start))
    for last in range(len(words) - 1, -1, -1):
        letters = ""
        for first in range(last, max(last - _NAME_WORDS_AT_MOST, -1), -1):
            letters = _LETTERS.sub("", words[first].group().lower()) + letters
            if letters == label:
                return words[first].start(), words[last].end(), " ".join(w.group() for w in words[first:last + 1])
            if not label.endswith(letters):
                break
    return None


def _credit_of_its_own(line: str, start: int, end: int, domain_start: int) -> bool:
    """Whether the name opens the line (after brackets, a date, a source's label or a copyright notice) with
    its address a few words after it, no sentence ending between (a copyright notice's own may)."""
    if not _CREDIT_OPENING.match(line[:start]):
        return False
    between = line[end:domain_start + 1]
    near = len(between.split()) <= _WORDS_BETWEEN_AT_MOST and not _SENTENCE_END.search(between)
    return near or bool(_NOTICE.search(line[:start]))


def _named_again(name: str, credit: str, page_text: str, directory: OutletDirectory) -> bool:
    keys = {key for key in (name_key(name), name_key(credit)) if len(key) > 2}
    if listed := directory.named(credit):
        keys |= {key for key in directory.keys_of(listed) if len(key) > 2}
    return times_named(page_text, frozenset(keys)) >= 2


def times_named(text: str, keys: frozenset[str]) -> int:
    """How often `text` names an outlet by one of `keys` (`name_key`'s forms), leaving out its web
    addresses and bare domains: an address names its host, not the story's source."""
    if not keys:
        return 0
    return len(_names(keys).findall(name_key(_ADDRESS.sub(" ", text))))


@lru_cache(maxsize=256)
def _names(keys: frozenset[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(key) for key in sorted(keys, key=len, reverse=True)))
