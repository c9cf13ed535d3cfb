"""Issue 13's hundred-and-eighteenth intake round, on texts of our own: more of a broadcaster's lines around a story
(the anchor's hand-off "보도에 … 기자입니다." and from a place, a live page's label, a channel's counters of subscribers,
an advertisement's "AD", a site's statement that it uses cookies). Each positive failed before the round; each
negative keeps a story's sentence with the same words: a report cited, a reporter met, a story about live updates, a
channel's subscribers counted in a sentence, a speaker's name opening a quoted sentence, a company quoted on cookies."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake import chrome_lines, furniture, page_markers
from corpus.intake.broadcast_lines import _FORMS, is_broadcast_line
from corpus.intake.furniture import is_furniture
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_hundred_thirteenth_round import KO_STORY, KO_TITLE, STORY, TITLE  # (a page of our own)


FURNITURE = [
    # the anchor's hand-off to the reporter, after "보도에" or from where the reporter files
    "보도에 김하늘 기자입니다.", "부산에서 박두리 기자가 전합니다.", "워싱턴에서 이세찬 특파원이 보도합니다.",
    # a live page's label alone
    "Live updates", "LIVE UPDATES:", "Live blog",
    # a channel's counters of subscribers or followers
    "구독 4,120,000", "팔로워 361,000", "구독자 1,234명", "12,000 subscribers", "Followers: 980",
    # an advertisement's slot
    "AD",
    # the site's statement that it uses cookies, with no word of consent
    "We use cookies to improve our service for you. You can find more information in our privacy statement.",
    "This website uses cookies and other technology to enhance the quality of service.",
    "This site uses cookies to store information on your computer.",
]

PROSE = [
    # a report cited, a reporter met or working in a place
    "보도에 따르면 김하늘 기자가 현장을 찾았습니다.", "서울에서 근무한 기자입니다.", "현장에서 박두리 기자가 주민들을 만났습니다.",
    "그는 부산에서 박두리 기자를 만났다.",
    # live updates, a programme or watching in a story; a live page's own title; a time in prose
    "Live updates were posted every hour by the council.", "Live updates: Floods hit coastal towns",
    "Viewers watched the programme News Today until 9:30 on Monday.", "The briefing began at 9:30 and ended at 10:15.",
    # subscribers counted in a sentence
    "구독자 수가 100만 명을 넘었다.", "The channel has 4,760,000 subscribers.",
    # a speaker's name opening a quoted sentence
    '이세찬: "협정은 오늘 서명됩니다."', 'Kim Ha-neul: "The towns will be rebuilt."',
    # an advertisement in a sentence
    "AD 2019", "Ad", "AD Ports signed the deal on Monday.",
    # a company quoted on cookies
    "Facebook uses cookies to track users across the web, regulators said.",
    "We use cookies sparingly, the minister said, and never to track readers.", '"We use cookies," the company said.',
]


def test_a_broadcaster_s_line_is_no_passage():
    for line in FURNITURE:
        assert is_furniture(line), line
        title, story = (KO_TITLE, KO_STORY) if any("가" <= c <= "힣" for c in line) else (TITLE, STORY)
        page = clean_page(title + story * 2 + line + "\n\n" + story)
        assert line not in page.paragraphs, line


def test_prose_with_the_same_words_stays():
    for line in PROSE:
        assert not is_furniture(line), line
    sentence = "보도에 따르면 김하늘 기자가 현장을 찾아 주민들을 만났습니다."
    assert sentence in clean_page(KO_TITLE + KO_STORY * 2 + sentence + "\n\n" + KO_STORY).paragraphs


HOSTILE = {
    "spaces": " " * 100_000, "hangul": "가" * 100_000, "hand-offs": "보도에 김하늘 " * 12_000,
    "places": "서울에서 " * 20_000, "live": "live " * 20_000, "counters": "구독 " + "1," * 50_000,
    "cookies": "We use cookies " * 7_000, "capitals": "AD" * 50_000, "control characters": "\x00\x07\x1b" * 30_000,
}


def test_hostile_lines_are_cheap():
    for name, hostile in HOSTILE.items():
        def read() -> None:
            is_broadcast_line(hostile[:160])  # (the longest line the forms read)
            chrome_lines.is_chrome_line(hostile)
            page_markers.is_page_marker(hostile)
            _FORMS.fullmatch(hostile)  # (the patterns themselves, past the functions' bounds)
            chrome_lines._COUNTER.match(hostile)
            page_markers._PAGE_MARKER.fullmatch(hostile)
            furniture._READER_PROMPT.match(hostile)
        assert_runs_quickly(read, what=name)
