"""Lines that credit the outlet without a dateline's or a byline's usual form.

    >>> from corpus.intake.outlets import outlets
    >>> place_credit("SEOUL-Agence France-Presse", outlets())
    'Agence France-Presse'

Each reader takes a listed outlet only (`corpus/outlets.json` and the user's file): these
forms are loose, and a wrong name is worse than none.
* a credit and a place, the way some papers print a wire's dateline: "AFP, SEOUL" (even
  glued to the lead as copied: "AFP, SEOULIn a late change ..."), "SEOUL-Agence
  France-Presse", "TOKYO — Kyodo";
* a site's name glued to the first sentence as copied from a page: "Al JazeeraWithin hours"; a
  wire's initials glued to the byline before them: "Jane Roe and John DoeAAP";
* a byline beside a listed outlet: "Global News | By Jane Roe", "By Agence France-Presse
  Japan said ..." (run into the lead as copied), or run into the dateline: "By Jane Roe /
  Yomiuri Shimbun CorrespondentBEIJING — ...";
* outlets sharing a credit line: "Reuters and Agence France-Presse", "AP, AFP", or with the
  paper's own staff: "Kyodo, Staff Report"; a masthead printing one outlet's two names: "大紀元 エポックタイムズ・ジャパン";
* a feed's line of an outlet and a date: "Stars and Stripes 2014-04-23";
* a masthead with the site's buttons after it: "The Korea Times close", "Reuters Menu", or its
  logo's text: "Pulse.com.gh logo";
* the one listed outlet among the tags closing a channel's text: "... #CNN #News";
* a listed outlet opening a bracketed label: "[Global Times Comprehensive Report] ...";
* a site's own pointer to more of its stories: "More from GlobalPost: <headline>", "Read
  Saturday's Arkansas Democrat-Gazette for full details".
"""

from __future__ import annotations

import re

from corpus.cleaning import is_prose
from corpus.intake.copyright_lines import reserves_rights
from corpus.intake.credits import PHOTO_WORD, byline_credit, desk_signature
from corpus.intake.furniture import describes_picture, is_caption, is_korean_caption
from corpus.intake.outlets import OutletDirectory, one_listed_part
from corpus.intake.press_reviews import review_headings
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_signatures import transcript_sign_off
from corpus.lazy_patterns import LazyPattern

_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}"
_CREDIT = r"[A-Z][\w&.'’ -]{0,40}?"
# "AFP, SEOUL", "AFP, SEOULIn a late ...", "Kyodo, TOKYO —"
_CREDIT_THEN_PLACE = LazyPattern(
    rf"^(?P<credit>{_CREDIT}),\s*(?P<place>{_CAPS_PLACE}?)(?:(?=[A-Z][a-z])|\s*(?:[-–—]+|$))")
# "SEOUL-Agence France-Presse", "TOKYO — Kyodo" on a line of their own.
_PLACE_THEN_CREDIT = LazyPattern(rf"^(?P<place>{_CAPS_PLACE})\s*[-–—]+\s*(?P<credit>{_CREDIT})\s*$")
# Where two words were glued as copied: "JazeeraWithin", "SEOULIn".
_GLUE = LazyPattern(r"(?<=[a-z.])(?=[A-Z][a-z])")
_JOINED = LazyPattern(r"\s*(?:,|&|/|\band\b)\s*")  # "Reuters and AFP", "BSS/AFP"
_TWO_NAMES_AT_MOST = 80
# "Kyodo, Staff Report", "• Reuters, Kyodo, Staff Report": wires and the paper's own staff.
_WIRES_AND_STAFF = LazyPattern(r"^(?:[•·]\s*)?(?P<wires>[A-Z][\w&.,' -]{1,60}?),\s+(?i:staff\s+reports?)$")
# "Jane Roe and John DoeAAP": one to three names of capitalised words, the initials glued to the last.
_GLUED_INITIALS = LazyPattern(r"^(?:By\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
                              r"(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}){0,2}"
                              r"(?<=[a-z])(?P<credit>[A-Z]{2,6})$")
_GLUED_AGE = LazyPattern(r"^(?P<name>[A-Z][^\d]{1,40}?)\s*\d{1,2}\s*(?:minutes?|mins?|hours?|hrs?|days?"
                         r"|weeks?|months?|years?)\s+ago\s*$")
# The buttons beside a site's masthead, copied with it: "close", "menu", "search", "☰".
_MASTHEAD_BUTTONS = LazyPattern(r"^(?P<name>\S.{1,50}?)(?:\s++(?:(?i:close|menu|search|open|sign\s+in"
                                r"|log\s*in|subscribe|back|mobile"  # its mobile edition: "arirang mobile"
                                r"|logo"  # its logo's text: "Pulse.com.gh logo", the image's alt text copied
                                # the same buttons in Spanish, Portuguese, French, German, Italian,
                                # Indonesian: "ELMERCURIO.COM Volver", "Le Soir Menu Rechercher"
                                r"|volver|atr[aá]s|inicio|men[uú]|buscar|cerrar|voltar|fechar|retour"
                                r"|fermer|rechercher|zur[uü]ck|suche|schlie(?:ß|ss)en|indietro|cerca"
                                r"|chiudi|kembali|tutup|cari)|[☰×✕≡]))+$")
# The site's icon or logo named before it, its image's alt text copied: "Icono del sitio La Razón" (WordPress's
# "Site icon" in Spanish), "Site icon Harbor Gazette", "Logo VPItv".
_ICON_BEFORE = LazyPattern(r"^(?i:site\s+icon|icono\s+del\s+sitio|[íi]cone\s+do\s+site|ic[ôo]ne\s+du\s+site|logo)"
                           r"\s+(?P<name>\S.{1,50}?)$")
_MORE_FROM = LazyPattern(rf"^(?:More|MORE)\s+(?:from|FROM)\s+(?P<credit>{_CREDIT})\s*:\s*\S")
# "Read Saturday's Arkansas Democrat-Gazette for full details": a paper's pointer to its edition.
_EDITION_POINTER = LazyPattern(
    rf"^(?:Read|See|Pick\s+up)\s+(?:(?:today|tomorrow|[A-Z][a-z]+day)['’]s\s+)?(?:the\s+)?"
    rf"(?P<credit>{_CREDIT})\s+for\s+(?:full|more|complete)\b")
# "... a year. #CNN #News": the tags closing a channel's description of its own video.
_CLOSING_TAGS = LazyPattern(r"(?:^|\s)(?P<tags>#\w{2,40}(?:\s+#\w{2,40}){0,9})\s*$")
_BY = LazyPattern(r"^(?:By|BY)\s+[A-Z]")
# "Le Monde avec AFP", "Tagesschau mit dpa", "El País con EFE": the paper, with a wire's material.
_OUTLET_WITH_WIRE = LazyPattern(r"^(?P<credit>[A-Z][\w&.'’ -]{1,40}?)\s+(?:avec|with|mit|con|com)\s+(?:l'|la\s+|a\s+)?"
                                r"(?P<wire>[A-Za-z][\w&.'’ -]{1,30})$")
_BRACKET_LABEL = LazyPattern(r"^\s*[\[【](?P<label>[A-Z][^\]】]{1,80})[\]】]")
_PICTURE_LABEL = LazyPattern(r"(?i)\b(?:photos?|image|pictures?|video|graphic)\b|/")
_DOMAIN_ALONE = LazyPattern(r"(?i)^(?:https?://)?(?P<host>(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,6})/?$")
MAX_GLUED_NAME = 40
MAX_BYLINE_NAME_WORDS = 5


def place_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet beside a place in capitals: "AFP, SEOUL", "SEOUL-Agence France-Presse"."""
    match = _CREDIT_THEN_PLACE.match(line) or _PLACE_THEN_CREDIT.match(line.strip())
    if match and not directory.named(match["place"]) and directory.named(match["credit"]):
        return match["credit"].strip()
    return None


def glued_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet glued to the sentence after it ("Al JazeeraWithin hours ...") or, in
    an aggregator's list, to the age of its story ("Khaleej Times2 days ago")."""
    if (aged := _GLUED_AGE.match(line)) and directory.named(aged["name"]):
        return aged["name"]
    for glue in _GLUE.finditer(line[:MAX_GLUED_NAME + 1]):
        if directory.named(line[:glue.start()]):
            return line[:glue.start()]
    return None


def glued_byline_credit(line: str, directory: OutletDirectory) -> str | None:
    """A wire's initials glued to the byline before them, as a page whose byline and source stand
    side by side is copied: "Isabel Debre and Samy MagdyAAP" (a listed name in capitals only)."""
    match = _GLUED_INITIALS.match(line.strip())
    return match["credit"] if match and directory.named(match["credit"]) else None


# A byline's label in lower case, as German and French sites print a wire's or paper's credit.
_LOWER_LABEL = LazyPattern(r"^(?:von|par|por)\s+(?P<credit>\S.{0,40}?)\s*$")
_SENTENCE_END = LazyPattern(r"\w\.\s*$")


def lower_label_credit(line: str, directory: OutletDirectory, captions: frozenset[str] = frozenset()) -> str | None:
    """A listed outlet after a byline's label in lower case: "von dpa", "par leparisien" (a
    person, an unlisted name or a common word, "par Time", "von Welt", there names no outlet;
    nor does a picture's credit under its caption, one of `captions`: "por AP")."""
    match = _LOWER_LABEL.match(line.strip())
    return match["credit"] if match and line not in captions and directory.named_alone(match["credit"]) else None


def under_captions(lines) -> frozenset[str]:
    """The lines just after a caption, or after a sentence a caption's photo credit would follow."""
    return frozenset(line for before, line in zip(lines, lines[1:])
                     if is_caption(before) or describes_picture(before) or _SENTENCE_END.search(before))


def joined_credit(line: str, directory: OutletDirectory) -> str | None:
    """The first of two or more listed outlets sharing a line: "Reuters and AFP"; or of the wires
    a paper's own reporting joins ("Kyodo, Staff Report", "• Reuters, Kyodo, Staff Report": The
    Japan Times' credit for a story of theirs and its own, as many papers print "Staff report")."""
    line = line.strip()
    if staffed := _WIRES_AND_STAFF.match(line):
        parts = _JOINED.split(staffed["wires"])
        return parts[0] if all(directory.named_alone(part) for part in parts) else None
    parts = _JOINED.split(line)
    if len(parts) > 1 and all(directory.named_alone(part) for part in parts):
        return parts[0]
    return _two_names_of_one(line, directory)


def _two_names_of_one(line: str, directory: OutletDirectory) -> str | None:
    """The first of one listed outlet's two names side by side, as a masthead prints them in two scripts or as its
    name and its edition's: "大紀元 エポックタイムズ・ジャパン" (The Epoch Times); never two outlets ("Reuters AFP")."""
    if len(line) > _TWO_NAMES_AT_MOST:
        return None
    for space in (match.start() for match in re.finditer(r"\s+", line)):
        first, second = line[:space].strip(), line[space:].strip()
        if (outlet := directory.named_alone(first)) and directory.named_alone(second) == outlet:
            return first
    return None


def masthead_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet's masthead, or its address, with the site's buttons copied after it:
    "The Korea Times close", "Reuters Menu Search", "NHK WORLD ☰", "ELMERCURIO.COM Volver", or its icon's
    text before it ("Icono del sitio La Razón"); or
    with the city of the desk that wrote the story, as a byline: "7Dnews London", "Do UOL, em São Paulo"."""
    match = _MASTHEAD_BUTTONS.match(line.strip()) or _ICON_BEFORE.match(line.strip())
    if match is None:
        desk = _FROM_DESK.match(line.strip()) or _NAME_AND_DESK.match(line.strip())
        return desk["name"] if desk and not PHOTO_WORD.search(desk["desk"]) and directory.named_alone(
            desk["name"]) and not directory.named(line.strip()) else None
    host = _DOMAIN_ALONE.match(match["name"])  # "ELMERCURIO.COM Volver": the site's address
    return match["name"] if directory.named_alone(match["name"]) or (
        host and directory.at_host(host["host"])) else None


# (not a label's colon before it: "Bild: Reuters" is German for "picture: Reuters")
_NAME_AND_DESK = LazyPattern(r"^(?P<name>\S.{1,40}?)(?<![:：])\s++(?P<desk>[A-Z][a-z]{2,15})$")
# The same as Brazil's press prints it: "Do UOL, em São Paulo" ("from UOL, in São Paulo").
_FROM_DESK = LazyPattern(r"^D[oa]s?\s+(?P<name>[A-Z]\S.{0,38}?),\s+(?:em|no|na)\s+"
                         r"(?P<desk>[A-ZÀ-Ý][^\W\d_]+(?:\s[^\W\d_]+){0,3})$")
_SIGN_AND_CLOCK = LazyPattern(r"^(?:©|ⓒ|\([cC]\))\s*|\s+\d{1,2}:\d\d$")


def dated_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet with a date on a feed's line: "Stars and Stripes 2014-04-23",
    "chinadaily.com.cn | Updated: 2019-11-22" (a listed site's address),
    "「中国網日本語版(チャイナネット)」2011年3月11日" (its name as printed, brackets and all), a paper
    and its edition sharing the line ("ⓒ 中央日報/中央日報日本語版2016.11.24 07:49"), a name copied
    twice, its logo's text glued to it ("Báo Quốc TếBáo Quốc Tế19/08/2023")."""
    printed = find_date_line(line)
    if printed is None:
        return None
    as_printed = line.replace(printed.text, " ").strip()
    unsigned = _SIGN_AND_CLOCK.sub("", as_printed)  # "ⓒ 中央日報日本語版2016.09.12 11:13": the holder and its story's day
    named = next((name for name in (printed.rest, as_printed, unsigned, _undoubled(as_printed))
                  if name and directory.named_alone(name)),
                 None) or one_listed_part(unsigned, directory)  # "ⓒ 中央日報/中央日報日本語版<date>"
    host = printed.rest.split("|")[0].strip().lower()  # "chinadaily.com.cn | Updated: <date>"
    return named or (host if _DOMAIN_ALONE.match(host) and directory.at_host(host) else None)


_MENU_LINE_WORDS = 8  # "× El País El Mundo La Zona Cultura Tecnología …": a menu's sections on one line


def in_menu_line(name: str, lines) -> bool:
    """Whether `name` stands inside a line of a site's sections, after its first ("× El País El Mundo La
    Zona Cultura …", no sentence's punctuation): a section's label ("El Mundo 2 de octubre de 2016",
    the world section's) that a listed outlet's name shares, not the site."""
    within = re.compile(rf"\w.*(?<!\w){re.escape(name)}(?!\w)")
    return any(len(line.replace(name, " ").split()) >= _MENU_LINE_WORDS  # other sections ("By X X X": one name)
               and not re.search(r"[.,;:!?()]", line) and within.search(line) for line in lines)


def _undoubled(text: str) -> str | None:
    """A name copied twice and glued, as a logo's text and the name beside it: "Báo Quốc TếBáo Quốc Tế"."""
    half = len(text) // 2
    return text[:half] if len(text) % 2 == 0 and half >= 4 and text[:half] == text[half:] else None


def more_from_credit(line: str, directory: OutletDirectory) -> str | None:
    """A site's pointer to its own stories: "More from GlobalPost: <headline>", or to its
    print edition: "Read Saturday's Daily Planet for full details"."""
    match = _MORE_FROM.match(line) or _EDITION_POINTER.match(line)
    return match["credit"].strip() if match and directory.named(match["credit"]) else None


def hashtag_credit(paragraph: str, directory: OutletDirectory) -> str | None:
    """The one listed outlet among the tags closing the text: "... a year. #CNN #News"."""
    match = _CLOSING_TAGS.search(paragraph)
    if match is None:
        return None
    named = {directory.named(tag[1:]) for tag in match["tags"].split()} - {None}
    return named.pop() if len(named) == 1 else None


# "By Jane Roe / Yomiuri Shimbun CorrespondentBEIJING — …": the byline, then a place in capitals
# glued to its last word and the dateline's dash.
_BYLINE_BEFORE_DATELINE = LazyPattern(r"^(?P<byline>(?i:by)\s+\S.{2,100}?[a-z])(?=[A-Z]{3,}(?:[ ,.]+[A-Z]{2,})*"
                                      r"\s*(?:\([^()]{2,30}\)\s*)?[—–-])")


def byline_before_dateline_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet a byline names when copying ran it into the dateline (see above)."""
    match = _BYLINE_BEFORE_DATELINE.match(line)
    return byline_credit(match["byline"], directory) if match else None


def byline_beside_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet sharing a line with a byline: "Global News | By Jane Roe", or opening
    a byline run into the lead as copied: "By Agence France-Presse Japan said Monday ...", or
    a paper's story with a wire's material: "Le Monde avec AFP" (both listed: the paper's).
    ("Jane Roe / Reuters" is not read: a photo's credit has that form, "Itsuo Inouye/AP".)"""
    if (match := _OUTLET_WITH_WIRE.match(line.strip())) and directory.named(match["credit"]) \
            and directory.named(match["wire"]):
        return match["credit"]
    parts = [part.strip() for part in line.split(" | ")]
    if len(parts) > 1 and any(_BY.match(part) for part in parts):
        return next((part for part in parts if directory.named(part)), None)
    if not _BY.match(line):
        return None
    words = line.split()[1:MAX_BYLINE_NAME_WORDS + 2]
    for size in range(min(MAX_BYLINE_NAME_WORDS, len(words) - 1), 0, -1):
        if directory.named(" ".join(words[:size])) and words[size][:1].isupper():
            return " ".join(words[:size])
    return None


def bracket_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet opening a bracketed label before the text: "[Global Times
    Comprehensive Report] South Korea and ...", "【Xinhua News】". A picture's label is not."""
    match = _BRACKET_LABEL.match(line)
    if match is None or _PICTURE_LABEL.search(match["label"]):
        return None
    words = match["label"].split()
    for size in range(min(MAX_BYLINE_NAME_WORDS, len(words)), 0, -1):
        if directory.named(" ".join(words[:size])):
            return " ".join(words[:size])
    return None


def domain_line_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet's address alone on a line: "www.koreaherald.com", "KoreaPost.com"."""
    match = _DOMAIN_ALONE.match(line.strip())
    return directory.at_host(match["host"]) if match else None


def signed_credit(closing: tuple[str, ...], directory: OutletDirectory) -> str | None:
    """A listed outlet signing the story on a line of its own under a sentence: the text's
    last line ("... on Japan's white list." / "REUTERS"), or a line under one of the last
    sentences when the site's furniture follows ("Kim Hyo-sun, Arirang News." / "Tags"), or one
    of the few lines right under the story's last paragraph ("Tags", "Comment", "by teleSUR/MS"),
    or a transcript's last words ("... Connie moo Arirang news").
    Under a picture's caption a name credits the picture; heading a review's part, the paper reviewed."""
    headings = review_headings(closing, directory)
    for before, line in _under_the_story(closing):
        if is_caption(before) or describes_picture(before) or is_korean_caption(before) or reserves_rights(before):
            continue  # (under the site's notice of its rights, "HotNews": a link of the site's, the story over)
        if line in headings:
            continue  # "NZ Herald" / "The New Zealand Herald calls it …": a paper a review of the papers reviews
        if credit := _signature(line.strip(), directory):
            return credit
    return transcript_sign_off(closing, directory)


def _under_the_story(closing: tuple[str, ...]):
    """(line before, line), last first, for each line under a sentence, then the lines just
    under the story's last paragraph (the last line that reads as prose)."""
    pairs = list(zip(closing, closing[1:]))[::-1]
    yield from ((before.strip(), line) for before, line in pairs
                if before.strip().endswith((".", "!", "?", "\"", "”")))
    story_end = max((i for i, line in enumerate(closing) if is_prose(line)), default=None)
    if story_end is not None:
        after = closing[story_end:story_end + 1 + _LINES_UNDER_THE_STORY]
        yield from zip(after, after[1:])


def _signature(line: str, directory: OutletDirectory) -> str | None:
    if sign_off := _NAME_SIGN_OFF.match(line):
        return directory.named_alone(sign_off["outlet"])  # "Jane Roe, Arirang News."
    signed = _SIGNED_LAST_LINE.match(line)
    name = signed["outlet"] if signed else _BRACKETED.sub(r"\1", line)
    return directory.named_alone(name) or directory.handle(name) or desk_signature(line, directory)


_LINES_UNDER_THE_STORY = 3
# "TRT World and agencies", "Reuters with wires", "teleSUR/ JF", "by teleSUR/MS" (the editor's
# initials), "SOURCE:TRTWorld and agencies": the outlet signing the story.
# "(Xinhua) |", "[Jiji Press]": a wire's credit in brackets, a share bar's edge after it.
_BRACKETED = LazyPattern(r"^[(\[（［](.{2,40})[)\]）］]\s*\|?$")  # full-width too: "（ロイター）"
_SIGNED_LAST_LINE = LazyPattern(
    r"^(?:(?i:source)\s*:\s*|(?i:by)\s+(?=\S+\s*/))?(?P<outlet>\S.{1,40}?)\s*(?:(?:and|with|&|\+)\s+"
    r"(?:news\s+)?(?:agencies|wires?|wire\s+services)|/\s*[A-Z]{1,4}(?:[-/][A-Z]{1,4})?)\.?$")
# A broadcaster's reporter signing off on a line of their own: "Kim Hyun-bin, Arirang News."
_NAME_SIGN_OFF = LazyPattern(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\.?$")


# "Published by The Lawfare Institute": the page's publisher on a line of its own, its partner at
# most after it ("… in Cooperation With", the partner's name on the next line as copied).
# "in Cooperation With": the partner a publisher names after it (`metadata`'s partner's line too).
IN_PARTNERSHIP_WITH = r"in\s+(?:cooperation|co-operation|partnership|association|collaboration)\s+with"
_PUBLISHED_BY = LazyPattern(rf"^\W*(?i:published)\s+(?i:by)\s+(?P<credit>\S.{{1,50}}?)\W*"
                            rf"(?:\s(?i:{IN_PARTNERSHIP_WITH})\b.*)?$")


def publisher_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet a line of its own names as the page's publisher ("Published by The Lawfare
    Institute"); a person ("Published by Jane Roe") or a date beside it names no one."""
    match = _PUBLISHED_BY.match(line.strip())
    return match["credit"] if match and directory.named_alone(match["credit"]) else None
