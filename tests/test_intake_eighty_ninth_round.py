"""Issue 13's eighty-ninth intake round, on texts of our own: the furniture of Chinese-language pages (portals'
tools and counters, editors' and sources' credits, bylines without a date, pictures' credits and captions closed by
one, a forum's header, template and pushes, reprint and disclaimer notes). A positive failed before the round; a
negative beside it keeps a story's sentence, a headline or a quotation that uses the same words."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.chinese_chrome import is_chinese_chrome
from corpus.intake.furniture import is_furniture
from tests.hostile_timing import assert_runs_quickly

TITLE = "暴雨袭击沿海城镇\n\n"
STORY = ("当局表示,救援人员彻夜工作,事故原因仍在调查之中,更多细节将于下周公布。附近居民已被安排到临时安置点,"
         "当地学校停课一天。\n\n")
HANT_STORY = ("當局表示,救援人員徹夜工作,事故原因仍在調查之中,更多細節將於下週公布。附近居民已被安排到臨時安置點,"
              "當地學校停課一天。\n\n")

FURNITURE = [
    # a portal's tools, alone or in a row
    "【打印】【关闭】", "打印本页", "关闭窗口", "分享到：微信 微博 QQ空间", "扫一扫，分享到朋友圈", "微信", "上一篇",
    "下一篇", "字号：大 中 小", "【字体：大 中 小】", "我要评论", "收藏 | 举报 | 复制链接", "回頂端", "訂閱", "看更多",
    "點我看更多", "免責聲明", "樓主", "沙發", "回覆", "熱搜新聞",
    # counters of reads
    "點閱數：1234", "瀏覽次數：456", "人氣：1,234", "阅读 (12345)", "打印本新聞(被閱讀 2133 次)",
    # pointers with what they point to
    "延伸閱讀：河堤重建進度落後", "推薦閱讀：", "原标题：暴雨袭击沿海城镇", "本文来源：某某网", "当前位置：首页 > 国际新闻",
    # editors' and sources' credits alone
    "【编辑：李四】", "【责任编辑:王小明】", "(来源：某某日报网 王五 编辑：赵六)", "【作者:某社】 【编辑:刘某某】",
    "责编 | 冷爽", "记者：张三、李四", "监制：王五", "文/記者王小明", "撰文／林大同",
    # bylines without a date
    "（記者王小明／台北報導）", "某某台记者王兰综合报导", "记者陈某某/编译",
    # pictures' credits, and captions closed by one
    "圖／路透社", "圖/翻攝自網路", "照片來源：美聯社", "資料照", "（資料照）", "资料图片", "资料照片:河边的一座水塔",
    "▲河堤被洪水沖毀。(圖/路透)", "可在夜间飞行的搜救直升机(资料图)", "搜救人員抵達現場 (直播截圖)",
    # a forum's header, template and pushes
    "作者: riverman (河人) 看板: Gossiping", "時間: Thu Aug 22 20:11:35 2019", "標題: [新聞] 暴雨襲擊沿海城鎮",
    "1.媒體來源:某某報", "2.記者署名:王小明", "3.完整新聞標題:", "4.完整新聞內文:", "5.完整新聞連結 (或短網址):",
    "推 user123: 這樣好嗎", "噓 abc_99: 不意外", "→ riverman: 再看看吧",
    "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 10.0.0.1", "※ 引述《riverman (河人)》之銘言：",
    # reprint and disclaimer notes
    "本文獲《某某報》授權轉載", "本網站之文字、圖片及影音,非經授權,不得轉載。",
    "原创文章,作者:某某,如若转载,请注明出处:https://example.org/1.html",
    "网友评论仅供其表达个人看法,并不表明网站立场。", "(版權聲明:本稿件為某某網專稿,未經授權,不得轉載。)",
]


@pytest.mark.parametrize("line", FURNITURE, ids=range(len(FURNITURE)))
def test_chinese_furniture_is_no_passage(line):
    assert is_furniture(line)
    page = clean_page(TITLE + STORY * 2 + line + "\n\n" + STORY)
    assert line not in page.paragraphs


PROSE = [
    # sentences using the forms' words
    "他在微博上说,救援工作仍在进行,居民不必惊慌。", "编辑部表示,将继续跟进这一事件的后续发展。",
    "记者：请问救援何时结束？", "记者:这次洪水造成了多大损失?", "分享经验的居民说,去年的洪水比今年更大。",
    "当局呼吁民众不要转载未经证实的消息。", "该网站表示,所有报道都经过核实。",
    "图为救援人员在河边搜救。", "资料显示,该地区十年来已发生三次洪水。", "原标题中的数字有误,已经更正。",
    "推动重建的计划将于下月公布。", "作者在书中写道,洪水改变了这个小镇。",
    "他说：「我們不會再讓這種事發生。」", "「打印出來的名單有錯誤。」他說。",
    # headlines and a quoted line
    "暴雨袭击沿海城镇 数千人撤离", "韓國宣布終止協定 日本表示遺憾", "“关闭”还是“开放”？河堤之争",
    # a closing credit naming the outlet stays a passage: the outlet is read from it
    "(民視新聞/綜合報導)", "（中央社記者王小明台北22日電）",
]


@pytest.mark.parametrize("line", PROSE, ids=range(len(PROSE)))
def test_prose_with_the_same_words_stays(line):
    assert not is_chinese_chrome(line)


def test_a_story_sentence_stays_a_passage_on_the_page():
    sentence = "编辑部表示,将继续跟进这一事件的后续发展,并在明天公布更多细节。"
    page = clean_page(TITLE + STORY * 2 + sentence + "\n\n" + STORY)
    assert sentence in page.paragraphs


def test_the_date_and_outlet_of_a_page_survive_its_furniture():
    from corpus.metadata import date_from_page
    raw = ("暴雨袭击沿海城镇\n\n2019-08-22 20:11:35 来源：新华网\n\n" + STORY * 2 + "【打印】【关闭】\n\n"
           "[责任编辑:王小明]\n\n" + STORY)
    page = clean_page(raw)
    assert date_from_page(page).value == "2019-08-22"
    assert "[责任编辑:王小明]" not in page.paragraphs and "【打印】【关闭】" not in page.paragraphs


HOSTILE = {
    "spaces": " " * 50_000, "a word repeated": "分享 " * 20_000, "reporters": "记者" * 20_000, "pushes": "推 " * 20_000,
    "control characters": "\x00\x07\x1b" * 10_000, "an open byline": "（" + "記者王" * 10_000,
    "open credits": "【编辑：" * 10_000, "a long caption": "资料照片:" + "河" * 50_000,
    "a long tool row": "打印 " * 20_000, "a long reprint note": "本网" + "不得" * 20_000 + "转载",
}


@pytest.mark.parametrize("hostile", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_lines_are_cheap(hostile):
    def read() -> None:
        is_chinese_chrome(hostile)
        is_chinese_chrome(hostile[:200])  # (the longest line the forms read)
    assert_runs_quickly(read)
