"""What a review of session 16's intake rules (rounds 37 to 39) found, on texts of our own: the
reviewer's inputs as negatives (each gave a wrong outlet or date before), a positive beside each
that the rounds' pages need."""

from __future__ import annotations

import re
from pathlib import Path

from corpus.date_patterns import ANY_WEEKDAY
from corpus.intake.outlets import outlets
from corpus.intake.site_clocks import is_video_stamp
from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY, KO_STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

_KO = "제방 보강 공사 시작\n\n" + KO_STORY * 2 + "{}\n" + KO_STORY
_JA = "堤防の補強工事始まる\n\n" + JA_STORY * 2 + "{}\n" + JA_STORY
_EN = "Valley toll rises\n\n" + EN_STORY * 2 + "{}\n" + EN_STORY


def test_an_interview_or_inquiry_by_another_outlet_is_not_the_pages():
    assert outlet_of(_KO.format("문재인 대통령은 CNN과의 인터뷰에서 한미 동맹이 굳건하다고 말했다.")) is None
    assert outlet_of(_JA.format("首相は米CNNのインタビューに応じ、同盟の重要性を強調した。")) is None
    assert outlet_of(_JA.format("政府高官はロイター通信の取材に対し、協議は続くと述べた。")) is None
    assert outlet_of(_JA.format("NHKの取材によると、工事は来年まで続く。")) is None
    assert outlet_of(_EN.format("The dam gave way at dawn, according to Al Jazeera correspondent Rob McBride.")) is None
    assert outlet_of(_EN.format("Shots were heard, according to BBC correspondent Laura Bicker.")) is None
    # the Korean call stays (Daily NK's page)
    assert outlet_of(_KO.format("한 정보 당국자는 데일리엔케이와의 통화에서 이렇게 말했다.")) == "Daily NK"


def test_an_events_time_of_day_opening_a_chronology_dates_no_page():
    page = "Remembering the day\n\n\n{}\n" + EN_STORY * 2
    assert date_of(page.format("September 11, 2001 8:46 AM EDT American Airlines Flight 11 crashed into the North "
                               "Tower of the World Trade Center as thousands of workers began their day.")) is None
    assert date_of(page.format("November 23, 2010 14:34 KST North Korea fires about 170 artillery shells at "
                               "Yeonpyeong Island and the waters nearby, killing two marines.")) is None
    assert date_of(page.format("June 25, 1950, 04:00 North Korean troops crossed the 38th parallel behind a "
                               "barrage of artillery fire, starting a war.")) is None
    # a wire's lead run on after a video page's stamp, its credit closing it (The Washington Post's page)
    assert date_of(page.format("March 31, 2014 12:43 PM EDT Judges of the top U.N. court told the government to "
                               "stop its hunt in the southern ocean, dismissing its claim that the hunt served science "
                               "rather than the dinner table. (Reuters)")) == "2014-03-31"


def test_an_abbreviation_defined_in_the_last_sentence_is_no_credit():
    story = "Valley toll rises\n\n" + EN_STORY * 3
    assert outlet_of(story + "Two million men served in France with the American Expeditionary Forces (AEF).\n") is None
    assert outlet_of(story + "The case was discussed by the American Society of International Law (ASIL).\n") is None
    assert outlet_of(story + "The review was ordered by the Department of Defense (DOD).\n") is None
    assert outlet_of("Retraites\n\n" + EN_STORY * 3
                     + "Il cotise à la Retraite additionnelle de la fonction publique (RAFP).\n") is None
    # a wire's credit closing the story still credits it
    assert outlet_of(story + "The dam had been inspected in May. (AFP)\n") == "Agence France-Presse"
    assert outlet_of(story + "The dam had been inspected in May. (Yonhap)\n") == "Yonhap"


def test_a_lower_case_label_before_a_common_word_or_under_a_caption_names_no_outlet():
    page = "Valley toll rises\n\n{}\n\n30. Juni 2019, 19:53 Uhr\n\n" + EN_STORY * 3
    for line in ("par Time", "por Vice", "par AEF", "von Welt", "von Stern", "von Insider", "von Express",
                 "von Mint", "von Fortune"):
        assert outlet_of(page.format(line)) is None, line
    assert outlet_of("Inundación en el valle\n\nRescatistas buscan sobrevivientes en el valle.\npor AP\n\n"
                     + EN_STORY * 3) is None
    # a wire's credit under the title stays (nnn.de's page)
    assert outlet_of(page.format("von dpa")) == "Deutsche Presse-Agentur"
    assert outlet_of(page.format("por AP")) == "Associated Press"


def test_a_pension_scheme_and_a_turkish_word_name_no_outlet():
    directory = outlets()
    assert directory.named("RAFP") is None
    assert directory.named_alone("ASIL") is None
    assert outlet_of("Retraites\n\n" + EN_STORY * 2 + "Le régime a versé 2,1 milliards d'euros.\nSource : RAFP\n"
                     + EN_STORY * 2) is None
    assert directory.named("American Society of International Law") == "American Society of International Law"


def test_editors_initials_over_wires_name_dw_only_with_a_german_wire_or_a_second_sign():
    story = "Valley toll rises\n\n" + EN_STORY * 3
    assert outlet_of(story + "ng/jm (AFP, AP)\n") is None
    assert outlet_of(story + "Permalink https://p.dw.com/p/3Sx1a\n\n" + "ng/jm (AFP, AP)\n") == "Deutsche Welle"
    assert outlet_of(story + "Read more in Deutsche Welle's archive\n\n" + "ng/jm (AFP, AP)\n") == "Deutsche Welle"
    # a German wire among them is DW's sign enough (the round's page)
    assert outlet_of(story + "tj/rc (AFP, dpa)\n") == "Deutsche Welle"


def test_a_pages_own_bracketed_stamp_under_its_title_dates_it():
    assert date_of("Valley toll rises\n(Published Wednesday, Oct. 29, 2014)\n\n" + EN_STORY * 3) == "2014-10-29"
    lines = ("Valley toll rises", "(Published Wednesday, Oct. 29, 2014)")
    assert not is_video_stamp(lines[1], lines)
    # under a video's caption, a video's stamp (NBC4 Washington's page)
    lines = ("Valley toll rises", "Aerial tour", "Guard pilots search the valley on Oct. 30.", lines[1])
    assert is_video_stamp(lines[-1], lines)


def test_readability_names_the_weekdays_and_the_full_day_once():
    root = Path(__file__).resolve().parent.parent
    assert "Wednes" not in (root / "corpus/intake/picture_credits.py").read_text()
    assert re.search(ANY_WEEKDAY, "on Thursday")
    assert "len(stamp.value) == 10" not in (root / "corpus/page_dates.py").read_text()
    assert "_dated_verb(sentence: str, verbs: list" not in (root / "index/proposals.py").read_text()
