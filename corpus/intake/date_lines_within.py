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
* a journal's issue line, the citation run on after it: "Published May 2023 in Comparative
  Connections · Volume 25, Issue 1 (This article is extracted from …)": its head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.intake.printed_dates import MAX_DATE_LINE, MONTH_NAME, PrintedDate, find_date_line

_ADDRESS = re.compile(r"(?i)(?<![\w.@/-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|tw|hk|kr|jp|co)"
                      r"(?:\.[a-z]{2})?(?![\w.@/-])")
_ANY_ADDRESS = re.compile(r"(?i)(?<![\w.@/-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w.@/-])")  # www.trend.az
_NOTED_DAY = re.compile(r"(?i)^\W*(?:archived|accessed|retrieved|hearing)\b")
_MONTH_OR_HALF_DAY = re.compile(rf"\b(?:{MONTH_NAME}|[ap]\.?m)\b\.?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]")
_LOST_CHARACTER = re.compile(r"\?")
_PUBLISHED_HEAD = re.compile(r"^(?:Published|First\s+published)\s+(?:on\s+)?(?P<head>[^·|(]{4,80}?)\s*[·|(]")


def date_line_within(line: str, order_hint: str = "") -> PrintedDate | None:
    """The date line `line` holds once a site's address and the lost characters around it are
    set aside, as printed in `line`, else None."""
    if len(line) > MAX_DATE_LINE or _NOTED_DAY.match(line):
        return None
    rest = _ADDRESS.sub(" ", line)
    if rest == line:
        rest = _ANY_ADDRESS.sub(" ", line)
        if rest == line or _WORD.search(_MONTH_OR_HALF_DAY.sub(" ", rest)):
            return None
    printed = find_date_line(" ".join(_LOST_CHARACTER.sub(" ", rest).split()), order_hint)
    return replace(printed, line=line) if printed else None


def published_head_date(line: str) -> PrintedDate | None:
    """The date of a journal's issue line, its citation run on after it (see the module)."""
    head = _PUBLISHED_HEAD.match(line) if len(line) > MAX_DATE_LINE else None
    printed = find_date_line(f"Published {head['head']}") if head else None
    return replace(printed, line=line) if printed else None
