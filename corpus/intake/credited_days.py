"""The day a repost's credit gives its story beside the outlet it credits (intake round 115):

    >>> from corpus.intake.outlets import outlets
    >>> credited_day("2018年07月6日 BBC https://www.bbc.com/japanese/44733790", outlets())
    '2018-07-06'
    >>> credited_day("(USA Today, Sept 14,2017): On Friday morning North Korea fired a missile", outlets())
    '2017-09-14'

A blog or a forum copying a story credits it on a line of its own with the outlet's name and the day, in either
order, at times in brackets, after a pointing word ("Source:", "出典:") or before the original's address; or opens
the copied lead on that credit in brackets ("(USA Today, Sept 14,2017): On Friday …"). The day is the story's. Read
only when the line holds nothing else: a listed outlet's whole name (not a word that is also a section's), a full day
with its four-digit year read without guessing (a numeric day whose order nothing decides is left), a time.
Not read: a related link's title before the name ("…岸田首相<ロイター日本語版>2023年3月9日"), authors between the
name and the day ("bloomberg News, Yalman Onaran and Christopher Scinta, 15.09.2008"), a caption.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.intake.furniture import describes_picture, is_caption
from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import TIME_OF_DAY, find_date_line
from corpus.intake.stamp_sources import SOURCE_WORD

_LONGEST_CREDIT = 160  # characters of a credit's line, its address included
# a word pointing to the story copied, or naming its source as a date stamp's line does ("Fuente:", "Quelle:")
_POINTER = re.compile(rf"(?i)^(?:read\s+more|via|from|出処|引用元|資料來源|{SOURCE_WORD})\s*[:：]\s*")
_ADDRESS_AFTER = re.compile(r"\s*[(（]?\s*(?:https?://|www\.)\S{1,300}?\s*[)）]?\s*$")
_BRACKETED = re.compile(r"[(\[（【<〈《]\s*(?P<inner>[^()\[\]（）【】<>〈〉《》]{1,120}?)\s*[)\]）】>〉》]")
# The credit in brackets opening the copied lead, a colon or a dash after it: "(USA Today, Sept 14,2017): On …".
_OPENING_CREDIT = re.compile(r"^\s*[(\[]\s*(?P<inner>[^()\[\]]{4,80}?)\s*[)\]]\s*[:：–—-]\s+\S")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SEPARATORS = " ,/|·–—-:"
_PUNCTUATION = re.compile(r"[()\[\]（）【】<>〈〉《》,/|·–—:：-]")


def credited_day(line: str, directory: OutletDirectory, order: str = "") -> str | None:
    """The ISO day of `line` when it is a credit of a listed outlet and its full day (see the module's doc), else
    None. `order`: the page's numeric order ("dmy", "mdy"), if it decides one."""
    if len(line) > _LONGEST_CREDIT or is_caption(line) or describes_picture(line):
        return _opening_credit_day(line, directory, order)
    core = _POINTER.sub("", _ADDRESS_AFTER.sub("", line.strip()), count=1).strip()
    if (bracketed := _BRACKETED.fullmatch(core)) is not None:
        core = bracketed["inner"]
    return _name_and_day(core, directory, order) or _opening_credit_day(line, directory, order)


def _opening_credit_day(line: str, directory: OutletDirectory, order: str) -> str | None:
    match = _OPENING_CREDIT.match(line[:_LONGEST_CREDIT])
    return _name_and_day(match["inner"], directory, order) if match else None


def _name_and_day(core: str, directory: OutletDirectory, order: str) -> str | None:
    """The full day of `core` when it holds a listed outlet's name and that day (with a time) and nothing else."""
    if not _FOUR_DIGIT_YEAR.search(core):
        return None
    printed = find_date_line(core, order)
    if printed is None or printed.label or len(printed.value) != len("YYYY-MM-DD") \
            or not _FOUR_DIGIT_YEAR.search(printed.text):
        return None
    name = printed.rest.strip(_SEPARATORS)
    if not name or not directory.named_alone(name) or not _holds_only(core, printed.text, name):
        return None
    return printed.value


def _holds_only(core: str, day: str, name: str) -> bool:
    """Whether `core` is the day, the name and at most a time (the date reader leaves out a byline before the day:
    "By: Jane Roe, photo taken June 3, 2019 (AP)" is a picture's credit, not the story's)."""
    leftover = TIME_OF_DAY.sub(" ", core.replace(day, " ", 1))
    return _PUNCTUATION.sub(" ", leftover).split() == _PUNCTUATION.sub(" ", name).split()


def credit_lines(title: str, head: Sequence[str], paragraphs: Sequence[str], closing: Sequence[str]) -> list[str]:
    """The lines where a copy's credit stands: between the title and the lead, opening the lead, or the page's last
    line right under the story's last paragraph (not under a list of related links or amid a blog's own words)."""
    lead = next(iter(paragraphs), None)
    above = list(head[1:head.index(lead)] if lead in head else ())
    under = [closing[-1]] if len(closing) >= 2 and paragraphs and closing[-2] == paragraphs[-1] else []
    return [line for line in (*above, *([lead] if lead else ()), *under) if line != title]


def credited_day_of(lines: Sequence[str], directory: OutletDirectory, order: str = "") -> tuple[str, str] | None:
    """(the ISO day, the credit's line) when the credits among `lines` give one day (`credited_day`), else None."""
    found = {day: line for line in lines if (day := credited_day(line, directory, order))}
    return next(iter(found.items())) if len(found) == 1 else None
