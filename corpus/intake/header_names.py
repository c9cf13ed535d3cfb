"""A listed outlet named in the furniture of a page's header: navigation, masthead, date lines.

    >>> from corpus.intake.outlets import outlets
    >>> header_credit("Home | News | The Korea Times | Politics", outlets())
    'The Korea Times'

Sites print their own name among the header's items: a navigation or breadcrumb line ("Home >
The Korea Herald > National"), a masthead with its tagline ("Korea JoongAng Daily - Korea's
leading English news"), a date line ("Nov 22, 2019 | NHK WORLD-JAPAN"), a line of section
names run together as copied ("The Korea Times Opinion Biz/Finance Lifestyle"). Only a name
of the list of outlets is taken (`corpus/outlets.json` and the user's file), and only when
the line holds exactly one: a line naming several ("Reuters | AP | AFP") lists sources, and
a sentence ("..., the Korea Herald reported") quotes one, so neither is read. An abbreviation
beside the words it spells ("DN - Defence Notes") stands for those words, not a listed outlet's.
"""

from __future__ import annotations

import re

from corpus.intake.credits import CITING_WORDS, OUTLET_WORD
from corpus.intake.east_asian_widgets import is_east_asian_widget
from corpus.intake.outlets import OutletDirectory, spelled_before, spelled_otherwise
from corpus.intake.printed_dates import date_span, find_date_line
from corpus.reporting_verbs import ACCORDING, QUOTING, SAYING, any_of

_SEPARATOR = re.compile(r"\s*(?:\||•|·|»|›|>|::)\s*|\s*(?<![:/])/(?!/)\s*|\s+[-–—]+\s+|\t"
                        r"|(?i:\b(?:source|published|updated|posted|date|editor|author)\s*:)"
                        r"|(?i:\b(?:posted|published|written|provided|shared|filed|story)\s+by\b)"
                        r"|(?i:\s\d+\s*min(?:ute)?s?\.?\s+read\b)")
# What an item may have around the outlet's name: "Reuters Staff", "Yonhap on <date>".
_AROUND_NAME = re.compile(r"(?i)\s+(?:staff|desk|bureau|newsroom|on|at)$")
# A line labelled with a role, where a name in brackets is the reporter's outlet.
_ROLE_LABEL = re.compile(r"(?i)^(?:reporter|correspondent|editor|writer|by)\b")
_PARENTHESISED = re.compile(r"[(\[]([^()\[\]]{2,60})[)\]]")
# Sentences and pictures: a listed name there is a quoted source or a picture's credit.
_NOT_FURNITURE = re.compile(
    "(?i)" + any_of(SAYING, ACCORDING, QUOTING, ("reporting",))
    + r"|\b(?:photos?|image|images|pictures?|getty|file|courtesy|video|via|sources|download|install)\b"
    # "DOWNLOAD THE X MOBILE APP"; "▲ 사진=…, 연합뉴스": a picture's; "Data source: Bloomberg": a chart's
    r"|(?:사진|写真|图片|圖片|照片)\s*[=:：]|캡처|캡쳐|キャプチャ|截图|截圖"
    r"|\b(?:data|statistics|figures|chart|graph)\s+(?:source|from)\b")
# "출처:/ 연합뉴스TV 캡처": a screen capture's source
# An embedded post's signature, as a page quoting a tweet copies it: "— ANI (@ANI) February 26, 2019"
# (whose post the page quotes, never the page's own name).
_EMBEDDED_POST = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+(?:19|20)\d\d\s*$")
# A subheading giving what a source says, in capitals: "REUTERS: 296 CAN KAYBI" (its first word
# and a colon, then the words: one sentence, not a menu's items run together).
_SAYS_COLON = re.compile(r"^\S+:\s+\S")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*\b")
# A word in any alphabet ("сообщает"), counted as small when its first letter is a small one beyond ASCII.
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
# "REUTERS/Baz Ratner": an agency, a slash and a photographer's name (two or three capitalised words;
# "VOA News/By William Gallo" is a byline: its writer's; "… /Asia News Network" an outlet's words).
_PHOTOGRAPHER = re.compile(r"(?!By\s)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")
_JOINING_WORDS = frozenset({"and", "of", "the", "in", "on", "for", "a", "to", "by", "at", "de"})
_SENTENCE_END = re.compile(r"(?<!\w)[a-z]{2,}[.!?]\s")  # not "Nov. 22" nor "p.m. ET"
# A clock closing an item (", The Asahi Shimbun , 1:00 p.m.": a byline's outlet and its time).
_CLOCK_AT_END = re.compile(r"(?i)[\s,]*\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:ET|JST|KST|GMT|UTC))?\s*$")
# "Published: 2016/6/13": a labelled date's slashes, which separate no items ("… Source:People's Daily Online
# Published: 2016/6/13 17:29:17"; a citation's "(朝鮮日報 2012/04/20)" is not the site's)
_NUMERIC_DATE = re.compile(r"(?i:published|updated|posted)\s*:?\s*\d{1,4}/\d{1,2}/\d{1,4}")
_ADDRESS = re.compile(r"(?i)(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
_BRACKETED_ADDRESS = re.compile(rf"\(\s*{_ADDRESS.pattern[4:]}\s*\)", re.IGNORECASE)
# "By Zhong Nan": a byline's names, never an outlet's ("Nan" is not the wire NAN).
_BYLINE_NAMES = re.compile(r"^(?:By|BY)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
MAX_LINE = 160
MAX_LOWER_WORDS = 3  # "Korea JoongAng Daily - Korea's leading English news"
MAX_NAME_WORDS = 5
MIN_NAV_WORDS = 3
MIN_ONE_WORD_NAME = 3
MAX_ABBREVIATION = 5


def header_credit(line: str, directory: OutletDirectory) -> str | None:
    """The one listed outlet among the items of a header line, as printed, or None."""
    line = line.strip()
    if len(line) > MAX_LINE or "©" in line or _NOT_FURNITURE.search(line) or _reads_as_sentence(line) \
            or _EMBEDDED_POST.search(line) \
            or is_east_asian_widget(line):  # "인터뷰 : 조선중앙통신": whom a transcript quotes
        return None
    if _BRACKETED_ADDRESS.fullmatch(line):
        return None  # "(washingtonpost.com)" alone on its line: the source a digest cites, not the site's header
    parts = _items(line)
    named = {name: part for part in parts if (name := _named_as_printed(part, directory))} \
        or {name: part for part in parts if (name := _listed_address(part, directory))}  # "(AP/chinadaily.com.cn)": AP
    if len(named) == 1 and parts != [line]:  # a line of the name alone is read elsewhere
        credit = next(iter(named.values()))
        if spelled_otherwise(credit, parts, directory):
            return None  # "DN - Defence Notes": the letters stand for the words beside them
        # "Itsuo Inouye/AP" credits a picture: after a slash only the first item is the site's
        if _ADDRESS.fullmatch(credit):
            return next(iter(named))  # "By Zhong Nan (chinadaily.com.cn)": the site's own address
        if len(parts) == 2 and parts[0] == credit and "/" in line and _PHOTOGRAPHER.fullmatch(parts[1]) \
                and not OUTLET_WORD.search(parts[1]):  # ("The Korea Herald/Asia News Network": a partner's)
            return None  # "REUTERS/Baz Ratner" under a caption: the agency and its photographer
        return credit if "/" not in _NUMERIC_DATE.sub("", line) or parts[0] == credit else None
    if named:
        return None
    if len(_SEPARATOR.split(line)) == 1 and _reads_as_navigation(line):
        return _one_name_in_words(line, directory)  # items run together, no separator between
    printed = find_date_line(line)
    rest = _BYLINE_NAMES.sub("", printed.rest) if printed else ""  # a writer's names are a person's
    return _one_name_in_words(rest, directory) if rest else None


def _listed_address(part: str, directory: OutletDirectory) -> str | None:
    """The listed outlet whose address an item is ("chinadaily.com.cn")."""
    return directory.at_host(part.lower()) if _ADDRESS.fullmatch(part) else None


def _reads_as_sentence(line: str) -> bool:
    """A sentence or a caption ("Flag bearers at the closing ceremony. (Reuters)"), not items."""
    line = _CLOCK_AT_END.sub("", line)
    lower = [w for w in _LOWER_WORD.findall(line) if w not in _JOINING_WORDS]
    return line.endswith((".", "!", "?", "…")) or bool(_SENTENCE_END.search(line)) \
        or len(lower) > MAX_LOWER_WORDS


def _lower_words(line: str) -> list[str]:
    """The words in small letters, of any alphabet with cases ("Об этом в четверг сообщает CNN": a
    sentence quoting a source, not a menu), but joining words."""
    return [w for w in _LOWER_WORD.findall(line) if w not in _JOINING_WORDS] \
        + [w for w in _WORD.findall(line) if not w[0].isascii() and w[0].islower()]


def _items(line: str) -> list[str]:
    """The items of a header line: its parts between separators, what a date line holds in
    brackets ("November 22, 2019 (Mainichi Japan)"), and each part without a date it prints
    ("Nov 22, 2019 NHK WORLD-JAPAN")."""
    items = []
    bracketed = _PARENTHESISED.search(line)
    if bracketed and (_ROLE_LABEL.match(line) or not _without_date(
            line[:bracketed.start()] + line[bracketed.end():])):
        line = _PARENTHESISED.sub(r" | \1 | ", line)
    for part in filter(None, _SEPARATOR.split(line)):
        if part := _AROUND_NAME.sub("", _without_date(part)):
            items.append(part)
    if (printed := find_date_line(line)) and printed.rest:
        items.append(printed.rest)  # "Kyodo Nov 22, 2019 14:05": the words around the date
    return items


def _without_date(part: str) -> str:
    part = _CLOCK_AT_END.sub("", part).strip(" ,;:")
    span = date_span(part)
    return (part[:span[0]] + " " + part[span[1]:]).strip(" ,;:") if span else part


def _reads_as_navigation(line: str) -> bool:
    """Items run together as copied: every word capitalised (a section's name, an outlet's),
    but joining words ("Sport and Culture"), at least three of them."""
    words = line.split()
    lower = _lower_words(line)
    return len(words) >= MIN_NAV_WORDS and not lower and not _SAYS_COLON.match(line)


def _named_as_printed(item: str, directory: OutletDirectory) -> str | None:
    """The outlet an item names alone, but not by a short word in title case that the outlet's initials spell: "Open
    in App" is no credit of APP (Associated Press of Pakistan); "APP", "Ansa", "dpa" still name theirs."""
    name = directory.named_alone(item)
    if name and item.istitle() and len(item) <= MAX_ABBREVIATION and spelled_before(item.upper(), name):
        return None
    return name


def _one_name_in_words(line: str, directory: OutletDirectory) -> str | None:
    """The one listed name among the line's runs of words ("Bloomberg Anywhere Remote Login
    Bloomberg Terminal"): of two words or more, or one word of three letters or more ("AA"
    may be a size, "Metro" a section: see `named_alone`)."""
    words = line.split()
    found: dict[str, str] = {}
    start = 0
    while start < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
            candidate = " ".join(words[start:start + size])
            if size == 1 and len(candidate) < MIN_ONE_WORD_NAME:
                continue
            if start and (words[start] == "the" or words[start - 1] == "of"):
                break  # "Around the Nation", "Ministry of Foreign Affairs": a longer name's words
            if start and words[start - 1].capitalize() in CITING_WORDS:
                break  # "By Jane Roe, Quoting Yonhap": the source the writer cites (review 42)
            if name := _named_as_printed(candidate, directory):
                found[name] = candidate
                start += size - 1
                break
        start += 1
    return next(iter(found.values())) if len(found) == 1 else None
