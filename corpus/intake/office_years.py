"""The year of a dateline without one, from the officeholders the page names in office.

"SEOUL, Nov. 19 (Yonhap) -- President Moon Jae-in said Tuesday ..." prints no year, but Moon
Jae-in was president from May 2017 to May 2022, and of those years 19 November fell on a
Tuesday in 2019 only. A reader dates such a story so; `corpus/offices.json` lists who held
the offices the story's news names (presidents, prime ministers, defence and foreign
ministers, ...) and when. A year is taken only when

* the page names holders by title and full name ("Japanese Defense Minister Taro Kono",
  "문재인 대통령", "安倍晋三首相"), not as past holders ("former", "then-", "the late";
  "문재인 전 대통령", "安倍元首相");
* the month and day fall within the terms of every holder so named in one year only, not
  before a year the text names as past ("signed in 2016"), and the weekday the lead names is
  that day or the day before, if it names one;
* or, when they fall so in a few years, the weekday the lead names picks one of them: the one in
  which that day was that weekday, when in no other that day was and in at most one other the day
  before was (a story filed the morning after, or an event in an earlier time zone, puts a lead's
  weekday a day before; a story of that very day is the likelier).

A page that names holders in office at different times (a past president called "President")
gives no year: their terms do not meet.
"""
from __future__ import annotations

import calendar
import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.date_patterns import WEEKDAYS
from corpus import date_value
from corpus.date_value import calendar_day, weekdays_of_day_and_eve
from corpus.page_lines import read_window
from corpus.required_text import branch_conditions, folded_once, meets_a_branch
from corpus.text_units import sentence_at

OFFICES_FILE = Path(__file__).resolve().parent.parent / "offices.json"
# Words before a title that make its holder a past one: "former South Korean President".
# "前总统朴槿惠", "元首相": the same, in Chinese or Japanese, where the title comes first; "전 대통령 박근혜", in Korean.
_OUT_OF_OFFICE_DAYS = 366  # a story a year after a term may still call its holder by title
_PAST_HOLDER = re.compile(r"(?i)\b(?:former|then|ex|late|erstwhile|previous|past)\b[-\s]*"
                          r"(?:[A-Z][\w.'’-]*\s+){0,3}$|[前元]$"
                          # ... in Korean, a word of its own before the title: "전 대통령 박근혜", "전직 대통령 박근혜" (former);
                          # "전" after a bare noun is "before" ("3일 전", "출국 전 대통령 박근혜는": before leaving), so
                          # it opens the text or follows a sign, a particle or a verb's ending ("검찰은 전 대통령…")
                          r"|(?<![가-힣])전직\s?$|(?:^|[^가-힣\s]|[은는이가을를의에도와과로된인한던]\s)\s*전\s?$"
                          # ... in Spanish, Portuguese, French, Italian, German: "el entonces presidente",
                          # "l'ancien président", "der frühere südkoreanische Präsident" (lower-case words between)
                          r"|(?i:\b(?:entonces|ent[aã]o|antig(?:u[oa]|[oa])|ancien(?:ne)?|feu|allora|ex-?|fallecid[oa]"
                          r"|fr[üu]her\w*|ehemalig\w*|damalig\w*|verstorben\w*)\b[-\s]*(?:[\w.'’-]+\s+){0,2})$")

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "Vice President Joe Biden", "Deputy Prime Minister ...", "副总统拜登": another office than the title's.
_ANOTHER_OFFICE = re.compile(r"(?i)\b(?:vice|deputy)[-\s]*$|副$")


@dataclass(frozen=True)
class Holder:
    name: str  # the first of its names, for the reasons
    title: str  # its office's first title
    terms: tuple[tuple[datetime.date, datetime.date], ...]
    pattern: re.Pattern[str]  # the holder named by title and name
    names: re.Pattern[str]  # its Latin names alone
    titles: re.Pattern[str]  # its office's titles alone, in any case ("as prime minister")
    east_asian_names: tuple[str, ...] = ()  # "石破茂", "石破"
    taking_office: re.Pattern[str] | None = None  # its office taken, in Japanese, Chinese, Korean ("首相に選ばれた")
    latin_titles: tuple[str, ...] = ()  # its office's titles as `pattern` reads them (before a Latin name)
    after_name_titles: tuple[str, ...] = ()  # ... and beside an East Asian name ("대통령", "首相")


@dataclass(frozen=True)
class OfficeYear:
    year: int
    reason: str


@lru_cache(maxsize=1)
def holders() -> tuple[Holder, ...]:
    data = json.loads(OFFICES_FILE.read_text(encoding="utf-8"))
    return tuple(_holder(entry, data["offices"][entry["office"]]) for entry in data["holders"])


def _holder(entry: dict, office: dict) -> Holder:
    latin = [name for name in entry["names"] if name.isascii()]
    east_asian = [name for name in entry["names"] if not name.isascii()]
    forms = [rf"\b(?:{'|'.join(map(re.escape, office['titles']))})\s+(?:{'|'.join(map(_latin_name, latin))})\b"]
    european = office.get("european_titles", [])
    if european and latin:
        forms.append(_european_form(european, latin))
    if east_asian and office["after_name"]:
        names, titles = "|".join(map(re.escape, east_asian)), "|".join(map(re.escape, office["after_name"]))
        forms.append(rf"(?<![가-힣一-龥])(?:{names})\s?(?:{titles})|(?:{titles})\s?(?:{names})")
    terms = tuple((datetime.date.fromisoformat(first), datetime.date.fromisoformat(last or "9999-12-31"))
                  for first, last in entry["terms"])
    return Holder(entry["names"][0], office["titles"][0], terms, re.compile("|".join(forms)),
                  re.compile(rf"\b(?:{'|'.join(map(_latin_name, latin))})\b"),
                  re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, office['titles']))})\b"),
                  tuple(east_asian), _taking_office(office["after_name"]),
                  (*office["titles"], *_as_printed(european if latin else [])),
                  tuple(office["after_name"]) if east_asian else ())


# A title in Spanish, Portuguese, French, Italian or German before the name, a lower-case adjective of
# nationality and a comma between at most: "la presidenta Park Geun-hye", "el ministro de Defensa
# surcoreano, Han Min-koo", "o chanceler japonês, Fumio Kishida", "Verteidigungsminister Han Min Koo".
_NATIONALITY = r"(?:\s+[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)?)?,?"


def _european_form(titles: list[str], latin: list[str]) -> str:
    words = "|".join(r"\s+".join(map(re.escape, title.split())) for title in titles)
    return rf"(?<![\w-])(?i:{words}){_NATIONALITY}\s+(?:{'|'.join(map(_latin_name, latin))})\b"


def _as_printed(titles: list[str]) -> tuple[str, ...]:
    """The titles as a page may print them, for `_may_be_named`: as listed and capitalised
    ("Presidente Moon" opening a sentence)."""
    return tuple(dict.fromkeys(form for title in titles for form in (title, title[:1].upper() + title[1:])))


def _taking_office(titles: list[str]) -> re.Pattern[str] | None:
    """The office taken, in the words of Japanese, Chinese and Korean leads: "首相に選ばれた",
    "成為日本第102任首相", "총리로 선출됐다"."""
    if not titles:
        return None
    title = "|".join(map(re.escape, titles))
    return re.compile(rf"(?:{title})(?:に|으로|로)?\s*(?:選ばれ|指名され|選出され|就任|선출|지명|취임)"
                      rf"|(?:成為|成为|出任|當選|当选|就任|獲選|获选)[^。，,]{{0,12}}?(?:{title})")


def _latin_name(name: str) -> str:
    """"Moon Jae-in" as printed: "Moon Jae-in", "Moon Jae In", "Moon Jae-In"; "Abe Shinzo" as
    "Abe Shinzō" too (Japanese long vowels, as nippon.com and Japan's government print them)."""
    return r"[-\s]".join(f"(?i:{_LONG_VOWELS.sub(_with_macron, re.escape(part))})"
                         for part in re.split(r"[-\s]", name))


_LONG_VOWELS = re.compile(r"[ou]")
_MACRONS = {"o": "oōô", "u": "uūû"}


def _with_macron(vowel: re.Match) -> str:
    return f"[{_MACRONS[vowel.group(0)]}]"


def year_from_offices(month: int, day: int, text: str, since: int, weekday: int | None
                      ) -> OfficeYear | None:
    """The one year in which `month`/`day` falls within the terms of the holders `text` names
    in office, not before `since` (a year the text names as past), `weekday` (the one the
    lead names, Monday is 0) that day or the day before; or None (see the module's doc)."""
    named = named_in_office(text)
    if not named:
        return None
    years = [year for year in _term_years(named) if year >= since
             and (filed := calendar_day(year, month, day)) and all(_in_office(holder, filed) for holder in named)]
    # a dateline's day is the place's own, and its lead's weekday that day or the day before (a
    # story filed the morning after, an event in an earlier time zone): of several years the
    # weekday picks the one whose day it is, when no other year's day is it and at most one
    # other's day before is (a story of that very day is the likelier)
    fitting = [year for year in years if weekday is None or weekday in _day_and_day_before(year, month, day)]
    own_day = [year for year in fitting if _day_and_day_before(year, month, day)[0] == weekday]
    if len(years) == 1 and fitting:
        year = fitting[0]
    elif len(years) > 1 and len(own_day) == 1 and len(fitting) <= 2:
        year = own_day[0]
    else:
        return None
    who = ", ".join(f"{holder.title} {holder.name} ({_terms_text(holder)})" for holder in named)
    how = (f"of {years[0]} to {years[-1]}, only in {year} was {day} {calendar.month_name[month]} the "
           f"{WEEKDAYS[weekday]} the lead names" + _the_others_that_fit(fitting, year)
           if len(years) > 1
           else f"{day} {calendar.month_name[month]} falls within it in {year} only"
           + (f", a day the lead's {WEEKDAYS[weekday]} fits" if weekday is not None else ""))
    bound = f" (not before {since}, which the text names as past)" if since else ""
    return OfficeYear(year, f"the terms of {who}, whom the text names in office{bound}: {how}")


def _the_others_that_fit(fitting: list[int], year: int) -> str:
    """The reason's word on the years other than `year` whose day or day before the lead's weekday
    fits: at most one, whose day before it was."""
    others = [other for other in fitting if other != year]
    return (f" (in {others[0]} it was the day before, a story of the day after the likelier)" if others
            else " (nor in another that day or the day before)")


def named_in_office(text: str) -> list[Holder]:
    return list(_named_in_office(text))


@lru_cache(maxsize=16)
def _named_in_office(text: str) -> tuple[Holder, ...]:
    """(Remembered: the intake and the timeline, dated and as if undated, ask of the same texts.)"""
    text = read_window(text)  # (a page's head and foot: 222 patterns over 5 MB take minutes)
    held: dict[str, bool] = {}
    # (a holder's pattern scans the whole text: asked only of a text holding what one of its forms needs)
    return tuple(holder for holder in _may_be_named(text)
                 if meets_a_branch(_needed(holder.pattern), folded_once(text), held) and _named_so(holder, text))


def _may_be_named(text: str) -> list[Holder]:
    """The holders, in order, whose `pattern` may find `text`: it prints one of their `latin_titles`, or one of their
    `east_asian_names` and one of their `after_name_titles`. Each office's titles are looked up once, and an East
    Asian name only under a title printed beside such names (most pages name few of the offices)."""
    every, by_latin_titles, by_after_name_titles = _holders_by_titles()
    numbers = {number for titles, numbers in by_latin_titles.items() if any(title in text for title in titles)
               for number in numbers}
    numbers.update(number for titles, numbers in by_after_name_titles.items() if any(title in text for title in titles)
                   for number in numbers if any(name in text for name in every[number].east_asian_names))
    return [every[number] for number in sorted(numbers)]


@lru_cache(maxsize=1)
def _holders_by_titles() -> tuple[tuple[Holder, ...], dict[tuple[str, ...], list[int]],
                                  dict[tuple[str, ...], list[int]]]:
    """The holders, and their numbers by `latin_titles` and by `after_name_titles`."""
    every = holders()
    by_latin_titles: dict[tuple[str, ...], list[int]] = {}
    by_after_name_titles: dict[tuple[str, ...], list[int]] = {}
    for number, holder in enumerate(every):
        by_latin_titles.setdefault(holder.latin_titles, []).append(number)
        by_after_name_titles.setdefault(holder.after_name_titles, []).append(number)
    return every, by_latin_titles, by_after_name_titles


@lru_cache(maxsize=None)
def _needed(pattern: re.Pattern[str]) -> tuple:
    return branch_conditions(pattern, shortest=2)


def _named_so(holder: Holder, text: str) -> bool:
    """Whether `text` names `holder` by title and name, not as a past holder nor in a dated sentence."""
    return any(not _PAST_HOLDER.search(before := text[max(0, match.start() - 60):match.start()])
               and not _ANOTHER_OFFICE.search(before) and not _dated_by_its_year(text, match)
               for match in holder.pattern.finditer(text))


def _dated_by_its_year(text: str, match: re.Match) -> bool:
    """Whether the holder is named in a sentence that prints a year: a file photo's caption ("...
    attend the opening of the office, Friday Sept. 14, 2018"), a past event's account, which say
    when they were in office, not when the page was written."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    sentence = sentence_at(text, match.start(), line_start, line_end if line_end >= 0 else len(text))
    return bool(_YEAR.search(text, sentence.start, sentence.end))


def _term_years(named: list[Holder]) -> range:
    first = max(min(start for start, _ in holder.terms) for holder in named)
    last = min(max(end for _, end in holder.terms) for holder in named)
    today = date_value.today()
    return range(first.year, min(last, today).year + 1)


def _in_office(holder: Holder, day: datetime.date) -> bool:
    return any(start <= day <= end for start, end in holder.terms)


def _day_and_day_before(year: int, month: int, day: int) -> tuple[int, ...]:
    """The weekdays of `month`/`day` of `year` and of the day before."""
    filed = calendar_day(year, month, day)
    return weekdays_of_day_and_eve(filed) if filed else ()


def _terms_text(holder: Holder) -> str:
    return "; ".join(f"{start} to {'now' if end.year == 9999 else end}" for start, end in holder.terms)


def holders_out_of_office(iso_day: str, text: str) -> list[Holder]:
    """The holders `text` names in office (by title and full name, not as past holders) whom
    the day `iso_day` finds more than `_OUT_OF_OFFICE_DAYS` out of every term: a date line
    the story's officeholders contradict so ("Defense Minister Han Min-koo", 2014 to 2017,
    under "04/19/2024 02:06:38 am") is a site's clock or a misreading, not the page's date."""
    day = datetime.date.fromisoformat(iso_day)
    margin = datetime.timedelta(days=_OUT_OF_OFFICE_DAYS)
    return [holder for holder in named_in_office(text)
            if all(day + margin < start or day - margin > end for start, end in holder.terms)]
