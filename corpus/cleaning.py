"""Turn a page's text as received into the article a person reads.

The rules describe kinds of page furniture, not lines of particular files, so the next
article from the same site is cleaned the same way:

* the *header* is everything above the first line that reads like prose; its lines are
  masthead, navigation, headline, byline and date, and none of them is body text;
* the *footer* starts at the first comment-section or login marker ("1 Comment",
  "Log in to ... account to connect", "Latest News", ...) and runs to the end;
* lines of known chrome ("print dictionary print", "Link copied") and the furniture of
  `corpus.intake.furniture` (player and share text, "Read More" blocks, editors' notes) go
  wherever they are;
* date lines, bylines and datelines standing alone become metadata, in the header or among
  the first lines of the body, as do a listed outlet's name alone on a line (a credit, read
  from the lines as received) and a closing byline ("By Lee Eun-joo[angie@joongang.co.kr]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.intake import furniture
from corpus.intake.chronology_lines import ChronologyLines
from corpus.intake.date_line_choice import choose_date, note_date
from corpus.intake.date_lines_within import date_line_within
from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake.datelines import read_dateline
from corpus.intake.east_asian_forms import is_delivery_line
from corpus.intake.headline_clutter import is_headline_clutter
from corpus.intake.headline_lists import is_headline_list_item
from corpus.intake.outlets import outlets
from corpus.intake.site_clocks import mark_above_headline, note_lead_above, titles_above
from corpus.intake.site_notices import is_site_notice
from corpus.intake.yearless import yearless_date_line
from corpus.intake.printed_dates import PrintedDate, find_date_line
from corpus.intake.source_notes import field_date_line
from corpus.intake.subheads import without_subheads
from corpus.intake.update_stamps import is_dated_list_item, is_decision_label, is_event_time
from corpus.page_lines import bounded_lines, join_wrapped
from corpus.prose_lines import is_prose, meta_line
from corpus.sanitize import clean_untrusted

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
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]{0,300}\]\([^()]{0,1000}\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]{1,300})\]\((?:https?://|/)[^()\s]{0,1000}\)")
_SECTION_AND_DATE = re.compile(r"^(?P<section>\D.*?)\s*(?P<date>\d{4}-\d{2}-\d{2})$")
_BREADCRUMB = re.compile(r"^\s*\w[\w .&'-]*(?:\s+>\s+[\w .&'-]+)+\s*$")
_BYLINE = re.compile(
    r"^By\s+(?P<name>[^\[\](){}<>@]{2,60}?)\s*(?:[\[(<][^\])>]*@[^\])>]*[\])>])?\s*$"
)
# "By: The Associated Press June 24, 2022": a byline and its day, among the body's first lines; not a picture's
# ("By: AP Photo June 3, 2019", "By: Jane Roe, photo taken June 3, 2019").
_DATED_BYLINE = re.compile(r"^(?i:by)\b:?\s(?!.*\b(?i:photos?|pictures?|images?|video|taken)\b)")
# "| 5 views | 0 comments": a site's counters after the date of a labelled meta line ("Added: 19.02.2021 16:45"), not
# after a video card's bare date ("Oct 10, 2015 · 12,345 views").
_DATE_LABEL = re.compile(r"[A-Z][A-Za-z ]{1,20}:\s")  # "Added: ", "Last updated: "
_COUNTERS_AFTER = re.compile(r"(?:\s*\|\s*\d[\d,.]*\s*(?i:views?|reads?|comments?|hits|likes?|shares?))+\s*$")
_OPENING_BODY_LINES = 6  # date, byline and dateline lines are looked for this far into the body
_CLOSING_LINES = 15
_PARAGRAPHS_NAMING_THE_DAY = 2  # a date above the titles that they name is no clock: the news day


@dataclass(frozen=True)
class CleanedPage:
    headline: str | None
    paragraphs: tuple[str, ...]
    byline: str | None
    printed_date: str | None  # the date as the page prints it, e.g. "Nov. 24, 2016 - 09:42"
    section: str | None
    masthead: tuple[str, ...] = ()  # other header lines: site name, navigation
    opening: tuple[str, ...] = ()  # the header and first body lines, as received (no blanks)
    closing: tuple[str, ...] = ()  # the last lines of the text, footer included
    date_lines: tuple[PrintedDate, ...] = ()  # every date line of the opening, in order

    @property
    def seen_text(self) -> str:
        """The opening lines and the paragraphs: captions and all the reader sees, in order."""
        return "\n".join((*self.opening, *self.paragraphs))


def clean_page(raw: str) -> CleanedPage:
    lines = join_wrapped(list(bounded_lines(_one_spaced(line) for line in clean_untrusted(raw).split("\n"))))
    body_start = next((i for i, line in enumerate(lines)
                       if is_prose(line) and not is_site_notice(line)), None)  # not a privacy notice
    if body_start is None:  # no line reads like prose (short items): all but the title
        body_start = next((i + 1 for i, line in enumerate(lines) if line), len(lines))
    header = [line for line in lines[:body_start] if line]
    body = _cut_footer(lines[body_start:])
    order = page_numeric_order([line for line in lines if line])
    facts = _read_header(header, order)
    headline = facts.get("headline")
    paragraphs = without_subheads(_body_paragraphs(body, headline, facts, order), is_prose)
    choose_date(facts, paragraphs[:_PARAGRAPHS_NAMING_THE_DAY], header)
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
        opening=tuple(header + _opening_body([line for line in lines[body_start:] if line])),
        closing=tuple([line for line in lines if line][-_CLOSING_LINES:]),
        date_lines=tuple(facts.get("date_lines", ())),
    )


def _opening_body(body: list[str]) -> list[str]:
    """The body's first lines, up to `_OPENING_BODY_LINES` that are not pictures' captions: a
    page that opens on its other stories' pictures still has its dateline among them."""
    counted = 0
    for end, line in enumerate(body):
        counted += not furniture.is_caption(line)
        if counted == _OPENING_BODY_LINES:
            return body[:end + 1]
    return body


def _one_spaced(line: str) -> str:
    """Runs of spaces and tabs become one space: the same text spaced differently is the same
    article, and no rule below meets a run of 10,000 spaces (quadratic in a regex). A copy
    made through Markdown keeps its pictures' and links' marks ("![]()", "[text](address)"):
    a picture is no text, a link is its words."""
    line = " ".join(line.split())
    if "](" in line:
        line = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub(" ", line)).strip()
    return line


def _body_paragraphs(body: list[str], headline: str | None, facts: dict, order: str) -> list[str]:
    """The body's lines without furniture; date, byline and dateline lines standing alone
    among its first lines become facts."""
    paragraphs: list[str] = []
    in_block, directory, chronology = False, outlets(), ChronologyLines(body, _is_date_alone)
    for number, line in enumerate(body):
        if not line or line == headline or _CHROME_LINE.match(line):
            continue
        if chronology.keeps(number):
            paragraphs.append(line)  # "[2012년]" over "▲ 6.29 = ...": the year its entries' days need
            continue
        if furniture.starts_furniture_block(line) or (in_block and not is_prose(line)):
            in_block = True
            continue
        in_block = False
        if len(paragraphs) <= 1 and number < _OPENING_BODY_LINES and _is_dated_bullet(line, facts):
            continue  # "• January 8, 2020" under the title, "• NHK digital" beside it: the story's facts
        if len(paragraphs) > 1 and line[:1] in "-•·▪" and _is_date_alone(line.lstrip("-•·▪ ")):
            continue  # "- 2024年12月21日 09:24:32" under the story: a listed item's time, not the page's
        if is_dated_list_item(body, number) or is_headline_list_item(body, number) \
                or number >= _OPENING_BODY_LINES * 2 and _repeats_page_stamp(line, facts):
            continue  # "- <headline> - 21 de julho de 2025 3:37 am" over another, dashed headlines: other stories
        if number < _OPENING_BODY_LINES * 2 and _DATED_BYLINE.match(line) and not is_prose(line) \
                and (printed := _date_line(line, order)):
            note_date(facts, printed)  # "By: The Associated Press June 24, 2022" under a caption: its date
            continue
        noted = len(facts.get("date_lines", ()))
        if furniture.is_furniture(line) or directory.named(line) or (
                number < _OPENING_BODY_LINES * 2 and _is_metadata_line(line, facts, order)) \
                or _is_date_alone(line):
            note_lead_above(facts, noted, paragraphs)
            continue
        paragraphs.append(line)
    return paragraphs


def _is_date_alone(line: str) -> bool:
    """A date and nothing else ("November 28, 2016", "Dec 29"), anywhere: a list's item's date,
    never a passage (the page's own date is read among the opening lines)."""
    if len(line) > 30 or is_prose(line):
        return False
    printed = find_date_line(line)
    if printed:
        return not (printed.rest or printed.before or printed.label)
    yearless = yearless_date_line(line)
    return yearless is not None and yearless.text == line.strip() and "-" not in line


def _repeats_page_stamp(line: str, facts: dict) -> bool:
    """A date line with the fields of the page's own ("2019年8月17日 <site>, <section>" under the story, the
    header's "2019年8月20日 <site>, <section>"): another story's stamp in the site's list."""
    stamps = {d.rest for d in facts.get("date_lines", ()) if d.rest}
    printed = find_date_line(line) if stamps and not is_prose(line) else None
    return printed is not None and printed.rest in stamps


def _is_dated_bullet(line: str, facts: dict) -> bool:
    """A date alone as an item of a bulleted list (noted as the page's date line)."""
    item = line.lstrip("•·▪ ")
    if item == line or not _is_date_alone(item) or not (printed := find_date_line(item)):
        return False
    note_date(facts, printed)
    return True


def _is_metadata_line(line: str, facts: dict, order: str) -> bool:
    if is_prose(line):
        return False
    if printed := _date_line(line, order):
        note_date(facts, printed)
        return True
    if furniture.looks_like_byline(line):
        facts.setdefault("byline", line[3:].strip())
        return True
    dateline = read_dateline(line)
    return bool(dateline and not dateline.rest) or outlets().named(line) is not None \
        or yearless_date_line(line) is not None  # "NHK -- Dec 29": read as a date


def _date_line(line: str, order: str) -> PrintedDate | None:
    """The date line `line` is, read without a site's counters after it ("… 16:45 | 5 views | 0 comments")."""
    read = line[:-120] + _COUNTERS_AFTER.sub("", line[-120:])  # the line's end only: the counters are short
    if read != line and _DATE_LABEL.match(read) \
            and (printed := find_date_line(read, order) or field_date_line(read, order)):
        return replace(printed, line=line)
    return find_date_line(line, order) or field_date_line(line, order) or date_line_within(line, order)


def _cut_footer(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _FOOTER_START.match(line) or furniture.starts_footer(line):
            return lines[:i]
    return lines


def _read_header(header: list[str], order: str = "") -> dict:
    """Sort header lines into metadata; whatever is left is masthead or navigation."""
    facts: dict = {}
    candidates: list[str] = []
    for at, line in enumerate(header):
        if meta := meta_line(line):
            facts.setdefault("section", meta["section"])
            facts.setdefault("printed_date", meta["date"])
            rest = (meta["rest"] or "").strip()
            title = next((c for c in candidates if rest.startswith(c)), "")
            if rest[len(title):].strip():
                facts["standfirst"] = rest[len(title):].strip()
        elif (dated := _SECTION_AND_DATE.match(line)) and (
                section_date := find_date_line(dated["date"])):  # not "2016-02-30"
            facts.setdefault("section", dated["section"].strip())
            note_date(facts, section_date)
        elif printed := _date_line(line, order):
            if at and is_decision_label(header[at - 1]) or is_event_time(line):
                continue  # "선고일" over "2019.04.11": the court's day, not the page's; a catalog's event time
            note_date(facts, printed, titles_above(candidates))
            facts.setdefault("lines_before_dates", []).append((len(facts["date_lines"]) - 1, len(candidates)))
            _header_facts_beside_date(printed, facts, candidates)
        elif byline := _BYLINE.match(line):
            facts.setdefault("byline", byline["name"].strip())
        elif _BREADCRUMB.match(line):
            facts.setdefault("section", line.split(">")[-1].strip())
        elif not (_CHROME_LINE.match(line) or furniture.is_furniture(line)
                  or read_dateline(line) or is_delivery_line(line)):
            candidates.append(line)
    headline = _pick_headline(candidates)
    if headline:
        facts["headline"] = headline
        mark_above_headline(facts, candidates, headline)
    facts["others"] = candidates
    return facts


def _header_facts_beside_date(printed: PrintedDate, facts: dict, candidates: list[str]) -> None:
    """What a date line says besides the date: a headline before it ("<headline> – 23 Nov
    2016"), a byline ("By X | Published: ..."), or a section ("All Headlines 19:18 ...")."""
    if printed.before and not printed.before.startswith(("By ", "BY ")):
        candidates.append(printed.before)
    elif printed.rest.startswith(("By ", "BY ")):
        facts.setdefault("byline", printed.rest[3:].strip())
    elif printed.rest:
        facts.setdefault("section", printed.rest)


def _pick_headline(candidates: list[str]) -> str | None:
    """A line the page repeats is its headline; otherwise the longest title-like line. A line that is never one
    (a picture's word, a site's label, an outlet's name alone: `headline_clutter`) is not picked."""
    candidates = [line for line in candidates if not is_headline_clutter(line)]
    repeated = [line for line in candidates if candidates.count(line) > 1]
    if repeated:
        return repeated[0]
    return max(candidates, key=len, default=None)

