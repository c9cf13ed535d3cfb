"""Furniture printed on the same line as a paragraph, at its start or end, cut off the paragraph's edge.

A copied page prints some of its furniture on the line of the prose it follows: a table's bar ("… 中。 |"), a
credit or sign-off after the last sentence ("… 発射した。(c)AFP", "… 밝혔습니다. KBS 뉴스 김문영입니다.",
"… on Sunday. [JOINT PRESS CORPS]"), a reporter's address ("… 사진/뉴시스 박진아 기자 toyouja@etomato.com"). Only
what is furniture by itself is cut (`furniture.is_furniture`, the rules that drop such a line alone), and only after
a whole sentence: the prose stays whole. The stored passages are cut, not the cleaned page the outlet and date
readers read (a closing credit may name the outlet).
"""

from __future__ import annotations

import re

from corpus.intake import furniture

# A sentence's end, then the line's tail: a stop after a word of two letters or more or a closing bracket or quote
# ("U.S.", "Dr." and "Sept." stop nothing: their word is one capital, or a month's or title's short form), then a
# space, then a tail that opens on no digit nor lower-case letter ("Sept. 30", "Nov. 9" are dates in the sentence).
_SENTENCE_THEN_TAIL = re.compile(
    r"(?<![A-Z]\.)(?<!\b[A-Z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen|Col|Mrs|Rep|Sen|Gov))"
    r"(?<!\bSept)(?<!\b(?:No|Mr|Ms|Dr|Jr|Sr|St|Lt|vs|Co))"
    r"(?:(?<=[^\W\d_]{2})|(?<=[)\]\"'”’」』]))(?:[.!?]+[\"'”’」』)]*\s+|[。！？]+[\"'”’」』)]*\s*)(?=[^\d\sa-z])"
)
# A reporter's name and address after a sentence's end or a picture's credit, Korean: "… 사진/뉴시스 박진아 기자
# toyouja@etomato.com" (not "… 알린 사람은 김하늘 기자 sky@…": the sentence's).
_REPORTER_ADDRESS = re.compile(
    r"(?:[.。!?)\]>\"”]|[/=][^\s/=]{1,12})"
    r"(?P<address>\s[가-힣]{2,4} ?기자\s+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})$")
# A tail that ends a sentence and holds a clause's word is the story's ("Copyright law was changed in 2016.",
# "Photo: the ministry released it.", "Follow the ministry on Twitter, he said."); a sign-off holds none ("Read more.",
# "NPR's Anthony Kuhn reports from Seoul.").
_CLAUSE_WORD = re.compile(r"\b(?i:is|are|was|were|has|have|had|will|would|said|says|told|the)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?$")
_LONGEST_TAIL = 120  # characters: the longest sign-off or credit read (~90), well short of a sentence run on
_TAIL_WINDOW = _LONGEST_TAIL + 8
_MOST_TAILS = 3  # "… last sentence. Read more. Share this." : a few pieces of furniture in a row


def without_edge_furniture(paragraph: str) -> str:
    """`paragraph` without the furniture printed at its edges; the paragraph unchanged when none is there."""
    text = _without_bars(paragraph)
    if not text:
        return text
    if address := _REPORTER_ADDRESS.search(text[-200:]):
        text = text[:len(text) - len(address["address"])]
    for _ in range(_MOST_TAILS):
        shorter = _without_closing_tail(text)
        if shorter == text:
            break
        text = shorter
    return text


def _without_bars(text: str) -> str:
    """A table's cell bars cut off the line's edges, each run after or before a space: "… (Yonhap) |", "| … | |" (not
    "a|b")."""
    end = text.rstrip("| ")
    if end != text.rstrip() and text[len(end)] == " ":
        text = end
    start = text.lstrip("| ")
    if start != text.lstrip() and text[len(text) - len(start) - 1] == " ":
        text = start
    return text if text.strip("| ") else ""


def _without_closing_tail(text: str) -> str:
    start = len(text) - min(len(text), _TAIL_WINDOW)
    ends = [found.end() for found in _SENTENCE_THEN_TAIL.finditer(text, start)]
    if not ends or ends[-1] < len(text) - _LONGEST_TAIL or ends[-1] == len(text):
        return text
    tail = text[ends[-1]:]
    return text[:ends[-1]].rstrip() if _tail_is_furniture(tail) else text


def _tail_is_furniture(tail: str) -> bool:
    if _SENTENCE_END.search(tail) and _CLAUSE_WORD.search(tail):
        return False
    return furniture.is_furniture(tail)
