"""Turn a page's text as received into the article a person reads.

The rules describe kinds of page furniture, not lines of particular files, so the next
article from the same site is cleaned the same way:

* the *header* is everything above the first line that reads like prose; its lines are
  masthead, navigation, headline, byline and date, and none of them is body text;
* the *footer* starts at the first comment-section or login marker ("1 Comment",
  "Log in to ... account to connect", "Latest News", ...) and runs to the end;
* lines of known chrome ("print dictionary print", "Link copied") go wherever they are;
* a closing byline ("By Lee Eun-joo[angie@joongang.co.kr]") becomes metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.sanitize import clean_untrusted

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
PRINTED_DATE = (
    rf"(?:{MONTH} \d{{1,2}},? \d{{4}}(?:\s*[-–,]\s*\d{{1,2}}:\d{{2}})?"
    rf"|(?:\d{{1,2}}:\d{{2}} )?\d{{1,2}} {MONTH} \d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)

_CHROME_LINE = re.compile(
    r"^(?:print dictionary print|\W*link copied|lock icon|help-image .*|share (?:this|on .*)"
    r"|standards board policy.*|advertisement|\W*)$",
    re.IGNORECASE,
)
_FOOTER_START = re.compile(
    r"^(?:(?:\d+ comments?|no comments?|latest news|related (?:articles|news|stories)"
    r"|leave a (?:reply|comment)|most (?:read|popular|viewed))$"
    r"|log in to .* account to connect|to write comments)",
    re.IGNORECASE,
)
_PUBLISHED_LINE = re.compile(
    rf"^(?:(?:published|posted|updated)\s*:?\s*)?(?P<date>{PRINTED_DATE})$", re.IGNORECASE
)
_SECTION_AND_DATE = re.compile(r"^(?P<section>\D.*?)\s*(?P<date>\d{4}-\d{2}-\d{2})$")
# A blog-style meta line: "Asia-Pacific, News November 23, 2016 1 Comment on <headline><standfirst>"
_META_LINE = re.compile(
    rf"^(?P<section>.+?)\s+(?P<date>{PRINTED_DATE})\s+(?:\d+|No) Comments?(?: on (?P<rest>.*))?$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^\s*\w[\w .&'-]*(?:\s+>\s+[\w .&'-]+)+\s*$")
_BYLINE = re.compile(
    r"^By\s+(?P<name>[^\[\](){}<>@]{2,60}?)\s*(?:[\[(<][^\])>]*@[^\])>]*[\])>])?\s*$"
)
_TERMINAL_PUNCTUATION = tuple('.!?:;"”’)')
_WRAP_WIDTH = 100  # a text whose lines are all at most this long may be hard-wrapped


@dataclass(frozen=True)
class CleanedPage:
    headline: str | None
    paragraphs: tuple[str, ...]
    byline: str | None
    printed_date: str | None  # the date as the page prints it, e.g. "Nov. 24, 2016 - 09:42"
    section: str | None
    masthead: tuple[str, ...] = ()  # other header lines: site name, navigation


def is_prose(line: str) -> bool:
    """A line that reads like a sentence of an article rather than page furniture."""
    words = len(line.split())
    if len(line) < 60 or words < 8 or _META_LINE.match(line):
        return False
    return line.endswith(_TERMINAL_PUNCTUATION) or words >= 25


def clean_page(raw: str) -> CleanedPage:
    lines = _join_wrapped([_one_spaced(line) for line in clean_untrusted(raw).split("\n")])
    body_start = next((i for i, line in enumerate(lines) if is_prose(line)), None)
    if body_start is None:  # no line reads like prose (short items): all but the title
        body_start = next((i + 1 for i, line in enumerate(lines) if line), len(lines))
    header = [line for line in lines[:body_start] if line]
    body = _cut_footer(lines[body_start:])
    facts = _read_header(header)
    headline = facts.get("headline")
    paragraphs = [line for line in body if line != headline and not _CHROME_LINE.match(line)]
    byline = facts.get("byline")
    if paragraphs and (closing := _BYLINE.match(paragraphs[-1])):
        byline = byline or closing["name"].strip()
        paragraphs.pop()
    standfirst = facts.get("standfirst")
    if standfirst:
        paragraphs.insert(0, standfirst)
    return CleanedPage(
        headline=headline,
        paragraphs=tuple(paragraphs),
        byline=byline,
        printed_date=facts.get("printed_date"),
        section=facts.get("section"),
        masthead=tuple(line for line in facts.get("others", ()) if line != headline),
    )


def _one_spaced(line: str) -> str:
    """Runs of spaces and tabs become one space: the same text spaced differently is the same
    article, and no rule below meets a run of 10,000 spaces (quadratic in a regex)."""
    return " ".join(line.split())


def _cut_footer(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _FOOTER_START.match(line):
            return lines[:i]
    return lines


def _read_header(header: list[str]) -> dict:
    """Sort header lines into metadata; whatever is left is masthead or navigation."""
    facts: dict = {}
    candidates: list[str] = []
    for line in header:
        if meta := _META_LINE.match(line):
            facts.setdefault("section", meta["section"])
            facts.setdefault("printed_date", meta["date"])
            rest = (meta["rest"] or "").strip()
            title = next((c for c in candidates if rest.startswith(c)), "")
            if rest[len(title):].strip():
                facts["standfirst"] = rest[len(title):].strip()
        elif published := _PUBLISHED_LINE.match(line):
            facts.setdefault("printed_date", published["date"])
        elif dated := _SECTION_AND_DATE.match(line):
            facts.setdefault("section", dated["section"].strip())
            facts.setdefault("printed_date", dated["date"])
        elif byline := _BYLINE.match(line):
            facts.setdefault("byline", byline["name"].strip())
        elif _BREADCRUMB.match(line):
            facts.setdefault("section", line.split(">")[-1].strip())
        elif not _CHROME_LINE.match(line):
            candidates.append(line)
    headline = _pick_headline(candidates)
    if headline:
        facts["headline"] = headline
    facts["others"] = candidates
    return facts


def _pick_headline(candidates: list[str]) -> str | None:
    """A line the page repeats is its headline; otherwise the longest title-like line."""
    repeated = [line for line in candidates if candidates.count(line) > 1]
    if repeated:
        return repeated[0]
    return max(candidates, key=len, default=None)


def _join_wrapped(lines: list[str]) -> list[str]:
    """Re-join paragraphs that the source broke across consecutive lines.

    In hard-wrapped text (every line short, blocks separated by blank lines) each block is
    one paragraph; elsewhere a line continues the previous one only when that one stops
    mid-sentence and this one starts in lower case.
    """
    wrapped_text = _is_hard_wrapped(lines)
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        mid_sentence = previous and not previous.endswith(_TERMINAL_PUNCTUATION)
        if line and previous and (wrapped_text or (mid_sentence and line[:1].islower())):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _is_hard_wrapped(lines: list[str]) -> bool:
    written = [line for line in lines if line]
    if len(written) < 3 or any(len(line) > _WRAP_WIDTH for line in written):
        return False
    return sum(len(line) >= _WRAP_WIDTH // 2 for line in written) * 2 >= len(written)
