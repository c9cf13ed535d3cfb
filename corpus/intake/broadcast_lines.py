"""A broadcaster's lines around a story's text (intake round 113, issue 13): not the article.

* a reporter's sign-off, as Korean news read on air closes: "KBS 뉴스 류호성입니다.", "mbn뉴스 윤석정입니다.",
  "YTN 조태현[choth@ytn.co.kr]입니다."; the anchor's hand-off to the reporter: "류호성 기자입니다.", "먼저 최호원 기자입니다.",
  "보도에 이강 기자입니다.", "밴쿠버에서 서봉국 기자가 전합니다." (round 118);
* a player's duration beside its label, its source or a clip's title: "Listen · 3:50", "01:54 - Source: CNN",
  "Seoul Mayor Reported Missing 00:32", "재생시간 01:57 …";
* a link to a video by its label: "WATCH: Chinese coast guard turns water cannon on boat"; a live page's label alone,
  "Live updates", "LIVE UPDATES:" (round 118);
* a pitch to subscribe to the channel, the podcast or the paper: "Subscribe FORTUNE INSIGHT YouTube channel:",
  "▣ YTN 유튜브 채널 구독 : …", "… 한겨레 구독신청 하기".
(A broadcaster's tip box, "■ 제보하기", "▷ 전화 : 02-781-1234", is `east_asian_widgets`'.)

Each is the whole line, short, with no sentence of a story's: a sentence naming a reporter ("그는 류호성 기자에게
말했다."), a tip the police ask for, a time in a story ("The talks resumed at 9:30"), a view one subscribes to
("Subscribe to the notion that …") or a story's sentence after "Watch" closes as a sentence or holds more words.

    >>> [is_broadcast_line(line) for line in ("KBS 뉴스 류호성입니다.", "Subscribe now", "Listen · 3:50", "WATCH: A storm")]
    [True, True, True, True]
    >>> is_broadcast_line("그는 류호성 기자에게 말했다.")
    False
"""
from __future__ import annotations

import re

_LONGEST = 160
# a name of two to four syllables; a pronoun and its particle ("그는", "저는") are none
_KOREAN_NAME = r"(?!(?:그|저|나|너|우리|그녀|저희|모두)(?:는|가|도)?\s?기자)[가-힣]{2,4}(?<!는)"
# a station: a token holding a Latin letter ("KBS", "mbn뉴스", "채널A", "연합뉴스TV", "TV조선")
_STATION = r"(?=[가-힣]{0,8}[A-Za-z])[A-Za-z0-9가-힣]{2,10}"
# a broadcaster signing with its name alone ("YTN 조태현입니다."); any other token must sign with "뉴스", "기자" or an
# address: "IT 강국입니다.", "AI 시대입니다.", "SK 하이닉스입니다." are a story's lines
# (a regional station's place after it: "KBS창원", "MBC경남")
_BROADCASTER = (r"(?:(?i:KBS|MBC|SBS|YTN|JTBC|MBN|OBS|EBS|CBS|BBS|KNN|TBC|TJB|UBC|KBC|CJB|JIBS|tbs|MTN|KTV|BTN|TBN"
                r"|CPBC|PBC|G1|JTV|CNBC|KCTV)[가-힣]{0,4}|TV조선|채널A"
                r"|(?:연합뉴스|한국경제|매일경제|서울경제|이데일리|아리랑|팍스경제|토마토|머니투데이)\s?TV)")
_REPORTER_MARK = r"(?:\s?기자(?:\s?\[[^\]\s]{1,60}\])?|\s?\[[^\]\s]{1,60}\])"
_SIGN_OFF = (rf"(?:{_STATION}\s?뉴스|{_BROADCASTER})\s?{_KOREAN_NAME}{_REPORTER_MARK}?\s?입니다\.?"
             rf"|{_STATION}\s?{_KOREAN_NAME}{_REPORTER_MARK}\s?입니다\.?")
_HAND_OFF = (rf"(?:(?:먼저|이어서|계속해서|이번에는|보도에)\s)?{_KOREAN_NAME}\s?(?:기자|특파원)"
             r"(?:입니다|[이가]\s?(?:보도|취재|전)합니다|의\s?보도입니다)\.?"
             # from where the reporter files, with the verb of reporting only ("서울에서 근무한 기자입니다." is a
             # sentence): "밴쿠버에서 서봉국 기자가 전합니다."
             rf"|[가-힣]{{1,8}}에서\s{_KOREAN_NAME}\s?(?:기자|특파원)[이가]\s?(?:보도|취재|전)합니다\.?")
# a live page's label alone: "Live updates", "LIVE UPDATES:" (its entries and its title are the page's own)
_LIVE_LABEL = r"(?i:live\s+(?:updates?|blog))\s?:?"
_DURATION = r"(?:\d:)?[0-5]?\d:[0-5]\d"
_LABELLED_DURATION = (
    rf"(?i:listen|watch|play|video|audio|duration|length|running\s+time)\s*[·:|•–—-]?\s*{_DURATION}"
    rf"|(?:재생\s?시간|再生時間)\s*[:：]?\s*{_DURATION}(?:\s+[^.!?。\n]{{1,100}})?"
    rf"|{_DURATION}\s*[-–—|]\s*(?i:source)\s*:\s*[^.!?\n]{{1,40}}"
)
# a clip's title closing on its running time, under ten minutes ("00:32", "2:42"): words, no sentence; a time of day
# after a date or a clock's word ("November 22 5:08", "at 9:30") is not one
_TITLED_DURATION = r"(?P<title>[^.!?。\n]{0,110}?(?:[^\W\d_]|[?!'’”]))\s(?P<minutes>0\d|\d):[0-5]\d"
# a running time without its leading zero after a title of one or two words is as likely a verse, a score or a time of
# day ("John 3:16", "Final 2:10", "Press briefing 9:30")
_FEWEST_WORDS_BEFORE_A_BARE_TIME = 3
_TIME_WORD = re.compile(r"(?i)\b(?:at|from|to|until|till|by|before|after|since|around|about|um|à|a|de|las|alle"
                        r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+day|오전|오후|새벽|午前|午後)\.?$")
_WATCH_LINK = r"(?:WATCH|Watch)\s?:\s?[A-Z\"“'‘][^.!?\n]{3,140}[?!]?"
# a pitch for the channel, the podcast or the paper: "Subscribe FORTUNE INSIGHT YouTube channel:", "Click to subscribe
# to the Sky News Daily wherever you get your podcasts", "▣ YTN 유튜브 채널 구독 : …", "한겨레 구독신청 하기"
# (a word of the pitch in it, no comma: "Subscribe to the idea that …, the minister said" is a sentence; nor a view
# one holds: "Subscribe to the notion that the plan is dead now")
_HELD_VIEW = (r"\s+to\s+(?:the|this|that|a|an|any|such)\s+"
              r"(?-i:notion|idea|view|theory|belief|argument|premise|thesis|claim)s?\b")
_SUBSCRIBE = (rf"(?i:(?:click\s+(?:here\s+)?to\s+)?subscribe\b(?!{_HELD_VIEW})"
              r"(?=[^,\n]{0,110}\b(?:channel|telegram|youtube|podcasts?"
              r"|newsletters?|plan|app|now|login|here|free)\b)[^,\n]{0,110})"
              r"|[^\n]{0,40}?구독\s?(?:신청\s?)?하기|[^\n]{0,30}?채널\s?구독\s*[:：][^\n]{0,60}")
_FORMS = re.compile(rf"{_SIGN_OFF}|{_HAND_OFF}|{_LABELLED_DURATION}|{_WATCH_LINK}|{_LIVE_LABEL}"
                    rf"|{_SUBSCRIBE}|{_TITLED_DURATION}")


def is_broadcast_line(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > _LONGEST or not (form := _FORMS.fullmatch(stripped)):
        return False
    title = form["title"]
    return not (title and (_TIME_WORD.search(title) or _bare_time_after_few_words(title, form["minutes"])))


def _bare_time_after_few_words(title: str, minutes: str) -> bool:
    return len(minutes) == 1 and len(title.split()) < _FEWEST_WORDS_BEFORE_A_BARE_TIME
