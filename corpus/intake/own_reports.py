"""Where a page names itself in its text or its heading, outside a credit's usual places.

    >>> from corpus.intake.outlets import outlets
    >>> own_reporting_credit(("NHK has learned that six names were put forward.",), outlets())
    'NHK'

* a listed outlet reporting what it found itself: "NHK has learned that ...", "The Yomiuri
  Shimbun has obtained a copy ...", "RNZ can now reveal that ..." (`own_reporting_credit`). What
  another outlet reported is worded otherwise ("NHK reported", "told NHK", "according to NHK"):
  those name sources. Two outlets so worded leave it unknown;
* a digest's pointer to its own earlier issue: "(see GSN, June 27)" (`own_issue_credit`), a
  listed outlet only: the items it digests cite others by writer, outlet and day ("(Choe
  Sang-Hun, New York Times, June 29)"), never with "see";
* the office issuing a release in Japanese, Chinese or Korean, on the line under or over its
  date at the top: "平成28年11月23日" / "防衛省" (`issuer_beside_date`): an institution's name as
  those languages end it (省, 庁, 府, 部, 院, 局, 委員会, 처, 청), a dozen characters at most.
"""

from __future__ import annotations

import re

from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import MONTH_NAME, find_date_line
from corpus.lazy_patterns import LazyPattern

# A name of up to four capitalised words, not run on past a sentence's end ("… in Seoul. NHK has learned", "… said
# NHK. Reuters has …"; "U.S.", "St." and "S." go on: "St. Louis Post-Dispatch")
_NAME = r"(?:The\s)?[A-Z][\w&.'’-]*(?:(?<![a-z]{2}\.)(?<![A-Z]{2}\.)\s[A-Z][\w&.'’-]*){0,3}"
# (one name before every verb: a name tried once at each capital, not once a verb, reads ~100 KB of capitals in time)
_OWN_REPORT = LazyPattern(
    rf"(?<![\w'’-])(?P<credit>{_NAME})\s+(?:"
    r"has\s+(?:learned|learnt|obtained|confirmed\s+independently|exclusively\s+learned)"
    # the newsroom's own disclosure, as British and Commonwealth outlets word it: "RNZ can now reveal that ..."
    r"|(?P<reveals>can\s+(?:now\s+|exclusively\s+)?reveal)"
    # the paper saying what its own piece sets out to do: "The Japan Times decided to look more
    # closely at their history", "X takes a closer look at" (a source "told" or "reported")
    r"|decided\s+to\s+(?:look|examine|take\s+a\s+(?:closer\s+)?look)|takes?\s+a\s+closer\s+look"
    r"|looks?\s+more\s+closely)\b"
    # a broadcaster's correspondent named by the post alone, as it names its own: "..., says the
    # BBC's Seoul correspondent" (another outlet's is named by name: "the BBC's Jane Roe")
    r"|\b(?:says|writes|reports)\s+the\s+(?P<office>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})['’]s\s+"
    r"(?:[A-Z][a-z]+\s+){0,2}(?:correspondent|editor)\b")
# Before a sentence's first word: a full stop (a closing quote or bracket after it), or a dateline's dash
# ("WELLINGTON — RNZ can now reveal …"), and a space; `_OPENING_READ` characters read.
_SENTENCE_OPENS = re.compile(r"(?:[.!?][\"”’)]?|\s[—–-]{1,2})\s$")
_OPENING_READ = 4
_CJK_INSTITUTION = LazyPattern(r"[\u4e00-\u9fff가-힣・·]{1,10}(?:省|庁|府|部|院|局|委員会|処|처|청|부)")
_OWN_ISSUE = LazyPattern(rf"\((?i:see)\s+(?P<credit>[A-Z][\w&.'’ -]{{1,40}}?),\s+"
                         rf"(?:{MONTH_NAME})\.?\s+[0-3]?\d\)")
MAX_HEADING_LINES = 6


def own_reporting_credit(paragraphs, directory: OutletDirectory) -> str | None:
    """The one listed outlet the text says learned or obtained something itself."""
    return _one_listed(_OWN_REPORT, paragraphs, directory)


def own_issue_credit(paragraphs, directory: OutletDirectory) -> str | None:
    """The one listed outlet a digest points to as "(see X, June 27)"."""
    return _one_listed(_OWN_ISSUE, paragraphs, directory)


def _one_listed(form: re.Pattern[str], paragraphs, directory: OutletDirectory) -> str | None:
    """The outlet of the credits `form` finds in `paragraphs` when they name one listed outlet."""
    named = {_revealer(match, paragraph, directory) if match.groupdict().get("reveals")
             else directory.named(next(filter(None, match.groups()), ""))
             for paragraph in paragraphs for match in form.finditer(paragraph)} - {None}
    return named.pop() if len(named) == 1 else None


def _revealer(match: re.Match[str], paragraph: str, directory: OutletDirectory) -> str | None:
    """The listed outlet that "can reveal", opening its sentence as a newsroom tells its own finding; not a common
    word's ("Time can reveal much": the word, not the magazine), nor one within another's clause or quote ("whether
    NHK can reveal its sources", "the court ruled that Yonhap can reveal", 'Kim said: "NHK can reveal …"')."""
    start = match.start("credit")
    opens = start == 0 or _SENTENCE_OPENS.search(paragraph, max(0, start - _OPENING_READ), start)
    return directory.named_alone(match["credit"]) if opens else None


def issuer_beside_date(opening: tuple[str, ...], directory: OutletDirectory) -> str | None:
    """An institution's name in Japanese, Chinese or Korean alone on the line next to the
    release's date line, near the top."""
    lines = [line.strip() for line in opening[:MAX_HEADING_LINES]]
    for index, line in enumerate(lines):
        if not find_date_line(line):
            continue
        for beside in (lines[index + 1:index + 2] + lines[max(0, index - 1):index]):
            if directory.named(beside) or _CJK_INSTITUTION.fullmatch(beside):
                return beside
    return None
