"""Datelines: where and (often) when a story was filed, and by whom.

    >>> find_dateline(["(ATTN: RECASTS lead)", "SEOUL, Nov. 9 (Yonhap) -- South Korea ..."]).credit
    'Yonhap'

Forms read, on a line of their own or opening a paragraph, anywhere in the opening lines:
"SEOUL, Nov. 23 (Yonhap) --", "SEOUL, Nov. 23, Kyodo", "TOKYO, 23 November (AFP) -",
"MOSCOW (Sputnik) —", "SEOUL, South Korea (AP) —", "Seoul (CNN) —", "SEOUL, Aug. 22, 2019 --",
"Seoul (AFP) June 29, 2012", "(COLOMBO, XYZ) –" (place and credit in one pair of brackets),
"TAIPEI, Kyodo -" (a listed wire after the place's comma, where a region stands). A place in capitals may stand
with a date or a credit; a place in ordinary case needs a credit in brackets and a dash ("Seoul (CNN) —"), so that
a sentence is never read as one, nor a caption without a credit ("Manila, 9 November. ... (WFP/Jane Roe)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.date_patterns import month_number
from corpus.intake.credit_first_datelines import dateline_after_credit, without_inner_abbreviation
from corpus.intake.dated_items import item_and_dateline
from corpus.intake.dateline_forms import (A_TITLE, AFTER_PICTURE_CREDIT, ANY_SCRIPT_DATELINE, BYLINE_BEFORE_PLACE,
                                          CAPS_DATELINE, CREDIT_WITH_DATE, MONTH, NOT_A_CREDIT, NOT_A_PLACE,
                                          PLACES_BEFORE_LAST, latin_dateline)
from corpus.intake.east_asian_credits import chinese_dateline
from corpus.intake.furniture import is_caption
from corpus.intake.korean_wire_datelines import korean_dispatch_dateline
from corpus.intake.languages import dateline_month
from corpus.intake.outlets import names_no_one, outlets
from corpus.intake.printed_dates import read_date

MAX_OPENING_LINES = 30


@dataclass(frozen=True)
class Dateline:
    text: str  # the dateline as printed, without the text after it
    place: str  # "" when the dateline names none ("(CNN) —")
    credit: str | None
    month: int | None
    day: int | None
    year: int | None
    line_number: int  # its line among those searched (0-based)
    rest: str  # the text after it on its line ("" when it stands alone)

    @property
    def dated(self) -> bool:
        return self.month is not None


def find_dateline(lines, limit: int = MAX_OPENING_LINES) -> Dateline | None:
    """The first dateline in the first `limit` lines (a caption's only when it credits), or None; after a syndicator's
    credit naming a wire, the wire's own dated one: "(MENAFN- IANS) Seoul, Dec 27 (IANS) ..."."""
    for number, line in enumerate(lines[:limit]):
        if (dateline := _dated_credit_dateline(line, number) or read_dateline(line, number) or _item_dateline(
                line, number) or _dateline_after_caption(line, number)) and (dateline.credit or not is_caption(line)):
            return dateline_after_credit(dateline, line, read_dateline, number)
    return None


def _dated_credit_dateline(line: str, number: int) -> Dateline | None:
    """A yearless dateline whose credit carries the outlet's full date of the same day, which
    gives the year: "SEOUL,March 6 (UrduPoint / Pakistan Point News - 6th Mar, 2023 ) :"."""
    match = CREDIT_WITH_DATE.search(line[:160])
    if match is None or len(value := read_date(match["date"]) or "") != 10:
        return None
    dateline = read_dateline(f"{line[:match.start()]}({match['credit']}){line[match.end():]}", number)
    if dateline is None or (dateline.month, dateline.day) != (int(value[5:7]), int(value[8:])):
        return None
    return replace(dateline, year=int(value[:4]), text=line[:match.end()])


def _dateline_after_caption(line: str, number: int) -> Dateline | None:
    """A dateline in capitals run into the picture's caption above it as copied: "... on
    December 30, 2016. — Reuters picTOKYO, Jan 6 — Japan said ..."."""
    if (glue := AFTER_PICTURE_CREDIT.search(line)) is None:
        return None
    dateline = read_dateline(line[glue.end():], number)
    return dateline if dateline and dateline.place.isupper() else None


def dated_item(line: str) -> tuple[str, str] | None:
    """(ISO day, the date as printed) of an aggregator's item whose full date, after its
    weekday if any and before a note of its age, opens a wire's dateline with its credit:
    "Monday, 10 February 2020 (2 hours ago) LOS ANGELES (AP) — ..."."""
    item = item_and_dateline(line, 0, read_dateline)
    return (item[0], item[1]) if item else None


def _item_dateline(line: str, number: int) -> Dateline | None:
    """The wire's dateline of an aggregator's item after its date (`dated_item`)."""
    item = item_and_dateline(line, number, read_dateline)
    return item[2] if item else None


def read_dateline(line: str, number: int = 0) -> Dateline | None:
    line = PLACES_BEFORE_LAST.sub("", BYLINE_BEFORE_PLACE.sub("", without_inner_abbreviation(line.strip())))
    match = latin_dateline(line)
    if match is None:
        return _any_script_dateline(line, number) or _chinese_wire_dateline(line, number) \
            or _korean_dispatch(line, number)
    groups = match.groupdict()
    credit = _printed_credit(match, groups)
    if _refused(groups, credit):
        return None
    if credit and names_no_one(credit):
        credit = None  # "ISLAMABAD, Nov 23 (Agencies) -": a dateline that credits no one
    if groups.get("inner"):
        return _with_inner_date(match, credit, number)
    return _dateline_of(line, match, credit, number)


def _printed_credit(match: re.Match, groups: dict) -> str | None:
    """The credit the dateline prints, or a listed wire where its region stands ("TAIPEI, Kyodo - Hundreds ...")."""
    credit = (groups.get("credit") or groups.get("after") or groups.get("listed") or "").strip(" -.") or None
    if not credit and match.re is CAPS_DATELINE and match["rest"] and (region := groups.get("region")) \
            and not groups.get("month") and outlets().named(region):
        return region
    return credit


def _refused(groups: dict, credit: str | None) -> bool:
    """"Seoul, KOREA -": an unbracketed credit in capitals, unlisted; "Tuesday, 07 Feb 2023": a site's date line; "The
    Sun (Malaysia) -": a masthead and its country; words no credit is; "NORTH Korea Says (Seoul)": a region without
    its comma only before a listed credit; "(left)", "(sic)": only a listed outlet is printed in lower case ("dpa")."""
    place, named = groups.get("place") or "", outlets().named
    if groups.get("listed") and not named(groups["listed"]) or NOT_A_PLACE.match(place) or A_TITLE.match(place):
        return True
    if groups.get("bare_region") and not (credit and named(credit)):
        return True
    return bool(credit and (NOT_A_CREDIT.search(credit) or credit[0].islower() and not named(credit.split("/")[0])))


def _dateline_of(line: str, match: re.Match, credit: str | None, number: int) -> Dateline | None:
    """The dateline `match` reads, with its credit; None when it names only a place, or is a date line alone."""
    groups = match.groupdict()
    month_name = groups.get("month") or groups.get("month2") or groups.get("foreign") or groups.get("foreign_first")
    if not (credit or month_name):
        return None  # "SEOUL —" names only a place
    if not credit and groups.get("year") and not match["rest"]:
        return None  # "Headlines, August 23, 2019" alone: a date line, read as one
    if groups.get("after") and match["rest"] is None and len(credit.split()) > 3:
        return None
    end = match.start("rest") if match["rest"] else len(line)
    month = _month_of(month_name) if month_name else None
    day = int(groups.get("day") or groups["day_first"] or groups["day_after"]) if month_name else None
    year = int(groups["year"]) if groups.get("year") else None
    return Dateline(line[:end].rstrip(" —–-_:| "), match["place"] or "", credit, month, day, year, number,
                    match["rest"] or "")


def _any_script_dateline(line: str, number: int) -> Dateline | None:
    """"서울, 8월22일 (로이터) - ...", "سول (رويترز) - ...": a listed outlet's credit; the month by
    its number or its name, or no date."""
    match = ANY_SCRIPT_DATELINE.match(line)
    if match is None or not outlets().named(match["credit"]) \
            or all(letter <= "\u024f" for letter in match["place"]):
        return None  # a place in the Latin script is read by the forms above
    month = int(match["number"]) if match["number"] else \
        dateline_month(match["foreign"]) if match["foreign"] else None
    if match["number"] and not 1 <= month <= 12:
        return None
    day = int(match["day"] or match["day_first"]) if month else None
    end = match.start("rest") if match["rest"] else len(line)
    return Dateline(line[:end].rstrip(" —–-_:| "), match["place"], match["credit"],
                    month, day, None, number, match["rest"] or "")


def _chinese_wire_dateline(line: str, number: int) -> Dateline | None:
    """"新华社北京11月22日电 ...", "中新网8月22日电 ...": a listed wire's, its year not printed."""
    if line.isascii() or (found := chinese_dateline(line, outlets())) is None:  # (see `_korean_dispatch`)
        return None
    credit, month, day, text = found
    return Dateline(text, "", credit, month, day, None, number, line.strip()[len(text):].strip())


def _korean_dispatch(line: str, number: int) -> Dateline | None:
    """"도꾜 11월 12일발 신화통신: ...", "(평양 11월 18일발 조선중앙통신)...": a listed wire's, its year not printed."""
    # (Asked of nearly every line: an ASCII one, which neither dateline can open, is not given the directory of
    # outlets, whose every fetch reads four environment variables, ~12 µs: of a page set's intake, 2-3%.)
    if line.isascii() or (found := korean_dispatch_dateline(line, outlets())) is None:
        return None
    place, credit, month, day, text = found
    return Dateline(text, place, credit, month, day, None, number, line.strip()[len(text):].strip())


def _month_of(name: str) -> int:
    """An English month's number ("Nov", "November"), else another language's ("dic")."""
    return dateline_month(name) or month_number(name)


def _with_inner_date(match: re.Match, credit: str | None, number: int) -> Dateline | None:
    value = read_date(match["inner"])
    year, month, day = map(int, value.split("-")) if value and len(value) == 10 else (None, None, None)
    if value is None and (yearless := re.fullmatch(rf"{MONTH}\s+(?P<day>[0-3]?\d)", match["inner"].strip())):
        month, day = _month_of(yearless["month"]), int(yearless["day"])  # "(CNN Philippines, November 18)"
    if credit is None or (match["comma"] and not outlets().named(credit)):  # "(Philippines, November 18)"
        return None
    return Dateline(match.group(0)[:match.start("rest")].rstrip(" —–-_:|"), match["place"],
                    credit, month, day, year, number, match["rest"])
