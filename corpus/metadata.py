"""What a reader finds about an article in its own text: outlet, date, byline.

Facts come with where they were found. What cannot be found stays None and is shown as
unknown: nothing is guessed silently.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from corpus.cleaning import MONTH, CleanedPage

# Outlets a reader recognises by name, wire credit or web address.
KNOWN_OUTLETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # name: (names and credits as printed, web domains)
    "Yonhap": (("Yonhap", "Yonhap News Agency"), ("yna.co.kr", "yonhapnews.co.kr")),
    "The Korea Herald": (("The Korea Herald", "Korea Herald"), ("koreaherald.com",)),
    "Korea JoongAng Daily": (("Korea JoongAng Daily", "JoongAng Daily"),
                             ("koreajoongangdaily.joins.com", "joongang.co.kr")),
    "KBS World Radio": (("KBS World Radio", "KBS World"), ("world.kbs.co.kr",)),
    "The Korea Times": (("The Korea Times", "Korea Times"), ("koreatimes.co.kr",)),
    "The Chosun Ilbo": (("The Chosun Ilbo", "Chosun Ilbo"), ("chosun.com",)),
    "The Hankyoreh": (("The Hankyoreh", "Hankyoreh"), ("hani.co.kr",)),
    "Kyodo News": (("Kyodo News", "Kyodo"), ("kyodonews.net",)),
    "NHK World": (("NHK World", "NHK"), ("nhk.or.jp",)),
    "The Japan Times": (("The Japan Times", "Japan Times"), ("japantimes.co.jp",)),
    "The Asahi Shimbun": (("The Asahi Shimbun", "Asahi Shimbun"), ("asahi.com",)),
    "The Mainichi": (("The Mainichi", "Mainichi"), ("mainichi.jp",)),
    "The Japan News": (("The Japan News", "Yomiuri Shimbun"), ("japannews.yomiuri.co.jp",)),
    "Nikkei Asia": (("Nikkei Asia", "Nikkei"), ("asia.nikkei.com", "nikkei.com")),
    "Reuters": (("Reuters",), ("reuters.com",)),
    "Associated Press": (("Associated Press", "AP"), ("apnews.com",)),
    "Agence France-Presse": (("Agence France-Presse", "AFP"), ("afp.com",)),
    "Xinhua": (("Xinhua",), ("xinhuanet.com", "news.cn")),
    "BBC News": (("BBC News", "BBC"), ("bbc.co.uk", "bbc.com")),
}

_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH_DAY_YEAR = re.compile(rf"(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})")
_DAY_MONTH_YEAR = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})\s+(?P<year>\d{{4}})")
_ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|$|\D)")
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'-]{{1,30}}),\s+(?P<date>{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    r"\s*(?:\((?P<credit>[A-Za-z][A-Za-z .-]{1,30})\)|,\s*(?P<after>[A-Z][A-Za-z]+))?"
)
_CLOSING_CREDIT = re.compile(r"\((?P<credit>[A-Z][A-Za-z .-]{1,30})\)\s*$")


@dataclass(frozen=True)
class Found:
    """One fact and where it was found."""

    value: str
    provenance: str


def parse_printed_date(text: str) -> str | None:
    """"Nov. 24, 2016 - 09:42", "15:52 23 November 2016", "2016-11-27" -> ISO day, or None."""
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _ISO_DATE):
        if match := pattern.search(text):
            return _iso(match["year"], match["month"], match["day"])
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    number = _MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    try:
        return datetime.date(int(year), number or 0, int(day)).isoformat()
    except (TypeError, ValueError):
        return None


def date_from_page(page: CleanedPage) -> Found | None:
    if page.printed_date and (value := parse_printed_date(page.printed_date)):
        return Found(value, f"printed on the page: {page.printed_date!r}")
    dateline = _dateline(page)
    if dateline and (value := parse_printed_date(dateline["date"])):
        return Found(value, f"from the dateline {dateline.group(0).strip()!r}")
    return None


def date_from_url(url: str | None) -> Found | None:
    if url and (match := _URL_DATE.search(urlparse(url).path)):
        if value := _iso(match["year"], match["month"], match["day"]):
            return Found(value, "from the date in the URL")
    return None


def outlet_from_page(page: CleanedPage, masthead: tuple[str, ...] = ()) -> Found | None:
    """A known outlet named in the masthead, the dateline or a closing wire credit."""
    for line in masthead:
        if name := known_outlet_named(line):
            return Found(name, f"named in the page header: {line!r}")
    dateline = _dateline(page)
    credit = dateline and (dateline["credit"] or dateline["after"])
    if credit and (name := known_outlet_named(credit)):
        return Found(name, f"credited in the dateline: {dateline.group(0).strip()!r}")
    closing = page.paragraphs and _CLOSING_CREDIT.search(page.paragraphs[-1])
    if closing and (name := known_outlet_named(closing["credit"])):
        return Found(name, f"credited at the end: ({closing['credit']})")
    return None


def outlet_from_url(url: str | None) -> Found | None:
    host = (urlparse(url).hostname or "") if url else ""
    if not host:
        return None
    for name, (_, domains) in KNOWN_OUTLETS.items():
        if any(host == d or host.endswith("." + d) for d in domains):
            return Found(name, f"from the web address ({host})")
    return Found(host.removeprefix("www."), f"the web address's domain ({host})")


def known_outlet_named(text: str) -> str | None:
    folded = text.strip().casefold()
    for name, (names, _) in KNOWN_OUTLETS.items():
        if any(folded == n.casefold() for n in names):
            return name
    return None


def _dateline(page: CleanedPage):
    return _DATELINE.match(page.paragraphs[0]) if page.paragraphs else None
