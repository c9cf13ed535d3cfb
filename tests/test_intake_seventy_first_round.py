"""Issue 13's seventy-first intake round, on texts of our own: the even half of `holdout85` (Japan's and Korea's own
press). The wrong outlet first: a picture's address atop a forum post is not the page's, and the story's address
the post closes on names its source, not the page (the picture's address naming the same host does not make the
text name it). Then dates: a Japanese site's stamp with its weekday run into a page copied as one line, a forum log's
first post header; a blog's labelled note of its source (writer, title, outlet, day); a Japanese paper's name under
its story joined to the last line; Korean and Japanese chrome, and a line after the chrome never glued to it.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.furniture import is_furniture
from tests.test_intake_fifty_second_round import date_of
from tests.test_intake_thirty_third_round import described
from tests.test_metadata_outlets import outlet_of

JA_STORY = ("市当局によると、救助隊は夜通し作業を続けたが、事故の原因はまだ分かっていない。詳しいことは来週発表される"
            "見通しだという。\n\n")
KO_STORY = "소방당국은 구조대가 밤새 수색을 이어갔으며 사고 원인은 아직 밝혀지지 않았다고 밝혔다. 자세한 내용은 다음 주 발표된다.\n\n"
PICTURE = "https://www.jiji.com/news2/kiji_photos/202503/20250303at11S_p.jpg"
SOURCE = "https://www.jiji.com/jc/article?k=2025030300214&g=soc"


def _forum_post(picture: str) -> str:
    return f"川沿いの浸水推定図(地理院提供)\n{picture}\n\n{JA_STORY * 3}2025年03月03日15時46分\n{SOURCE}\n"


def test_a_forum_post_under_a_pictures_address_closing_on_the_storys_address_names_no_outlet():
    found = described(_forum_post(PICTURE))
    assert (found["outlet"], found["date"]) == (None, "2025-03-03")


def test_the_same_post_without_the_picture_is_read_as_before():
    assert described(_forum_post("")) ["outlet"] is None


def test_a_listed_sites_own_page_closing_on_its_address_under_its_name_keeps_its_outlet():
    own = f"川沿いの浸水推定図\n\n{JA_STORY * 3}時事通信\n2025年03月03日15時46分\n{SOURCE}\n"
    assert described(own)["outlet"] == "Jiji Press"


def test_a_japanese_sites_stamp_with_its_weekday_run_into_a_one_line_page_dates_it():
    raw = f"豪雨から2年 避難生活なお続く 2025年3月3日(月) 21:02 国内 {JA_STORY.strip() * 3}"
    assert date_of(raw) == "2025-03-03"


@pytest.mark.parametrize("stamp", ["2025年3月3日(火) 21:02",  # 3 March 2025 was a Monday
                                   "2025年3月3日(月)に"])  # a day in the story, no clock
def test_a_stamp_whose_weekday_does_not_fit_or_with_no_clock_dates_nothing(stamp):
    assert date_of(f"豪雨から2年 避難生活なお続く {stamp} 国内 {JA_STORY.strip() * 3}") is None


def test_a_forum_logs_first_post_header_dates_the_page():
    raw = f"25/03/03 06:56:27.90 AbCd1234x.net BE:12345678-2BP(1000)\n堤防の補強工事始まる\n{JA_STORY * 3}"
    assert date_of(raw) == "2025-03-03"


def test_the_same_header_below_the_first_line_a_later_posts_dates_nothing():
    header = "25/03/03 06:56:27.90 AbCd1234x.net BE:12345678-2BP(1000)"
    assert date_of(f"堤防の補強工事始まる\n{JA_STORY}{header}\n{JA_STORY * 2}") is None


NOTE = "참고(출처) : 김철수, 강변도로 \"침수로 통제\"…주민 대피, {outlet}, 2025-03-03 14:04:00"


def test_a_blogs_labelled_note_of_its_source_gives_its_outlet_and_day():
    raw = f"강변도로 침수로 통제\n\n{KO_STORY * 3}{NOTE.format(outlet='TV조선')}\n"
    assert (outlet_of(raw), date_of(raw)) == ("TV Chosun", "2025-03-03")


def test_a_note_naming_an_unlisted_site_gives_no_outlet_and_a_sentence_with_commas_no_day():
    raw = f"강변도로 침수로 통제\n\n{KO_STORY * 3}{NOTE.format(outlet='동네소식지')}\n"
    assert outlet_of(raw) is None
    sentence = "참고로 말하면, 김철수 씨는 강변도로, 주민 대피, 그리고 2025-03-03 일정을 말했다."
    assert date_of(f"강변도로 침수로 통제\n\n{KO_STORY * 3}{sentence}\n") is None


# lines of about one width, so that the page reads as hard-wrapped and the name is joined to the last one
WRAPPED = ("県の発表によると、川の水位は夜のうちに下がり始めたが、橋の点検がすべて終わるまでは通行止めを続けるという。\n"
           "市当局は、救助隊が夜通し作業を続けたと発表した。事故の原因はまだ分かっておらず、詳しいことは来週発表される見通しだ。\n"
           "知事は会見で、復旧には時間がかかるとの見方を示した。国の支援も求める考えだという。住民の不安はなお大きい。\n"
           "専門家は、同じ規模の雨は今後も起こりうると指摘する。…… 本文:900文字 この記事の続きをお読みいただくには、購入が必要です。\n")


def test_a_japanese_papers_name_under_its_story_joined_to_the_last_line_gives_it():
    page = f"{WRAPPED}朝日新聞社\nSource : 国内 – ニュース\nLeave a Comment\n"
    assert outlet_of(page) == "The Asahi Shimbun"


@pytest.mark.parametrize("name", ["港町タイムズ", "以上"])  # an unlisted name, a word
def test_an_unlisted_name_or_a_word_after_the_last_sentence_gives_none(name):
    assert outlet_of(f"{WRAPPED}{name}\nSource : 国内 – ニュース\nLeave a Comment\n") is None


CHROME = ("기사 URL이 복사되었습니다.", "기사원문보기", "[영상 = 홍길동씨 제공]", "URLリンク(www3.nhk.or.jp)")
SAME_WORDS = ("기사 원문을 보기 위해 많은 독자가 사이트를 찾았다.", "시청은 영상을 언론에 제공했다고 밝혔다.",
              "URLリンクを押すと、記事が開きます。")


@pytest.mark.parametrize("line, chrome", [*((line, True) for line in CHROME), *((line, False) for line in SAME_WORDS)])
def test_korean_and_japanese_chrome_is_furniture_and_sentences_using_its_words_stay(line, chrome):
    assert is_furniture(line) == chrome


def test_a_reporters_address_after_a_video_credit_is_not_glued_to_it():
    page = clean_page(f"강변도로 침수로 통제\n\n{KO_STORY * 4}[영상 = 홍길동씨 제공]\nhong@newspim.com\n")
    assert "[영상 = 홍길동씨 제공]" not in " ".join(page.paragraphs)


# Across the default sets: a Korean posting label or a reporter's byline glued among other words of the opening

@pytest.mark.parametrize("opening", [
    "강변도로 침수로 통제\n홍길동 특파원\n송고시간2025-03-03 22:44 요약beta 공유 댓글1 글자크기조정 인쇄\n",
    "강변도로 침수로 통제 한국일보 원문 | 뉴스줌에서 보기 |입력2025.03.03 04:30 | ",
    "[포토] 강변도로 침수로 통제 2025-03-03 00:01 홍길동 기자 [사진=연합뉴스] ",
])
def test_a_korean_posting_stamp_or_byline_among_the_openings_words_dates_the_page(opening):
    assert date_of(f"{opening}{KO_STORY * 3}") == "2025-03-03"


@pytest.mark.parametrize("opening", [
    # two stamps: a list of stories
    "강변도로 침수로 통제\n목록 |입력2025.03.03 04:30 | 목록 |입력2025.02.11 09:00 |\n",
    "강변도로 침수로 통제\n2025-03-03 00:01 홍길동 기자가 현장을 찾았다.\n",  # a sentence about the reporter
])
def test_two_stamps_or_a_sentence_naming_a_reporter_date_nothing(opening):
    assert date_of(f"{opening}{KO_STORY * 3}") is None


# Across the default sets: Japanese and Korean credits in the forms the brief names, as copies print them
JA_LEAD = "首相は2日、退陣する意向を表明した。党の両院議員総会で述べた。後任選びは週内にも行われる見通しだ。"


@pytest.mark.parametrize("raw, outlet", [
    (f"座礁\n\n『【カイロ、台北時事】{JA_LEAD}\n\n{JA_LEAD}\n", "Jiji Press"),  # a blog quoting the wire's story
    (f"首相が退陣へ\n6月2日9時55分配信 時事通信 http://bit.ly/xyz\n\n{JA_LEAD}\n\n{JA_LEAD}\n", "Jiji Press"),
    (f"座礁\n\n『【カイロ、台北新報】{JA_LEAD}\n\n{JA_LEAD}\n", None),  # an unlisted source
    (f"首相が退陣へ\n6月2日9時55分配信 町内新報\n\n{JA_LEAD}\n\n{JA_LEAD}\n", None),
])
def test_a_quoted_wire_dateline_or_a_portals_carrying_line_gives_the_listed_wire(raw, outlet):
    assert outlet_of(raw) == outlet


def test_a_korean_portals_link_to_the_papers_original_gives_the_paper():
    raw = f"강변도로 침수로 통제 한국일보 원문 | 뉴스줌에서 보기 |입력2025.03.03 04:30 | {KO_STORY.strip() * 3}"
    assert outlet_of(raw) == "Hankook Ilbo"
    assert outlet_of(raw.replace("한국일보", "동네소식")) is None
