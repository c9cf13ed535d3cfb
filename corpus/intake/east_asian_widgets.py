"""More of a site's furniture in Korean, Japanese and Chinese, besides the story: not the article.

* a Chinese picture's credit on its own line: "新华社记者郑悦摄", "(记者 王小明 摄)";
* a Japanese broadcaster's note on a character it cannot print: "(*「セン」=「擔」のつくりの部分の文字)";
* a comment box's empty counter ("0 / 300"), a Korean share button ("SNS 기사보내기");
* a broadcast transcript's speaker marks alone on a line: "<Anchor>", "<Reporter>", "<앵커>", "<기자>", "<앵커 멘트>",
  "◀ 리포트 ▶", "(ANCHOR)", "ANCHOR:",
  and its label of whom it quotes ("인터뷰 : 조선중앙통신", "녹취 : …"): a source, never the outlet;
* a pointer to related stories in traditional characters: "相關文章", "相關報道" (and "相关文章", "相关报道"),
  a Taiwanese site's "★延伸閱讀★" before the linked title,
  to more ("更多>>視頻現場"), a list's heading ("國際新聞精選:", "최신 기사"), a share prompt ("分享此故事");
* an account's and a comment box's widgets: "更换密码", "确定要删除个人资料?", "기사에 대해 의견을 남겨주세요.";
* a source alone on its line ("来源:中时新闻网"), a Japanese paper's pointer to another page ("【3面に関連】"),
  a Korean heading of related keywords ("관련 키워드");
* a Korean blog's note of its affiliate earnings: "이 포스팅은 쿠팡 파트너스 활동의 일환으로, …";
* a Korean portal's note on its summary bot: "기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
  "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다." (Daum's and Naver's), and Daum's text-size
  widget: "이 글자크기로 변경됩니다.", "(예시) 가장 빠른 뉴스가 있고 다양한 정보, …";
* Daum's pointer to the outlet's page ("… 해당 언론사로 이동합니다."), a Korean broadcaster's request to name its
  programme when quoting ("■ 인용보도 시 프로그램명 '…'을 밝혀주시기 바랍니다.");
* a Korean broadcaster's tip box: "OBS 뉴스는 언제나 여러분의 제보를 기다립니다.", "■ 제보하기", "▶ 이메일 jebo@…",
  "▷ 전화 : 02-781-1234, 4444", "▷ 카카오톡 @mbc제보";
* a Chinese site's heading of its copyright notice ("版权和免责申明") and of its comments ("評論", "评论"),
  alone on a line;
* an advertisement's label alone ("광고", "広告", "广告"), a link back to the top ("回到頂部", after a
  menu's item: "主要 回到頂部"), a Japanese widget still loading ("ロード中 関連記事を取得中...");
* Chinese pages' tools, counters, credits, bylines, pictures' credits, forum chrome and reprint notes: `chinese_chrome`.
"""

from __future__ import annotations

import re

from corpus.intake.chinese_chrome import is_chinese_chrome
from corpus.intake.korean_japanese_chrome import is_korean_japanese_chrome

_CJK = r"\u4e00-\u9fff"
_PICTURE_TAKEN_BY = re.compile(
    rf"^[(（]?\s*(?:[{_CJK}]{{2,8}}?)?(?:记者|記者|摄影记者|攝影記者)\s*[{_CJK}·]{{2,6}}(?:[、，,\s]+[{_CJK}·]{{2,6}})*\s*(?:摄|攝)\s*[)）]?$")
_UNPRINTABLE_CHARACTER_NOTE = re.compile(r"^[(（]\s*[*＊※][^()（）]{1,60}(?:文字|字)\s*[)）]$")
_EMPTY_COUNTER = re.compile(r"^0\s*/\s*[1-9]\d{1,3}(?:,\d{3})?$")
_KOREAN_SHARE = re.compile(r"^(?:SNS\s*)?기사\s*(?:보내기|공유하기)$")
# (in any of the brackets broadcasters print it in, "[앵커멘트]", "◀ 앵커 ▶", "(ANCHOR)", or before a colon alone: round 113)
_SPEAKER_MARK = re.compile(r"^[<\[(◀【]\s*(?:Anchor|Reporter|Correspondent|Interview|Soundbite|앵커|기자|리포트|인터뷰|녹취"
                           r"|현장음)(?:\s*멘트)?\s*[>\])▶】]$|^(?:Anchor|Reporter|Correspondent)\s*:$", re.IGNORECASE)
_TRANSCRIPT_LABEL = re.compile(r"^(?:인터뷰|녹취|싱크|현장음|자막)\s*[:：]\s*\S.{0,40}$")
_RELATED = re.compile(r"^(?:相關|相关)(?:文章|報道|报道|報導|新聞|新闻)$|^更多\s*>>|^[★☆]\s*延伸(?:閱讀|阅读)\s*[★☆]"
                      r"|^[\u4e00-\u9fff]{2,8}(?:精選|精选)\s*[:：]?$"
                      r"|^(?:최신|인기|추천|많이\s*본)\s*기사$|^관련\s*키워드$|^分享(?:此|这篇|這篇)?(?:故事|文章|新闻|新聞)$")
# A source alone on its line ("来源:中时新闻网", "출처: 연합뉴스"): a credit, read as one from the lines as received;
# a print edition's pointer to a page ("【3面に関連】", "【関連記事2面】").
_SOURCE_ALONE = re.compile(r"^(?:来源|來源|出典|出处|出處|출처)\s*[:：]\s*[^\s:：]{2,20}$|^【(?:\d{1,2}面に関連|関連記事\s*\d{1,2}面)】$")
_ACCOUNT = re.compile(r"^(?:更换|更改|修改|忘记|忘記)密[码碼]$|^(?:确定|確定)要?删除.{0,20}[?？]$"
                      r"|^기사에\s*대해\s*의견을\s*남겨\s*주세요\.?$")
# "여러분의 (소중한) 제보를 기다립니다": a Korean outlet asking for tips (its name before it: `own_mentions`).
AWAITS_YOUR_TIPS = r"여러분의\s*(?:소중한\s*)?제보를\s*기다립니다"
# The whole line, its name (`tips`: 1-3 short words) first, no quotation mark opening it: a story
# quoting the line ("\"KBS는 … 제보를 기다립니다\"라는 안내 문구") is no tip box (`own_mentions` reads the name).
TIP_LINE = re.compile(r"^[•·\s]*(?:(?P<tips>[^\s.!?\"“”'‘’「『]{1,12}(?:\s[^\s.!?]{1,12}){0,2}?)\s*(?:은|는)\s*)?"
                      rf"(?:24시간\s*|언제나\s*|항상\s*)?(?:(?:시청자|독자)\s*)?{AWAITS_YOUR_TIPS}\.?$")
# ... its heading, its way to send one ("■ 제보하기", "기사제보", "▷ 카카오톡 @mbc제보", "▷ 카카오톡 : 'KBS제보' 검색") and its
# marked contact lines ("▶ 이메일 jebo@…", "▷ 전화 : 02-781-1234, 4444"): no sentence, a short line (round 113)
_TIP_BOX = re.compile(rf"{TIP_LINE.pattern}"
                      r"|^[•·\s]*[▶▷■□※]\s*(?:이메일|메일|e-?mail|전화|카카오톡|카톡)\s*[:：]?\s*[^\s.!?。][^.!?。]{2,40}$"
                      r"|^[^.!?。]{0,30}?(?:제보\s?하기|기사\s?제보|@[\w가-힣]{0,12}제보|['‘][\w가-힣]{0,12}제보['’]\s?검색)"
                      r"[^.!?。]{0,40}$")
_OTHER_HEADINGS = re.compile(r"^(?:版权|版權)(?:和|与|與|及)?免责(?:申明|声明|聲明)$|^(?:評論|评论)$"
                             r"|^이\s*글자\s*크기로\s*변경됩니다\.?$"
                             # an advertisement's label, a link back to the top, a widget still loading
                             r"|^(?:광고|広告|广告|廣告)$|^(?:\S{1,4}\s+)?(?:回到|返回)(?:頂部|顶部)$"
                             r"|^(?:ロード中\s*)?関連記事を取得中\.*$")
# Daum's pointer to the outlet's own page ("KBS에서 직접 확인하세요. 해당 언론사로 이동합니다."); a Korean broadcaster's
# request that quotations name its programme ("■ 인용보도 시 프로그램명 '…'을 밝혀주시기 바랍니다. 저작권은 JTBC에 있습니다.").
_PORTAL_POINTER = re.compile(r"^\S{1,20}에서\s*직접\s*확인하세요\.?\s*해당\s*언론사로\s*이동합니다\.?$")
_QUOTE_OUR_PROGRAMME = re.compile(r"^[■□◆▶※\s]*인용\s*보도\s*시\s.{0,80}?밝혀\s*주시기\s*바랍니다\.?"
                                  r"(?:\s*저작권은\s*\S{1,20}\s*있습니다\.?)?$")
_DAUM_TEXT_SIZE_EXAMPLE = re.compile(r"^\(예시\)\s*가장\s*빠른\s*뉴스가\s*있고")
_AFFILIATE_NOTE = re.compile(r"쿠팡\s*파트너스\s*활동의\s*일환")
_SUMMARY_BOT_NOTE = re.compile(r"^(?:자동\s*요약\s+)?기사\s*제목과\s*주요\s*문장을\s*기반으로\s*자동\s*요약한\s*결과입니다\.?$"
                               r"|^전체\s*맥락을\s*이해하기\s*위해서는\s*본문\s*보기를\s*권장합니다\.?$")


def is_east_asian_widget(line: str) -> bool:
    line = line.strip()
    if _AFFILIATE_NOTE.search(line[:120]) or _DAUM_TEXT_SIZE_EXAMPLE.match(line) or _QUOTE_OUR_PROGRAMME.match(line) \
            or is_chinese_chrome(line):
        return True
    if not line or len(line) > 80:
        return False
    if is_korean_japanese_chrome(line):
        return True
    return any(form.match(line) for form in (_PICTURE_TAKEN_BY, _UNPRINTABLE_CHARACTER_NOTE, _EMPTY_COUNTER,
                                              _KOREAN_SHARE, _SPEAKER_MARK, _TRANSCRIPT_LABEL, _RELATED, _SUMMARY_BOT_NOTE,
                                              _ACCOUNT, _SOURCE_ALONE, _TIP_BOX, _OTHER_HEADINGS, _PORTAL_POINTER))
