"""Date lines the printed-date reader misses for what stands around them, read once that is set
aside (`corpus.intake.printed_dates` reads the line itself first):

* the site's address among the header's items, with the lost characters a copy prints as "?"
  between them: "中国网 china.com.cn 时间: 2009-05-25 发表评论>>",
  "www.shockplant.com?2010-09-08 08:48? ?來源:中國青年報": an address at a common domain (.com,
  .cn, .kr …) is the masthead's; one at any other domain after "www." only when nothing else on
  the line is a word, the date's month aside ("2017-05-07 22:41 | www.trend.az | 1": a date, a
  clock, separators, a counter): "Page updated 2016-11-23 | www.nato.int" cites another site. A
  date noted beside a source ("Archived/Accessed/Retrieved 2016-11-23, …", "Hearing …") is
  never the page's;
* a writer's name in Arabic glued to the day as copied, the label of an update after it:
  "محمود احمد23 نوفمبر 2016آخر تحديث :" (a space between the name's last letter and the day);
* a time glued to the year as copied (two elements run together): "Thu, Jan 3 201910:09 AM EST",
  "2019-11-0914:29 (IST)" (a space between the year and an hour and minutes, never other digits);
* a day in dots with the year's word of Russian or Ukrainian after it, which sets the day first, and a clock glued
  before it as copied: "15:3208.04.2010г.", "08.04.2010 г. 15:32", "08.04.2010 року";
* a Korean reporter's byline before the "승인" (approved) stamp, as Korean sites' publishing system prints
  it, its fields parted by bars or by the letter "l" typed for one: "강재규 선임기자 승인 2019.11.22 18:10 |
  최종 수정 2019.11.23 14:25", "백종원 기자l승인2021.09.16l수정2021.09.16 13:08" (the stamp read without the byline);
* a lead opening on its place and its full date before a slash, as People's Daily's Arabic service prints its
  dateline: "طوكيو 14 نوفمبر 2016 /أعلنت وزارة الخارجية …" (the year printed: nothing guessed; the lead, six
  words or more, runs on after the slash), or with its date in brackets, as Mexico's press prints it: "SEÚL, COREA DEL
  NORTE (28/MAY/2017).- Corea del Norte …";
* a journal's issue line, the citation run on after it: "Published May 2023 in Comparative
  Connections · Volume 25, Issue 1 (This article is extracted from …)": its head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.intake.printed_dates import MAX_DATE_LINE, MONTH_NAME, PrintedDate, find_date_line, read_date

_ADDRESS = re.compile(r"(?i)(?<![\w.@/-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|tw|hk|kr|jp|co)"
                      r"(?:\.[a-z]{2})?(?![\w.@/-])")
_ANY_ADDRESS = re.compile(r"(?i)(?<![\w.@/-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w.@/-])")  # www.trend.az
_NOTED_DAY = re.compile(r"(?i)^\W*(?:archived|accessed|retrieved|hearing)\b")
_MONTH_OR_HALF_DAY = re.compile(rf"\b(?:{MONTH_NAME}|[ap]\.?m)\b\.?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]")
_LOST_CHARACTER = re.compile(r"\?")
_DAY_GLUED_TO_ARABIC = re.compile(r"(?<=[\u0620-\u064a])(?=[0-3]?\d\s+[\u0620-\u064a])")
_TIME_GLUED_TO_YEAR = re.compile(r"(?<=(?<![\d.:/-])(?:19|20)\d\d)(?=(?:[01]\d|2[0-3])[:.][0-5]\d(?![\d.:]))"
                                 r"|(?<=(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d)(?=(?:[01]\d|2[0-3]):[0-5]\d(?![\d:]))")
_YEAR_WORD = r"\s?(?:г\.?|года|р\.|року)(?!\w)"
_DOTTED_DAY_AND_YEAR_WORD = re.compile(rf"(?P<day>(?<![\d.])[0-3]?\d\.[01]?\d\.(?:19|20)\d\d){_YEAR_WORD}")
_CLOCK_GLUED_TO_DAY = re.compile(rf"(?<![\d.:])(?P<clock>(?:[01]\d|2[0-3]):[0-5]\d)"
                                 rf"(?=[0-3]\d\.[01]\d\.(?:19|20)\d\d{_YEAR_WORD})")
_KOREAN_BYLINE_BEFORE_STAMP = re.compile(r"^[가-힣]{2,4}\s*(?:선임|수석|전문|객원|인턴)?기자\s*[|lㅣ]?\s*(?=(?:기사)?승인)")
_LETTER_AS_BAR = re.compile(r"(?<=[\d가-힣])l(?=[가-힣])")
_SLASHED_DATELINE = re.compile(r"^(?P<place>[^\W\d_]{2,15}(?:\s[^\W\d_]{2,15})?)[,،]?\s+"
                               r"(?P<date>[0-3]?\d\.?\s+[^\W\d_]{3,12}\s+(?:19|20)\d\d)\s*/\s*(?P<lead>\S.*)$")
# The same with the date in brackets after the place in capitals, as Mexico's press prints it: "GUADALAJARA, JALISCO
# (22/NOV/2016).- El …" (the month in letters, the year printed).
_BRACKETED_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.' -]{1,30}(?:,\s*[A-ZÀ-Ý][A-ZÀ-Ý.' -]{1,30})?)\s*"
                                 r"\((?P<date>[0-3]?\d/[^\W\d_]{3,10}/(?:19|20)\d\d)\)\s*\.?\s*[-–—]\s*(?P<lead>\S.*)$")
_LEAD_WORDS = 6
_PUBLISHED_HEAD = re.compile(r"^(?:Published|First\s+published)\s+(?:on\s+)?(?P<head>[^·|(]{4,80}?)\s*[·|(]")


def date_line_within(line: str, order_hint: str = "") -> PrintedDate | None:
    """The date line `line` holds once a site's address and the lost characters around it are
    set aside, as printed in `line`, else None."""
    if len(line) > MAX_DATE_LINE or _NOTED_DAY.match(line):
        return None
    if (spaced := _DAY_GLUED_TO_ARABIC.sub(" ", line)) != line:
        return find_date_line(spaced, order_hint)  # (its line spaced, so that the date is read again from it)
    if (plain := _without_year_word(line)) != line:
        printed = find_date_line(plain, "dmy")
        return replace(printed, line=line) if printed else None
    if (spaced := time_unglued(line)) != line:
        printed = find_date_line(spaced, order_hint)
        return replace(printed, line=line) if printed else None
    if (stamp := _KOREAN_BYLINE_BEFORE_STAMP.sub("", line)) != line:
        printed = find_date_line(_LETTER_AS_BAR.sub(" | ", stamp), order_hint)
        return replace(printed, line=line) if printed else None
    rest = _ADDRESS.sub(" ", line)
    if rest == line:
        rest = _ANY_ADDRESS.sub(" ", line)
        if rest == line or _WORD.search(_MONTH_OR_HALF_DAY.sub(" ", rest)):
            return None
    printed = find_date_line(" ".join(_LOST_CHARACTER.sub(" ", rest).split()), order_hint)
    return replace(printed, line=line) if printed else None


def time_unglued(line: str) -> str:
    """`line` with a space between a year and the time glued to it ("Jan 3 201910:09" -> "Jan 3 2019 10:09")."""
    return _TIME_GLUED_TO_YEAR.sub(" ", line)


def year_word_day(line: str) -> str | None:
    """The day in dots `line` prints with the year's word of Russian or Ukrainian after it (the day first), or None."""
    plain = _without_year_word(line) if len(line) <= MAX_DATE_LINE else line
    return read_date(plain, "dmy") if plain != line else None


def _without_year_word(line: str) -> str:
    """`line` without the year's word after a day in dots, its clock unglued from the day ("15:3208.04.2010г." ->
    "15:32 08.04.2010"), or `line` when it prints no such word."""
    return _DOTTED_DAY_AND_YEAR_WORD.sub(r"\g<day>", _CLOCK_GLUED_TO_DAY.sub(r"\g<clock> ", line))


def published_head_date(line: str) -> PrintedDate | None:
    """The date of a journal's issue line, its citation run on after it (see the module)."""
    head = _PUBLISHED_HEAD.match(line) if len(line) > MAX_DATE_LINE else None
    printed = find_date_line(f"Published {head['head']}") if head else None
    return replace(printed, line=line) if printed else None


def slashed_dateline_date(line: str) -> PrintedDate | None:
    """The full date of a lead's dateline before a slash (see the module), as printed in `line`."""
    match = _SLASHED_DATELINE.match(line.strip()) or _BRACKETED_DATELINE.match(line.strip())
    if match is None or len(match["lead"].split()) < _LEAD_WORDS:
        return None
    printed = find_date_line(match["date"])
    return replace(printed, line=match["date"]) if printed and len(printed.value) == len("YYYY-MM-DD") else None
