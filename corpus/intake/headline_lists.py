"""A list of the site's other stories, each a dashed headline on its own line: "- Trump picks Pam Bondi for attorney
general", "- Why Cell Phone Reception Is Getting Worse", "- 기사 전체 보기". Three or more such lines in a row (blank
lines between them passed) are the site's list, not the article. A dashed line holding a sentence's stop is prose
("- Seoul said it would end the pact.", "- 韓国政府は…発表した。"), and one or two dashed lines are a story's subheads or
quoted words ("– Ikke menneskelig svikt"): they stay. A dashed line holding a year, a time or a day is a date row under
the title ("- Posted on December 17, 2024", "- By CNN", "- 3 Views") or a dated source: no headline of a list.

    >>> lines = ["- Trump picks a new envoy", "", "- Six tourists dead in Laos", "- Markets close higher"]
    >>> [is_headline_list_item(lines, at) for at in range(len(lines))]
    [True, False, True, True]
    >>> is_headline_list_item(["- Seoul ends the pact", "Seoul said on Thursday it would end the pact."], 0)
    False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RUN = 3  # items in a row that make a list
_BLANKS_PASSED = 2  # blank lines between two items of one list
# A dash, then a headline: no sentence's stop inside it or closing it, at most 140 characters.
_ITEM = re.compile(r"^[-–]\s+(?=\S)(?!.*[.!?。！？]\s)[^\n]{3,140}(?<![.!?。！？:;,])$")
# A year, a time or a day: a dashed line holding one is the page's date row ("- Posted on December 17, 2024",
# "- 2020-05-12 21:10") or a dated source ("- orf.at: „…“ (15.09.2008, 07:00 Uhr)"), read for the date: no headline.
_DATED = re.compile(r"(?:19|20)\d\d|\d:\d\d|\d\s*(?:年|月|日|년|월|일)")


def is_headline_list_item(lines: Sequence[str], at: int) -> bool:
    """Whether `lines[at]` is a dashed headline with at least two more above or below it, in a row."""
    if not _is_item(lines[at]):
        return False
    above = _items_next_to(lines, at, -1)
    below = _items_next_to(lines, at, 1)
    return above + below + 1 >= _RUN


def _items_next_to(lines: Sequence[str], at: int, step: int) -> int:
    """How many items follow `lines[at]` in the direction `step`, up to the ones a list needs."""
    found, blanks, index = 0, 0, at + step
    while 0 <= index < len(lines) and found < _RUN - 1 and blanks <= _BLANKS_PASSED:
        line = lines[index]
        if not line.strip():
            blanks += 1
        elif _is_item(line):
            found, blanks = found + 1, 0
        else:
            break
        index += step
    return found


def _is_item(line: str) -> bool:
    line = line.strip()
    return line[:1] in "-–" and len(line) <= 150 and _ITEM.match(line) is not None and not _DATED.search(line)
