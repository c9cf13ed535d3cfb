"""What a review of rounds 40b, 41 and session 16's fixes found, on texts of our own: the reviewer's
probes as negatives (each gave a wrong outlet or date before), a positive beside each that keeps
the rule's purpose."""

from __future__ import annotations

from corpus.intake.credits import byline_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.outlets import outlets
from corpus.intake.own_mentions import self_promotion_credit
from tests.test_intake_thirty_fifth_round import EN_STORY, KO_STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

EN3 = EN_STORY * 3


def test_a_tip_line_quoted_in_a_story_names_no_outlet():
    page = "방송사 제보 안내 문구 논란\n\n" + (KO_STORY + "\n") * 3 + "{}\n\n▷ 전화 02-784-4000\n"
    assert outlet_of(page.format("\"KBS는 24시간 여러분의 제보를 기다립니다\"라는 안내 문구가 화면 하단에 나갔다.")) is None
    directory = outlets()
    assert self_promotion_credit(("‘MBC는 여러분의 제보를 기다립니다’ 캠페인",), directory) is None
    # the real tip line, with or without its bullet and "독자" (one pattern with the tip box now)
    assert outlet_of(page.format("MBC 뉴스는 24시간 여러분의 제보를 기다립니다.")) == "MBC"
    assert self_promotion_credit(("• KBS는 시청자 여러분의 소중한 제보를 기다립니다.",), directory) == "KBS"
    assert self_promotion_credit(("조선일보는 독자 여러분의 제보를 기다립니다.",), directory) == "The Chosun Ilbo"


def test_a_subscription_quoted_in_a_sentence_names_no_outlet():
    quoted = "구독 이야기\n\n" + KO_STORY * 7 + "그는 \"구독을 끊었다가 다시 했다. 동아일보 구독신청\n"
    assert outlet_of(quoted) is None
    # the footer, on its own line or glued after the footer's sentence
    page = "구독 이야기\n\n" + KO_STORY * 7 + "{}\n"
    assert outlet_of(page.format("항상 시민과 함께하겠습니다. 한겨레 구독신청 하기")) == "The Hankyoreh"
    assert self_promotion_credit(("한겨레 구독신청 하기",), outlets()) == "The Hankyoreh"


def test_a_date_beside_another_sites_address_is_not_the_pages():
    page = "Valley dam holds\n\n{}\n\n" + EN3
    for line in ("Archived 2016-11-23 | www.kcna.kp", "Page updated 2016-11-23 | www.nato.int",
                 "Accessed 2016-11-23, www.mod.gov.kp", "Hearing 2016-11-23 | www.supcourt.ru",
                 "Archived 2016-11-23 | www.kcna.kr", "Accessed 2016-11-23, www.nato.org"):
        assert date_of(page.format(line)) is None, line
    # Trend's header line: a date, a clock, the address and a counter
    assert date_of(page.format("2017-05-07 22:41 | www.trend.az | 1")) == "2017-05-07"
    assert date_of(page.format("2017-05-07 22:41 | www.example.com")) == "2017-05-07"


def test_a_chronology_citing_its_sources_dates_no_page():
    page = ("Korea crisis timeline\n\n"
            "November 23, 2010 2:34 PM KST North Korean artillery shells Yeonpyeong Island, killing two marines, "
            "the worst attack on South Korean soil since the war ended in an armistice. (Yonhap)\n\n"
            "November 24, 2010 9:10 AM KST Seoul says it will reinforce its troops on the five border islands "
            "after the shelling of the day before. (Reuters)\n\n" + EN3)
    assert date_of(page) is None
    # a video page's stamp, one such line (The Washington Post's)
    single = ("Court rules on whaling\n\nMarch 31, 2014 12:43 PM EDT Judges of the top U.N. court ordered Japan "
              "on Monday to halt its whaling programme in the Antarctic, ruling it was not for science. (Reuters)"
              "\n\n" + EN3)
    assert date_of(single) == "2014-03-31"


def test_deutsche_welle_told_in_a_sentence_is_no_second_sign():
    story = "Valley dam holds\n\n" + EN3
    for told in ("The minister told Deutsche Welle on Monday the dam would hold.",
                 "Rescuers said, according to Deutsche Welle, that the dam held."):
        assert outlet_of(story + told + "\nng/jm (AFP, AP)\n") is None
    # a real DW closing: its address, its archive, its copyright
    assert outlet_of(story + "Permalink https://p.dw.com/p/3Sx1a\n\n" + "ng/jm (AFP, AP)\n") == "Deutsche Welle"
    assert outlet_of(story + "ng/jm (AFP, AP)\n© 2019 Deutsche Welle\n") == "Deutsche Welle"


def test_a_speaker_quoted_in_german_or_nordic_marks_is_no_colon_credit():
    tail = "\n\n" + EN3
    assert outlet_of("Damm hält\n\ndpa: „Der Damm hat gehalten“, sagten die Behörden am Montag nach der "
                     "Explosion im Tal." + tail) is None
    assert outlet_of("Damm hält\n\ndpa: »Der Damm hat gehalten«, sagten die Behörden am Montag nach der "
                     "Explosion im Tal." + tail) is None
    assert outlet_of("Pact ends\n\nCNN: Minister, why did Seoul decide to end the intelligence pact with "
                     "Tokyo this week?" + tail) is None
    # a real colon credit
    assert outlet_of("Dam holds\n\nXinhua: North Korea said on Monday the dam in the valley had held after the "
                     "blast, officials said." + tail) == "Xinhua"


def test_a_title_case_line_opening_with_by_is_no_byline():
    directory = outlets()
    for line in ("By The End Of The Week", "By The Light Of The Sun", "By Popular Demand: Another Year Of Time",
                 "By Land And By Sea With The Economist",
                 "By The Numbers: What Seoul Gave Up In The Deal With Tokyo Says The Diplomat"):
        assert byline_credit(line, directory) is None, line
    # a real byline closing on its outlet
    assert byline_credit("By Jane Roe Kim The Economist", directory) == "The Economist"


def test_a_dateline_with_a_chapter_between_is_no_kazinform_form():
    story = " Water surrounded two estates in the valley on Monday, officials said."
    assert read_dateline("LONDON. Chapter 11. AP" + story) is None or \
        read_dateline("LONDON. Chapter 11. AP" + story).credit is None
    assert read_dateline("BANGKOK. November 8. KAZINFORM" + story).credit == "KAZINFORM"
