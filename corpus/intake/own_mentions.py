"""Kinds of places a page names its own outlet in its text, read last, when no credit named one.

    >>> from corpus.intake.outlets import outlets
    >>> interviewed_credit(("정보 당국자는 데일리엔케이와의 통화에서 이렇게 말했다.",), outlets())
    'Daily NK'

* the outlet called someone, as Korean papers print it (`interviewed_credit`): "데일리엔케이와의
  통화에서" (in a call with Daily NK). A listed outlet only, and one: two outlets so named leave it
  unknown. The English "told CNN" is no such form: measured on the development sets, it names the
  outlet a source spoke to as often on another outlet's page (a wire's "told Yonhap", "told The New
  York Times") as on its own; nor are interviews and inquiries in any language ("CNN과의
  인터뷰에서", "ロイター通信の取材に対し", "according to BBC correspondent Laura Bicker"), dropped;
* a Korean broadcaster's video title closing on its day and name (`video_title_credit`):
  "… 추락\" (2023.05.31/MBC뉴스)", as reposted clips keep it. A listed outlet only
  ("(2023.05.31/현장영상)" names none). The English "(Xinhua December 12, 2009)" and "- Xinhua,
  December 12, 2009" closing a story were read before (`credits.closing_credit`).
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory

# Only the Korean call: an interview ("CNN과의 인터뷰에서"), the Japanese inquiry ("ロイター通信の取材に
# 対し", "NHKの取材によると") and the English "according to Al Jazeera correspondent Rob McBride"
# name another outlet's interview or reporter as often as the page's own (review, session 16).
_INTERVIEWED = re.compile(r"(?P<korean>[\w가-힣]{2,16})(?:와|과)의\s*(?:전화\s*)?통화에서")
_VIDEO_TITLE = re.compile(r"\((?:19|20)\d\d\.[01]\d\.[0-3]\d/\d{0,2}(?P<korean>[\w가-힣]{2,12}?)(?:뉴스)?\)\s*$")


def interviewed_credit(paragraphs, directory: OutletDirectory) -> str | None:
    """The one listed outlet the text says a source spoke to in its call, inquiry or report."""
    return _one_listed(_INTERVIEWED, paragraphs, directory)


def video_title_credit(lines, directory: OutletDirectory) -> str | None:
    """The one listed broadcaster a video's title names after its day, as the title ends."""
    return _one_listed(_VIDEO_TITLE, lines, directory)


def _one_listed(form: re.Pattern[str], lines, directory: OutletDirectory) -> str | None:
    named = {_listed_tail(next(filter(None, match.groups()), ""), directory)
             for line in lines for match in form.finditer(line.strip())} - {None}
    return named.pop() if len(named) == 1 else None


def _listed_tail(text: str, directory: OutletDirectory) -> str | None:
    """The longest listed name ending `text` ("男性が週刊ポスト": 週刊ポスト), whole words in
    scripts that space them."""
    spaced = " " in text or text.isascii()
    starts = [0, *(index + 1 for index, char in enumerate(text) if char == " ")] if spaced else range(len(text) - 1)
    return next((name for start in starts if (name := directory.named(text[start:]))), None)
