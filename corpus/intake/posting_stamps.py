"""Korean and Japanese posting stamps the date lines above the story do not give.

* under the story, a bulleted item or a line of its own: "• 入力 2019-11-22 18:21:00" (a Korean paper's
  Japanese edition, its "입력" put in Japanese), "기사입력 2019.11.22 18:05", "記事入力 : 2024/07/22 11:05":
  the label, the day and its time, nothing else;
* a Korean portal's byline run into one line with the headline and the story, as a copy glues them: "<headline>
  신대희 입력 2022. 01. 16. 18:49 댓글 726개 <story>": the reporter's name, "입력", the day and its time (Daum's
  stamp), among the line's first words; a Japanese site's, its weekday and time after the day, run into the
  headline and the story the same way: "<headline> 2023年7月3日(月) 21:02 国内 <story>" (the weekday must fit);
* a Korean site's labelled posting stamp run into a line with other words, as a copy glues them: "송고시간2023-08-23
  22:44 요약beta 공유 댓글1", "… 한국일보 원문 | 뉴스줌에서 보기 |입력2021.03.13 04:30 | <story>"; or the day (and its time)
  before the reporter's byline: "2018-04-06     홍길동 기자", "[포토] <headline> 2021-03-04 00:01 홍길동 기자 <story>" — among
  the first words of one of the opening lines, one day only (the stamps of a list of stories are many);
* a forum log's first post, its header the page's first line: "14/12/21 06:56:27.90 AbCd12345.net BE:…" (the
  board's two-digit year first, its clock to the hundredth of a second, then the poster's id);
* a site's stamp under the story that names its poster or its paper before the day, or says the post was published
  in a template's sentence (`signed_posting_stamp`): "Posted by: Jane Roe 2013-04-09", "Posted by Jane Roe on
  April 9, 2013", "Published in The Daily Courier, May, 28 2024", "O post “…” foi publicado em 11th November 2019 e
  pode ser visto originalmente na fonte …" (a Portuguese feed plugin's line under the post it copies).
"""

from __future__ import annotations

import datetime
import re

from corpus.date_patterns import WEEKDAYS, month_number
from corpus.intake.date_readings import MONTH_NAME, iso_day
from corpus.intake.printed_dates import find_date_line

_POSTED_LABEL = re.compile(r"^[\s•·▪-]*(?:記事入力|入力|기사\s*입력|입력)\s*[:：]?\s*(?P<date>\d.*)$")
_PORTAL_BYLINE = re.compile(r"(?:^|\s)[가-힣]{2,4}(?:\s*기자)?\s+입력\s*(?P<year>(?:19|20)\d\d)\.\s?(?P<month>[01]?\d)\."
                            r"\s?(?P<day>[0-3]?\d)\.?\s+[0-2]?\d:[0-5]\d(?:\s|$)")
_RUN_INTO_STAMP = re.compile(r"(?:^|\s)(?P<year>(?:19|20)\d\d)年(?P<month>[01]?\d)月(?P<day>[0-3]?\d)日"
                             r"[(（](?P<weekday>[月火水木金土日])[)）]\s*[0-2]?\d:[0-5]\d(?:\s|$)")
_JAPANESE_WEEKDAYS = "月火水木金土日"
_LOG_POST_HEADER = re.compile(r"^(?P<year>\d\d)/(?P<month>[01]\d)/(?P<day>[0-3]\d)(?:\([^()]{1,3}\))?\s+"
                              r"[0-2]\d:[0-5]\d:[0-5]\d\.\d\d\s+\S{6,}")
_KOREAN_DAY = r"(?P<year>(?:19|20)\d\d)[-./]\s?(?P<month>[01]?\d)[-./]\s?(?P<day>[0-3]?\d)\.?"
_LABELLED_WITHIN = (
    re.compile(rf"(?:^|[\s|])(?:송고시간|기사\s*입력|입력|등록)\s*[:：]?\s*{_KOREAN_DAY}\s+[0-2]?\d:[0-5]\d"),
    re.compile(rf"(?:^|\s){_KOREAN_DAY}\s+(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s+)?[가-힣]{{2,4}}\s?기자(?:\s|$)"),
)
# "Posted by: Jane Roe 2013-04-09", "Posted by Jane Roe on April 9, 2013": a poster's name of at most four words
_POSTED_BY = re.compile(r"^\s*+Posted\s++by(?:\s*+:)?\s++(?P<name>[^\W\d][\w.'’-]*+(?:\s++[^\W\d][\w.'’-]*+){0,3}?)"
                        rf"\s++(?:on\s++)?(?P<date>(?:\d|{MONTH_NAME}|(?i:{'|'.join(WEEKDAYS)})).{{4,40}})$")
# "Published in The Daily Courier, May 28, 2024": the paper's name and its day, nothing after
_PUBLISHED_IN = re.compile(r"^\s*+Published\s++in\s++(?P<paper>[A-Z][^,\d]{1,60}),\s++(?P<date>\S.{5,40})$")
# "May, 28 2024": the month, a comma, then the day and the year (the form of the paper's line above)
_MONTH_COMMA_DAY = re.compile(rf"^(?P<month>{MONTH_NAME}),\s+(?P<day>[0-3]?\d)\s+(?P<year>(?:19|20)\d\d)$")
# A Portuguese feed plugin's line under the post it copies: "O post “<title>” foi publicado em <day> e pode ser visto
# originalmente na fonte <site>"
_PUBLISHED_ON_TEMPLATE = re.compile(r"^\s*+O\s++post\s++[\"“][^\"”]{1,300}[\"”]\s++foi\s++publicado\s++em\s++"
                                    r"(?P<date>\S.{5,40}?)\s++e\s++pode\s++ser\s++visto\s++originalmente\b")
# A comment thread's heading under the story: "3 comments:", "Comments", "Leave a Reply" (review 47)
_COMMENTS_HEADING = re.compile(r"(?i)^\s*+(?:\d{1,5}\s++)?(?:comments?|responses?|replies)\s*+:?\s*+$"
                               r"|^\s*+leave\s++a\s++(?:reply|comment)\b")
_OPENING_STAMP_LINES = 8
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


def run_into_stamp(line: str) -> str | None:
    """The day of a Japanese site's stamp, its weekday fitting, among the first words of a line run together."""
    match = _RUN_INTO_STAMP.search(line[:PORTAL_BYLINE_WITHIN])
    day = iso_day(int(match["year"]), int(match["month"]), int(match["day"])) if match else None
    weekday = datetime.date.fromisoformat(day).weekday() if day else None
    return day if weekday is not None and _JAPANESE_WEEKDAYS[weekday] == match["weekday"] else None


def log_post_stamp(first_line: str) -> str | None:
    """The day of a forum log's first post, whose header is the page's first line."""
    match = _LOG_POST_HEADER.match(first_line)
    return iso_day(2000 + int(match["year"]), int(match["month"]), int(match["day"])) if match else None


def labelled_stamp_within(opening: tuple[str, ...]) -> str | None:
    """The one day a Korean posting label or a reporter's byline stamps among the first words of the opening lines."""
    days = {iso_day(int(match["year"]), int(match["month"]), int(match["day"]))
            for line in opening[:_OPENING_STAMP_LINES] for form in _LABELLED_WITHIN
            for match in form.finditer(line[:PORTAL_BYLINE_WITHIN])}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def signed_posting_stamp(line: str) -> str | None:
    """The day of a stamp under the story naming its poster or its paper before the day ("Posted by: Jane Roe
    2013-04-09", "Published in The Daily Courier, May, 28 2024"), or a feed plugin's sentence saying when the post it
    copies was published; the day alone after the label's words (its time at most), a day of the calendar."""
    match = _POSTED_BY.match(line) or _PUBLISHED_IN.match(line) or _PUBLISHED_ON_TEMPLATE.match(line)
    if match is None:
        return None
    date = match["date"].strip()
    if comma := _MONTH_COMMA_DAY.match(date):
        return iso_day(int(comma["year"]), month_number(comma["month"]), int(comma["day"]))
    printed = find_date_line(date)
    return printed.value if printed and not printed.rest and len(printed.value) == len("YYYY-MM-DD") else None


def under_comments_heading(line: str, closing: tuple[str, ...]) -> bool:
    """Whether a comment thread's heading stands above `line` among the page's last lines: a stamp there is a
    commenter's ("Comments" / "Posted by: Kim Lee 2019-11-23"), not the post's."""
    return any(_COMMENTS_HEADING.match(above) for above in closing[:closing.index(line)])
