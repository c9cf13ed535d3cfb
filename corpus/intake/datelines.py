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

from corpus.date_patterns import WEEKDAYS, month_number
from corpus.intake.credits import CAPITAL
from corpus.intake.credit_first_datelines import dateline_after_credit, without_inner_abbreviation
from corpus.intake.dated_items import item_and_dateline
from corpus.intake.east_asian_credits import chinese_dateline
from corpus.intake.furniture import is_caption
from corpus.intake.languages import DATELINE_MONTH, dateline_month
from corpus.intake.outlets import credit_parts, names_no_one, outlets
from corpus.intake.printed_dates import MONTH_NAME, read_date

# Capitals of the Latin and Cyrillic scripts ("SEOUL", "SÉOUL", "СЕУЛ") and their small letters.
_CAPS, _SMALL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ", "a-zß-öø-ÿа-яёіїєґ"
_CAPS_ON = rf"(?:[{_CAPS}.'’-]|[à-öø-ÿ](?=[{_CAPS}]))"  # "SEúL": an accented letter left small in capitals
_CAPS_PLACE = rf"[{_CAPS}]{_CAPS_ON}+(?:(?:\s?/\s?|\s)[{_CAPS}]{_CAPS_ON}+){{0,3}}"  # "SEOUL / TOKYO"
_TITLE_PLACE = rf"[{_CAPS}][{_SMALL}'’.-]+(?:(?:[ -]|\s?/\s?)[{_CAPS}][{_SMALL}'’.-]+){{0,2}}"  # "Seúl", "Сеул", "Tokio/Seoul"
# ", South Korea", ", Ciudad Autonoma de Buenos Aires" or ANI's "[South Korea]" after the place
# The date after the place: after a comma, or glued to ANI's bracketed region as copied
# ("Seoul [South Korea]March 19 (ANI):").
_BEFORE_DATE = r"(?:,|(?<=\]))\s*"
_REGION_WORD = r"[A-Z][A-Za-zà-öø-ÿ.-]+"  # "Perú", "México": a region's name with its accents
_REGION = (r"(?:\s*\[[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}\]"
           rf"|,\s*(?P<region>{_REGION_WORD}(?:\s(?:(?:de|del|da|do|di|du|la|of)\s)?{_REGION_WORD}){{0,3}})"
           r"|(?<=[A-Z]{2})\s(?P<bare_region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s*\())?")  # "TACOMA Washington (Reuters)"
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
# "SINGAPORE, TUESDAY 12 JUNE 2018:": the weekday before the date, in any case.
_WEEKDAY = rf"(?:(?i:{'|'.join(WEEKDAYS)}),?\s+)?"
# The day first, a month in another language ("22 nov", "22 de noviembre", "22. Okt."): the
# languages' names and abbreviations (`corpus.intake.languages`).
_FOREIGN_MONTH = rf"(?:de\s+)?(?P<foreign>(?i:{DATELINE_MONTH}))(?![\w])\.?"
# The month first in another language, as some Latin American papers print it: "Lima, diciembre 7 (El Comercio).-".
_FOREIGN_MONTH_FIRST = rf"(?P<foreign_first>(?i:{DATELINE_MONTH}))(?![\w])\.?\s+(?P<day_after>[0-3]?\d)(?!\d)"
_DATE = (rf"{_WEEKDAY}(?:{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<day_first>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+"
         rf"(?:{_MONTH.replace('month', 'month2')}|{_FOREIGN_MONTH})|{_FOREIGN_MONTH_FIRST})"
         rf"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?")
# "dpa", "dpa/MIA", "dpa-AFX", "askanews": a credit in lower case only when it (its first part) is listed
_CREDIT = rf"(?:{CAPITAL}[A-Za-zА-Яа-яЁё0-9&.'’/ -]{{0,40}}?|[a-z]{{2,12}}(?:[/-][A-Za-z]{{2,10}})?)"
_DASH = r"(?:\.?(?:—|–|--|-)|_|:|\|)"  # "(EFE).-": a full stop before the dash
_TAIL = rf"(?:\s*{_DASH}\s*(?P<rest>\S.*)|\s*(?:{_DASH})?\s*$)"
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}){_REGION}(?:(?:,|(?<=\.))\s*{_DATE})?"  # "MINSK. July 26 (Interfax)"
    rf"(?:,?\s*\((?P<credit>{_CREDIT}(?:,\s*{_CREDIT}){{0,2}})\)|(?<=\d),\s*(?P<after>{_CREDIT}))?{_TAIL}"
)  # "WASHINGTON (NYTIMES, REUTERS) -", "SEOUL (REUTERS, AFP, BLOOMBERG) -": up to three credits
# "Aug. 22 (UPI) --": a wire's date and credit without a place.
_PLACELESS_DATELINE = re.compile(
    rf"^(?P<place>){_MONTH}\s+(?P<day>[0-3]?\d)(?:,\s+(?P<year>(?:19|20)\d\d))?"
    rf"\s*\((?P<credit>{_CREDIT})\)\s*{_DASH}\s*(?P<rest>\S.*)"
)
# "SEOUL (UrduPoint News / Sputnik - 09th January, 2020) South Korea ...", "Seoul, (APP -
# UrduPoint / Pakistan Point News - 16th Jun, 2020 ) :North Korea ...", "Metro Manila (CNN Philippines, November 18) —".
_DATED_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}),?\s*\((?P<credit>{_CREDIT})(?:\s+[-–]|(?P<comma>,))\s+(?P<inner>[0-3]?\d[^()]{{3,25}}"
    rf"|{_MONTH}[^()]{{3,20}})\)\s*(?:{_DASH}\s*)?(?P<rest>\S.*)"
)
# "(CNN) — ...", "(CNN)A North Korean ...", "(GPA) Seoul – ...": the credit first.
_CREDIT_FIRST_DATELINE = re.compile(
    rf"^\((?P<credit>[A-Z]{{2,6}}|{_CREDIT})\)\s*(?:(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE})\s*)?"
    rf"(?P<dash>{_DASH})?\s*(?P<rest>\S.*)"
)
# "(COLOMBO, LANKAPUVATH) –Typhoon ...", "(ANKARA, AA) - ...": the place and the credit inside
# one pair of brackets, a dash after them.
_BRACKETED_PLACE_CREDIT = re.compile(
    rf"^\((?P<place>{_CAPS_PLACE}),\s*(?P<credit>{_CREDIT})\)\s*(?:—|–|--|-)\s*(?P<rest>\S.*)")
# "(MENAFN- The Rio Times) A plane ...": a syndicator's credit shared with a listed source, no place or dash after.
_SHARED_CREDIT_FIRST = re.compile(rf"^\((?P<credit>{_CREDIT})\)\s*(?P<place>)(?P<rest>[A-Z\"“‘'].*)")
# "Seoul (Yonhap)" on a line of its own: a place and a listed outlet's credit, nothing else.
_PLACE_AND_CREDIT_ALONE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE}){_REGION}\s*\((?P<credit>{_CREDIT})\)\s*(?P<rest>)$")
# "ANKARA, February 6. /TASS/. Turkey's ...", "Tokyo, 18 March, /AJMEDIA/": the credit between
# slashes, as TASS prints it, or after one before a full stop ("Seúl, 02 de noviembre/Notimex. Corea ...").
_SLASHED_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}{_BEFORE_DATE}{_DATE}[.,]?\s*/"
    rf"(?:(?P<credit>{_CREDIT})/\.?|(?P<listed>{_CREDIT})\.(?=\s))(?:\s*{_DASH})?\s*(?P<rest>\S.*)?$"
)
# "Seoul, Nov 22 (IANS) South Korea's ...", "Tokyo, July 8: Shinzo Abe ...", "BAKU,
# Azerbaijan, February 6. Turkey ...", "Baku, Azerbaijan, Feb. 6" on its own line: a dated
# dateline whose credit no dash follows, or with no credit but a dash, colon or full stop.
_DATED_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE}){_REGION}{_BEFORE_DATE}{_DATE}"
    rf"(?:(?:\s*\((?P<credit>{_CREDIT})\)\s*(?:{_DASH}\s*)?|,\s*(?P<listed>[A-Z]{{2,10}})\b\s*(?:{_DASH}\s*)?"
    rf"|\s*{_DASH}\s*|\.\s+)"
    rf"(?P<rest>[A-Z\"“‘'][^\s)]*\s.*)|\s*$)"
)
# "Seoul (AFP) June 29, 2012": the credit before the date, as sites reprinting wire copy
# print the wire's dateline (on its own line or opening the text).
_CREDIT_THEN_DATE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE}){_REGION}\s*\((?P<credit>{_CREDIT})\)\s+{_DATE}"
    rf"\s*(?:{_DASH}\s*)?(?:(?P<rest>[A-Z\"“‘'][^\s)]*\s.*)|$)"
)
# "TOKYO, Jan 5, 2019, Kyodo. The foreign ministers ...": a listed wire's name after the date
# and a comma, closed by a full stop before the text, as some Asian wires' clients print it.
_CREDIT_AFTER_DATE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}{_BEFORE_DATE}{_DATE},\s*"
    rf"(?P<credit>[A-Z][\w&'’ -]{{1,30}}?)\.\s+(?P<rest>[A-Z\"“‘'][^\s)]*\s.*)"
)
# "МОСКВА, 23 ноя — РИА Новости. ...": the place and date, then a dash and the listed wire
# before a full stop, as RIA Novosti prints its dateline.
_DASHED_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_BEFORE_DATE}{_DATE}\s+[—–-]\s+"
    rf"(?P<credit>[{_CAPS}][\w&'’ -]{{1,30}}?)\.\s+(?P<rest>\S.*)")
# "Tehran, IRNA -- Iran said ...", "Seoul, Gatra.com - ...": a listed wire's abbreviation or site's address
_PLACE_THEN_LISTED = re.compile(  # after the place (Indonesian sites' "Jakarta, Kompas.com -")
    rf"^(?P<place>{_TITLE_PLACE}|{_CAPS_PLACE}),\s*(?P<listed>[A-Z]{{2,8}}|[A-Z][A-Za-z]+\.(?:com|co|id|net)(?:\.id)?)"
    rf"(?!\w)\s*{_DASH}\s*(?P<rest>\S.*)")
# "SEOUL. KAZINFORM - AlphaGo ...", "BANGKOK. November 8. KAZINFORM Water ...": a listed agency (a month between).
_PLACE_DOT_LISTED = re.compile(
    rf"^(?P<place>[{_CAPS}][{_CAPS}'’-]+(?:\s[{_CAPS}][{_CAPS}'’-]+){{0,2}})\.\s+"
    rf"(?:(?=[A-Z]){MONTH_NAME}\s\d{{1,2}}\.\s+)?(?P<credit>[A-Z]{{2,12}})"
    rf"(?:\s*(?:—|–|--|-)\s*|\s+(?=[A-Z][a-z]))(?P<rest>\S.*)")  # or no dash: "TOKYO. KAZINFORM Another ..."
# "TOKYO, Oct. 4 Kyodo - Parliament ...": a listed wire's name after the date, no brackets.
_UNBRACKETED_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}{_BEFORE_DATE}{_DATE}\s+"
    rf"(?P<credit>[A-Z][\w&'’.-]{{1,20}}(?:\s[A-Z][\w&'’.-]{{1,20}}){{0,2}})\s*{_DASH}\s*(?P<rest>\S.*)")
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}){_REGION}(?:{_BEFORE_DATE}{_DATE})?"
    rf"\s*\((?P<credit>{_CREDIT})\)\s*{_DASH}\s*(?:(?P<rest>\S.*)|$)"
)
# A place in any script, a date or none, and a listed wire's credit in brackets: the month by
# its number as Korean, Japanese and Chinese wires print it ("서울, 8월22일 (로이터) -", "東京,
# 11月22日 (ロイター) -"), or named in Arabic or another listed language ("سيول، 22 نوفمبر
# (رويترز) -"), or no date ("سول (رويترز) -").
_ANY_SCRIPT_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_]{1,15}(?:\s[^\W\d_]{1,15})?)(?:[,،]\s*(?:(?P<number>[01]?\d)\s*[월月]\s*"
    rf"(?P<day>[0-3]?\d)\s*[일日]|(?P<day_first>[0-3]?\d)\s+(?P<foreign>(?i:{DATELINE_MONTH}))(?!\w)\.?))?"
    r"\s*(?:[-–—]\s*)?[(（]\s*(?P<credit>[^()（）]{1,30}?)\s*[)）]\s*"  # "سيول - (رويترز) -"
    rf"(?:{_DASH}\s*(?P<rest>\S.*)|$)")
# "Seoul (CNN)South Korea and Japan ...": a wire's abbreviation glued to the lead as copied.
_GLUED_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE})\s*\((?P<credit>[A-Z]{{2,6}})\)(?P<rest>[A-Z\"“‘'][^\s)]*\s.*)"
)
# "Seoul (AFP) Südkorea hat ...", "Tokio (dpa) Japans Regierung ...": a listed wire's credit
# after a place in ordinary case or in capitals ("GENEVA (Reuters) Higgs ...", its dash lost; no "FILE PHOTO (Reuters)"),
# the text after a space, as German papers print it; or after a comma ("Moscow, (Asian independent) North ...").
_UNDASHED_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}|(?!(?:FILE|PHOTOS?|VIDEO|WATCH|UPDATED?|BREAKING|LIVE|EXCLUSIVE)\b){_CAPS_PLACE}),?\s*\((?P<credit>{_CREDIT})\)\s+(?P<rest>[A-ZÀ-ÖØ-Þ\"“„‘'][^\s)]*\s.*)")
# "By Jane Roe TOKYO (Reuters) -", "By Jane Roe and John Doe LONDON/LAGOS (Reuters) -": a byline run into the dateline.
_BYLINE_BEFORE_PLACE = re.compile(r"^By\s+(?:(?:[A-Z][a-z][\w'’.-]*|and)\s+){1,9}(?=[A-Z]{2,}[A-Z .'’/-]*(?:,|\s*\())")
# "NORTH KOREA/SEOUL, SOUTH KOREA/TOKYO, JAPAN (KRT/REUTERS) -": a video's places, each with
# its country, joined by slashes; the dateline is read from the last.
# "MADRID, 18 (EUROPA PRESS)": a day without its month, as Spanish agencies print it: a listed
# wire's credit; no date.
_DAY_ONLY_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}),\s*[0-3]?\d\s*\((?P<credit>{_CREDIT})\)\s*"
    rf"(?:{_DASH}\s*)?(?P<rest>\S.*)?$")
_PLACE_WORDS = rf"[{_CAPS}][{_CAPS} .'’-]*"
_PLACES_BEFORE_LAST = re.compile(rf"^(?:{_PLACE_WORDS}/)*{_PLACE_WORDS},\s*{_PLACE_WORDS}/"
                                 rf"(?:{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?/)*(?=[^/()]+\()")
_NOT_A_CREDIT = re.compile(r"(?i)\b(?:photos?|image|file|video|update[ds]?|lead|urgent|recasts|"
                           r"adds|attn|editors?|focus|feature|analysis|interview|profile|news\s+"
                           r"focus|breaking|exclusive|corrected|correction|opinion|editorial|"
                           r"commentary|end|ld|wrap|summary|factbox|explainer)\b|^\d|^[A-Z][a-z]+day$"
                           r"|^(?:PR|HD)$")  # an advertisement's mark ("(PR)SAP Japan"), a video's ("Findit (HD)")
_NOT_A_PLACE = re.compile(rf"(?i)(?:{'|'.join(WEEKDAYS)}|{'|'.join(d[:3] for d in WEEKDAYS)}|"
                          r"updated|published|posted|today)\.?$")
_OPENS_SENTENCE = re.compile(r"(?:During|After|Before|Amid|As|While|When|Since|Despite|Following|In|On"
                             r"|At|The|A|An|With|Without|For|Over|Under)\b")
_A_TITLE = re.compile(r"The\s(?!Hague\b|Bronx\b|Gambia\b)")
MAX_OPENING_LINES = 30
# A caption's last sentence and its picture's credit ("— Reuters pic", "(AP Photo)"), before
# a word in capitals glued or spaced after it.
_AFTER_PICTURE_CREDIT = re.compile(rf"[.!?]\s*[—–-]*\s*[^.!?]{{0,40}}?\b(?i:pic|photo|picture|image)s?\)?"
                                   rf"\s*(?=[{_CAPS}]{{3,}})")
_CREDIT_WITH_DATE = re.compile(r"\((?P<credit>[^()]{2,60}?)\s+[-–—]\s+(?P<date>[^()]{6,30}?)\s*\)")


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
    match = _CREDIT_WITH_DATE.search(line[:160])
    if match is None or len(value := read_date(match["date"]) or "") != 10:
        return None
    dateline = read_dateline(f"{line[:match.start()]}({match['credit']}){line[match.end():]}", number)
    if dateline is None or (dateline.month, dateline.day) != (int(value[5:7]), int(value[8:])):
        return None
    return replace(dateline, year=int(value[:4]), text=line[:match.end()])


def _dateline_after_caption(line: str, number: int) -> Dateline | None:
    """A dateline in capitals run into the picture's caption above it as copied: "... on
    December 30, 2016. — Reuters picTOKYO, Jan 6 — Japan said ..."."""
    if (glue := _AFTER_PICTURE_CREDIT.search(line)) is None:
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
    line = _PLACES_BEFORE_LAST.sub("", _BYLINE_BEFORE_PLACE.sub("", without_inner_abbreviation(line.strip())))
    match = _latin_dateline(line)
    if match is None:
        return _any_script_dateline(line, number) or _chinese_wire_dateline(line, number)
    groups = match.groupdict()
    credit = _printed_credit(match, groups)
    if _refused(groups, credit):
        return None
    if credit and names_no_one(credit):
        credit = None  # "ISLAMABAD, Nov 23 (Agencies) -": a dateline that credits no one
    if groups.get("inner"):
        return _with_inner_date(match, credit, number)
    return _dateline_of(line, match, credit, number)


def _latin_dateline(line: str) -> re.Match | None:
    """The first form of a dateline in the Latin script `line` opens with (an unbracketed credit only when listed)."""
    return (_listed_credit(_CREDIT_AFTER_DATE.match(line))
            or _listed_credit(_DASHED_CREDIT_DATELINE.match(line))
            or _listed_credit(_PLACE_DOT_LISTED.match(line))
            or _listed_credit(_UNBRACKETED_CREDIT_DATELINE.match(line))
            or _CAPS_DATELINE.match(line) or _TITLE_DATELINE.match(line)
            or _PLACELESS_DATELINE.match(line) or _DATED_CREDIT_DATELINE.match(line)
            or _GLUED_TITLE_DATELINE.match(line) or _SLASHED_CREDIT_DATELINE.match(line)
            or _listed_credit(_CREDIT_THEN_DATE_DATELINE.match(line))
            or _listed_credit(_PLACE_AND_CREDIT_ALONE.match(line))
            or _DATED_TITLE_DATELINE.match(line) or _PLACE_THEN_LISTED.match(line)
            or _listed_credit(_UNDASHED_TITLE_DATELINE.match(line))
            or _listed_credit(_DAY_ONLY_DATELINE.match(line))
            or _place_in_brackets(line) or _credit_first(line))


def _printed_credit(match: re.Match, groups: dict) -> str | None:
    """The credit the dateline prints, or a listed wire where its region stands ("TAIPEI, Kyodo - Hundreds ...")."""
    credit = (groups.get("credit") or groups.get("after") or groups.get("listed") or "").strip(" -.") or None
    if not credit and match.re is _CAPS_DATELINE and match["rest"] and (region := groups.get("region")) \
            and not groups.get("month") and outlets().named(region):
        return region
    return credit


def _refused(groups: dict, credit: str | None) -> bool:
    """"Seoul, KOREA -": an unbracketed credit in capitals, unlisted; "Tuesday, 07 Feb 2023": a site's date line; "The
    Sun (Malaysia) -": a masthead and its country; words no credit is; "NORTH Korea Says (Seoul)": a region without
    its comma only before a listed credit; "(left)", "(sic)": only a listed outlet is printed in lower case ("dpa")."""
    place, named = groups.get("place") or "", outlets().named
    if groups.get("listed") and not named(groups["listed"]) or _NOT_A_PLACE.match(place) or _A_TITLE.match(place):
        return True
    if groups.get("bare_region") and not (credit and named(credit)):
        return True
    return bool(credit and (_NOT_A_CREDIT.search(credit) or credit[0].islower() and not named(credit.split("/")[0])))


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
    match = _ANY_SCRIPT_DATELINE.match(line)
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
    if (found := chinese_dateline(line, outlets())) is None:
        return None
    credit, month, day, text = found
    return Dateline(text, "", credit, month, day, None, number, line.strip()[len(text):].strip())


def _month_of(name: str) -> int:
    """An English month's number ("Nov", "November"), else another language's ("dic")."""
    return dateline_month(name) or month_number(name)


def _with_inner_date(match: re.Match, credit: str | None, number: int) -> Dateline | None:
    value = read_date(match["inner"])
    year, month, day = map(int, value.split("-")) if value and len(value) == 10 else (None, None, None)
    if value is None and (yearless := re.fullmatch(rf"{_MONTH}\s+(?P<day>[0-3]?\d)", match["inner"].strip())):
        month, day = _month_of(yearless["month"]), int(yearless["day"])  # "(CNN Philippines, November 18)"
    if credit is None or (match["comma"] and not outlets().named(credit)):  # "(Philippines, November 18)"
        return None
    return Dateline(match.group(0)[:match.start("rest")].rstrip(" —–-_:|"), match["place"],
                    credit, month, day, year, number, match["rest"])


def _listed_credit(match: re.Match | None) -> re.Match | None:
    """The match when its credit is a listed outlet ("Seoul (South Korea) June 29, 2012" is a
    region, "Seoul (AFP) June 29, 2012" a wire)."""
    return match if match and outlets().named(match["credit"]) else None


def _place_in_brackets(line: str) -> re.Match | None:
    """"(COLOMBO, XYZ) –": an unlisted credit only when the lead does not name it as a place
    ("(SEOUL, KOREA) – North Korea ..." names a country)."""
    match = _BRACKETED_PLACE_CREDIT.match(line)
    if match is None or outlets().named(match["credit"]):
        return match
    words = match["credit"].split()
    return match if match["credit"].isupper() and not any(
        re.search(rf"\b{re.escape(word.title())}\b", match["rest"]) for word in words) else None


def _credit_first(line: str) -> re.Match | None:
    """A credit opening the text counts when it is an abbreviation ("(CNN)"), a dash follows
    it ("(Bloomberg) --") or it shares a listed outlet's credit with its source ("(MENAFN-
    The Rio Times) A plane ..."): "(Updated)" or "(Korea)" alone do not; "(AP) Seoul said"
    reads as a sentence."""
    match = _CREDIT_FIRST_DATELINE.match(line)
    if match and not match["dash"] and _shares_a_listed_credit(match["credit"]):
        return _SHARED_CREDIT_FIRST.match(line)  # no place after it: "(MENAFN- X) South Korea ..."
    if match is None or not (match["dash"] or re.fullmatch(r"[A-Z]{2,6}", match["credit"])):
        return None
    if not match["dash"] and match["rest"][0] in ".,;)":
        return None  # "(GSOMIA). At its heart ...": an abbreviation closing a sentence wrapped before it
    if match["place"] and not match["dash"] and not _OPENS_SENTENCE.match(match["place"]):
        return None  # "(AP) Seoul said ..." reads as a sentence; "(JNS) During a visit ..." a lead
    return match


def _shares_a_listed_credit(credit: str) -> bool:
    parts = credit_parts(credit)
    return len(parts) > 1 and any(outlets().named(part) for part in parts)
