"""Where a page names the outlet that wrote it, beside the dateline (`corpus.intake.datelines`).

Each reader returns the credit as printed, or None: a byline's credit ("By CHOE SANG-HUN, New York Times", "Paula
Hancocks, CNN"); "first appeared on/in ...", a "Source: ..." line are read by `corpus.intake.first_appeared`, a
title's outlet by `corpus.intake.title_credits`, a closing credit ("... said. (Yonhap)", "— AFP") by
`corpus.intake.closing_credits`, a copyright line's holder by `corpus.intake.copyright_lines`. The words and the
judgement (`plausible`) of a credit that these readers share are here. Photo credits
("Photo: AFP", "(Yonhap photo)", "AP Photo/...") are never credits, and sources quoted in the prose ("told Reuters",
"according to NHK") are never looked at.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory, carried_source, credit_parts, names_no_one
from corpus.intake.printed_dates import MONTH_NAME
from corpus.intake.source_names import NAME_PARTICLES
from corpus.lazy_patterns import LazyPattern

PHOTO_WORD = LazyPattern(r"(?i)\b(?:photos?|image|images|pictures?|file|video|getty|graphics?|"
                    r"illustration|screenshot|screengrab|courtesy)\b|/")
_ROLE = LazyPattern(r"(?i)\b(?:staff|reporter|writer|correspondent|editor|contributor|columnist|"
                    r"bureau|chief|intern|analyst|professor|senior|special|desk|editorial)\b")
# Words of the notes that close a story in brackets: "(Reporting by ...; Editing by ...)", "(Translation)", "(END)": no outlets.
# "(With inputs from agencies)", "(With AFP)", "(Additional reporting ...)": a contribution.
_NOT_AN_OUTLET = LazyPattern(r"(?i)\b(?:by|reporting|editing|writing|compiled|translation|"
                             r"translated|continued|more|ends?|updated?|corrected|correction|"
                             r"inputs?|contribut\w*|additional"
                             # the paper's own story drawing on a wire, in other languages: "Con
                             # información de AFP", "Mit Material von dpa", "Reporte de EFE"
                             r"|informaci[oó]n|informazioni|informa[çc][õo]es|material|reporte"
                             r"|laporan|avec)\b|^\W*(?:with|por|par|von)\b")  # "(Por Jane Roe)": a byline
# Words an outlet's name has and a person's or a place's has not.
OUTLET_WORD = LazyPattern(
    r"(?i)\b(?:news|times|post|daily|herald|journal|agency|press|radio|tv|television|"
    r"broadcasting|network|tribune|gazette|telegraph|guardian|observer|monitor|review|ilbo|"
    r"shimbun|sinmun|today|online|media|wire|chronicle|express|globe|mail|standard|insider|"
    r"magazine|report|weekly|world|inquirer|courier|dispatch|bulletin|sentinel|record|"
    r"diplomat|nikkei|asahi|yomiuri|mainichi|register|examiner|enquirer|ledger|courant|"
    r"statesman|spectator|gleaner)\b"
    # words ending papers' names, never persons' ("Star Tribune" reads as one already):
    # "Toronto Star", "Fresno Bee", "Brooklyn Eagle" (not "Sun", "Banner": "Li Sun", "Bruce
    # Banner")
    r"|(?<=\s)(?:star|beacon|eagle|democrat|citizen|advocate|independent|mirror|pioneer|bee"
    r"|argus|clarion)\s*$|\.(?:com|net|org|co\.\w\w|kr|jp)\b"
    r"|(?-i:[a-z](?:News|Times|Post|Daily|Herald|Journal|Press|Wire|Today))\b")  # "DefenseNews"
# An unlisted credit that describes the writer, not a paper: by a person's noun last ("Jane
# Roe, Texas Democrat", "Patient Advocate", "Japanese Diplomat", "Elder Statesman"; listed
# papers such as "Ottawa Citizen" are named first), or a section's news ("Jane Roe | World News").
_DESCRIBES_WRITER = LazyPattern(
    r"(?i)(?<!\S)(?:democrat|republican|citizen|advocate|independent|pioneer|diplomat"
    r"|statesman)\s*$"
    r"|^(?:world|business|local|national|international|breaking|latest|top|sports?|tech"
    r"|politics|political|entertainment|global|regional|foreign)\s+news\s*$")


def _capitals(*blocks: tuple[int, int]) -> str:
    """The capital letters of the given blocks of code points, for a regex's character class."""
    return "".join(re.escape(char) for first, last in blocks for char in map(chr, range(first, last + 1))
                   if char.isupper())


# A credit's first letter: a capital of any European alphabet, as agencies print their initials ("(İLKHA)", "(ČTK)",
# "(ÖNA)"), not only A-Z.
CAPITAL = f"[{_capitals((0x41, 0x5A), (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F))}]"
CREDIT_TEXT = CAPITAL + r"[\w&.'’/ -]{1,50}?"
_BYLINE = LazyPattern(
    rf"^(?:By|BY)\s+(?P<names>[^,|/]{{2,80}}?)(?:\s*[,|/–—]\s*|\s+-\s+|\s+(?:of|for)\s+)"
    rf"(?P<credit>{CREDIT_TEXT})\s*$")
_TITLE_CASE_FUNCTION_WORDS = frozenset({"The", "Of", "With", "In", "To", "By", "A", "An", "And", "Or", "For", "On",
                                        "At", "From", "Says", "Is", "Are"})
# Words no writer's name holds before the outlet a "By" line ends on: a title's small words in title case, and a
# source the writer cites ("By Jane Roe, Citing Reuters": Reuters is quoted, not the outlet; review 42).
CITING_WORDS = frozenset({"Citing", "Quoting"})
NOT_IN_A_WRITER_S_NAME = _TITLE_CASE_FUNCTION_WORDS | CITING_WORDS
_OUTLET_BYLINE = LazyPattern(r"^(?:By|BY)\s+(?P<credit>.{2,50}?)(?:\s+(?P<staff>Staff|staff|Reporters?"
                             r"|(?i:editorial\s+board|editors)))?\s*$")
# "by: The Yomiuri Shimbun | .", "BY: ...": a byline's label in any case, its empty parts.
_BYLINE_LABEL = LazyPattern(r"^(?:(?i:by)\s*:?\s+(?=\S)|By(?=[A-Z])"  # "ByHT News Desk" as copied
                            # the same in French, Spanish, Portuguese, German, Indonesian
                            r"|(?:(?i:article\s+)?(?i:rédigé|écrit|escrito|publicado)\s+(?i:par|por)"
                            r"|Par|PAR|Por|POR|Von|VON|Oleh|OLEH)\s*:?\s+(?=\S)"
                            r"|(?:كتب|كتبت|بقلم)\s*:\s*(?=\S)"  # Arabic: "wrote:", "by the pen of:"
                            # "Written by ...", "Story by ...", "Author: ..."
                            r"|(?i:written|story|reported|words|text)\s+(?i:by)\s*:?\s+(?=\S)"
                            r"|(?i:authors?|byline|writer)\s*:\s*(?=\S))")
_EMPTY_TAIL = LazyPattern(r"(?:\s*[|.,;:]+)+\s*$")
# "Compiled by Democrat-Gazette staff from wire reports", "Written by Herald staff".
_STAFF_CREDIT = LazyPattern(r"(?i:compiled|written|reported|prepared)\s+by\s+(?:the\s+)?"
                            r"(?P<credit>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4})\s+(?i:staff)\b")
# "Asia Times Staff", "RSTV Bureau", "Saudi Gazette report": an outlet's desk signing what it wrote.
_DESK_WORDS = r"(?i:staff|(?:news\s+|web\s+|online\s+)?desk|bureau|correspondent|report)"
_STAFF_SUFFIX = LazyPattern(r"^(?P<credit>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}?)\s+"
                            rf"{_DESK_WORDS}(?:\s+(?i:writers?|reporters?))?\s*$")
# The same line, its name read longest first ("Foreign Affairs News Desk": never the magazine "Foreign Affairs").
_DESK_SIGNATURE = LazyPattern(r"^(?P<credit>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s+"
                              rf"{_DESK_WORDS}(?:\s+(?i:writers?|reporters?))?\s*$")
_POSTED = LazyPattern(r"(?i)\b(?:correspondent|bureau)\b")  # a writer's posting, named by its place
# A writer for a listed outlet and the place they file from: "By Jane Roe and John Doe for Khabar Southeast Asia in Jakarta".
_FOR_OUTLET_IN_PLACE = LazyPattern(r"^(?:By|BY)\s+[^,|]{2,80}?\s+for\s+(?P<credit>[A-Z][\w&.'’ -]{1,50}?)\s+in\s+[A-Z][\w .'’-]{1,30}$")
# A listed wire's writer on a beat: "AP Diplomatic Writer", "AP Writer", "Reuters Energy Correspondent".
_BEAT_WRITER = LazyPattern(r"^(?P<credit>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}?)\s+(?:[A-Z][a-z]+\s+)?"
                           r"(?:Writer|Reporter|Correspondent|Editor)\s*$")
# A byline after a date or a section on its line: "11 months ago - By Business Insider",
# "Nov. 2, 2015 - 13:09 By Korea Herald" (the time after the dash).
_BYLINE_LATER_IN_LINE = LazyPattern(r"^[^|]{1,40}?\s[|–—-]\s+(?:\d{1,2}:\d\d\s+)?(?P<by>(?:By|BY)\s+[A-Z])")
# The writer's box and its byline copied onto one line, the paper's name after them: "Jane Roe, cleveland.com
# By Jane Roe, cleveland.com The Plain Dealer", "The Associated Press By The Associated Press The Associated Press".
_BOX_THEN_BYLINE = LazyPattern(r"^(?P<box>[A-Z][^|]{1,60}?)\s+By\s+(?P=box)(?:\s|$)")
# A byline with the writer's role before the outlet: "By Jane Roe / Staff Writer, The Salem
# News", "Jane Roe, Reporter, Des Moines Register", "By Jane Roe, Senior Editor at Harbor Beacon".
_ROLE_NOUN = r"(?i:reporter|writer|correspondent|editor|contributor|columnist|journalist|producer)"
_ROLE_BYLINE = LazyPattern(
    rf"^(?:(?:By|BY)\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,4}}\s*[,/|–—]\s*"
    rf"(?:[A-Za-z-]+\s+){{0,3}}?{_ROLE_NOUN}\s*(?:,|\||\s+(?i:for|at|of|with))\s+"
    rf"(?P<credit>{CREDIT_TEXT})\s*$")
_NAMES_CREDIT = LazyPattern(
    rf"^(?P<names>[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){{1,7}})(?:,|\s+\|)\s*"
    rf"(?P<credit>{CREDIT_TEXT})\s*$")
# "By: The Associated Press June 24, 2022": a byline, then the day, as BridgeTower Media's papers print it.
_TRAILING_DAY = LazyPattern(rf"(?<!\s)\s+{MONTH_NAME}\.?\s+[0-3]?\d,\s+(?:19|20)\d\d\s*$")
# "By Korea HeraldPublished : July 4, 2012": the label may be glued to the byline as copied; "Por Lusa | 03.10.17"
_DATE_LABEL = LazyPattern(r"(?:\s|(?<=[a-z]))(?:Published|Posted|Updated|PUBLISHED|UPDATED)\b|\s\|\s*(?=[0-3]?\d[./-][01]?\d[./-]\d\d(?:\d\d)?\s*$)")
_VIA = LazyPattern(r"(?i)^\s*via\s+")


def byline_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet a byline line names: "By X, New York Times", "X and Y, CNN", "By AFP"."""
    line = _EMPTY_TAIL.sub("", _BYLINE_LABEL.sub("By ", line.strip().lstrip("•·▪ ")))  # "  • By X Bureau"
    if len(line) > 120:
        return None
    if (credit := _writer_s_credit(line, directory)) is not None:
        return credit
    if (byline := _byline_within(line)) is not None:
        return byline_credit(byline, directory)
    if (credit := _credit_before_a_day(line, directory)) is not None:
        return credit
    if (posted := _FOR_OUTLET_IN_PLACE.match(line)) and directory.named(posted["credit"]):
        return posted["credit"]  # "By Jane Roe for Khabar Southeast Asia in Jakarta"
    if ending := _listed_ending(line, directory):
        return ending  # "By Jack Kim   Reuters"
    outlet_only = _OUTLET_BYLINE.match(line)
    if outlet_only and (directory.named(outlet_only["credit"])
                        or directory.at_host(outlet_only["credit"].strip().lower())):
        return outlet_only["credit"].strip()  # "By AFP", "By hindustantimes.com"
    if outlet_only and outlet_only["staff"] \
            and plausible(outlet_only["credit"], directory, unknown_needs_word=True):
        return outlet_only["credit"].strip()  # "By Harbor Gazette Staff", "... Editorial Board"
    if desk := _listed_staff(line, directory):
        return desk
    return _credit_after_names(line, directory)


def _writer_s_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet a writer's byline ends on, as a staff's credit ("By Jane Roe, Harbor Gazette Staff") or after the
    writer's name ("By X, New York Times"), else None."""
    staff = _STAFF_CREDIT.search(line)
    if staff and plausible(staff["credit"], directory, unknown_needs_word=True):
        return staff["credit"]
    match = _BYLINE.match(line)
    if match and plausible(match["credit"], directory, unknown_needs_word=True):
        return tidy_credit(match["credit"])
    staff = match and _STAFF_SUFFIX.match(match["credit"])
    if staff and (directory.named(staff["credit"]) or plausible(staff["credit"], directory)
                  and not _POSTED.search(staff[0])):
        return staff["credit"]  # "By Mark Russell, Newser Staff"; not "By X, New York Correspondent": a posting
    return None


def _byline_within(line: str) -> str | None:
    """The byline a line holds after other words, to be read alone: "2 hours ago - By AFP", a box's name then its
    byline; else None."""
    if later := _BYLINE_LATER_IN_LINE.search(line):
        return line[later.start("by"):]
    if boxed := _BOX_THEN_BYLINE.match(line):
        return f"By {boxed['box']}"
    return None


def _credit_before_a_day(line: str, directory: OutletDirectory) -> str | None:
    """The credit of the byline before a date's label or a day that ends the line, else None."""
    head = _DATE_LABEL.split(line, maxsplit=1)[0].strip(" |,")
    if head != line and (credit := byline_credit(head, directory)):
        return credit  # "Deirdre Shesgreen, USA TODAY Published 9:12 a.m. ET Aug. 22, 2019"
    if (head := _TRAILING_DAY.sub("", line)) != line and not head.endswith(":") \
            and (credit := byline_credit(head, directory)) and credit[:1].isupper():
        return credit  # "By: The Associated Press June 24, 2022"; not "By deadline: June 30, 2022"
    return None


def _credit_after_names(line: str, directory: OutletDirectory) -> str | None:
    """The outlet after a writer's names with no "By" ("Jane Roe, Harbor Gazette", "X, AP Diplomatic Writer"), a
    listed outlet's staff ("Asia Times Staff") or the outlet after the writer's role."""
    names = _NAMES_CREDIT.match(line)
    if names and directory.named(names["credit"]) and not _ROLE.search(names["credit"]):
        return names["credit"].strip()
    if names and not OUTLET_WORD.search(names["names"]) \
            and plausible(names["credit"], directory, unknown_needs_word=True):
        return tidy_credit(names["credit"])  # "Jane Roe, Harbor Gazette": a writer, then the paper
    staff = names and (_STAFF_SUFFIX.match(names["credit"]) or _BEAT_WRITER.match(names["credit"]))
    if staff and directory.named(staff["credit"]):
        return staff["credit"]  # "KOSUKE TAKEUCHI, Nikkei staff writer", "X, AP Diplomatic Writer"
    staff = _STAFF_SUFFIX.match(line)
    if staff and directory.named(staff["credit"]):
        return staff["credit"]  # "Asia Times Staff", "Dawn News Desk": a listed outlet's staff
    return _role_credit(line, directory)


def _role_credit(line: str, directory: OutletDirectory) -> str | None:
    """The outlet after the writer's role: "Jane Roe, Reporter, Des Moines Register"; never
    a picture's ("Jane Roe, Staff Photographer, ..." names no role read here)."""
    match = _ROLE_BYLINE.match(line)
    if match and plausible(match["credit"], directory, unknown_needs_word=True):
        return tidy_credit(match["credit"])
    return None


def one_credit(credit: str, directory: OutletDirectory) -> str:
    """Of credits joined by "/", "&", "," or MENAFN's "- " ("UrduPoint News / Sputnik", "AFP/Jiji",
    "Via CNN & Reuters", "MENAFN- The Rio Times"), the first listed outlet, or else the first
    as printed; of three or more, a video's sources then its distributor, the last when listed."""
    credit = _VIA.sub("", credit)
    if directory.named(credit):
        return credit.strip()  # "Stars & Stripes" is one name
    if (source := carried_source(credit)) and directory.named(source):
        return source  # the source, not the syndicator that carries it (both listed)
    parts = [part for chunk in credit.split(",") for part in credit_parts(chunk)]
    if len(parts) == 1 and (agencies := hyphened_agencies(credit, directory)):
        return agencies[0]  # "NTB-AFP": a wire and the agency it carries, joined by a bare hyphen
    if len(parts) > 2 and directory.named(parts[-1]):
        return parts[-1]  # "TV TOKYO/KRT/KCNA/REUTERS": a video's sources, then its distributor
    return next((part for part in parts if directory.named(part)), parts[0] if parts else credit)


def hyphened_agencies(credit: str, directory: OutletDirectory) -> list[str]:
    """The listed parts of a credit joined by bare hyphens ("NTB-AFP", "ANSA-dpa"; "XYZ-YONHAP": a relay's credit)."""
    parts = credit.strip().split("-")
    words = len(parts) > 1 and all(re.fullmatch(r"\w{2,}", part) for part in parts)
    return [part for part in parts if directory.named(part)] if words else []


def _listed_ending(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet ending a "By" line after at least two words of names (not a sentence
    opening with "By": "By the end of the war two million men had crossed the Atlantic."; nor a
    title in title case, its small words capitalised or a colon: "By The Light Of The Sun",
    "By The Numbers: What Seoul Gave Up … Says The Diplomat"; nor a source the writer cites:
    "By Jane Roe, Citing Reuters")."""
    words = line.split()
    if words[:1] not in (["By"], ["BY"]):
        return None
    for size in range(min(5, len(words) - 3), 0, -1):
        names = words[1:-size]
        if directory.named(" ".join(words[-size:])) and all(
                word[:1].isupper() or word in NAME_PARTICLES or not word[:1].isalpha() for word in names) and not any(
                word in NOT_IN_A_WRITER_S_NAME or word.endswith(":") for word in names):
            return " ".join(words[-size:])
    return None


def _listed_staff(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet's desk or correspondent before a place or a date: "By HT News Desk,
    New Delhi", "By HT Correspondent | Jun 26, 2018 12:54 IST"."""
    head = re.split(r"\s*[,|]\s*", line.removeprefix("By ").removeprefix("BY "), maxsplit=1)[0]
    staff = _STAFF_SUFFIX.match(head)
    return staff["credit"] if staff and directory.named(staff["credit"]) else None


def desk_signature(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet's desk alone on a line, signing the story under it: "Wefornews Bureau", "Reuters Staff"."""
    desk = _DESK_SIGNATURE.match(line.strip())
    return directory.named_alone(desk["credit"]) if desk else None


def plausible(credit: str, directory: OutletDirectory, unknown_needs_word: bool = False) -> bool:
    credit = credit.strip()
    if directory.named(credit):
        return True
    if not credit or PHOTO_WORD.search(credit.replace(".com/", ".com")) or _ROLE.search(credit) \
            or _NOT_AN_OUTLET.search(credit) or names_no_one(credit):
        return False
    return not unknown_needs_word or (bool(OUTLET_WORD.search(credit))
                                      and not _DESCRIBES_WRITER.search(credit))


def tidy_credit(credit: str) -> str:
    """The credit as printed, without the spaces around it and the stop or comma closing it ("Yonhap." -> "Yonhap")."""
    return credit.strip().rstrip(".,;:")
