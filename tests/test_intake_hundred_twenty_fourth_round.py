"""Issue 13's hundred-and-twenty-fourth intake round, on texts of our own: furniture printed on the same line as the
story's prose, at its end or start (a table's bar, an agency's sign-off, a credit in brackets, a reporter's address, a
broadcaster's sign-off, "Read more."), cut off the stored passage with the prose whole; the outlet and date readers
still read the line as printed. Each positive failed before the round; each negative keeps the line whole: a sentence
ending in a station's name, "… said SBS News.", "copyright" in prose, "Read more" in a quote, a date after "Sept."."""

from __future__ import annotations

import random

from corpus.intake import edge_furniture, furniture
from corpus.intake.edge_furniture import without_edge_furniture
from corpus.loader import article_from_raw
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

EN = "Officials said rescue workers had worked through the night and that the cause was still unknown."
KO = "당국은 구조대가 밤새 작업했으며 사고 원인은 아직 조사 중이라고 밝혔습니다."
JA = "当局によると、救助隊は夜通し作業を続けており、事故の原因はまだ調査中だという。"
ZH = "消防局主任秘书表示,救援工作仍在进行,失踪人数还在掌握中。"

CUT = [  # (the line as printed, what stays)
    (f"{ZH} |", ZH), (f"| {EN} | |", EN), (f"{JA}(c)AFP", JA), (f"{JA}(C)時事通信社", JA), (f"{ZH}(完)", ZH),
    (f"{EN} (Reporting by Jane Roe; Editing by John Doe)", EN), (f"{EN} [JOINT PRESS CORPS]", EN),
    (f"{EN} (Source: Reuters)", EN), (f"{EN} Read more.", EN), (f"{EN} Read more. Share this post!", EN),
    (f"{EN} NPR's Jane Roe reports from Seoul.", EN), (f"{KO} KBS 뉴스 김하늘입니다.", KO),
    (f"{KO} 사진/뉴시스 김하늘 기자 sky@example.co.kr", f"{KO} 사진/뉴시스"), (f"{EN} EFE-EPA", EN),
]

KEPT = [  # prose that ends like furniture, or furniture after no whole sentence
    f"{KO} 이 소식은 오늘 저녁 SBS 뉴스", f"{EN} The statement was first reported by SBS News.",
    f"{EN} Rescue teams will stay on, an official told SBS News.",
    f"{EN} Copyright law was changed in 2016.", f"{EN} Copyright holders sued the city over the footage.",
    f"{EN} Photo: the ministry released it.", f"{EN} Follow the ministry on Twitter for updates, he said.",
    f'{EN} He said: "Read more." Then he left.', f'{EN} "Read more," the sign said.',
    "The talks resumed on Oct. 27. [Korea Herald]", "It was signed on Sept. 30", "He met the U.S. AP", "a|b", "|a",
    "당국에 처음 알린 사람은 김하늘 기자 sky@example.co.kr", "Read more (Source: Reuters)",
]


def test_furniture_printed_on_a_line_of_prose_is_cut_and_the_prose_kept_whole():
    for printed, kept in CUT:
        assert without_edge_furniture(printed) == kept, printed


def test_prose_ending_like_furniture_is_kept_whole():
    for printed in KEPT:
        assert without_edge_furniture(printed) == printed, printed


def test_the_passages_lose_the_sign_off_and_the_readers_still_read_it():
    raw = f"Floods hit coastal towns\n\n{EN}\n\nAbout two hundred residents were moved to a school. EFE-EPA\n"
    article = article_from_raw(raw, {}, "test.txt")
    assert [passage.text for passage in article.passages][-1] == "About two hundred residents were moved to a school."
    assert "EFE-EPA" in article.raw_text


def _words(count: int, chosen: random.Random) -> str:
    return " ".join("".join(chosen.choice("abcdefghij") for _ in range(5)) for _ in range(count))


def test_hostile_lines_are_read_quickly():
    chosen = random.Random(124)
    texts = {"sentences": " ".join(_words(9, chosen) + "." for _ in range(2000)),
             "stops": "Ab. " * 25_000, "bars": "a" + " |" * 50_000 + " a", "cjk stops": "。" * 100_000,
             "address": "김하늘 기자 " * 10_000 + "a" * 50_000 + "@" + ".a" * 20_000}
    for name, text in texts.items():
        assert_runs_quickly(lambda: without_edge_furniture(text), what=name,
                            forget=furniture._short_furniture.cache_clear)
    assert_each_reads_quickly([edge_furniture._SENTENCE_THEN_TAIL,
                               edge_furniture._REPORTER_ADDRESS, edge_furniture._CLAUSE_WORD],
                              "Ab. " * 10_000 + " |" * 20_000 + "기자 a@" * 5_000 + "/a" * 10_000)
