"""Dates printed in calendars and forms other than the Gregorian year with a month's name:
Japan's era years ("平成28年11月23日", "令和元年5月1日"), the Republic of China's ("民國105年11月23日"),
Thailand's Buddhist era ("22 พฤศจิกายน 2562"), North Korea's Juche years ("Juche112.11.28.",
"주체112(2023)년 11월 28일", KCNA's stamp) and the Vietnamese date's words ("ngày 22 tháng 11 năm 2019", "22 tháng 11, 2019").

    >>> era_dates("平成28年11月23日")[0][2]
    (2016, 11, 23)
"""

from __future__ import annotations

import re

# The era's name and the Gregorian year before its first ("元年", year 1).
_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
         "民國": 1911, "民国": 1911}
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ERA_DATE = re.compile(
    r"(?P<era>" + "|".join(_ERAS) + r")\s*(?P<year>[0-9０-９]{1,3}|元)\s*年\s*"
    r"(?P<month>[0-9０-９]{1,2})\s*月\s*(?P<day>[0-9０-９]{1,2})\s*日")
_VIETNAMESE_DATE = re.compile(
    r"(?i)(?<!\w)(?:ngày\s+)?(?P<day>[0-3]?\d)\s+tháng\s+(?P<month>[01]?\d)(?:\s+năm|,)\s+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)")

# North Korea's Juche years (year 1 is 1912), the Gregorian year sometimes beside it in brackets.
_JUCHE_YEAR_ZERO = 1911
_JUCHE_DATE = re.compile(
    r"(?<!\w)(?:Juche|JUCHE|주체|主体|主體)\s*(?P<year>\d{2,3})(?:\s*\((?:19|20)\d\d\))?\s*[.년年]\s*"
    r"(?P<month>[01]?\d)\s*[.월月]\s*(?P<day>[0-3]?\d)(?!\d)(?:\s*[일日])?")

# Thai dates in the Buddhist era (543 years ahead): "22 พฤศจิกายน 2562", "22 พ.ย. 2562".
_THAI_MONTHS = {name: number for number, names in enumerate((
    "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.", "มิถุนายน มิ.ย.",
    "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.", "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค."), 1)
    for name in names.split()}
_BUDDHIST_ERA = 543
_THAI_DATE = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>" + "|".join(re.escape(name) for name in sorted(
        _THAI_MONTHS, key=len, reverse=True)) + r")\s*(?P<year>25\d\d)(?!\d)")


def era_dates(text: str) -> list[tuple[int, int, tuple[int, int, int]]]:
    """(start, end, (year, month, day)) of each date in `text` printed in an era's years (Thai
    ones too) or in Vietnamese words, as printed (not checked as a day of the calendar)."""
    found = []
    for match in _ERA_DATE.finditer(text):
        year = 1 if match["year"] == "元" else int(match["year"].translate(_DIGITS))
        found.append((match.start(), match.end(), (_ERAS[match["era"]] + year,
                      int(match["month"].translate(_DIGITS)), int(match["day"].translate(_DIGITS)))))
    for match in _JUCHE_DATE.finditer(text):
        found.append((match.start(), match.end(), (_JUCHE_YEAR_ZERO + int(match["year"]),
                                                   int(match["month"]), int(match["day"]))))
    for match in _VIETNAMESE_DATE.finditer(text):
        found.append((match.start(), match.end(),
                      (int(match["year"]), int(match["month"]), int(match["day"]))))
    for match in _THAI_DATE.finditer(text):
        found.append((match.start(), match.end(), (int(match["year"]) - _BUDDHIST_ERA,
                      _THAI_MONTHS[match["month"]], int(match["day"]))))
    return sorted(found)
