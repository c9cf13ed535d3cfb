"""A members' wall's lines in Japanese, and a Chinese site's labels of its tags and comments: not the article.

* a Japanese paywall telling the reader to join or log in to read on: "※この続きは会員になれば閲覧できます。",
  "会員の方はログインしてください。", "この記事は購読会員限定です。", "このコンテンツを閲覧するにはログインが必要です。",
  "記事全文がご覧になれます。"; a story's sentence about members ("同社の会員数は前年より1割増えた。", "市は「メールへのご登録を
  お願いします」と呼びかけた。") stays;
* a Chinese site's label of the story's tags ("标签: 渡轮 时刻表", "關鍵詞: …") and its comment box's heading
  ("网友评论", "熱門評論", "网友评论[点击评论]");
* a Chinese site's pitch to scan its QR code ("扫描二维码免费阅读。", "掃描二維碼訪問…移動版").
"""

from __future__ import annotations

import re

# What a wall tells the reader: to read on, the whole story, viewing, logging in or registering.
_TO_THE_READER = (r"この続き", r"続きを(?:お)?読", r"続きは", r"記事全文", r"全文(?:が|を)(?:ご覧|お読み)",
                  r"閲覧(?:でき|する(?:に|ため)|いただけ)", r"お読みいただけ", r"読むことができ",
                  r"ログイン(?:して(?:ください|下さい)|が必要|はこちら)", r"ここからログイン", r"ご登録を?お願い",
                  r"会員(?:の方は|限定|登録をすると|になれば)",
                  # round 77: "有料会員向け記事", "…ログイン後に有料会員登録を…", "…の購読はこちら 【電子版】"
                  r"有料会員(?:向け)?記事", r"ログイン後に", r"購読(?:のお申し込み)?はこちら(?![のでにを])")
_JAPANESE_WALL = re.compile("|".join(_TO_THE_READER))
_JAPANESE_WALL_WORD = re.compile(r"会員|購読|ログイン|読者くらぶ|登録")
# A story's sentence: someone's words reported (「…」と呼びかけた), or the past tense closing it (…した。).
_REPORTED = re.compile(r"」と|た。?$")


def _japanese_wall(line: str) -> bool:
    return bool(_JAPANESE_WALL_WORD.search(line) and _JAPANESE_WALL.search(line)) and not _REPORTED.search(line)


# A tags label ("标签: …") or a comment box's heading ("网友评论[点击评论]"), the whole line.
_CHINESE_LABEL = re.compile(r"^(?:标签|標簽|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：︰]\s*[^。.!?！？]{0,80}$"
                            r"|^(?:网友|網友|热门|熱門|最新)(?:评论|評論)(?:\s*[\[【(（][^\]】)）]{1,10}[\]】)）])?$")
# A pitch to read or follow the site, closing a short line; what readers can do ("可") or what someone says
# ("表示") is a story's.
_SCAN_OUR_CODE = re.compile(r"(?:扫描|掃描)(?:二维码|二維碼)(?:免费|免費)?(?:阅读|閱讀|关注|關注)[^,，。]{0,15}。?$")
_STORY_WORDS = re.compile(r"表示|说|說|称|稱|可")


def _chinese_label(line: str) -> bool:
    if len(line) <= 60 and _SCAN_OUR_CODE.search(line) and not _STORY_WORDS.search(line):
        return True
    return bool(_CHINESE_LABEL.match(line))


def is_member_wall(line: str) -> bool:
    """A members' wall's line, a tags label, a comment heading or a QR-code pitch (see the module's docstring).

    >>> [is_member_wall(line) for line in ("会員の方はログインしてください。", "网友评论", "标签: 渡轮 港口")]
    [True, True, True]
    >>> is_member_wall("同社の会員数は前年より1割増えた。")
    False
    """
    line = line.strip()
    return bool(line) and len(line) <= 120 and (_japanese_wall(line) or _chinese_label(line))
