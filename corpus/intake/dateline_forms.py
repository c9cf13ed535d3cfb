"""The forms of a dateline in the Latin and Cyrillic scripts, and which one a line opens with.

    >>> latin_dateline("SEOUL, Nov. 23 (Yonhap) -- South Korea ...")["credit"]
    'Yonhap'

`corpus.intake.datelines` reads the match into a `Dateline`; the patterns' comments give the forms as printed.
"""

from __future__ import annotations

import re

from corpus.date_patterns import WEEKDAYS
from corpus.intake.credits import CAPITAL
from corpus.intake.languages import DATELINE_MONTH
from corpus.intake.outlets import credit_parts, outlets
from corpus.intake.printed_dates import MONTH_NAME

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
MONTH = rf"(?P<month>{MONTH_NAME})\.?"
# "SINGAPORE, TUESDAY 12 JUNE 2018:": the weekday before the date, in any case.
_WEEKDAY = rf"(?:(?i:{'|'.join(WEEKDAYS)}),?\s+)?"
# The day first, a month in another language ("22 nov", "22 de noviembre", "22. Okt."): the
# languages' names and abbreviations (`corpus.intake.languages`).
_FOREIGN_MONTH = rf"(?:de\s+)?(?P<foreign>(?i:{DATELINE_MONTH}))(?![\w])\.?"
# The month first in another language, as some Latin American papers print it: "Lima, diciembre 7 (El Comercio).-".
_FOREIGN_MONTH_FIRST = rf"(?P<foreign_first>(?i:{DATELINE_MONTH}))(?![\w])\.?\s+(?P<day_after>[0-3]?\d)(?!\d)"
_DATE = (rf"{_WEEKDAY}(?:{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<day_first>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+"
         rf"(?:{MONTH.replace('month', 'month2')}|{_FOREIGN_MONTH})|{_FOREIGN_MONTH_FIRST})"
         rf"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?")
# "dpa", "dpa/MIA", "dpa-AFX", "askanews": a credit in lower case only when it (its first part) is listed
_CREDIT = rf"(?:{CAPITAL}[A-Za-zА-Яа-яЁё0-9&.'’/ -]{{0,40}}?|[a-z]{{2,12}}(?:[/-][A-Za-z]{{2,10}})?)"
_DASH = r"(?:\.?(?:—|–|--|-)|_|:|\|)"  # "(EFE).-": a full stop before the dash
_TAIL = rf"(?:\s*{_DASH}\s*(?P<rest>\S.*)|\s*(?:{_DASH})?\s*$)"
CAPS_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}){_REGION}(?:(?:,|(?<=\.))\s*{_DATE})?"  # "MINSK. July 26 (Interfax)"
    rf"(?:,?\s*\((?P<credit>{_CREDIT}(?:,\s*{_CREDIT}){{0,2}})\)|(?<=\d),\s*(?P<after>{_CREDIT}))?{_TAIL}"
)  # "WASHINGTON (NYTIMES, REUTERS) -", "SEOUL (REUTERS, AFP, BLOOMBERG) -": up to three credits
# "Aug. 22 (UPI) --": a wire's date and credit without a place.
_PLACELESS_DATELINE = re.compile(
    rf"^(?P<place>){MONTH}\s+(?P<day>[0-3]?\d)(?:,\s+(?P<year>(?:19|20)\d\d))?"
    rf"\s*\((?P<credit>{_CREDIT})\)\s*{_DASH}\s*(?P<rest>\S.*)"
)
# "SEOUL (UrduPoint News / Sputnik - 09th January, 2020) South Korea ...", "Seoul, (APP -
# UrduPoint / Pakistan Point News - 16th Jun, 2020 ) :North Korea ...", "Metro Manila (CNN Philippines, November 18) —".
_DATED_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}),?\s*\((?P<credit>{_CREDIT})(?:\s+[-–]|(?P<comma>,))\s+(?P<inner>[0-3]?\d[^()]{{3,25}}"
    rf"|{MONTH}[^()]{{3,20}})\)\s*(?:{_DASH}\s*)?(?P<rest>\S.*)"
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
ANY_SCRIPT_DATELINE = re.compile(
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
BYLINE_BEFORE_PLACE = re.compile(r"^By\s+(?:(?:[A-Z][a-z][\w'’.-]*|and)\s+){1,9}(?=[A-Z]{2,}[A-Z .'’/-]*(?:,|\s*\())")
# "MADRID, 18 (EUROPA PRESS)": a day without its month, as Spanish agencies print it: a listed
# wire's credit; no date.
_DAY_ONLY_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}),\s*[0-3]?\d\s*\((?P<credit>{_CREDIT})\)\s*"
    rf"(?:{_DASH}\s*)?(?P<rest>\S.*)?$")
_PLACE_WORDS = rf"[{_CAPS}][{_CAPS} .'’-]*"
# "NORTH KOREA/SEOUL, SOUTH KOREA/TOKYO, JAPAN (KRT/REUTERS) -": a video's places, each with
# its country, joined by slashes; the dateline is read from the last.
PLACES_BEFORE_LAST = re.compile(rf"^(?:{_PLACE_WORDS}/)*{_PLACE_WORDS},\s*{_PLACE_WORDS}/"
                                rf"(?:{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?/)*(?=[^/()]+\()")
NOT_A_CREDIT = re.compile(r"(?i)\b(?:photos?|image|file|video|update[ds]?|lead|urgent|recasts|"
                          r"adds|attn|editors?|focus|feature|analysis|interview|profile|news\s+"
                          r"focus|breaking|exclusive|corrected|correction|opinion|editorial|"
                          r"commentary|end|ld|wrap|summary|factbox|explainer)\b|^\d|^[A-Z][a-z]+day$"
                          r"|^(?:PR|HD)$")  # an advertisement's mark ("(PR)SAP Japan"), a video's ("Findit (HD)")
NOT_A_PLACE = re.compile(rf"(?i)(?:{'|'.join(WEEKDAYS)}|{'|'.join(d[:3] for d in WEEKDAYS)}|"
                         r"updated|published|posted|today)\.?$")
_OPENS_SENTENCE = re.compile(r"(?:During|After|Before|Amid|As|While|When|Since|Despite|Following|In|On"
                             r"|At|The|A|An|With|Without|For|Over|Under)\b")
A_TITLE = re.compile(r"The\s(?!Hague\b|Bronx\b|Gambia\b)")
# A caption's last sentence and its picture's credit ("— Reuters pic", "(AP Photo)"), before
# a word in capitals glued or spaced after it.
AFTER_PICTURE_CREDIT = re.compile(rf"[.!?]\s*[—–-]*\s*[^.!?]{{0,40}}?\b(?i:pic|photo|picture|image)s?\)?"
                                  rf"\s*(?=[{_CAPS}]{{3,}})")
CREDIT_WITH_DATE = re.compile(r"\((?P<credit>[^()]{2,60}?)\s+[-–—]\s+(?P<date>[^()]{6,30}?)\s*\)")


def latin_dateline(line: str) -> re.Match | None:
    """The first form of a dateline in the Latin script `line` opens with (an unbracketed credit only when listed)."""
    return (_listed_credit(_CREDIT_AFTER_DATE.match(line))
            or _listed_credit(_DASHED_CREDIT_DATELINE.match(line))
            or _listed_credit(_PLACE_DOT_LISTED.match(line))
            or _listed_credit(_UNBRACKETED_CREDIT_DATELINE.match(line))
            or CAPS_DATELINE.match(line) or _TITLE_DATELINE.match(line)
            or _PLACELESS_DATELINE.match(line) or _DATED_CREDIT_DATELINE.match(line)
            or _GLUED_TITLE_DATELINE.match(line) or _SLASHED_CREDIT_DATELINE.match(line)
            or _listed_credit(_CREDIT_THEN_DATE_DATELINE.match(line))
            or _listed_credit(_PLACE_AND_CREDIT_ALONE.match(line))
            or _DATED_TITLE_DATELINE.match(line) or _PLACE_THEN_LISTED.match(line)
            or _listed_credit(_UNDASHED_TITLE_DATELINE.match(line))
            or _listed_credit(_DAY_ONLY_DATELINE.match(line))
            or _place_in_brackets(line) or _credit_first(line))


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
