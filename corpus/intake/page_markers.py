"""A page's markers kept alone on a line (intake round 83, issue 13): not the article.

* a picture's or an editor's credit in brackets: "(사진=연합뉴스)", "(朝日新聞社提供)", "(责编:常红、肖红)",
  "(Screengrab: Uriminzokkiri)";
* a picture's file name or a site's id: "nkor_afp.jpg", "420_9dd59c3395310154f2850c3d97b844c7", "RTX79Z6P_g9gsyq";
* a gallery's or a page's counter: "1 of 10", "1 / 30", "(Page 2 of 2)";
* who wrote, translated, edited or filmed it: "Translated by Audrey Joung", "Written by: Tonata Kadhila",
  "Video provided by JTBC", "*Writing by Islamuddin Sajid", "Photo via KCNA";
* a link to the previous or next story or page: "上一篇:朝方將召集記者說明情況", "上一页 1 2 下一页",
  "이전 1 다음", "Previous Post Next Post";
* an advertisement's slot marked "AD" (round 118).

Each is the whole line, short, without a sentence's closing stop: a sentence of prose naming the same
words ("Translated by the ministry, the note was sent on Monday.", "(The ministry later denied it.)") is
longer or closes as a sentence.

    >>> [is_page_marker(line) for line in ("(사진=연합뉴스)", "nkor_afp.jpg", "1 of 10", "Edited by Hoyeon Yoo")]
    [True, True, True, True]
    >>> is_page_marker("(The ministry later denied the report.)")
    False
"""
from __future__ import annotations

import re

# a picture's or an editor's credit in brackets, by its label or by "provided": "(사진=연합뉴스)", "(责编:常红、肖红)",
# "(Screengrab: Uriminzokkiri)", "(朝日新聞社提供)" (a wire's bare "(Yonhap)" credits the story: the outlet's reading)
_BRACKETED_CREDIT = (
    r"\((?:사진|写真|圖片|图片|照片|(?i:photo|screengrab|image)|责编|責編|编辑|編輯)\s*[=:：/]\s*[^()]{1,40}\)"
    r"|\([^()\d]{1,30}(?:提供|供圖|供图)\)"
)
_FILE_NAME = r"[A-Za-z0-9_.-]{1,80}\.(?i:jpe?g|png|gif|webp)"
# one token of 14 to 80 letters, digits, dashes and underscores, holding both a letter and a digit
_SITE_ID = r"(?=[A-Za-z0-9_-]{0,79}\d)(?=[A-Za-z0-9_-]{0,79}[A-Za-z])[A-Za-z0-9_-]{14,80}"
# (a slashed count of hundreds is a comment box's characters, "10 / 300", not a gallery's pictures)
_COUNTER = r"\(?(?i:page\s+)?(?:\d{1,3}\s+of\s+\d{1,3}|\d{1,2}\s*/\s*\d{1,2})\)?"
_ROLE_CREDIT = (
    r"\W{0,3}(?i:(?:(?:video|photos?|graphics?|words|text)\s+)?(?:(?:written|translated|edited|reported|produced"
    r"|provided|compiled|sourced)(?:\s+and\s+(?:edited|translated|compiled))?\s+(?:by|from)|writing\s+by"
    r"|reporting\s+by|(?:photo|video)\s+via))\s*:?\s*[A-Z][^.!?。\n]{1,60}"
)
_PREVIOUS_OR_NEXT = (
    r"(?:上一篇|下一篇)(?:\s*[:：]|\s+\d)[^\n]{0,60}|上一页[\d\s]{0,40}下一页|이전(?:\s+\d{1,3}){1,10}\s+다음"
    r"|(?i:previous\s+post\s+next\s+post)"
)
# an advertisement's slot, marked in capitals (round 118): "AD" (the word's other forms are `furniture`'s)
_AD_MARK = r"AD"
_PAGE_MARKER = re.compile(rf"{_BRACKETED_CREDIT}|{_FILE_NAME}|{_SITE_ID}|{_COUNTER}|{_ROLE_CREDIT}|{_PREVIOUS_OR_NEXT}"
                          rf"|{_AD_MARK}")


def is_page_marker(line: str) -> bool:
    # (stripped, so that the pattern has no run of spaces to back off over)
    return len(line) <= 200 and _PAGE_MARKER.fullmatch(line.strip()) is not None
