"""Credits and dates in forms drawn from holdout8's odd half (issue 13, eighth round), written as
mechanisms for pages never seen: datelines in other scripts, months in Russian, Ukrainian and
Arabic, Japanese era years and Vietnamese dates, "Source:" in other languages, a Korean paper's
signature, a listed wire glued to the last sentence, an outlet reporting what it learned, a
digest's pointer to its own issue, an office beside a release's date. Examples are invented in
the forms real pages print; negatives stand beside them."""

from __future__ import annotations

import pytest

from corpus.intake.datelines import read_dateline
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line, read_date
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

TITLE = "Seoul keeps the pact\n"
BODY = ("South Korea said on Friday it would keep its military intelligence pact with Japan.\n"
        "The decision followed weeks of talks, the ministry said in a statement.\n")


@pytest.mark.parametrize("line, credit, month, day", [
    ("СЕУЛ, 21 марта. /ТАСС/. Южная Корея и Япония восстановили соглашение.", "ТАСС", 3, 21),
    ("Москва, 22 ноября (ТАСС) - Сеул сохранит соглашение.", "ТАСС", 11, 22),
    ("서울, 8월22일 (로이터) - 정부가 22일 협정을 종료하기로 했다.", "로이터", 8, 22),
    ("東京, 11月22日 (ロイター) - 日本政府は協定を歓迎した。", "ロイター", 11, 22),
    ("سيول، 22 نوفمبر (رويترز) - قالت كوريا الجنوبية إنها ستبقي الاتفاق.", "رويترز", 11, 22),
    ("東京 (ロイター) - 日本政府は協定を歓迎した。", "ロイター", None, None),
])
def test_datelines_in_other_scripts(line, credit, month, day):  # (the list's names in those scripts)
    dateline = read_dateline(line)
    assert (dateline.credit, dateline.month, dateline.day, dateline.year) == (credit, month, day, None)


@pytest.mark.parametrize("raw, outlet", [
    ("Россия и Корея\nМОСКВА, 22 ноября (РИА Новости) - Россия приветствовала решение.\n", "RIA Novosti"),
    ("الاتفاق\nسيول، 22 نوفمبر (رويترز) - قالت كوريا الجنوبية إنها ستبقي الاتفاق.\n", "Reuters"),
    ("协议\n首尔11月22日 (俄新社) - 韩国宣布维持协定。\n", None),  # no comma after the place: not read
])
def test_outlets_named_in_their_own_script_in_a_dateline(raw, outlet, private_config):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("line", [
    "서울, 8월22일 (사진) - 정부가 22일 협정을 종료하기로 했다.",  # a picture, no listed wire
    "서울, 13월22일 (로이터) - 정부가 협정을 종료하기로 했다.",  # no such month
    "Сеул, 21 марта (фото) - подпись.",  # a caption's word, no credit
    "정부는 (로이터) 말했다",  # no dash: a sentence quoting a wire
])
def test_lines_near_those_datelines_are_none(line):
    assert read_dateline(line) is None


@pytest.mark.parametrize("line, value", [
    ("平成28年11月23日", "2016-11-23"),
    ("令和元年5月1日 10:00", "2019-05-01"),
    ("昭和６４年１月７日", "1989-01-07"),
    ("民國105年11月23日", "2016-11-23"),
    ("ngày 22 tháng 11 năm 2019", "2019-11-22"),
    ("Thứ Sáu, 22 tháng 11, 2019 10:15", "2019-11-22"),
    ("21 марта 2023 г.", "2023-03-21"),
    ("22 листопада 2019 року, 10:03", "2019-11-22"),
    ("22 نوفمبر 2019", "2019-11-22"),
])
def test_date_lines_in_other_calendars_and_scripts(line, value):
    assert find_date_line(line).value == value


@pytest.mark.parametrize("line, value", [
    ("вторник, 21 марта 2023", "2023-03-21"),
    ("الجمعة 22 نوفمبر 2019", "2019-11-22"),
    ("Cập nhật lúc 10:00, ngày 22 tháng 11 năm 2019", "2019-11-22"),
    ("Thứ sáu, 22/11/2019, 10:15 (GMT+7)", "2019-11-22"),
    # a weekday that contradicts the date: a misreading, unknown
    ("среда, 21 марта 2023", None),
    ("الخميس 22 نوفمبر 2019", None),
])
def test_date_lines_with_their_weekdays_and_labels_in_other_scripts(line, value):
    printed = find_date_line(line)
    assert (printed.value if printed else None) == value


@pytest.mark.parametrize("text", ["平成28年", "平成28年13月1日", "tháng 11 năm 2019", "21 марта"])
def test_partial_or_impossible_dates_are_not_read(text):
    assert read_date(text) is None


@pytest.mark.parametrize("line, outlet", [
    ("Por Jane Roe — Fuente: IntelNews.org", "IntelNews"),
    ("Quelle: dpa", "Deutsche Presse-Agentur"),
    ("출처: 연합뉴스", "Yonhap"),
])
def test_a_source_line_in_other_languages(line, outlet, private_config):
    assert outlet_of(TITLE + BODY + "\n" + line + "\n") == outlet


@pytest.mark.parametrize("line", [
    "Fuente: Ministerio de Defensa",  # a source of facts, not an outlet
    "Quelle: harborgazette",  # unlisted in lower case
    "출처: 국방부",  # a ministry, unlisted
])
def test_source_lines_that_name_no_outlet(line, private_config):
    assert outlet_of(TITLE + BODY + "\n" + line + "\n") is None


KOREAN = "국방부가 협정을 1년 더 유지하기로 했다.\n국방부 관계자는 22일 이같이 설명했다.\n"


@pytest.mark.parametrize("raw, outlet", [
    ("협정 유지\n" + KOREAN + "[한빛일보] 김철수 기자\n", "한빛일보"),
    ("협정 유지\n" + KOREAN + "[연합뉴스] 김철수 기자\n", "Yonhap"),
    ("협정 유지\n" + KOREAN + "[신아일보] 김다인 기자\n", "Shinailbo"),
])
def test_a_korean_paper_signing_beside_its_reporter(raw, outlet, private_config):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    "협정 유지\n" + KOREAN + "[단독] 김철수 기자\n",  # a section's label
    "협정 유지\n" + KOREAN + "[한빛마을] 김철수 기자\n",  # not named as outlets are, unlisted
])
def test_korean_labels_beside_a_reporter_name_no_outlet(raw, private_config):
    assert outlet_of(raw) is None


def test_a_listed_wire_glued_to_the_last_sentence(private_config):
    story = TITLE + "Tokyo, Apr 1: The government named the era on Monday.\nIt starts in May.UNI\n"
    assert outlet_of(story) == "United News of India"
    assert outlet_of(TITLE + BODY.rstrip("\n") + "XYZQ\n") is None  # no listed wire glued


def test_an_outlet_reporting_what_it_learned_itself(private_config):
    assert outlet_of(TITLE + BODY + "NHK has learned that six names were put forward.\n") == "NHK"
    # what others learned or reported names a source; two such outlets leave it unknown
    assert outlet_of(TITLE + BODY + "NHK reported that six names were put forward.\n") is None
    assert outlet_of(TITLE + BODY + "NHK has learned it, and Kyodo News has learned it too.\n") is None


def test_a_digest_pointing_to_its_own_issue(private_config):
    text = TITLE + "Seoul held back from signing on Friday (see GSN, June 27).\nTokyo was disappointed.\n"
    assert outlet_of(text) == "Global Security Newswire"
    cited = TITLE + "Seoul held back on Friday (Jane Roe, New York Times, June 29).\nTokyo was upset.\n"
    assert outlet_of(cited) is None  # a digest's citation of another outlet


def test_an_office_beside_a_release_s_date(private_config):
    release = "協定への署名について\n平成28年11月23日\n防衛省\n1.本日、ソウルにて協定に署名しました。\n"
    assert outlet_of(release) == "防衛省"
    prose = "協定への署名について\n平成28年11月23日\n政府は本日、協定に署名したと発表した。\n"
    assert outlet_of(prose) is None  # a sentence under the date, no office


# From the even half, after its blind figures.

@pytest.mark.parametrize("line, credit", [
    ("Seoul (AFP) Südkorea hat den Besuch scharf kritisiert.", "AFP"),
    ("Tokio (dpa) Japans Regierung hat den Namen bekanntgegeben.", "dpa"),
    ("WASHINGTON (NYTIMES, REUTERS) - The student died on Monday, his family said.", "NYTIMES, REUTERS"),
])
def test_datelines_without_a_dash_or_with_two_credits(line, credit):
    assert read_dateline(line).credit == credit


@pytest.mark.parametrize("line", [
    "Seoul (Korea) Südkorea hat den Besuch kritisiert.",  # a region, no listed wire
    "Seoul (AFP) said nothing more on Friday.",  # no capital after it: a sentence
])
def test_lines_near_the_undashed_dateline_are_none(line):
    assert read_dateline(line) is None


def test_two_credits_in_a_dateline_give_the_first_listed(private_config):
    assert outlet_of(TITLE + "WASHINGTON (NYTIMES, REUTERS) - " + BODY) == "The New York Times"
    assert outlet_of(TITLE + "WASHINGTON (HARBORWIRE, REUTERS) - " + BODY) == "Reuters"


@pytest.mark.parametrize("line, value, rest", [
    ("Record China    2016年10月29日(土) 14時40分", "2016-10-29", "Record China"),
    ("2019.11.22 (금) 10:00", "2019-11-22", ""),
    ("2016年10月29日 星期六", "2016-10-29", ""),
])
def test_an_east_asian_weekday_is_part_of_the_date_line(line, value, rest):
    printed = find_date_line(line)
    assert (printed.value, printed.rest) == (value, rest)  # the site's name alone beside it


def test_a_site_named_before_its_date_in_japanese(private_config):
    page = "協定の締結めざす\n\nRecord China    2016年10月29日(土) 14時40分\n\n韓国政府は協定を年内に結ぶ方針を固めた。\n"
    assert outlet_of(page) == "Record China"



JAPANESE_BODY = "政府は22日、協定を維持すると発表した。\n\n両政府は協議を続ける。\n\n"


@pytest.mark.parametrize("raw, outlet", [
    (JAPANESE_BODY + "韓国政府は協定の維持を決めた。（共同）\n", "Kyodo News"),
    (JAPANESE_BODY + "韓国政府は協定の維持を決めた。(時事)\n", "Jiji Press"),
    ("韩国宣布维持协定。\n\n双方将继续磋商。（来源：新华网）\n", "Xinhua"),
    # a name in the closing brackets that is no listed outlet: a writer, a note
    (JAPANESE_BODY + "韓国政府は協定の維持を決めた。（山田太郎）\n", None),
    (JAPANESE_BODY + "韓国政府は協定の維持を決めた。（注）\n", None),
])
def test_a_wire_credited_in_brackets_closing_an_east_asian_story(raw, outlet, private_config):
    assert outlet_of("Title line here\n\n" + raw) == outlet


# A note naming the one listed wire the story drew on names that wire when nothing names the site (intake round 88,
# session 29: the sets' writers labelled every such page with the wire among its outlets); a report of a wire or two
# wires name none.
@pytest.mark.parametrize("note, outlet", [
    ("(Con información de AFP)", "Agence France-Presse"), ("(Com informações da Reuters)", "Reuters"),
    ("(Reporte de EFE)", None), ("Mit Material von dpa und AFP", None),
])
def test_a_paper_s_note_of_the_wires_it_drew_on(note, outlet, private_config):
    assert outlet_of(TITLE + "\n" + BODY + "\n" + note + "\n") == outlet


STORY = ("South Korea said on Friday it would keep its military intelligence pact with Japan.\n\n"
         "The decision followed weeks of talks between the two governments, the ministry said.\n\n")


@pytest.mark.parametrize("raw, outlet", [
    ("Seoul keeps the pact\n\nBy Jane Roe, AP Diplomatic Writer\n\n" + STORY, "Associated Press"),
    ("Seoul keeps the pact\n\nchinadaily.com.cn | Updated: 2019-11-22 10:15\n\n" + STORY, "China Daily"),
    ("Seoul keeps the pact\n\n" + STORY + "Published in Dawn, November 22nd, 2019\n", "Dawn"),
    # a writer's beat after an unlisted name, a bare "Published on <date>", an unlisted address
    ("Seoul keeps the pact\n\nBy Jane Roe, Harbor Diplomatic Writer\n\n" + STORY, None),
    ("Seoul keeps the pact\n\n" + STORY + "Published on November 22nd, 2019\n", None),
    ("Seoul keeps the pact\n\nharborgazette.com.xy | Updated: 2019-11-22 10:15\n\n" + STORY, None),
])
def test_a_wire_writer_s_beat_a_print_edition_note_and_a_site_s_address_by_its_date(
        raw, outlet, private_config):
    assert outlet_of(raw) == outlet


GERMAN = ("Die Regierung in Seoul hat am Freitag entschieden, das Abkommen mit Japan beizubehalten.\n\n"
          "Die Entscheidung folgte auf wochenlange Gespräche zwischen beiden Regierungen.\n\n")


@pytest.mark.parametrize("raw, outlet", [
    ("Seoul hält am Abkommen fest\n\nLe Monde avec AFP\n\n" + GERMAN, "Le Monde"),
    ("Seoul hält am Abkommen fest\n\n" + GERMAN + "©dpa-infocom, dpa:191122-99-01\n", "Deutsche Presse-Agentur"),
    # a writer with a wire's material names the wire (intake round 88); a photographer's credit: no outlet
    ("Seoul hält am Abkommen fest\n\nJane Roe avec AFP\n\n" + GERMAN, "Agence France-Presse"),
    ("Seoul hält am Abkommen fest\n\nItsuo Inouye/AP\n\n" + GERMAN, None),
])
def test_a_paper_with_a_wire_s_material_and_a_wire_s_feed_copyright(raw, outlet, private_config):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("name, outlet", [
    ("朝日新聞デジタル", "The Asahi Shimbun"), ("日経電子版", "Nikkei"), ("NHKニュース", "NHK"),
    ("KBS 뉴스", "KBS"), ("BBC中文", "BBC News"), ("VOA 한국어", "Voice of America"),
    ("スプートニク日本", "Sputnik"),
    # a word of an edition alone, or after a name no outlet bears
    ("ニュース", None), ("西日本", None), ("Yahoo!ニュース", None),
])
def test_a_site_s_digital_news_or_language_edition_is_its_outlet(name, outlet, private_config):
    assert outlets().named(name) == outlet
