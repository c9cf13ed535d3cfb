"""Where a page's title or a feed line names its outlet: "<headline> | The Guardian", "<headline> - The Korea
Herald", "From CNN: <headline>", "【ハンギョレ新聞】<headline>" (a listed outlet only), and the parts of such a title.
"""

from __future__ import annotations

import re

from corpus.intake.credits import CREDIT_TEXT
from corpus.intake.first_appeared import SOURCE_LABEL
from corpus.intake.outlets import OutletDirectory, spelled_otherwise
from corpus.lazy_patterns import LazyPattern

_TITLE_SEPARATOR = LazyPattern(r"\s(?:\||::|[-–—]{1,2})\s")
# "From CNN: <headline>", "Yonhap: <headline>": an aggregator's title naming its source.
# "【ハンギョレ新聞】<headline>": a Japanese board's thread titled by the paper it quotes, "【ハンギョレ/社説】" by
# the paper and its page of opinion (an editorial, a column), never by another name after the slash.
_SOURCE_BEFORE_TITLE = LazyPattern(rf"^(?:(?:From|Via|FROM|VIA)\s+)?(?P<credit>{CREDIT_TEXT}):\s+\S"
                                   r"|^【(?P<bracketed>[^】]{2,20}?)(?:\s*[/／・]\s*(?:社説|主張|コラム|論説|사설|칼럼))?】\s*\S")


def source_before_title(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet opening a title: "From CNN: S. Korea, Japan sign pact"."""
    match = _SOURCE_BEFORE_TITLE.match(line)
    credit = match and (match["credit"] or match["bracketed"])
    return credit if credit and directory.named(credit) else None


def title_credit(line: str, directory: OutletDirectory) -> str | None:
    """A listed outlet among the parts of a page title or feed line: "World news | The
    Guardian", "<headline> | News | DW | 22.08.2019", "<headline> - The Korea Herald"."""
    if len(line) > 200 or SOURCE_LABEL.match(line):
        return None
    parts = _TITLE_SEPARATOR.split(line)
    if len(parts) < 2:
        return None
    for part in parts:
        part = re.sub(r"\s+https?://\S+$", "", part).strip()
        part = directory.named_twice(part) or part
        if directory.named(part):
            return None if spelled_otherwise(part, [p.strip() for p in parts], directory) else part
    return None


def title_parts(line: str) -> list[str]:
    """The parts of a page title or feed line: "<headline> | Harbor Beacon" -> both."""
    return [part.strip() for part in _TITLE_SEPARATOR.split(line)] if len(line) <= 200 else []
