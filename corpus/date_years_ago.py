"""A count of years back from the page, as the languages other than English write "four years ago" (timeline round
104): "4年前" (Japanese, Chinese: "四年前"), "4년 전", "hace cuatro años", "há quatro anos", "il y a quatre ans", "vor vier
Jahren", "quattro anni fa". Read as English's "four years ago" is (`corpus.date_patterns.AGO`): the year so many
before the page's, counted from its date (a relative date: none on a page whose date is unknown). Not a count only
near ("近4年前", "거의 4년 전", "hace casi cinco años", "vor fast vier Jahren": which year is not said), nor a
comparison ("1년 전보다", "1年前より", "前年比"), nor what is not a count back ("16年前半", the first half of '16;
"1年前倒し", brought forward by a year; "4년 전쟁"). A rule of `corpus.date_readers`' `RULES`. Pure standard library.

    >>> import datetime
    >>> match = YEARS_AGO.search("韓国政府は4年前に署名の直前で先送りとなった")
    >>> years_ago(match, "").resolve(datetime.date(2016, 10, 27))
    DateValue(year=2012, month=None, day=None, qualifier=None, week=None)
"""

from __future__ import annotations

import re

from corpus.cjk_numbers import cjk_number
from corpus.date_candidates import Candidate
from corpus.date_value import DateValue

_WORDS = {  # the number words of each language, two to ten (and one for a single year)
    "es": "un dos tres cuatro cinco seis siete ocho nueve diez", "pt": "um dois três quatro cinco seis sete oito nove dez",
    "fr": "un deux trois quatre cinq six sept huit neuf dix", "de": "ein zwei drei vier fünf sechs sieben acht neun zehn",
    "it": "un due tre quattro cinque sei sette otto nove dieci"}
_COUNTS = {word: number for words in _WORDS.values() for number, word in enumerate(words.split(), 1)}
_WORD = r"(?P<{}>\d{{1,2}}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
_NEAR_BEFORE = (r"(?<!近)(?<!約)(?<!约)(?<!ほぼ)(?<!およそ)(?<!거의\s)(?<!약\s)(?<!대략\s)")
_CJK = (_NEAR_BEFORE + r"(?<![\d０-９.])(?P<cjk>[1-9]\d?|[１-９][０-９]?|[一二三四五六七八九十]{1,3})\s*"
        r"(?:年前(?![半期後后倒比])(?!より|に比べ|と比べ)|년\s*전(?=(?:에는|에도|에|의|부터|까지|엔)?(?![가-힣]))(?!\s*(?:비해|대비)))")
_LATIN = (r"(?i:\bhace\s+" + _WORD.format("es") + r"\s+años?"
          r"|\bhá\s+" + _WORD.format("pt") + r"\s+anos?"
          r"|\bil\s+y\s+a\s+" + _WORD.format("fr") + r"\s+ans"
          r"|\bvor\s+" + _WORD.format("de") + r"\s+Jahren"
          r"|\b" + _WORD.format("it") + r"\s+anni\s+fa)\b")
YEARS_AGO = re.compile(_CJK + "|" + _LATIN)
# where a match may be: it holds one of these (`corpus.date_scan`)
TRIGGER = re.compile(r"(?i)[年년]|años|anos|ans\b|jahren|anni\b")


def years_ago(match: re.Match, text: str) -> Candidate:
    """The year `count` years before the anchor's."""
    word = next(group for group in match.groups() if group)
    count = cjk_number(word) if match["cjk"] else _counted(word)  # ("４": a digit, as int() reads it)
    if not count:
        return Candidate(match.start(), match.end(), "other", note="not a count of years")
    return Candidate(match.start(), match.end(), "date", lambda anchor: DateValue(anchor.year - count), relative=True)


def _counted(word: str) -> int | None:
    return int(word) if word.isdigit() else _COUNTS.get(word.lower())

