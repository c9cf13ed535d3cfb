"""Numbers written in Chinese characters, as Chinese and Japanese count: "三", "十", "十五", "二十".

    >>> cjk_number("十五"), cjk_number("二十"), cjk_number("7"), cjk_number("百")
    (15, 20, 7, None)

One reading for every rule that counts in them (`corpus.intervals`: "交渉再開から三か月", "僅過去十多天").
Pure standard library.
"""

from __future__ import annotations

CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cjk_number(word: str) -> int | None:
    """"3", "三", "十", "十五", "二十" -> int; None for what is no number up to 99."""
    if word.isdigit():
        return int(word)
    tens, ten, ones = word.partition("十")
    if not ten:
        return CJK_DIGITS.get(word) if len(word) == 1 else None
    if (tens and tens not in CJK_DIGITS) or (ones and ones not in CJK_DIGITS):
        return None
    return CJK_DIGITS.get(tens, 1) * 10 + CJK_DIGITS.get(ones, 0)
