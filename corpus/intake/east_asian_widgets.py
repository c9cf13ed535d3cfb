"""More of a site's furniture in Korean, Japanese and Chinese, besides the story: not the article.

* a Chinese picture's credit on its own line: "新华社记者郑悦摄", "(记者 王小明 摄)";
* a Japanese broadcaster's note on a character it cannot print: "(*「セン」=「擔」のつくりの部分の文字)";
* a comment box's empty counter ("0 / 300"), a Korean share button ("SNS 기사보내기");
* a broadcast transcript's speaker marks alone on a line: "<Anchor>", "<Reporter>", "<앵커>", "<기자>";
* a pointer to related stories in traditional characters: "相關文章", "相關報道" (and "相关文章", "相关报道").
"""

from __future__ import annotations

import re

_CJK = r"\u4e00-\u9fff"
_PICTURE_TAKEN_BY = re.compile(
    rf"^[(（]?\s*(?:[{_CJK}]{{2,8}}?)?(?:记者|記者|摄影记者|攝影記者)\s*[{_CJK}·]{{2,6}}(?:[、，,\s]+[{_CJK}·]{{2,6}})*\s*(?:摄|攝)\s*[)）]?$")
_UNPRINTABLE_CHARACTER_NOTE = re.compile(r"^[(（]\s*[*＊※][^()（）]{1,60}(?:文字|字)\s*[)）]$")
_EMPTY_COUNTER = re.compile(r"^0\s*/\s*[1-9]\d{1,3}(?:,\d{3})?$")
_KOREAN_SHARE = re.compile(r"^(?:SNS\s*)?기사\s*(?:보내기|공유하기)$")
_SPEAKER_MARK = re.compile(r"^<\s*(?:Anchor|Reporter|Interview|앵커|기자|리포트|인터뷰)\s*>$", re.IGNORECASE)
_RELATED = re.compile(r"^(?:相關|相关)(?:文章|報道|报道|報導|新聞|新闻)$")


def is_east_asian_widget(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 80:
        return False
    return any(form.match(line) for form in (_PICTURE_TAKEN_BY, _UNPRINTABLE_CHARACTER_NOTE, _EMPTY_COUNTER,
                                              _KOREAN_SHARE, _SPEAKER_MARK, _RELATED))
