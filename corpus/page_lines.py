"""The lines a page's reading meets: a hard-wrapped paragraph joined again, a line too long cut.

(Moved out of `corpus.cleaning`, which reads these lines.) How long a line (and so a paragraph,
a passage, a sentence) can be:

`add` takes a text of up to 5 MB (`corpus.formats.MAX_FILE_BYTES`) and cuts nothing from it, so
a page can hold a line of a million characters with no sentence's end in it. No reader meets
such a paragraph: the longest line of the pages of every labelled set is ~1,300 characters, a
hard-wrapped paragraph joined again a few hundred more. A line longer than `LONGEST_LINE` is cut
before the page is read into lines of at most that length, at the last space before the bound (a
line with no space, Chinese or Japanese, at its last sentence end, "。", or else at the bound),
and no hard-wrapped paragraph is joined past it: every rule that reads a line, a passage or a
sentence reads a bounded text, and a page's reading grows with the page, not its square. Nothing
is lost: the pieces, rejoined with the spaces they were cut at, are the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from corpus.intake import furniture
from corpus.intake.korean_japanese_chrome import is_korean_japanese_chrome
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line

LONGEST_LINE = 4000  # characters; three times the longest line of the labelled pages
_SENTENCE_ENDS = "。！？!?."
TERMINAL_PUNCTUATION = tuple('.!?:;"”’)。！？」')
_WRAP_WIDTH = 100  # a text whose lines are all at most this long may be hard-wrapped
# A byline; an address alone; a blog's picture by its code ("f:id:jdoe:20190823180509j:plain", Hatena's).
_OWN_LINE = re.compile(r"^by\b:?\s|^(?:https?://|www\.)\S+$|^f:id:[\w-]+:\d{14}[a-z]?:\w+$")


def bounded_lines(lines: Iterable[str], longest: int = LONGEST_LINE) -> Iterator[str]:
    """Each of `lines`, a line longer than `longest` cut into pieces of at most that length."""
    for line in lines:
        if len(line) <= longest:
            yield line
        else:
            yield from cut_line(line, longest)


def cut_line(line: str, longest: int = LONGEST_LINE) -> list[str]:
    """`line` in pieces of at most `longest` characters, each cut at the last space before the
    bound (the space dropped), or else after the last sentence end, or else at the bound."""
    pieces: list[str] = []
    start = 0
    while len(line) - start > longest:
        end = start + longest
        space = line.rfind(" ", start + 1, end + 1)
        if space > start:
            pieces.append(line[start:space])
            start = space + 1
            continue
        stop = max(line.rfind(mark, start + 1, end) for mark in _SENTENCE_ENDS)
        end = stop + 1 if stop > start else end
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return pieces


# A copyright line stands on its own, never the end of a wrapped paragraph.
_COPYRIGHT_START = re.compile(r"^(?:©|ⓒ|\([cC]\)|Copyrights?\b|COPYRIGHTS?\b)")


def join_wrapped(lines: list[str]) -> list[str]:
    """Re-join paragraphs that the source broke across consecutive lines.

    In hard-wrapped text (every line short, blocks separated by blank lines) a line continues
    the block's previous line when that one was filled to about the text's width (a short
    line such as "[November 22, 2019]" ends its own paragraph); elsewhere a line continues
    the previous one only when that one stops mid-sentence and this one starts in lower
    case. The first line (the headline, as a reader copies a page) is never continued, nor a
    paragraph past `LONGEST_LINE`.
    """
    wrapped_text = _is_hard_wrapped(lines)
    width = max((len(line) for line in lines), default=0)
    joined: list[str] = []
    last_raw = ""
    asked = 0
    for line in lines:
        previous = joined[-1] if joined else ""
        mid_sentence = previous and not previous.endswith(TERMINAL_PUNCTUATION)
        filled = len(last_raw) >= 0.6 * width
        first = len(joined) == 1 and previous == last_raw
        joins = line and previous and not first and not _stands_alone(line) \
            and not is_korean_japanese_chrome(previous) and len(previous) + len(line) < LONGEST_LINE and (
                (wrapped_text and filled) or (mid_sentence and line[:1].islower() and _continues(previous, line)))
        asked += bool(joins)
        if joins and (asked > _MOST_ASKED or not _apart(previous, line)):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
        last_raw = line
    return joined


def _stands_alone(line: str) -> bool:
    """A copyright line, or a Korean or Japanese site's chrome ("HOT 연예 스포츠"): never a wrapped paragraph's end
    (and the chrome, a whole line, is never continued by the next)."""
    return bool(_COPYRIGHT_START.match(line)) or is_korean_japanese_chrome(line)


def _apart(previous: str, line: str) -> bool:
    """Lines the page prints apart that stay apart: furniture by itself (a sign-off, "SBS 뉴스", a reporter's address,
    "[디지털뉴스국]", "【関連記事】 …", "No comments:") or a rule of dashes after a sentence's end, the page's, not the
    paragraph's last words; and two lines each furniture by itself ("スクラップの多い記事" over "more"), no paragraph."""
    if _RULE_OF_MARKS.match(line):
        return previous.endswith(TERMINAL_PUNCTUATION)
    return _furniture_alone(line) and (previous.endswith(TERMINAL_PUNCTUATION)
                                       or len(previous) <= _FURNITURE_BLOCK and _furniture_alone(previous))


# The labelled pages ask `_apart` at most 22 times: a hard-wrapped text of thousands of lines is asked of its first
# joins only, its reading kept linear and short (each asking reads the line for furniture).
_MOST_ASKED = 60
_RULE_OF_MARKS = re.compile(r"^[-–—=_|~*#]{1,40}$")
_FURNITURE_BLOCK = 300  # characters: furniture joined with furniture is short (the longest read: ~120)


def _furniture_alone(line: str) -> bool:
    return furniture.is_furniture(line) or outlets().named(line) is not None


def _continues(previous: str, line: str) -> bool:
    """A lower-case line may still stand on its own: a byline ("by Jane Roe | ..."), a web
    address alone, a date line ("updated 8:49 PM EDT, Wed April 16, 2014"), or what follows a byline, a credit
    or label in capitals ("YONHAP") or a listed outlet's name alone (a masthead: "BBC News" over "watch
    One-Minute World News")."""
    return not (_OWN_LINE.match(line) or previous.isupper() or find_date_line(line)
                or furniture.looks_like_byline(previous) or outlets().named(previous) is not None)


def _is_hard_wrapped(lines: list[str]) -> bool:
    written = [line for line in lines if line]
    if len(written) < 3 or any(len(line) > _WRAP_WIDTH for line in written):
        return False
    return sum(len(line) >= _WRAP_WIDTH // 2 for line in written) * 2 >= len(written)


# The intake reads a page's facts (outlet, date, the officeholders it names) from its head and
# foot: the longest page of the labelled sets is ~28,000 characters, so every real page is read
# whole, and a page of 5 MB no more than these.
HEAD_READ = 40_000  # characters
FOOT_READ = 10_000


def read_window(text: str) -> str:
    """`text`, or, longer than `HEAD_READ` and `FOOT_READ` together, its head and foot (each cut
    at a line's break where there is one) with a line's break between."""
    if len(text) <= HEAD_READ + FOOT_READ:
        return text
    head_end = text.rfind("\n", HEAD_READ // 2, HEAD_READ)
    foot_start = text.find("\n", len(text) - FOOT_READ, len(text) - FOOT_READ // 2)
    return text[:head_end if head_end >= 0 else HEAD_READ] + "\n" + \
        text[foot_start + 1 if foot_start >= 0 else len(text) - FOOT_READ:]
