"""A picture's credit in brackets closing a sentence, as pages print it under a photo's caption: "... in Chico on Nov.
18, 2018. (Credit: Marcus Yam / Los Angeles Times)", "(Photo by Chung Sung-Jun/Getty Images)", "(Photo: AP)",
"(Photographer: Toru Hanai/Bloomberg)", "(画像:福岡市)", "(사진=연합뉴스)", "(圖/路透)". The sentence it closes is the
caption, which proposes no event (`index.proposals`). A wire's credit ("(Yonhap)", "(Yonhap News)") names no picture
and closes a story's sentence: not read. Pure standard library."""

from __future__ import annotations

import re

_CREDIT_REACH = 120  # characters a picture's credit may run to
# (画像 and 写真, Japanese; 사진 and 사진제공, Korean; 圖, 图 and 圖片來源, Chinese: picture, photo, picture's source)
_PICTURE_CREDIT = (r"\(\s*+(?:(?i:photo(?:grapher)?|image|picture)(?:\s++credit)?\s*+(?:by\s|[:|/=\uff1a])"
                   r"|(?i:credit)\s*+[:\uff1a]"
                   r"|(?:\u753b\u50cf|\u5199\u771f|\uc0ac\uc9c4(?:\uc81c\uacf5)?|[\u5716\u56fe])\s*+[:/=\uff1a)]"
                   r"|\u5716\u7247\u4f86\u6e90)[^()\n]{0,100}\)")
# ... the sentence's own close ("...現場(画像:福岡市)"), or what follows it in its passage
_CLOSING_CREDIT = re.compile(_PICTURE_CREDIT + r"\s*+$")
_CREDIT_AFTER = re.compile(_PICTURE_CREDIT)


def closed_by_a_picture_credit(sentence: str, text: str, sentence_end: int) -> bool:
    """Whether a picture's credit in brackets closes `sentence`, in it or first in the page's `text` after it, from
    `sentence_end` (a credit run into the story's next line still closes its caption)."""
    return bool(_CLOSING_CREDIT.search(sentence, max(0, len(sentence) - _CREDIT_REACH))
                or _CREDIT_AFTER.match(text[sentence_end:sentence_end + _CREDIT_REACH].lstrip()))
