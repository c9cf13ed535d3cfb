"""How long before a report a happening lay, by the words that lead to it.

    >>> text = "The signing came less than a month after talks resumed."
    >>> days_before(text, 0, text.index("resumed"))
    (0, 31)

"Less than a month after talks resumed", "more than four years after they collapsed", "three
months after it said it would let the deal die": the happening is dated by its distance
from what the sentence tells, which a news report tells on its day or just before. So the
distance is counted back from the report's date, with a week's leeway each side for the
report's lag (`corpus.event_rules`). A vague count ("some years after") or a distance
counted forward ("two weeks before the vote") dates nothing.
"""

from __future__ import annotations

import re

from corpus.cjk_numbers import cjk_number
from corpus.date_patterns import NUMBER, number_value

_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
# At most this many words between "after" and the happening's own words ("after the two
# sides restarted", "after it said it would let the deal").
_WORDS_BETWEEN = 8
# A distance of two units is counted in both: "four years and five months after they broke down".
_LEADING = re.compile(
    rf"(?i)\b(?:(?P<bound>less\s+than|under|within|barely|just|only|nearly|almost|more\s+than|over"
    rf"|about|some|around|roughly)\s+)?(?:(?P<larger>{NUMBER})\s+(?P<larger_unit>year|month|week)s?,?\s+and\s+)?"
    rf"(?P<count>{NUMBER})\s+(?P<unit>day|week|month|year)s?"
    rf"(?:['\u2019]s)?\s+(?:after|since)\s+(?:[\w'\u2019-]+,?\s+){{0,{_WORDS_BETWEEN}}}$"
)
_UPPER = ("less than", "under", "within", "barely", "just", "only", "nearly", "almost")
_LOWER = ("more than", "over")


# French: "moins d'un mois après avoir annoncé la reprise des discussions".
_FRENCH_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                  "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}
_FRENCH_UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
                 "ans": "year", "année": "year", "années": "year"}
_FRENCH_BOUNDS = {"moins": "less than", "plus": "more than", "près": "nearly", "à peine": "barely", "environ": "about"}
# The words before "après": a bound, a count and a unit ("moins d'un mois").
_FRENCH_DISTANCE = re.compile(
    r"(?i)(?<!\w)(?:(?P<bound>moins|plus|près)\s+d['\u2019]\s*|(?P<loose>à\s+peine|environ)\s+)?"
    rf"(?P<count>\d+|{'|'.join(_FRENCH_COUNTS)})\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\s+$"
)
# At most this many characters of bound, count and unit before "après".
_FRENCH_DISTANCE_CHARACTERS = 40


def days_before(text: str, sentence_start: int, happening_start: int) -> tuple[int, int] | None:
    """The least and most days between the happening at `happening_start` and the time its
    sentence tells of, when the words before it in its sentence give them; else None."""
    match = _LEADING.search(text, _search_from(text, sentence_start, happening_start), happening_start)
    if match is None:
        return _days_before_in_french(text, sentence_start, happening_start)
    count = number_value(match.group("count").replace(" ", "-"))
    if count is None:
        return None
    unit = _UNIT_DAYS[match.group("unit").lower()]
    larger = _larger_part(match)
    if larger is None:
        return None
    bound = " ".join((match.group("bound") or "").lower().split())
    return _bounded(bound, larger, count, unit)


# A match of `_LEADING` spans at most 16 runs of non-space characters (a bound's two words, a larger count's three,
# the count, its unit, "after" and eight words), all before the happening: it starts within the last 16.
_MOST_TOKENS = 16
_SPACES = re.compile(r"\s+")
_NEAR_CHARACTERS = 2_000


def _search_from(text: str, sentence_start: int, happening_start: int) -> int:
    """Where `_LEADING` can start its search and find what it finds from the sentence's start: the space before
    the last words a match can reach (a sentence of 5,000 "three days after they signed" was read whole for each
    of its wordings, perf31); the sentence's start when the last 2,000 characters hold too few words."""
    low = max(sentence_start, happening_start - _NEAR_CHARACTERS)
    spaces = [found.start() for found in _SPACES.finditer(text, low, happening_start)]
    # (a run of spaces after the first is whole: no match starts in it, nor reads what lies before it)
    return spaces[-_MOST_TOKENS - 2] if len(spaces) >= _MOST_TOKENS + 3 else sentence_start


def _bounded(bound: str, larger: int, count: int, unit: int) -> tuple[int, int]:
    """The least and most days of `count` units (and `larger` days) under the English `bound` ("less than")."""
    if bound in _UPPER:
        return 0, larger + count * unit
    if bound in _LOWER:
        return larger + count * unit, 2 * (larger + count * unit) + unit
    return larger + max(count - 1, 0) * unit, larger + (count + 1) * unit


def _days_before_in_french(text: str, sentence_start: int, happening_start: int) -> tuple[int, int] | None:
    window = text[sentence_start:happening_start]
    at = window.lower().rfind("après")
    between = window[at + len("après"):]
    if at < 0 or not between[:1].isspace() or len(between.split()) > _WORDS_BETWEEN:
        return None
    match = _FRENCH_DISTANCE.search(window, max(0, at - _FRENCH_DISTANCE_CHARACTERS), at)
    if match is None:
        return None
    word = match["count"].lower()
    count = int(word) if word.isdigit() else _FRENCH_COUNTS[word]
    unit = _UNIT_DAYS[_FRENCH_UNITS[match["unit"].lower()]]
    bound = _FRENCH_BOUNDS.get(" ".join((match["bound"] or match["loose"] or "").lower().split()), "")
    return _bounded(bound, 0, count, unit)


def _larger_part(match: re.Match) -> int | None:
    """The days of a distance's larger unit ("four years" in "four years and five months"), 0
    when it has none; None when its count is no definite number."""
    if match.group("larger") is None:
        return 0
    count = number_value(match.group("larger").replace(" ", "-"))
    return None if count is None else count * _UNIT_DAYS[match.group("larger_unit").lower()]


# Japanese and Korean tell the distance after the happening: "交渉再開から1か月足らずで" (less than
# a month after the talks resumed), "재개를 발표한 지 채 한 달이 지나지 않아" (before a month had
# passed since it announced the restart).
# (counts in Chinese characters, "三", are read by `corpus.cjk_numbers`; these are the other words for one)
_COUNT_WORDS = {"半": 0, "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
_CJK_UNIT_DAYS = {"日": 1, "週間": 7, "か月": 31, "ヶ月": 31, "カ月": 31, "ヵ月": 31, "年": 366,
                  "일": 1, "주": 7, "달": 31, "개월": 31, "년": 366}
_JA_AFTER = re.compile(r"から(?P<count>\d+|[一二三四五六七八九十半])\s*(?P<unit>日|週間|[かヶカヵ]月|年)"
                       r"(?P<bound>足らず|未満|以内|余り|以上)?")
_KO_AFTER = re.compile(r"\s*지\s*(?:채\s*)?(?P<count>\d+|한|두|세|네|다섯|여섯)\s*(?P<unit>일|주|달|개월|년)(?:이|가)?\s*"
                       r"(?P<bound>지나지\s*않아|안\s*돼|도\s*안\s*돼|만에|넘어)")
# Korean days counted in native words: "선포한 지 열흘 남짓 만에" (some ten days after it announced).
_KO_NATIVE_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8, "아흐레": 9,
                   "열흘": 10, "보름": 15}
_KO_DAYS_AFTER = re.compile(rf"\s*지\s*(?:불과\s*|채\s*)?(?P<days>{'|'.join(_KO_NATIVE_DAYS)})(?P<more>\s*(?:남짓|넘게))?"
                            r"\s*만(?:에|이)")
# Chinese: "距韓國政府宣布與日方恢復談判僅過去十多天" (but some ten days since it announced the talks' resumption).
_ZH_SINCE = re.compile(r"(?:仅|僅|才|只|已经|已經|已)?(?:过去|過去|过了|過了)?了?(?P<count>\d+|[一二两兩三四五六七八九十]{1,3})"
                       r"(?P<more>多)?(?:个|個)?(?P<more_after>多)?(?P<unit>天|日|星期|周|週|月|年)")
_ZH_UNIT_DAYS = {"天": 1, "日": 1, "星期": 7, "周": 7, "週": 7, "月": 31, "年": 366}
_CJK_UPPER = ("足らず", "未満", "以内")
_CJK_LOWER = ("余り", "以上")


def days_after_in_cjk(text: str, happening_end: int, sentence_end: int) -> tuple[int, int] | None:
    """The least and most days between a happening and the time its sentence tells of, when the
    Japanese or Korean words right after it give them; else None."""
    native = _KO_DAYS_AFTER.match(text, happening_end, sentence_end)
    if native is not None:
        days = _KO_NATIVE_DAYS[native["days"]]
        return (days, 2 * days) if native["more"] else (days - 1, days + 1)
    match = _JA_AFTER.match(text, happening_end, sentence_end) or _KO_AFTER.match(text, happening_end, sentence_end)
    if match is None:
        return None
    word = match["count"]
    count = _COUNT_WORDS[word] if word in _COUNT_WORDS else cjk_number(word)
    unit = _CJK_UNIT_DAYS[match["unit"]]
    bound = "".join(match["bound"].split()) if match["bound"] else ""
    if bound in _CJK_UPPER or bound in ("지나지않아", "안돼", "도안돼"):
        return 0, (count or 1) * unit
    if bound in _CJK_LOWER or bound == "넘어":
        return count * unit, 2 * count * unit + unit
    return max(count - 1, 0) * unit, (count + 1) * unit


def days_after_in_chinese(text: str, sentence_start: int, happening_start: int, happening_end: int,
                          sentence_end: int) -> tuple[int, int] | None:
    """The least and most days between a happening and the time its sentence tells of, when its
    sentence counts them from it in Chinese ("距 ... 宣布恢復談判僅過去十多天"); else None."""
    if text.find("距", sentence_start, happening_start) < 0:
        return None
    match = _ZH_SINCE.match(text, happening_end, sentence_end)
    count = None if match is None else cjk_number(match["count"])
    if count is None:
        return None
    unit = _ZH_UNIT_DAYS[match["unit"]]
    if match["more"] or match["more_after"]:  # "十多天": ten and more, under twenty
        return count * unit, (count + (10 if count >= 10 and count % 10 == 0 else 1)) * unit
    return max(count - 1, 0) * unit, (count + 1) * unit
