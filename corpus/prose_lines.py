"""Whether a line reads like a sentence of an article rather than page furniture (`is_prose`), and a blog's meta
line, which never does (`meta_line`).

(Moved out of `corpus.cleaning`, which sorts a page's lines with them; the outlet and date rules ask `is_prose` too.)
"""

from __future__ import annotations

import re

from corpus.intake.dated_sentences import opens_dated_sentence
from corpus.intake.printed_dates import find_date_line
from corpus.page_lines import TERMINAL_PUNCTUATION

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
PRINTED_DATE = (
    rf"(?:{MONTH} \d{{1,2}},? \d{{4}}(?:\s*[-–,]\s*\d{{1,2}}:\d{{2}})?"
    rf"|(?:\d{{1,2}}:\d{{2}} )?\d{{1,2}} {MONTH} \d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)

# A blog-style meta line: "Asia-Pacific, News November 23, 2016 1 Comment on <headline><standfirst>"
_META_LINE = re.compile(
    rf"^(?P<section>.+?)\s+(?P<date>{PRINTED_DATE})\s+(?:\d+|No) Comments?(?: on (?P<rest>.*))?$",
    re.IGNORECASE,
)

# "By Jane Roe | August 23, 2019 at 4:30 a.m.": a byline and a date, not a sentence.
_BYLINE_WITH_PARTS = re.compile(r"^(?i:by)\b:?\s[^.!?|]{2,80}\|")
# Kana and ideographs: a Chinese or Japanese sentence counts its words by its characters.
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Hangul syllables: a Korean sentence spaces its words, but a syllable says what two or three
# Latin letters do ("청와대는 22일 ... 발표했다." is a lead of 55 characters); counted so only in a
# line that ends as a Korean sentence does ("...했다.", "...입니다."), not a headline's quotation.
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KOREAN_SENTENCE_END = re.compile(r"[다요죠까][.!?]['\"\u201d\u2019)]*$")


def is_prose(line: str) -> bool:
    """A line that reads like a sentence of an article rather than page furniture."""
    if opens_dated_sentence(line):
        return True  # "2019年8月22日，韩国政府宣布……。": the story's sentence, however short, never a date line
    ideographs = len(_IDEOGRAPHS.findall(line))  # a Chinese or Japanese line: two a word
    words = len(line.split()) + ideographs // 2
    hangul = len(_HANGUL.findall(line)) if _KOREAN_SENTENCE_END.search(line) else 0
    if len(line) + ideographs + hangul < 60 or words < 8 or meta_line(line) or _BYLINE_WITH_PARTS.match(line):
        return False
    if find_date_line(line):
        return False  # "<headline>. August. 13, 2019 07:43. by Jane Roe": a date line
    return line.endswith(TERMINAL_PUNCTUATION) or words >= 25


def meta_line(line: str) -> re.Match[str] | None:
    """A blog's meta line: its section, its date and the title after "Comment on"."""
    # (its lazy section tries a date at every space: a line without "comment" is not searched)
    return _META_LINE.match(line) if "comment" in line.lower() else None
