"""Korean and Japanese posting stamps the date lines above the story do not give.

* under the story, a bulleted item or a line of its own: "• 入力 2019-11-22 18:21:00" (a Korean paper's
  Japanese edition, its "입력" put in Japanese), "기사입력 2019.11.22 18:05", "記事入力 : 2024/07/22 11:05":
  the label, the day and its time, nothing else;
* a Korean portal's byline run into one line with the headline and the story, as a copy glues them: "<headline>
  신대희 입력 2022. 01. 16. 18:49 댓글 726개 <story>": the reporter's name, "입력", the day and its time (Daum's
  stamp), among the line's first words.
"""

from __future__ import annotations

import re

from corpus.intake.date_readings import iso_day
from corpus.intake.printed_dates import find_date_line

_POSTED_LABEL = re.compile(r"^[\s•·▪-]*(?:記事入力|入力|기사\s*입력|입력)\s*[:：]?\s*(?P<date>\d.*)$")
_PORTAL_BYLINE = re.compile(r"(?:^|\s)[가-힣]{2,4}(?:\s*기자)?\s+입력\s*(?P<year>(?:19|20)\d\d)\.\s?(?P<month>[01]?\d)\."
                            r"\s?(?P<day>[0-3]?\d)\.?\s+[0-2]?\d:[0-5]\d(?:\s|$)")
PORTAL_BYLINE_WITHIN = 300  # characters from the line's start: the byline under the headline


def posted_label_stamp(line: str) -> str | None:
    """The day of a line that is a Korean or Japanese posting label and its stamp only."""
    match = _POSTED_LABEL.match(line)
    printed = find_date_line(match["date"]) if match else None
    return printed.value if printed and not printed.rest and len(printed.value) == len("YYYY-MM-DD") else None


def portal_byline_stamp(line: str) -> str | None:
    """The day of a Korean portal's byline stamp among the first words of a line run together."""
    match = _PORTAL_BYLINE.search(line[:PORTAL_BYLINE_WITHIN])
    return iso_day(int(match["year"]), int(match["month"]), int(match["day"])) if match else None
