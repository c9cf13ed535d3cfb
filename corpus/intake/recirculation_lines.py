"""A site's recirculation headings, share and follow tools and comment counters, in the languages of the
default sets (intake round 75): not the article.

* a heading over the site's other stories: "関連キーワード", "※関連スレ", "「ニュース」のランキング",
  "こんな記事も読まれています", "もっと見る", "실시간 랭킹 뉴스", "관련태그", "JTBC 핫클릭", "热门新闻",
  "頻道推薦", "Related Story:", "More like this", "Latest Tech News", "Read more here…"; round 77's
  "ニュースアクセスランキング 8時30分集計", "ランキング一覧を見る", "ピックアップ", "About the Author";
* share and follow tools: "Share  Tweet", "ShareTweetEmail", "Follow us on", "Join us on", "Follow @desk",
  "Twitter: @desk", "Print Friendly", "印刷", "この記事を印刷する", "공유하기", a site's "Daily Herald Facebook:";
* an app's pitch: "Tap to install our app.", "Install the Herald News app", "Get the free Herald mobile app:";
* a comment box's counter or heading: "コメント", "Comments / 0", "All Comments (0)", "댓글 없음:",
  "この記事のコメントを見る", "No comments have been added yet.", "Please enter your comment!".

Each form is a whole short line made of the tool's words; a line of prose using them ("Readers can share
the story on Facebook.", "関連する法案は…") has more words than the form allows.

    >>> [is_recirculation_line(line) for line in ("関連キーワード", "Share  Tweet", "Comments / 0")]
    [True, True, True]
    >>> is_recirculation_line("More than 40 people were rescued from the ferry.")
    False
"""
from __future__ import annotations

import re

_MARKS = r"[\s※*【】<>〈〉《》\[\]■□▶▷►・·|-]*"
_HEADINGS = (
    # Japanese: related stories, keywords, threads; rankings; "read also"; "see more"
    r"(?:過去)?関連(?:記事|キーワード|トピックス|情報|サイト|スレ|ニュース|特集)(?:\s*[:：]\s*\S{1,12})?"
    r"|(?:「[^」]{1,20}」の)?(?:ニュース|記事|総合|週間|月間)?(?:アクセス)?ランキング(?:一覧(?:を見る)?)?"
    r"(?:\s*\d{1,2}時(?:\d{1,2}分)?集計)?|ピックアップ|(?:こんな記事も|こちらも)読まれています|もっと見る"
    r"|スクラップの多い記事"
    # Korean: rankings, related tags, a broadcaster's "hot" list, photo news
    r"|(?:실시간\s*)?(?:랭킹|인기)\s*뉴스|관련\s*(?:태그|키워드|기사|뉴스)|\S{1,12}\s*핫(?:클릭|뉴스)|포토\s*뉴스"
    # Chinese: related, popular, recommended
    r"|(?:本文)?(?:相关|相關|热门|熱門)(?:新闻|新聞|文章|阅读|閱讀)|(?:大數據|大数据|頻道|频道|编辑|編輯)(?:推薦|推荐)"
    # English
    r"|(?i:related\s+(?:posts?|story|stories|links?|reading|biography|program)(?:\s*:\s*[^.!?]{0,40})?"
    r"|about\s+(?:the\s+)?author"
    r"|more\s+like\s+this|more\s+on\s+[A-Z][\w'’ -]{1,30}|latest\s+(?:\w+\s+)?news|read\s+more\s+(?:here|on\s+\S{4,40})"
    r"|(?:click|tap)\s+to\s+read\s+more\b.{0,40}|swipe\s+or\s+click\s+to\s+see\s+more)"
)
_SHARE_WORD = r"(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|viber|whatsapp|telegram|google\+|reddit)"
_SHARE_TOOLS = (
    r"(?i:(?:" + _SHARE_WORD + r"\s*){2,8}|share(?:\s+(?:it|post|this\s+post))?\s*:?|print\s+friendly"
    r"|(?:follow|join)\s+us(?:\s+on)?\s*:?|follow\s+@\w{2,30}|follow\s+[A-Z][\w]{1,20}"
    r"|(?:twitter|instagram|x)\s*:\s*@\w{2,30}"
    r"|(?-i:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\s(?:Facebook|Twitter|Instagram))\s*:"  # a site's own page
    r"|(?:tap\s+to\s+)?(?:install|download|get)\s+(?:the|our)\s+(?:free\s+|all\s+new\s+)?[\w&.'’ -]{0,30}?app\W*"
    r"|discover\s+the\s+all\s+new\s+[\w&.'’ -]{1,30}\sapp)"
    r"|(?:この)?(?:記事|ページ)を印刷(?:する)?|印刷(?:する|用ページ)?|打印|공유하기|인쇄하기|シェアする"
)
_COMMENT_BOX = (
    r"コメント|この記事のコメントを見る|댓글\s*없음\s*:?|댓글(?:\s*댓글)?\s*운영규정"
    r"|(?i:(?:all\s+)?comments?\s*(?:/\s*\d+|\(\d+\))|no\s+comments\s+have\s+been\s+added\s+yet"
    r"|please\s+enter\s+your\s+comment|comments\s+on\s+this\s+article|ajouter\s+un\s+commentaire)"
)
_RECIRCULATION_LINE = re.compile(
    rf"^{_MARKS}(?:{_HEADINGS}|{_SHARE_TOOLS}|{_COMMENT_BOX}){_MARKS}[.!:：…]*{_MARKS}$")


def is_recirculation_line(line: str) -> bool:
    """A heading over other stories, a share, follow or app tool, a comment counter (see the module's docstring)."""
    return len(line) <= 80 and _RECIRCULATION_LINE.match(line.strip()) is not None
