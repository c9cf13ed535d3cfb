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


def days_before(text: str, sentence_start: int, happening_start: int) -> tuple[int, int] | None:
    """The least and most days between the happening at `happening_start` and the time its
    sentence tells of, when the words before it in its sentence give them; else None."""
    match = _LEADING.search(text, sentence_start, happening_start)
    if match is None:
        return None
    count = number_value(match.group("count").replace(" ", "-"))
    if count is None:
        return None
    unit = _UNIT_DAYS[match.group("unit").lower()]
    larger = _larger_part(match)
    if larger is None:
        return None
    bound = " ".join((match.group("bound") or "").lower().split())
    if bound in _UPPER:
        return 0, larger + count * unit
    if bound in _LOWER:
        return larger + count * unit, 2 * (larger + count * unit) + unit
    return larger + max(count - 1, 0) * unit, larger + (count + 1) * unit


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
_CJK_COUNTS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
               "半": 0, "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
_CJK_UNIT_DAYS = {"日": 1, "週間": 7, "か月": 31, "ヶ月": 31, "カ月": 31, "ヵ月": 31, "年": 366,
                  "일": 1, "주": 7, "달": 31, "개월": 31, "년": 366}
_JA_AFTER = re.compile(r"から(?P<count>\d+|[一二三四五六七八九十半])\s*(?P<unit>日|週間|[かヶカヵ]月|年)"
                       r"(?P<bound>足らず|未満|以内|余り|以上)?")
_KO_AFTER = re.compile(r"\s*지\s*(?:채\s*)?(?P<count>\d+|한|두|세|네|다섯|여섯)\s*(?P<unit>일|주|달|개월|년)(?:이|가)?\s*"
                       r"(?P<bound>지나지\s*않아|안\s*돼|도\s*안\s*돼|만에|넘어)")
_CJK_UPPER = ("足らず", "未満", "以内")
_CJK_LOWER = ("余り", "以上")


def days_after_in_cjk(text: str, happening_end: int, sentence_end: int) -> tuple[int, int] | None:
    """The least and most days between a happening and the time its sentence tells of, when the
    Japanese or Korean words right after it give them; else None."""
    match = _JA_AFTER.match(text, happening_end, sentence_end) or _KO_AFTER.match(text, happening_end, sentence_end)
    if match is None:
        return None
    count = int(match["count"]) if match["count"].isdigit() else _CJK_COUNTS[match["count"]]
    unit = _CJK_UNIT_DAYS[match["unit"]]
    bound = "".join(match["bound"].split()) if match["bound"] else ""
    if bound in _CJK_UPPER or bound in ("지나지않아", "안돼", "도안돼"):
        return 0, (count or 1) * unit
    if bound in _CJK_LOWER or bound == "넘어":
        return count * unit, 2 * count * unit + unit
    return max(count - 1, 0) * unit, (count + 1) * unit
