"""A listed outlet's name opening a line with the day it printed the story: a clipping's head, read last.

    >>> from corpus.intake.outlets import outlets
    >>> dated_name_credit(("自由時報 2023/03/03 市政府今(3)日宣布,河堤工程明年完工。",), outlets())
    '自由時報'

A forum or a blog copying a paper's story heads it with the paper's name and day ("自由時報 2023/08/23 <lead>",
"[한겨레 2016-11-23] <headline>", "Laaska News  Apr. 13, 2012", "Associated Press / November 25, 2010"); on the
development sets' pages (round 88) the form names the label's outlet on 18 pages of 18 sets, and another's on one: a
blog's quotation of a paper under "(朝鮮日報 2012/04/20)", in round brackets, as a source is cited (round 86 left it
unknown on purpose). So round brackets are refused, and so is a page where such heads name two outlets (a list of
related stories with their sources and days). A listed name only, and not an ordinary word ("Metro 2016-11-23").
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import MONTH_NAME

_DAY = (r"(?:(?:19|20)\d\d(?:[./-]|\.\s)[01]?\d(?:[./-]|\.\s)[0-3]?\d(?!\d)"
        rf"|{MONTH_NAME}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,\s+(?:19|20)\d\d(?!\d))")
_NAME = r"(?P<name>[^\W\d][^\d\[\]()/|,–—]{0,30}?)"
_DATED_NAME = re.compile(rf"^\[?\s*{_NAME}\s*[,/–—-]?\s*{_DAY}")
_LONGEST_LINE = 2000  # (a pasted page may glue its lead to the head; the pattern reads only the line's start)


def dated_name_credit(lines, directory: OutletDirectory) -> str | None:
    """The one listed outlet that lines among `lines` open on, followed by a day."""
    named = {}
    for line in lines:
        if (match := _DATED_NAME.match(line.strip()[:_LONGEST_LINE])) and (
                outlet := directory.named_alone(match["name"])):
            named.setdefault(outlet, match["name"])
    return next(iter(named.values())) if len(named) == 1 else None
