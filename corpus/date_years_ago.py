"""A count of years back from the page, as the languages other than English write "four years ago" (timeline round
104): "4年前" (Japanese, Chinese: "四年前"), "4년 전", "hace cuatro años", "há quatro anos", "il y a quatre ans", "vor vier
Jahren", "quattro anni fa". Read as English's "four years ago" is (`corpus.date_patterns.AGO`): the year so many
before the page's, counted from its date (a relative date: none on a page whose date is unknown). Not a count only
near ("近4年前", "거의 4년 전", "hace casi cinco años", "vor fast vier Jahren": which year is not said), nor a
comparison ("1년 전보다", "1年前より", "前年比"), nor what is not a count back ("16年前半", the first half of '16;
"1年前倒し", brought forward by a year; "4년 전쟁"), nor a count from a year named before it ("2012年の4年前", "その4年前",
"그 4년 전": review 47). A rule of `corpus.date_readers`' `RULES`. Pure standard library.

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

_WORDS = {  # the number words of each language, one to ten
    "es": "un dos tres cuatro cinco seis siete ocho nueve diez",
    "pt": "um dois três quatro cinco seis sete oito nove dez",
    "fr": "un deux trois quatre cinq six sept huit neuf dix",
    "de": "ein zwei drei vier fünf sechs sieben acht neun zehn",
    "it": "un due tre quattro cinque sei sette otto nove dieci"}
_COUNTS = {word: number for words in _WORDS.values() for number, word in enumerate(words.split(), 1)}
# (a word, read by `years_ago`: a long alternation of number words tried at every word was slow on hostile text)
_CJK = (r"(?<![\d０-９.])(?P<cjk>[1-9]\d?|[１-９][０-９]?|[一二三四五六七八九十]{1,3})\s*"
        r"(?:年前(?![半期後后倒比])(?!より|に比べ|と比べ)"
        r"|년\s*전(?=(?:에는|에도|에|의|부터|까지|엔)?(?![가-힣]))(?!에?\s*(?:비해|대비)))")
_LATIN = (r"(?i:\bhace\s+(?P<es>\w+)\s+años?|\bhá\s+(?P<pt>\w+)\s+anos?|\bil\s+y\s+a\s+(?P<fr>\w+)\s+ans"
          r"|\bvor\s+(?P<de>\w+)\s+Jahren|\b(?P<it>\w+)\s+anni\s+fa)\b")
YEARS_AGO = re.compile(_CJK + "|" + _LATIN)
# only near the count ("近4年前", "거의 4년 전"): which year is not said
_NEAR_BEFORE = re.compile(r"(?:近|約|约|ほぼ|およそ|거의|약|대략)\s*$")
# counted back from a year named before the count, not from the page's ("2012年の4年前", four years before 2012;
# "その4年前", "그 4년 전", "그로부터 4년 전": four years before then; review 47)
_FROM_ANOTHER_YEAR_BEFORE = re.compile(r"(?:\d\s*[年년]\s*(?:の|의)|その|それから|そこから|(?<![가-힣])그(?:로부터)?)\s*$")
# where a match may be: it holds one of these (`corpus.date_scan`)
TRIGGER = re.compile(r"(?i)[年년]|años?|\banos?\b|\bans\b|jahren|\banni\b")


def years_ago(match: re.Match, text: str) -> Candidate:
    """The year `count` years before the anchor's."""
    word = next(group for group in match.groups() if group)
    count = cjk_number(word) if match["cjk"] else _counted(word)  # ("４": a digit, as int() reads it)
    if not count or _NEAR_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return Candidate(match.start(), match.end(), "other", note="no count of years, or only near one")
    if match["cjk"] and _FROM_ANOTHER_YEAR_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return Candidate(match.start(), match.end(), "other", note="counted from another year than the page's")
    return Candidate(match.start(), match.end(), "date", lambda anchor: DateValue(anchor.year - count), relative=True)


def _counted(word: str) -> int | None:
    return int(word) if word.isdigit() else _COUNTS.get(word.lower())

