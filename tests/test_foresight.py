"""A clause that names a thing only foresees it (`corpus.foresight`): said before the name in
English, at the clause's end in Korean and Japanese, by a word before the verb in Chinese."""

from __future__ import annotations

import pytest

from corpus.foresight import only_foresees
from corpus.text_units import sentence_at


def foresees(text: str, name: str) -> bool:
    start = text.index(name)
    return only_foresees(text, sentence_at(text, start, 0, len(text)), start)


@pytest.mark.parametrize("text, name, expected", [
    ("The memorandum would let Tokyo and Seoul share it.", "memorandum", False),  # (after the name)
    ("It would set up a three-way memorandum.", "three-way", True),
    ("The three-way memorandum was signed on Monday.", "three-way", False),
    # a list's comma inside the clause does not end it: the plan at its end still counts
    ("한·미·일 정보공유 약정에는 백 차관과 워크 차관, 니시 차관이 29일 서명할 계획이며, 정보를 주고받는다.",
     "한·미·일", True),
    ("한·미·일 정보공유 약정에 세 나라 차관이 29일 서명했으며, 정보는 미국을 거친다.", "한·미·일", False),
    # ... but a connective ending's comma does: what the next clause plans is not this one's
    ("한·미·일 정보공유 약정은 29일 체결됐고, 훈련은 내년에 열릴 예정이다.", "한·미·일", False),
    ("日米韓の情報共有の取り決めが29日に署名された。", "日米韓", False),
    ("日米韓の情報共有の取り決めを締結する方針だ。", "日米韓", True),
    ("韩美日情报共享协议已于29日签署。", "韩美日", False),
    ("韩美日情报共享协议拟于29日签署。", "韩美日", True),
])
def test_a_clause_that_only_looks_ahead(text, name, expected):
    assert foresees(text, name) is expected
