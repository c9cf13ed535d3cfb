"""The furniture of Chinese-language pages (intake round 89): not the article.

* a row of a portal's tools, alone or several on a line: "【打印】【关闭】", "分享到：微信 微博 QQ空间", "上一篇",
  "字号：大 中 小", "扫一扫", "我要评论", "返回首页", a forum's "樓主", "沙發", "回覆";
* a counter of reads: "點閱數：1234", "瀏覽次數：456", "人氣：1234", "打印本新聞(被閱讀 2133 次)";
* an editor's or a source's credit alone: "【编辑：李四】", "(来源：某某网 王五 编辑：赵六)", "责编 | 冷爽", "记者：甲乙、丙丁";
* a byline alone, without a date: "（記者王小明／台北報導）", "某某台记者王兰综合报导";
* a picture's credit or a caption closed by one: "圖／路透社", "照片來源：美聯社", "資料照", "资料照片:平壤的一座加油站",
  "… 坦克與大砲。(圖/路透)", "… 战略轰炸机(资料图)", "… 表面 (直播截圖)";
* a forum's chrome: PTT's "作者: x (y) 看板: z", "時間: Thu Aug 22 20:11:35 2019", its template's numbered labels
  ("1.媒體來源:", "4.完整新聞內文:"), its pushes ("推 user: …", "噓 …", "→ …"), its "※ 發信站: …", "※ 引述《x》之銘言";
* a site's reprint and disclaimer notes: "本文獲《某報》授權轉載", "…非經授權,不得轉載…", "…並不代表本網立場".

Each is a whole line of its form; a story's sentence using the same words ("他在微博上说…", "编辑部表示…",
"记者：请问…？") is not: names are short, no line of a form holds a sentence's stop.
"""
from __future__ import annotations

import re

_HAN = r"\u4e00-\u9fff"
# A portal's or a forum's tools: each alone, in brackets, or several separated by spaces, bars or dots.
_TOOL = (r"(?:打印|列印)(?:本[页頁文]|本新[闻聞]|文章)?|[关關]闭(?:窗口|本[页頁])?|關閉(?:視窗)?|收藏(?:本文)?|[举舉][报報]"
         r"|[纠糾][错錯]|[复複]制[链鏈]接|複製連結|分享(?:到|至)?|[转轉][发發]|(?:新浪)?微[博信]|QQ(?:空[间間])?"
         r"|朋友圈|[扫掃]一[扫掃]|上一[篇页頁]|下一[篇页頁]|回[顶頂]端|[回返][回到]?首[页頁]|我要[评評][论論]"
         r"|[参參]与[评評][论論]|[发發][表布]?[评評][论論]|留言|[订訂][阅閱]|看更多(?:新[闻聞])?|更多新[闻聞]"
         r"|[点點]我看更多|加入好友|[点點][赞讚]|[点點][击擊]排行榜?|新[闻聞]排行|[热熱]搜(?:新[闻聞])?|[热熱][点點]新[闻聞]"
         r"|手机看新闻|用APP看|打开APP|[登註注][录錄入册冊]|[楼樓]主|沙[发發]|回[复覆]|引用|只看[该該]作者"
         r"|[电電]梯直达|[发發]新[话話][题題]|免[责責][声聲]明")
_FONT_SIZE = r"(?:[【\[]?字[号號体體型]\s*[:：]?\s*)?[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?"
_TOOL_ITEM = rf"[【\[(（]?(?:{_TOOL}|{_FONT_SIZE})[】\])）]?\s*[:：]?"
_TOOL_ROW = re.compile(rf"^{_TOOL_ITEM}(?:\s*[|｜·•/／，,]?\s*{_TOOL_ITEM}){{0,9}}$")

# A pointer with what it points to: "延伸閱讀：<title>", "原标题：<title>", "本文来源：<site>", "当前位置：首页 > 国际".
_POINTER = re.compile(
    r"^[【\[]?(?:延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|相[关關](?:新[闻聞]|[阅閱][读讀]|文章|[报報][导導道])|[热熱]门推[荐薦]"
    r"|更多新[闻聞]|原[标標][题題]|(?:本文|文章|稿件)[来來]源|[当當]前位置|您的位置|目前位置)[】\]]?\s*[:：]\s*[^。！？!?]{0,60}$")
_COUNTER = re.compile(
    r"^(?:(?:打印|列印)本?新[闻聞])?[(（]?\s*(?:[点點][阅閱][数數]?|[浏瀏][览覽]次?[数數]?|[阅閱][读讀](?:[数數]|量)?"
    r"|[点點][击擊](?:[数數]|量)?|人[气氣]|[评評][论論][数數]|留言[数數]|被[阅閱][读讀])"
    r"\s*[:：]?\s*[(（]?\s*\d[\d,]*\s*[)）]?\s*[次人]?\s*[)）]?$")

_PERSON = rf"(?:[{_HAN}·]{{2,4}}|[A-Za-z][A-Za-z.]{{1,20}})"
_PEOPLE = rf"{_PERSON}(?:\s*[、,，]\s*{_PERSON}){{0,5}}"
_PERSON_ROLE = (r"[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|主[编編]|[编編]审|[編编]審|校[对對]|[审審][核校]|[监監][制製]"
                r"|作者|[记記]者|撰[文稿]|[实實][习習]生|[通][讯訊][员員]|策[划劃]|[统統][筹籌]|[制製]作|[编編][译譯]|翻[译譯]"
                r"|[摄攝]影|美[编編]|文")
_SOURCE_ROLE = r"[来來]源|出[处處]"
_CREDIT = (rf"(?:(?:{_PERSON_ROLE})\s*[:：|｜/／]\s*(?:[记記]者\s*)?{_PEOPLE}"
           rf"|(?:{_SOURCE_ROLE})\s*[:：]\s*[^\s:：。，,!?！？()（）【】]{{2,12}}(?:\s+{_PEOPLE})?)")
_CREDIT_LINE = re.compile(rf"^[【\[(（]?\s*{_CREDIT}(?:\s*[】\])）]?\s*[【\[(（]?\s*{_CREDIT}){{0,4}}\s*[】\])）]?$")

_REPORTED = r"(?:[综綜]合|外[电電])?(?:[报報][导導道]|[编編][译譯])"
# A byline without a date: "（記者王小明／台北報導）", "某某台记者王兰综合报导". (In brackets, a name before "記者" or a
# slash, "(民視新聞/綜合報導)", credits the outlet closing the story: `east_asian_credits`, read from the passages.)
_BYLINE = re.compile(
    rf"^(?:[(（]\s*|[{_HAN}]{{0,8}}?)[记記]者\s*{_PEOPLE}\s*[/／]?\s*(?:[{_HAN}]{{2,4}}\s*)?{_REPORTED}\s*[)）]?$")

_PICTURE = r"(?:[图圖]|照片|相片|[图圖]片|[图圖]像)"
_FILE_PICTURE = r"(?:[资資]料|[档檔]案)(?:[图圖]片?|照片?)|(?:直播|影片|[视視][频頻]|[网網][页頁])?截[图圖]"
_PICTURE_CREDIT = re.compile(
    rf"^[(（]?\s*{_PICTURE}\s*(?:[来來]源|提供)?\s*[/／:：]\s*[^。，,!?！？()（）]{{1,30}}[)）]?$"
    rf"|^[(（]?(?:{_FILE_PICTURE})[)）]?(?:\s*[:：]?\s*[^。！？!?]{{1,40}})?$")
_CLOSED_BY_PICTURE_CREDIT = re.compile(
    rf"[(（]\s*(?:{_PICTURE}\s*(?:[来來]源|提供)?\s*[/／:：][^()（）]{{1,40}}|{_FILE_PICTURE})\s*[)）]$")

_FORUM = re.compile(
    r"^作者\s*[:：]\s*\S{1,20}\s*(?:\([^()]{0,30}\))?\s*(?:看板\s*[:：]\s*\S{1,20}|\d{4}-\d\d-\d\d[\d: ]*)?$"
    r"|^[時时][間间]\s*[:：]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\w{3}\s+\d{1,2}\s+[\d:]{5,8}\s+\d{4}$"
    r"|^[1-6][.、]\s*(?:完整)?(?:新[闻聞]|媒[体體]|[记記]者)(?:[网網]址|[来來]源|[标標][题題]|[内內]文|[内內]容|[连連][结結]|署名)"
    r"(?:\s*/\s*[内內]文)?(?:\s*[(（]或短[网網]址[)）])?\s*[:：︰]?\s*[^\s:：︰]{0,20}$"
    r"|^[1-6][.、]\s*[备備][注註]\s*[:：︰]?$|^[標标][題题]\s*[:：]\s*\[[^\]]{1,6}\]"
    r"|^(?:推|噓|→)\s*[A-Za-z0-9_]{2,14}\s*[:：].{0,120}$"
    r"|^※\s*(?:[发發]信站|[编編][辑輯]\s*[:：]|引述\s*《|文章[网網]址|[转轉][录錄]者|\[?本文[转轉][录錄]自)")

_REPRINT_NOTE = re.compile(
    r"(?:不得|禁止|[请請]勿|[严嚴]禁)[^。]{0,12}[转轉][载載]|[转轉][载載][,，]?[请請]注明出[处處]|如若[转轉][载載]"
    r"|授[权權][转轉][载載]|(?:不代表|不表明|并不意味着)[^。]{0,6}(?:本[网網站]|[网網]站)")
_OUR_SITE = re.compile(r"本[网網站文稿]|[版][权權]|[网網]站|[转轉][载載][,，]?[请請]|如若[转轉][载載]|授[权權][转轉][载載]")


def is_chinese_chrome(line: str) -> bool:
    """A tool row, a counter, a credit, a byline, a picture's credit, a forum's chrome, a reprint note."""
    line = line.strip()
    if not line or len(line) > 200:
        return False
    if len(line) <= 80 and any(form.match(line) for form in (
            _TOOL_ROW, _POINTER, _COUNTER, _CREDIT_LINE, _BYLINE, _PICTURE_CREDIT, _FORUM)):
        return True
    if _FORUM.match(line) or _CLOSED_BY_PICTURE_CREDIT.search(line[-50:]):
        return True
    return bool(_OUR_SITE.search(line) and _REPRINT_NOTE.search(line))
