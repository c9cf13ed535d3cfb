"""Japanese spaced out word by word, as learners' readers and some transcripts print it ("韓国 の 政府 は
この GSOMIA を やめる こと に した と 発表 しました"): the wordings of happenings, written for
Japanese as it is printed (its words run together), are found in the text with those spaces closed,
and given back as matches of the text as printed. Pure standard library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

_KANA_OR_KANJI = r"[\u3040-\u30ff\u4e00-\u9fff]"
# One space between two kana or kanji: no Japanese prints one there, but a reader spacing its words
_GAP = re.compile(rf"(?<={_KANA_OR_KANJI}) (?={_KANA_OR_KANJI})")
# ... and a text is spaced out when it has many such gaps (not one name "金 正恩" in an English text)
FEWEST_GAPS = 8
# ... and a hostile text ("署 名 し た " 5,000 times) is read for this many of each wording at most
MOST_MATCHES = 200


def closed_up(text: str) -> tuple[str, list[int]] | None:
    """The text with the spaces between its Japanese words closed, and where each of its characters
    stands in `text`; None when the text is not Japanese spaced out word by word."""
    gaps = {match.start() for match in _GAP.finditer(text)}
    if len(gaps) < FEWEST_GAPS:
        return None
    where = [at for at in range(len(text)) if at not in gaps]
    return "".join(text[at] for at in where), where


def spaced_matches(pattern: re.Pattern[str], text: str, closed: tuple[str, list[int]] | None
                   ) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in the closed-up text `closed` (from `closed_up(text)`) that span a
    closed gap, as matches of `text` itself (those that span none are found in `text` as it is)."""
    if closed is None:
        return
    squeezed, where = closed
    for match in islice(pattern.finditer(squeezed), MOST_MATCHES):
        if match.end() == match.start():
            continue
        start, end = where[match.start()], where[match.end() - 1] + 1
        if end - start == match.end() - match.start():
            continue  # no gap inside: found in the text as printed
        spaced = re.compile(" ?".join(re.escape(character) for character in match.group()))
        again = spaced.match(text, start, end)
        if again is not None and again.end() == end:
            yield again
