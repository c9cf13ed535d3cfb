"""Issue 13's seventy-third intake round, on texts of our own: page furniture kept as passages, by form. The two
forms removed: a reporter's contact line (a name, a title or a desk beside an e-mail address, no sentence: "김민수
기자 minsu@example.co.kr", "JANE ROE / JROE@EXAMPLE.COM"), and a line naming the story's source after a label in
one of several languages ("Kaynak: AA", "Fonte: G1.", "Источник: …", "来源 | …", "新闻来源:…"); and, in the odd
halves of `holdout86`/`holdout87` and the default sets, a Japanese members' wall ("会員の方はログインしてください。")
and a Chinese site's tags label, comment heading and QR-code pitch.
A positive failed before the round; a negative beside it keeps a prose line of the same shape."""

from __future__ import annotations

import pytest

from corpus.intake.contact_lines import is_contact_line, is_source_line
from corpus.loader import article_from_raw
from tests.test_intake_fifty_second_round import date_of

HEADLINE = "Harbour ferries to run on a new timetable from March\n\n"
BODY = ("The port authority said on Wednesday that the ferries would run on a new timetable from March, after a "
        "long dispute with the operators over the winter routes.\n\n"
        "Officials said the change would cut waiting times on the busiest routes by a third, and that the old "
        "timetable would stay in force until the end of February.\n\n")
KO_HEADLINE = "항만 여객선, 3월부터 새 시간표로 운항\n\n"
KO_BODY = ("항만청은 15일 여객선이 3월부터 새 시간표로 운항한다고 밝혔다. 운항사와의 오랜 협상 끝에 겨울 노선이 "
           "조정됐다.\n\n"
           "항만청 관계자는 가장 붐비는 노선의 대기 시간이 3분의 1가량 줄어들 것이라고 말했다.\n\n")
JA_HEADLINE = "港の連絡船、3月から新ダイヤ\n\n"
JA_BODY = ("港湾局は15日、連絡船を3月から新しいダイヤで運航すると発表した。運航会社との長い協議の末、冬の航路が見直された。\n\n"
           "港湾局の担当者は、最も混雑する航路の待ち時間が3分の1ほど短くなると説明した。\n\n")
ZH_HEADLINE = "港口渡轮三月起实行新时刻表\n\n"
ZH_BODY = ("港务局15日表示,渡轮将从3月起实行新的时刻表,此前与运营商就冬季航线进行了长时间谈判。\n\n"
           "官员表示,调整后最繁忙航线的候船时间将缩短三分之一,旧时刻表将沿用到2月底。\n\n")


def _passages(text: str) -> tuple[str, ...]:
    article = article_from_raw(text, {}, "round73.txt")
    return tuple(passage.text for passage in article.passages)


def _kept(line: str, headline: str = HEADLINE, body: str = BODY) -> bool:
    return any(line in passage for passage in _passages(headline + body + line + "\n"))


# A reporter's contact line: a few words and an e-mail address, no sentence

@pytest.mark.parametrize("line", [
    "김민수 기자 minsu@example.co.kr", "김민수 기자 기자 minsu@example.co.kr", "[항만일보] 김민수 기자 (minsu@example.co.kr)",
    "/김민수기자 minsu@example.co.kr", "서울=김민수 특파원 minsu@example.co.kr", "▷ 이메일 tips@example.co.kr",
])
def test_a_korean_reporters_contact_line_is_no_passage(line):
    assert not _kept(line, KO_HEADLINE, KO_BODY)


def test_a_korean_sentence_holding_an_address_stays():
    line = "자세한 문의는 항만청 민원실 help@example.co.kr 으로 하면 된다."
    assert _kept(line, KO_HEADLINE, KO_BODY)


def test_a_latin_contact_line_is_no_passage_and_a_sentence_with_an_address_stays():
    assert not _kept("JANE ROE / JROE@EXAMPLE.COM")
    assert _kept("Readers can send their questions about the timetable to desk@example.com.")


def test_a_long_line_holding_an_address_is_not_a_contact_line():
    line = ("Passengers who booked before the change will be moved to the nearest sailing and may write to "
            "refunds@example.com for their money back")
    assert _kept(line)


# A line naming the story's source, after a label in one of several languages

@pytest.mark.parametrize("line", [
    "Kaynak: Liman Haber", "Fonte: Porto Notícias.", "Источник: Портовые новости", "Source : Port Daily.fr",
    "Source: Harbour 24", "Nguồn: Báo Cảng",
])
def test_a_source_line_is_no_passage(line):
    assert not _kept(line)


@pytest.mark.parametrize("line", ["来源 | 港口日报", "新闻来源:港口日报", "(来源:港口日报)", "資料來源: 港口日報"])
def test_a_chinese_source_line_is_no_passage(line):
    assert not _kept(line, ZH_HEADLINE, ZH_BODY)


@pytest.mark.parametrize("line", [
    "Source: officials said the ferries would keep their old berths.",
    "Sources: The operators said they would appeal against the ruling. The court has not set a date.",
])
def test_a_sentence_after_a_source_label_stays(line):
    assert _kept(line)


def test_a_chinese_sentence_after_a_source_label_stays():
    line = "消息来源:港务局官员透露,新码头将于明年启用,届时航线将再次调整,具体时间尚未确定。"
    assert _kept(line, ZH_HEADLINE, ZH_BODY)


# A Japanese members' wall; a Chinese site's tags label, comment heading and QR-code pitch

@pytest.mark.parametrize("line", [
    "※この続きは会員になれば閲覧できます。", "会員の方は、上の「ログイン」からログインしてください。",
    "この記事は購読会員限定です。購読を申し込むと、続きをお読みいただけます。", "港ウェブ読者くらぶに入会されると記事全文がご覧になれます。",
    "このコンテンツを閲覧するにはログインが必要です。",
])
def test_a_japanese_members_wall_is_no_passage(line):
    assert not _kept(line, JA_HEADLINE, JA_BODY)


@pytest.mark.parametrize("line", [
    "同社の会員数は前年より1割増えた。", "市は住民に「防災メールへのご登録をお願いします」と呼びかけた。",
    "組合は会員限定の説明会を開き、記事全文の公開には応じなかった。",
])
def test_a_japanese_sentence_about_members_stays(line):
    assert _kept(line, JA_HEADLINE, JA_BODY)


@pytest.mark.parametrize("line", ["标签: 渡轮 时刻表 港口", "關鍵詞: 渡輪 時刻表", "网友评论", "熱門評論", "网友评论[点击评论]",
                                  "解读港口新闻,呈现航运动态,更多独家分析,扫描二维码免费阅读。"])
def test_a_chinese_sites_labels_are_no_passage(line):
    assert not _kept(line, ZH_HEADLINE, ZH_BODY)


@pytest.mark.parametrize("line", ["关键词是合作,港务局发言人说。", "网友评论称新时刻表方便了通勤的居民。",
                                  "候船厅新开的图书角摆放了五百多本港口历史书籍,乘客都可以扫描二维码免费阅读。",
                                  "港务局在各个码头都张贴了新的时刻表和票价说明,并表示市民可扫描二维码关注。"])
def test_a_chinese_sentence_of_the_same_words_stays(line):
    assert _kept(line, ZH_HEADLINE, ZH_BODY)


# Either line with a date stays a date line, read for the page's date

def test_a_source_line_with_a_date_still_dates_the_page():
    text = HEADLINE + BODY + "Source: Harbour Daily, March 3, 2021\n"
    assert date_of(text) == "2021-03-03"
    assert not _kept("Source: Harbour Daily")


def test_a_contact_line_with_a_time_is_not_taken_for_a_contact_line():
    assert not is_contact_line("58120@www.example.com Mon, 31 Mar 2014 07:22:12 MDT")
    assert is_contact_line("JANE ROE / JROE@EXAMPLE.COM")


def test_a_byline_with_its_address_and_a_source_run_into_a_dateline_are_not_these_lines():
    assert not is_contact_line("By Jane Roe[jroe@example.com]")
    assert not is_source_line("来源:港口日报 记者 王小明 厦门电 今天上午")
    assert is_source_line("来源:港口日报")
