"""Issue 13's ninetieth intake round, on texts of our own: a Chinese or Japanese paragraph that opens with its full
date and goes on as a sentence ("2019年8月22日，韩国政府宣布……。", "2016年11月23日、日韓両政府は……署名した。") is the
story's paragraph, kept as a passage (it was taken for a date line and dropped). A positive failed before the
round; the negatives keep what must not change: a real date line ("2019年8月22日 20:11 来源：新华网", "发布时间：
2019年8月22日") is still furniture and still the page's date, and the sentence's day is never the page's."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page, is_prose
from corpus.intake.dated_sentences import opens_dated_sentence
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

ZH_TITLE = "河堤加固工程正式开工\n\n"
ZH_STORY = ("市政府表示，工程预计明年三月完工，低洼地区居民的疏散计划也将重新制定，沿河商户将获得补偿。\n\n"
            "市议会将在春季就第二期工程进行表决，部分议员要求政府提前公布施工路线。\n\n") * 2
ZH_TW_TITLE = "河堤加固工程正式開工\n\n"
ZH_TW_STORY = ("市政府表示，工程預計明年三月完工，低窪地區居民的疏散計畫也將重新制定，沿河商戶將獲得補償。\n\n"
               "市議會將在春季就第二期工程進行表決，部分議員要求政府提前公佈施工路線。\n\n") * 2
JA_TITLE = "堤防の補強工事始まる\n\n"
JA_STORY = ("工事は来年3月に終わる見込みで、低い土地に住む人の避難計画も見直すという。商店街は売り上げの減少を補うよう"
            "市に求めている。\n\n市議会は春に第2期の工事について採決する見通しで、一部の議員は工事の経路の早期公表を求めた。\n\n") * 2

DATED_SENTENCES = [  # (title, the paragraph opening on its day, the story under it)
    (ZH_TITLE, "2021年3月15日，市政府宣布河堤加固工程正式开工。", ZH_STORY),
    (ZH_TITLE, "2021年3月15日,市政府在新闻发布会上宣布,河堤加固工程当天正式开工,总投资约十亿元。", ZH_STORY),
    (ZH_TITLE, "2021年3月15日晚8时，市政府宣布河堤加固工程正式开工。", ZH_STORY),
    (ZH_TW_TITLE, "2021年3月15日，市政府宣佈河堤加固工程正式開工。", ZH_TW_STORY),
    (JA_TITLE, "2021年3月15日、市は川の堤防の補強工事を始めたと発表した。", JA_STORY),
    (JA_TITLE, "2021年3月15日の朝、市長は川の堤防の前で補強工事の始まりを告げた。", JA_STORY),
]
DATED_IDS = ["zh-short", "zh-long", "zh-time", "zh-traditional", "ja", "ja-morning"]


def _passages(raw: str) -> tuple[str, ...]:
    return clean_page(raw).paragraphs


@pytest.mark.parametrize(("title", "sentence", "story"), DATED_SENTENCES, ids=DATED_IDS)
def test_a_paragraph_opening_on_its_full_date_is_kept_under_the_title(title, sentence, story):
    assert sentence in _passages(f"{title}{sentence}\n\n{story}")


@pytest.mark.parametrize(("title", "sentence", "story"), DATED_SENTENCES, ids=DATED_IDS)
def test_a_paragraph_opening_on_its_full_date_is_kept_among_short_paragraphs(title, sentence, story):
    short = story.split("\n\n")[0][:20]  # no line long enough to start the body: the lines under the title are it
    page = _passages(f"{title}{sentence}\n\n{short}\n")
    assert sentence in page


@pytest.mark.parametrize(("title", "sentence", "story"), DATED_SENTENCES, ids=DATED_IDS)
def test_the_sentence_s_day_is_not_the_page_s_and_not_its_section(title, sentence, story):
    raw = f"{title}{sentence}\n\n{story}"
    assert described(raw)["date"] is None
    assert clean_page(raw).section is None


KEPT_BEFORE = [  # kept before the round too, under a title over a short paragraph: no year, Korean, English
    (ZH_TITLE, "3月15日，市政府宣布河堤加固工程正式开工。"),
    ("강둑 보강 공사 시작\n\n", "2021년 3월 15일, 시는 강둑 보강 공사를 시작했다고 밝혔다."),
    ("Flood barrier works begin\n\n", "On March 15, 2021, the city said work on the river's flood barrier had begun."),
]


@pytest.mark.parametrize(("title", "sentence"), KEPT_BEFORE, ids=["zh-yearless", "ko", "en"])
def test_other_dated_openings_are_still_kept(title, sentence):
    assert sentence in _passages(f"{title}{sentence}\n\nSecond paragraph, short.\n")


DATE_LINES = [  # a page's date line: furniture, and the page's date
    "2021年3月15日 20:11 来源：新华网",
    "2021年03月15日 08:30",
    "发布时间：2021年3月15日",
    "2021年3月15日(月) 配信",
]


@pytest.mark.parametrize("line", DATE_LINES, ids=["time-source", "zero-padded", "label", "weekday"])
def test_a_date_line_over_the_story_is_still_furniture_and_dates_the_page(line):
    raw = f"{ZH_TITLE}{line}\n\n{ZH_STORY}"
    assert not any(line in paragraph for paragraph in _passages(raw))
    assert described(raw)["date"] == "2021-03-15"


@pytest.mark.parametrize("line", DATE_LINES, ids=["time-source", "zero-padded", "label", "weekday"])
def test_a_date_line_over_a_dated_sentence_still_dates_the_page(line):
    sentence = "2019年8月22日，市政府宣布河堤加固工程的设计方案获得批准。"
    raw = f"{ZH_TITLE}{line}\n\n{sentence}\n\n{ZH_STORY}"
    assert sentence in _passages(raw)
    assert described(raw)["date"] == "2021-03-15"


NOT_SENTENCES = [
    "2021年3月15日 20:11 来源：新华网",
    "2021年3月15日，星期一",  # a weekday after a comma: no sentence
    "2021年3月15日，市政府为何决定提前开工河堤加固工程？",  # a question: a headline's form
    "2021年3月15日、川の堤防の前で記者会見する市長。写真：共同",  # a caption with its credit
    "2021年3月15日、工事開始。",  # too few words for a sentence
    "3月15日，市政府宣布河堤加固工程正式开工。",  # no year: not this round's form
    "2021年3月15日 市政府宣布河堤加固工程正式开工。",  # no clause mark after the date
    "2021年3月15日 | 来源：人民网，编辑：王明。",  # a date line's fields
    "据报道，2021年3月15日，市政府宣布河堤加固工程正式开工。",  # the date not opening the line
]


@pytest.mark.parametrize("line", NOT_SENTENCES, ids=[f"not-{n}" for n in range(len(NOT_SENTENCES))])
def test_forms_that_are_not_a_sentence_opening_on_its_date(line):
    assert not opens_dated_sentence(line)


HOSTILE = [
    " " * 50_000,
    "开工 " * 20_000,
    "2021年3月15日，" + "开" * 50_000 + "。",
    "2021年3月15日" + "晚" * 50_000 + "，开工。",
    "2021年3月15日，\x00\x07\x1b[31m" * 5_000,
    ("2021年3月15日，" * 20_000)[:100_000],
]


@pytest.mark.parametrize("text", HOSTILE, ids=["spaces", "words", "long-clause", "long-phrase", "controls", "dates"])
def test_hostile_lines_are_read_fast(text):
    for reader in (opens_dated_sentence, is_prose):  # (is_prose asks every line of every page)
        assert_runs_quickly(lambda: reader(text))


# The story kept whole from its dated first paragraph, the site's list under it starts further from the body's
# start than the opening lines where date lines are read: another story's stamp with the fields of the page's
# own date line is the site's list, not a passage.
LIST_UNDER = "堤防の補強工事、来月にも第2期へ\n\n2021年3月10日 河岸日報, ニュース\n\n"


def test_another_story_s_stamp_with_the_page_s_fields_is_not_a_passage():
    raw = f"{JA_TITLE}2021年3月15日 河岸日報, ニュース\n\n{JA_STORY * 4}{LIST_UNDER}"
    paragraphs = _passages(raw)
    assert "2021年3月10日 河岸日報, ニュース" not in paragraphs
    assert described(raw)["date"] == "2021-03-15"


def test_a_stamp_with_other_fields_deep_in_the_story_is_kept_as_before():
    raw = f"{JA_TITLE}2021年3月15日 河岸日報, ニュース\n\n{JA_STORY * 4}2021年3月10日 市議会, 公告\n\n{JA_STORY}"
    assert "2021年3月10日 市議会, 公告" in _passages(raw)
