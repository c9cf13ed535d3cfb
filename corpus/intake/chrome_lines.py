"""More of a site's chrome, mostly in Japanese and Korean (intake round 77): not the article.

* a link past the menus to the story: "ここから本文です", "港新聞のサイトです。ナビゲーションリンクをとばして、ページの本文へ
  移動します。";
* a site's path from its front page: "トップ > 国際 > 記事", "ホーム > 政治 > 記事一覧";
* a marked pointer to a related story, with its title: "【関連記事】 港の再建はなぜ遅れたか", "<関連ニュース>港で火災",
  "▼関連スライドショー(写真をクリック)▼", "관련 키워드부산항만협정", "관련 글 '항만 협정'(전문)과 그 배경";
* a row of tags after the story: "항만 협정 #항만 #부산항 #협정 뜻";
* a Korean production credit: "영상편집ㅣ김철수", "자막뉴스 제작ㅣ이 선 에디터", "번역/편집: 김철수",
  "(김철수 기자; 편집 이영희 기자)";
* a counter of views, of a channel's subscribers or followers, or a story's number: "1962 بازدید", "조회수 : 1617회",
  "구독 4,760,000", "팔로워 361,512" (round 118), "News ID: 4412", "کد خبر: ۹۳۹";
* a broadcaster's or an embed's note on its own text: "当番組は同時入力の為、誤字脱字が発生する場合があります。",
  "※Xのサービスが混み合っている時など、ツイートが表示されない場合もあります。".

    >>> [is_chrome_line(line) for line in ("ここから本文です", "トップ > 国際 > 記事", "영상편집ㅣ김철수")]
    [True, True, True]
    >>> is_chrome_line("제작 중단을 발표했다.")
    False

Each is a whole line of the form; a story's sentence using the same words ("関連記事によると…", "관련 키워드를
검색하면 …", "제작 중단", "조회수 8억 건을 넘어섰다") is not.
"""
from __future__ import annotations

import re

# A skip link ("ここから本文です", "…ナビゲーションリンクをとばして、ページの本文へ移動します。"), a broadcaster's note on its
# live captions, an embed's on tweets it may not show
_SKIP_LINK_OR_NOTE = re.compile(
    r"^ここから本文(?:です)?。?$|(?:ナビゲーション|メニュー)(?:リンク)?を(?:とばし|飛ばし|スキップし)"
    r"|本文へ(?:移動|ジャンプ|スキップ)(?:します|する)|^※?.{0,40}(?:同時入力の為、誤字脱字が(?:発生する|ある)"
    r"|(?:ツイート|ポスト|投稿)が表示されない)場合(?:も|が)あります。?$")

# A Japanese pointer's bracketed mark opens no sentence; a Korean one's words can, so it must be no sentence itself.
_RELATED_MARKED = re.compile(
    r"^[【<＜〈《\[［▼▶■◆]\s*関連(?:記事|ニュース|動画|写真|スライドショー|リンク)[^】>＞〉》\]］▼]{0,20}"
    r"[】>＞〉》\]］▼].{0,80}$")
_RELATED_KOREAN = re.compile(
    r"^관련\s*키워드(?![를는가이은의에로와과도만을들])\S.{0,80}$"
    r"|^관련\s*(?:글|기사)\s*['‘\"“《「<].{1,80}$")
_SENTENCE_END = re.compile(r"(?:다|[.。!?！？])\s*$")

# A role, then a bar or a colon and a name ("영상편집ㅣ김철수"), or a name and a title ("편집 이영희 기자").
_KOREAN_NAME = r"[가-힣]{1,4}(?:\s[가-힣]{1,3})?"
_ROLE = r"(?:(?:번역|영상|자막\s*뉴스|사진|그래픽)\s*/?\s*)?(?:편집|제작|촬영|취재|그래픽|구성|연출|번역|디자인)(?:\s*기자)?"
_PRODUCTION_CREDIT = re.compile(
    rf"^\(?\s*(?:{_KOREAN_NAME}\s*기자\s*[;,·]\s*)?{_ROLE}"
    rf"(?:\s*[ㅣ|:：]\s*{_KOREAN_NAME}(?:\s*(?:기자|에디터|PD|작가))?|\s+{_KOREAN_NAME}\s*(?:기자|에디터|PD|작가))\s*\)?$")

# A count of views or of a channel's subscribers alone, or a story's number
_COUNTER = re.compile(
    r"(?i)^\d[\d,.]*\s*(?:views?|hits|بازدید|閲覧|subscribers|followers)$"
    r"|^(?:조회수?|閲覧数|阅读|閱讀|浏览|瀏覽|views?|hits|구독자?|팔로워|subscribers|followers)"
    r"\s*[:：]?\s*\d[\d,.]*\s*[회명]?$"
    r"|^(?:کد\s*خبر|news\s*id|기사\s*번호|記事番号)\s*[:：]\s*\d+$")


def is_chrome_line(line: str) -> bool:
    """A skip link, a path, a related pointer, a tag row, a credit, a counter, a note (see the module's docstring)."""
    line = line.strip()
    if not line or len(line) > 600:
        return False
    if "#" in line:
        return _tag_row(line)
    if len(line) > 120:
        return False
    return bool(_SKIP_LINK_OR_NOTE.search(line) or _PRODUCTION_CREDIT.match(line)
                or _COUNTER.match(line) or _breadcrumb(line)
                or _RELATED_MARKED.match(line)
                or (_RELATED_KOREAN.match(line) and not _SENTENCE_END.search(line)))


_CRUMB_MARK = re.compile(r"\s*(?:>>|>|＞|»|›)\s*")
_HOME = re.compile(r"(?i)トップ|ホーム|top|home|홈|首页|首頁")
_LONGEST_CRUMB = 24


def _breadcrumb(line: str) -> bool:
    parts = _CRUMB_MARK.split(line)
    return (len(parts) >= 3 and _HOME.fullmatch(parts[0]) is not None
            and all(0 < len(part) <= _LONGEST_CRUMB for part in parts))


_TAG_ROW_TAGS = 3
_LONGEST_TAG = 40
_PUNCTUATION_END = re.compile(r"[.。!?！？]\s*$")


def _tag_row(line: str) -> bool:
    """Three or more tags after at most a short lead, none a sentence."""
    lead, *tags = line.split("#")
    return (len(tags) >= _TAG_ROW_TAGS and len(lead) <= _LONGEST_TAG
            and all(0 < len(tag.strip()) <= _LONGEST_TAG and not _PUNCTUATION_END.search(tag) for tag in tags))
