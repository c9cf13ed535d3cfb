"""Issue 13's hundred-and-thirteenth intake round, on texts of our own: a broadcaster's lines around a story (a
reporter's sign-off and the anchor's hand-off as Korean news read on air prints them, a tip box and its marked
contact lines, a player's duration beside its label, its source or a clip's title, a link to a video by "Watch:", a
pitch to subscribe to the channel, the podcast or the paper). A positive failed before the round; a negative beside
it keeps a story's sentence with the same words: a reporter named in a sentence, a duration or a time in prose, a
story that mentions watching, a tip the police ask for."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.broadcast_lines import _FORMS, is_broadcast_line
from corpus.intake.east_asian_widgets import _TIP_BOX
from corpus.intake.furniture import is_furniture
from tests.hostile_timing import assert_runs_quickly

TITLE = "Floods hit coastal towns\n\n"
STORY = ("Officials said rescue workers had worked through the night and that the cause of the accident was still "
         "under investigation, with more details expected next week.\n\n")
KO_TITLE = "해안 마을에 홍수 피해\n\n"
KO_STORY = "당국은 구조대가 밤새 작업했으며 사고 원인은 아직 조사 중이라고 밝혔다. 자세한 내용은 다음 주에 발표될 예정이다.\n\n"

FURNITURE = [
    # a reporter's sign-off, the anchor's hand-off
    "KBS 뉴스 김하늘입니다.", "mbn뉴스 박두리입니다.", "YTN 이세찬[seachan@example.co.kr]입니다.", "채널A 정다운입니다.",
    "먼저 최한결 기자입니다.", "박두리 기자의 보도입니다.", "김하늘 기자가 전합니다.", "이세찬 특파원이 보도합니다.",
    # a tip box and its marked contact lines
    "■ 제보하기", "▷ 카카오톡 @abc제보", "▷ 카카오톡 : 'ABC제보' 검색", "기사제보",
    "▷ 전화 : 02-123-4567, 4444", "▷ 이메일 : tips",
    # a transcript's speaker marks alone, in other brackets or before a colon
    "<앵커 멘트>", "◀ 앵커 ▶", "◀ 리포트 ▶", "<기자 멘트>", "(ANCHOR)", "ANCHOR:", "Anchor:",
    # a player's duration beside its label, its source or a clip's title
    "Listen · 3:50", "Watch 2:35", "Duration: 02:35", "01:54 - Source: CNN", "Floods hit coastal towns 00:32",
    "How will the towns rebuild? 02:42", "재생시간 01:57 해안 마을에 홍수 피해", "해안 마을에 홍수 피해 02:35",
    "Floods hit coastal towns 2:42",
    # a link to a video by its label
    "WATCH: Coast guard turns water cannon on a fishing boat", "Watch: Japan's struggle with an aging society",
    # a pitch to subscribe to the channel, the podcast or the paper
    "Subscribe FLOOD WATCH YouTube channel:", "Click to subscribe to the Coast Daily wherever you get your podcasts",
    "Subscribe now and receive FREE coast plan for 1 month.", "▣ ABC 유튜브 채널 구독 : @abcnews",
    "항상 시민과 함께하겠습니다. 해안일보 구독신청 하기",
]


@pytest.mark.parametrize("line", FURNITURE, ids=range(len(FURNITURE)))
def test_a_broadcaster_s_line_is_no_passage(line):
    assert is_furniture(line)
    title, story = (KO_TITLE, KO_STORY) if any("가" <= c <= "힣" for c in line) else (TITLE, STORY)
    page = clean_page(title + story * 2 + line + "\n\n" + story)
    assert line not in page.paragraphs


PROSE = [
    # a reporter or a station named in a sentence
    "그는 기자입니다.", "저는 기자입니다.", "최한결 기자는 현장에서 주민들을 만났습니다.", "KBS 뉴스에 따르면 피해는 더 늘었다.",
    "김하늘 기자가 현장에서 주민들과 이야기를 나눴습니다.", "IT 강국의 기자들이 모였습니다.",
    "ANCHOR: Good evening, the floods have reached the coast.", "<앵커 멘트> 오늘 정부는 협정에 서명했습니다.",
    # a tip the police ask for, a phone in a sentence
    "경찰은 시민들의 제보를 기다린다고 밝혔다.", "제보를 받은 경찰이 현장에 출동했습니다.", "전화로 제보한 주민은 모두 세 명이었다.",
    "▷ 전화 : 주민들은 밤새 전화를 걸었다.", "기사제보를 한 주민은 모두 세 명이었다.",
    # a duration or a time in prose, a list's time of day
    "The talks resumed at 9:30", "The rescue began on Monday at 4:15", "He ran the mile in 4:05.",
    "Tokyo to watch Seoul's response November 22 5:08", "20:16 Close to 60% of ballots are now in and No leads.",
    "최종 판결은 오전 9:30", "Rescuers found him in 3:20 flat, officials said.",
    # a verse, a score or a time of day after a word or two, no running time's leading zero (review of session 36)
    "John 3:16", "Final 2:10", "Press briefing 9:30",
    # a story that mentions watching or subscribing
    "Watch out for the next storm, the mayor told residents.", "Residents watched the water rise until 2:35",
    "Subscribers to the service were told on Monday. The service resumed.",
    "WATCH: the mayor said the town will be rebuilt. It was flooded.",
]


@pytest.mark.parametrize("line", PROSE, ids=range(len(PROSE)))
def test_prose_with_the_same_words_stays(line):
    assert not is_broadcast_line(line) and not _TIP_BOX.match(line)


def test_a_sentence_naming_the_reporter_stays_a_passage_on_the_page():
    sentence = "최한결 기자는 현장에서 주민들을 만나 피해 상황을 들었습니다."
    page = clean_page(KO_TITLE + KO_STORY * 2 + sentence + "\n\n" + KO_STORY)
    assert sentence in page.paragraphs


HOSTILE = {
    "spaces": " " * 100_000, "a word repeated": "KBS 뉴스 " * 12_000, "tips": "제보 " * 30_000,
    "durations": "1:23 " * 20_000, "watch links": "WATCH: " * 14_000, "subscribe": "subscribe " * 10_000,
    "control characters": "\x00\x07\x1b" * 30_000, "hangul": "가" * 100_000, "open brackets": "YTN 김철수[" * 10_000,
    "a long title": "Floods " * 14_000 + "02:35",
}


@pytest.mark.parametrize("hostile", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_lines_are_cheap(hostile):
    def read() -> None:
        is_broadcast_line(hostile)
        is_broadcast_line(hostile[:160])  # (the longest line the forms read)
        _FORMS.fullmatch(hostile)  # (the patterns themselves, past the functions' bounds)
        _TIP_BOX.match(hostile)
    assert_runs_quickly(read)
