"""Korean and Japanese sites' chrome around a story, on lines of their own: not the article.

* a Korean list's heading of trending or picked stories ("지금 뜨는 뉴스", "지금 이뉴스", "실시간 인기 기사"),
  a bar of section names alone ("HOT 연예 스포츠");
* a row of reaction buttons, their counts glued or not ("좋아요 싫어요 후속기사 원해요", "좋아요0 화나요0 추천해요0");
* a Korean paper's subscription button and its link to the mobile site, alone ("한국경제 구독신청",
  "모바일한경 보기"); a picture's source alone under it ("경기소방재난본부 제공", "사진=소방청 제공");
* a Korean agency's motto signing the story, the reporter's address after it ("◎공감언론 뉴시스 kim@newsis.com");
* a Korean site's share and source buttons ("기사 URL이 복사되었습니다.", "기사원문보기"), a video's or picture's
  source in brackets ("[영상 = 홍길동씨 제공]"); a Japanese forum log's link as it renders one ("URLリンク(www.nhk.or.jp)");
* a Japanese paywall: "この記事は有料会員限定です。", "…に有料会員登録すると続きをお読みいただけます。",
  its count of what is left ("(残り879文字/全文1,019文字)"), its note on advertisements for those logged in
  ("【ログインしていただくと記事中の広告が非表示になります】").
A sentence is never one of them: the forms are whole lines, short.
"""

from __future__ import annotations

import re

from corpus.intake.contact_lines import EMAIL_ADDRESS_UNBOUNDED

MAX_CHROME_LINE = 80
# the section names a Korean site's bar lists
_SECTIONS = r"(?:HOT|정치|경제|사회|국제|문화|연예|스포츠|생활|전국|오피니언|랭킹|IT|과학|라이프)"
_REACTION = r"(?:좋아요|싫어요|슬퍼요|화나요|추천해요|훈훈해요|놀랐어요|후속\s*기사\s*원해요|응원해요)\s*\d*"
_KOREAN_FORMS = (
    r"(?:지금|실시간|오늘의?|요즘)\s*(?:뜨는|인기|핫한|화제의?|많이\s*본|주요|이)\s*(?:뉴스|기사)",  # a list's heading
    rf"{_SECTIONS}(?:\s+{_SECTIONS})+",
    rf"{_REACTION}(?:\s+{_REACTION})+",
    r"[^\s.!?\"“”]{2,12}\s*구독\s*신청(?:\s*하기)?|모바일\s*[^\s.!?]{1,10}\s*보기",
    r"(?:사진\s*[=:]\s*)?[^\s.!?\"“”]{2,15}(?:\s[^\s.!?\"“”]{1,15}){0,2}\s*제공",  # a picture's source
    rf"[◎○●]\s*공감언론\s*뉴시스(?:\s+{EMAIL_ADDRESS_UNBOUNDED})*\s*",
    r"(?:기사\s*)?(?:URL|주소|링크)(?:이|가)\s*복사\s*되었습니다\.?|기사\s*원문\s*보기",
    r"[\[［(]\s*(?:사진|영상|그래픽|자료)\s*[=:]\s*[^\]］()]{1,30}?\s*제공\s*[\]］)]",
    r"URLリンク[(（](?:https?://)?[\w.-]+\.[a-z]{2,}[)）]",
)
_JAPANESE_PAYWALL = (
    r"この記事は(?:有料)?会員限定(?:記事)?です。?",
    r"\S{1,30}(?:に|で|の)有料会員(?:に)?(?:登録|なる)(?:する)?と.{0,12}(?:続き|全文)を(?:お)?読み(?:いただけ|になれ)?ます。?",
    r"[(（]残り[\d,]+文字\s*[/／]\s*全文[\d,]+文字[)）]",
    r"【?ログインしていただくと.{0,30}非表示になります。?】?",
)
_CHROME = re.compile("|".join(f"(?:{form})" for form in (*_KOREAN_FORMS, *_JAPANESE_PAYWALL)))


def is_korean_japanese_chrome(line: str) -> bool:
    """A line of a Korean or Japanese site's chrome (see the module's docstring)."""
    line = line.strip()
    return len(line) <= MAX_CHROME_LINE and _CHROME.fullmatch(line) is not None
