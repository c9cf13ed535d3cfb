"""Date lines the printed-date reader misses for what stands around them, read once that is set
aside (`corpus.intake.printed_dates` reads the line itself first):

* the site's address among the header's items, with the lost characters a copy prints as "?"
  between them: "中国网 china.com.cn 时间: 2009-05-25 发表评论>>",
  "www.shockplant.com?2010-09-08 08:48? ?來源:中國青年報", "2017-05-07 22:41 | www.trend.az | 1" (any
  domain after "www."): the address is the masthead's;
* a journal's issue line, the citation run on after it: "Published May 2023 in Comparative
  Connections · Volume 25, Issue 1 (This article is extracted from …)": its head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.intake.printed_dates import MAX_DATE_LINE, PrintedDate, find_date_line

_ADDRESS = re.compile(r"(?i)(?<![\w.@/-])(?:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|tw|hk|kr|jp|co)"
                      r"(?:\.[a-z]{2})?|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})(?![\w.@/-])")  # "www.trend.az"
_LOST_CHARACTER = re.compile(r"\?")
_PUBLISHED_HEAD = re.compile(r"^(?:Published|First\s+published)\s+(?:on\s+)?(?P<head>[^·|(]{4,80}?)\s*[·|(]")


def date_line_within(line: str, order_hint: str = "") -> PrintedDate | None:
    """The date line `line` holds once a site's address and the lost characters around it are
    set aside, as printed in `line`, else None."""
    if len(line) > MAX_DATE_LINE or not _ADDRESS.search(line):
        return None
    printed = find_date_line(" ".join(_LOST_CHARACTER.sub(" ", _ADDRESS.sub(" ", line)).split()), order_hint)
    return replace(printed, line=line) if printed else None


def published_head_date(line: str) -> PrintedDate | None:
    """The date of a journal's issue line, its citation run on after it (see the module)."""
    head = _PUBLISHED_HEAD.match(line) if len(line) > MAX_DATE_LINE else None
    printed = find_date_line(f"Published {head['head']}") if head else None
    return replace(printed, line=line) if printed else None
