"""Issue 13's eighty-third intake round, on texts of our own: a page's markers alone on a line are no passage:
a bracketed picture's or editor's credit ("(사진=연합뉴스)", "(责编:王丽)"), a picture's file name or a site's id
("ferry_pier.jpg", "420_5be1f7c2a9d04e6b8f3a17c0d2e9b4a6"), a gallery's counter ("1 of 10"), who wrote, translated or
filmed it ("Translated by Mina Seo", "Video provided by Harbour TV") and a link to the previous or next story
("上一篇:…", "이전 1 다음"). A positive failed before the round; a negative beside it keeps a prose line of the same
words, and a wire's bare credit ("(Yonhap)", "(Via Harbour Press & Reuters)"), which the outlet's reading takes from
the passages."""

from __future__ import annotations

import pytest

from corpus.intake.page_markers import _PAGE_MARKER, is_page_marker
from tests.test_intake_seventy_fifth_round import PAGES, _kept
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize(("line", "language"), [
    ("(照片:港务局)", "zh"), ("(Screengrab: Harbour TV)", "en"), ("(责编:王丽、陈明)", "zh"),
    ("(图片:港务局)", "zh"), ("(사진=연합뉴스)", "ko"), ("(港湾新聞社提供)", "ja"),
])
def test_a_bracketed_picture_or_editor_credit_alone_is_no_passage(line, language):
    assert not _kept(line, *PAGES[language])


@pytest.mark.parametrize(("line", "language"), [
    ("(The ferry operator later denied the report.)", "en"),  # a sentence in brackets
    ("(The port authority had warned of delays for months, and the operators agreed to the new timetable)", "en"),
    ("(港湾局は15日、新しいダイヤを発表した。)", "ja"),
    ("(Yonhap)", "en"), ("(路透社)", "zh"), ("(Via Harbour Press & Reuters)", "en"),  # the story's credit: the outlet's
])
def test_a_sentence_or_the_storys_credit_in_brackets_stays(line, language):
    assert _kept(line, *PAGES[language])


@pytest.mark.parametrize("line", [
    "ferry_pier.jpg", "harbour-view-2016.PNG", "420_5be1f7c2a9d04e6b8f3a17c0d2e9b4a6", "RTX4K2P9_q7hzse",
    "1 of 10", "1 / 30", "(Page 2 of 2)",
])
def test_a_pictures_file_name_a_sites_id_or_a_galleries_counter_is_no_passage(line):
    assert not _kept(line)


@pytest.mark.parametrize(("line", "language"), [
    ("Passengers boarded the 10:30 ferry.jpg files were not shown.", "en"),  # a name inside prose
    ("The ferries carried 1 of 10 passengers who had booked.", "en"),
    ("港务局15日表示,渡轮将从3月起实行新的时刻表。", "zh"),  # one token of letters and digits, not ASCII
    ("Interchangeability", "en"),  # one long word without a digit
    ("10 / 300", "en"),  # a comment box's count of characters (round 20), not a gallery's
])
def test_prose_naming_a_file_or_a_count_stays(line, language):
    assert _kept(line, *PAGES[language])


@pytest.mark.parametrize("line", [
    "Translated by Mina Seo", "Translated and edited by Lin Wei", "Written by: Tom Harbour", "Edited by Jun Park",
    "Video provided by Harbour TV", "Video produced by Kim Da-eun", "*Writing by Ahmet Kaya", "Photo via KCNA",
    "Reporting by Tom Kell and Bill Mallory; editing by Jane Neely",
])
def test_who_wrote_translated_or_filmed_it_alone_is_no_passage(line):
    assert not _kept(line)


@pytest.mark.parametrize("line", [
    "Translated by the ministry, the note reached the ferry operators on Monday.",  # a sentence, closed
    "Reported by the harbour master, the delay was the longest of the winter.",
    "edited by hand",  # no name after it
])
def test_a_sentence_opening_on_a_credits_words_stays(line):
    assert _kept(line)


@pytest.mark.parametrize(("line", "language"), [
    ("上一篇:港口渡轮调整冬季航线", "zh"), ("下一篇:渡轮票价下月调整", "zh"), ("上一页 1 2 下一页", "zh"),
    ("이전 1 다음", "ko"), ("Previous Post Next Post", "en"),
])
def test_a_link_to_the_previous_or_next_story_is_no_passage(line, language):
    assert not _kept(line, *PAGES[language])


@pytest.mark.parametrize(("line", "language"), [
    ("上一篇报道提到的航线将在下月恢复。", "zh"),  # "the previous report": prose
    ("이전 정부는 겨울 노선을 줄였다고 항만청은 설명했다.", "ko"),  # "the previous government": prose
    ("The previous post at the pier was closed, and the next post opened in March.", "en"),
])
def test_prose_opening_on_previous_or_next_stays(line, language):
    assert _kept(line, *PAGES[language])


@pytest.mark.parametrize("hostile", [
    " " * 50_000, "(" * 20_000, "(a" * 20_000 + ")", "a1_" * 20_000, "Translated by " + "Ab " * 20_000,
    "上一篇:" + "港" * 50_000, "이전 " + "1 " * 20_000, "word " * 20_000,
], ids=range(8))
def test_hostile_lines_are_answered_at_once(hostile):
    def read() -> None:
        is_page_marker(hostile)
        _PAGE_MARKER.fullmatch(hostile.strip())  # the pattern itself, past the length its function asks it about
    assert_runs_quickly(read)
