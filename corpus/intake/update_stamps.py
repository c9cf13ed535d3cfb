"""Date lines that are not the day of the page: the day it was "last updated" (years after it
was written, at times: "Last Updated: 2024-04-23 20:02" over a story of 2017), or a listed link's
("- <headline>2019-12-25 13:54").

A "last updated" stamp is the page's day when the page's own words name that day: the BBC's
pages of 1999-2010 print only "Last Updated: Wednesday, 12 September 2007, 16:17 GMT 17:17 UK"
or "Page last updated at 12:00 GMT, Saturday, 23 May 2009", with a caption of the day beside the
story ("Shinzo Abe leaving his news conference, 12 September 2007").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from corpus.intake.printed_dates import PrintedDate

_LISTED_LINK = re.compile(r"^[-•·▪]\s+\S.{4,}(?<![-|–—·,:\s])\s?$")
_LAST_CHANGED = re.compile(r"(?i)\blast\s+(?:updated|modified|changed)\b")


def is_not_the_pages(printed: PrintedDate, days_named: Collection[str] = ()) -> bool:
    """Whether a date line is a later change's day (unless the page's words name that day) or a
    listed link's."""
    before = printed.line.partition(printed.text)[0]
    if _LAST_CHANGED.search(before):
        return printed.value not in days_named
    return bool(_LISTED_LINK.match(before) and not printed.label)
