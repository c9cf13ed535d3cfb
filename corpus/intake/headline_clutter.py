"""Lines a page prints above its story that are never its headline, though they stand where one
stands: a picture's word or file ("写真", "thumbnail", "이미지 확대", "IMG_0012.jpg", "1 of 10"), a
picture's caption by its credit ("… © Reuters", "… [사진=연합뉴스]", "Photo courtesy …"), an
advertisement's marker ("-- Advertisements --"), a site's button or label ("Search", "Loading...",
"Send to"), a breadcrumb ("您现在的位置: … >> 正文", "Home > News > Asia"), a clock alone ("11:00 pm"),
an outlet's name alone ("読売新聞", "The Associated Press"), a byline ("By Jane Roe"). The
headline is picked among the other lines; a page showing none of them has no headline found."""

from __future__ import annotations

import re

from corpus.intake import furniture
from corpus.intake.outlets import outlets

# Whole lines that are never a title, each form one kind of thing (see the module's docstring).
_WHOLE_LINE_FORMS = (
    r"\W*(?:写真|画像|사진|이미지(?:\s*확대)?|图片|圖片|照片|photos?|images?|pictures?|thumbnails?|gallery"
    r"|(?:show|hide)\s+(?:thumbnails|captions)|click\s+to\s+play\s+video\b.*|(?:\(\s*)?イメージ(?:です)?[。.]?)\W*",
    r"\s*\d{1,3}\s+(?:of|/)\s+\d{1,3}\s*",  # a gallery's counter, "1 of 10"
    r"\W*(?:advertisements?|advertising|sponsored|広告|광고|广告|廣告)\W*",
    r"\W*(?:search|loading|share|print(?:\s+print)?|send\s+to|from|channels|calendar|menu|home|update"
    r"|article\s+content|en\s+savoir\s+plus|read\s+more|cookie\s+control|skip\s+to\s+content|본문\s*바로\s*가기)\W*",
    r"[a-z]+(?:_[a-z]+)+",  # "bar_progress": a widget's name in the page's code
    r"\s*\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*",  # a clock alone
    r"\W*(?:您现在的位置|您現.{0,12}在的位置|当前位置|當前位置|本頁位置|現在位置|現在地).*",  # "where you are:"
)
_NEVER_A_TITLE = re.compile("(?i)" + "|".join(f"(?:{form})$" for form in _WHOLE_LINE_FORMS))
# A picture's file or credit anywhere in the line: "….jpg", "© Reuters", "[사진=연합뉴스]", "(A24 via AP)".
_PICTURE_MARK = re.compile(
    r"(?i)\.(?:jpe?g|png|gif|webp|svg|mp3|mp4|m4a)\W*$|[©ⓒ]|\bphoto\s*(?:courtesy|credit)|\bimage\s+copyright"
    r"|\[photo/|사진\s*[=:：]|사진출처|\bgetty\s+images|\(\s*[^()]{1,40}\bvia\s+(?:AP|AFP|Reuters|Getty)\s*\)\s*$")
_CRUMB_MARK = re.compile(r"\s*(?:>>|>|»|›)\s*")
_LONGEST_CRUMB = 24


def is_headline_clutter(line: str) -> bool:
    """Whether a line above the story is one that is never its headline (see the module's docstring)."""
    line = line.strip()
    return bool(_NEVER_A_TITLE.match(line) or _PICTURE_MARK.search(line)
                or _is_breadcrumb(line) or furniture.looks_like_byline(line)
                or outlets().named_alone(line.strip("【】[]()（）「」 ")))


def _is_breadcrumb(line: str) -> bool:
    """"Home > News > Asia": three or more short parts between the marks of a site's path."""
    parts = _CRUMB_MARK.split(line)
    return len(parts) >= 3 and all(0 < len(part) <= _LONGEST_CRUMB for part in parts)
