"""Issue 13's hundred-and-twentieth intake round, on texts of our own: furniture the page prints on a line of its own
that the joining of hard-wrapped lines ran into the paragraph above it ("… 발표했습니다. SBS 뉴스", a reporter's address,
a desk in brackets, "No comments:", a related story's link, a rule of dashes), and two furniture lines joined into one
("スクラップの多い記事 more"). Each positive failed before the round; each negative keeps a line of prose after a
sentence's end joined as before: a sentence ending in a station's name, "… said SBS News.", a copyright in prose."""

from __future__ import annotations

import random

from corpus.cleaning import clean_page
from corpus.intake import furniture
from corpus.page_lines import _RULE_OF_MARKS, join_wrapped
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

# Lines of a page whose every line is short (each a paragraph under 100 characters): read as hard-wrapped text.
KO_LINES = ["해안 마을에 홍수 피해",
            "당국은 구조대가 밤새 작업했으며 사고 원인은 아직 조사 중이라고 밝혔습니다. 피해 규모는 내일 발표됩니다.",
            "주민 2백여 명은 인근 학교로 대피했으며 구호 물품이 전달되고 있다고 당국은 밝혔습니다. 복구에는 한 달이 걸립니다."]
EN_LINES = ["Floods hit coastal towns",
            "Officials said rescue workers had worked through the night and that the cause was unknown.",
            "About two hundred residents were moved to a school nearby, and supplies were on their way."]
JA_LINES = ["沿岸の町で洪水被害",
            "当局によると、救助隊は夜通し作業を続けており、事故の原因はまだ調査中だという。被害の規模は明日発表される見通しだ。",
            "住民約200人が近くの学校に避難し、救援物資が届けられているという。復旧には1か月ほどかかる見込みだという。"]

FURNITURE = [
    # a station's name, a reporter's name and address, a desk, a copyright notice under the story's last sentence
    (KO_LINES, "SBS 뉴스"), (KO_LINES, "김하늘 기자 sky@example.co.kr"), (KO_LINES, "[디지털뉴스국]"),
    (KO_LINES, "박두리 [duri@ytn.co.kr]"), (KO_LINES, "[MBN 뉴스센터 / desk01@mbn.co.kr]"),
    (KO_LINES, "[저작권자(c) YTN 무단전재, 재배포 금지]"),
    # a comment box's label, a wall for members, a related story's link, a rule of dashes
    (EN_LINES, "No comments:"), (EN_LINES, "Related posts"), (EN_LINES, "--"), (EN_LINES, "|"),
    (JA_LINES, "【関連記事】 洪水の町はいま?"),
]

PROSE = [
    # a sentence ending in a station's name, a station's news quoted, a copyright in prose, a date in a sentence
    (KO_LINES, "이 소식은 오늘 저녁 SBS 뉴스"), (EN_LINES, "The mayor's statement was first reported by SBS News."),
    (EN_LINES, "Rescue teams will stay on, an official told SBS News."),
    (EN_LINES, "The copyright on the footage belongs to the city, the mayor said."),
    (EN_LINES, "More than a hundred volunteers came on Monday, November 22."),
    (JA_LINES, "関連記事によると、町は来週にも復旧作業を始める。"),
]


def _page(lines: list[str], line: str) -> tuple[str, ...]:
    return clean_page("\n".join((*lines, line, *lines[1:]))).paragraphs


def test_furniture_printed_under_a_sentence_is_no_passage_s_end():
    for lines, line in FURNITURE:
        paragraphs = _page(lines, line)
        assert not any(line in paragraph for paragraph in paragraphs), line
        assert any(paragraph.endswith(lines[-1]) for paragraph in paragraphs), line  # the prose whole


def test_prose_after_a_sentence_is_joined_as_before():
    for lines, line in PROSE:
        assert not furniture.is_furniture(line), line
        assert any(f"{lines[-1]} {line}" in paragraph for paragraph in _page(lines, line)), line


def test_two_furniture_lines_are_no_paragraph_and_a_mark_alone_only_after_a_sentence():
    joined = join_wrapped(["沿岸の町で洪水被害", "スクラップの多い記事", "more", *JA_LINES[1:]])
    assert "スクラップの多い記事" in joined and "more" in joined
    wrapped = ["Floods hit coastal towns", "The town was flooded on Monday and the roads were closed by the police",
               "--", "the mayor told reporters at the school where two hundred residents stayed."]
    assert join_wrapped(wrapped)[1:] == [" ".join(wrapped[1:])]  # a dash mid-sentence: the sentence's


def _words(count: int, chosen: random.Random) -> str:
    return " ".join("".join(chosen.choice("abcdefghij") for _ in range(5)) for _ in range(count))


def test_hostile_pages_are_joined_quickly():
    chosen = random.Random(120)
    sentences = [_words(9, chosen) + "." for _ in range(2000)]  # ~100 KB of hard-wrapped lines, each asked about
    pages = {"sentences": sentences, "station": ["The pact was signed on Monday.", "SBS 뉴스"] * 2500}
    for name, lines in pages.items():
        assert_runs_quickly(lambda: join_wrapped(lines), what=name, forget=furniture._short_furniture.cache_clear)
    assert_each_reads_quickly([_RULE_OF_MARKS], "-" * 100_000 + "\n" + "|" * 100_000)


def test_an_address_kept_apart_under_a_short_copied_story_names_its_source_not_its_day():
    from tests.test_intake_hundred_fourteenth_round import KO_LINES, NEW_DAILY
    from tests.test_intake_thirty_third_round import described
    known = described(KO_LINES.format(NEW_DAILY + "\n"))
    assert (known["outlet"], known["date"]) == ("New Daily", None)  # (the address's day is the copied story's)
