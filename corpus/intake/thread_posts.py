"""A forum thread's first post pasting a story, and the day the story names.

A thread's first post ("1 名前:ばーど ★ 2018/12/14(金) 11:23:44.05 ID:CAP_USER9") is dated the day it was posted,
which is the story's day when the board takes it up at once. A copy of a thread that glues the post's parts or
labels them otherwise ("1: 名無し ★ 2020/09/06(日) 20:12:54.64 ID:…", "1名無し2018/12/13(Thu) 14:02:46ID:…") is
less surely one, and its thread may have been opened days after the story: its stamp is the page's date only when the
pasted story's lead names that day ("韓国海軍は13日、…").
"""

from __future__ import annotations

import re

from corpus.intake.printed_dates import THREAD_POST

_STAMP_DAY = re.compile(r"\d{4}/\d{1,2}/(?P<day>\d{1,2})")
# "13日", "8月22日" (not "3日間", a span of days)
_DAY_NAMED = re.compile(r"(?<![\d０-９])(?P<day>[0-3]?\d)日(?!間)")
_MIN_LEAD_CHARACTERS = 40


def is_later_thread_post(stamp: str, lines: tuple[str, ...]) -> bool:
    """Whether `stamp` (a date line as read: a post's stamp alone) is that of a thread's first post among `lines`,
    copied without the board's "名前:" label, whose day the pasted story's lead (the first line of prose after it)
    does not name."""
    for number, line in enumerate(lines):
        post = THREAD_POST.match(line)
        if post and post["number"] == "1" and not post["label"] and post["stamp"].strip() == stamp.strip():
            lead = next((text for text in lines[number + 1:] if len(text.strip()) >= _MIN_LEAD_CHARACTERS), "")
            days = {int(match["day"]) for match in _DAY_NAMED.finditer(lead)}
            return int(_STAMP_DAY.match(post["stamp"])["day"]) not in days
    return False
