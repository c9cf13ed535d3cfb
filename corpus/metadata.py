"""What a reader finds about an article in its own text: outlet and date, with where.

Facts come with where they were found. What cannot be found stays None and is shown as
unknown: nothing is guessed silently. The readers of each form live in `corpus.intake`
(printed dates, datelines and their years, credits, the list of outlets).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlparse

from corpus.cleaning import CleanedPage, is_prose
from corpus.intake import copyright_lines, credit_lines, credits, lead_credits, own_names, own_reports, site_lines
from corpus.intake import site_signatures as signatures
from corpus.intake import source_notes
from corpus.intake.east_asian_credits import (chinese_reporters_credit, east_asian_closing, east_asian_credit,
                                              korean_signature)
from corpus.intake.datelines import Dateline, dated_item, find_dateline
from corpus.intake.furniture import is_korean_caption
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import OutletDirectory, name_key, outlets
from corpus.intake.picture_credits import is_picture_credit
from corpus.intake.printed_dates import find_date_line, glued_date, numeric_order_of, read_date
from corpus.intake.reposts import original_date
from corpus.intake.wire_days import wire_dateline_credit, wire_day_under_story
from corpus.intake.years import infer_year
from corpus.intake.yearless import find_yearless
from corpus.sanitize import clean_line

_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-]?(?P<month>[01]\d)[/-]?(?P<day>[0-3]\d)(?:/|$|\D)"
                       r"|/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/")
_CLOSING_PARAGRAPHS = 3
# A few words after a paragraph's last sentence: "... later this year. Jiji Press", "... News.Az".
_AFTER_LAST_SENTENCE = re.compile(r"(?<=[.!?\"”’])\s+(?:(?!\.\s)[^!?]){1,40}$")
_CLOCK = re.compile(r"\d{1,2}(?::\d\d|時\d{1,2}分)")
_PHOTO_LABEL = re.compile(r"(?i)^\W*(?:photos?|image|picture|video|credit|source)\s*:?\W*$")
_BARE_URL = re.compile(r"^<?(?P<url>https?://[^\s<>]+?)>?$")
_LABELLED_URL = re.compile(r"(?i)^(?:read\s+more\s+at|source|originally\s+published\s+at|"
                           r"first\s+published\s+at|read\s+the\s+(?:full|original)\s+"
                           r"(?:story|article)\s+at|(?:article|story|news)\s+(?:source|url|link)"
                           r"|source\s+(?:link|url)|original\s+(?:article|story|source|link|url)"
                           r"|permalink|url|link\s+to\s+(?:this|the)\s+(?:article|story))"
                           r"\s*:?\s*<?(?P<url>https?://[^\s<>]+?)>?$")

@dataclass(frozen=True)
class Found:
    """One fact and where it was found."""

    value: str
    provenance: str


def parse_printed_date(text: str) -> str | None:
    """"Nov. 24, 2016 - 09:42", "15:52 23 November 2016", "2016-11-27" -> ISO day, or None."""
    return read_date(text)


def address_in_text(page: CleanedPage) -> str | None:
    """The page's address when the copied text carries it: a bare address among the
    opening lines, or near the end alone (an aggregator's link to its source) or as
    "Read more at: <address>" / "Source: <address>"."""
    for line in page.opening:
        if match := _BARE_URL.match(line) or _LABELLED_URL.match(line):
            return match["url"]
    for line in page.closing[::-1]:
        if match := _LABELLED_URL.match(line) or _BARE_URL.match(line):
            return match["url"]
    return None


def date_from_url(url: str | None) -> Found | None:
    match = _URL_DATE.search(urlparse(url).path) if url else None
    if match is None:
        return None
    parts = (match["year"], match["month"], match["day"]) if match["year"] \
        else (match["y"], match["m"], match["d"])
    value = iso_day(*(int(part) for part in parts))
    return Found(value, "from the date in the URL") if value else None


def date_from_page(page: CleanedPage, stated: Found | None = None,
                   other_dates: tuple[Found, ...] = ()) -> Found | None:
    """The wire's dateline date when it has one (its year inferred if need be), else the date
    the page's markup states (`stated`), else the date line the page prints. The page's
    dates and `other_dates` (the address) help place a dateline's year; when the dateline
    disagrees with them, they are kept in the provenance."""
    printed = _with_original(stated or _printed(page), page)
    dateline = find_dateline(list(page.opening))
    if dateline and dateline.dated:
        page_dates = [Found(value, d.provenance) for d in (printed, *other_dates)
                      if d and (value := read_date(d.value))]
        wire = _dateline_date(dateline, page, page_dates)
        if wire and not dateline.year and any(d.value == wire.value for d in page_dates):
            return next(d for d in page_dates if d.value == wire.value)  # said outright there
        if wire:
            differing = [d for d in page_dates if d.value != wire.value]
            if differing:
                others = "; ".join(f"{d.value} {d.provenance}" for d in differing)
                return Found(wire.value, f"{wire.provenance} (the wire's own date; {others})")
            return wire
    if printed and (carried := wire_day_under_story(printed.value, page.closing, outlets())):
        printed = carried[0] and Found(carried[0], f"the wire's day under the story: {carried[1]!r} "
                                                   f"(the page's own: {printed.value} {printed.provenance})")
    return printed or _print_edition_date(page) or _yearless_date(page, other_dates)


def _print_edition_date(page: CleanedPage) -> Found | None:
    """The day a note of the print edition gives, when the page prints no date of its own (a
    paper's site may print a story a day before its print edition)."""
    return next((Found(value, f"the day of the print edition: {_short(line, tail=True)!r}")
                 for line in page.closing[::-1] if (value := source_notes.print_edition_date(line))), None)


def _yearless_date(page: CleanedPage, other_dates: tuple[Found, ...]) -> Found | None:
    """A date line without a year under the title ("NHK -- Aug 22"), its year inferred as a
    dateline's is; a year the line's own weekday contradicts is none."""
    printed = find_yearless(page.opening[1:])
    if printed is None:
        return None
    text = "\n".join((*page.opening, *page.paragraphs))
    page_dates = [(value, d.provenance) for d in other_dates if (value := read_date(d.value))]
    inferred = infer_year(printed.month, printed.day, page_dates, text,
                          printed.text if printed.weekday is not None else "",
                          _story(page, next(iter(page.paragraphs), "")))
    value = iso_day(inferred.year, printed.month, printed.day) if inferred else None
    if value is None or not _weekday_fits(value, printed.weekday):
        return None
    return Found(value, f"inferred from the date line {printed.text!r}, which prints no year: "
                        f"its year from {inferred.reason}")


def _story(page: CleanedPage, lead: str) -> tuple[str, str]:
    """The headline and the paragraphs (the opening lines only once), with the lead's words."""
    return "\n".join((page.headline or "", *page.paragraphs)), lead


def _weekday_fits(iso: str, weekday: int | None) -> bool:
    return weekday is None or datetime.date.fromisoformat(iso).weekday() == weekday


def _printed(page: CleanedPage) -> Found | None:
    if page.printed_date and (value := read_date(page.printed_date, numeric_order_of(page.opening))):
        return Found(value, f"printed on the page: {page.printed_date!r}")
    title = page.opening[0] if page.opening else ""
    for line in page.opening[1:]:
        if glued := glued_date(line, title):
            return Found(glued.value, f"printed glued to the text: {_short(line)!r}")
    for line in page.opening[1:]:
        if item := dated_item(line):
            return Found(item[0], f"printed before the wire's dateline: {item[1]!r}")
    return None


def _with_original(printed: Found | None, page: CleanedPage) -> Found | None:
    """The date of the original a repost credits ("This article first appeared in X on
    <date>") over the reposting page's own, which the provenance keeps."""
    original = next(((value, line) for line in (*page.opening, *page.closing[::-1])
                     if (value := original_date(line) or signatures.quoted_source_date(line))), None)
    if original is None or (printed and printed.value == original[0]):
        return printed
    found = Found(original[0], f"the date its credit gives the original: {_short(original[1])!r}")
    if printed:
        return Found(found.value, f"{found.provenance} (the original's date; "
                                  f"{printed.value} {printed.provenance})")
    return found


def _dateline_date(dateline: Dateline, page: CleanedPage, page_dates: list[Found]) -> Found | None:
    where = f"from the dateline {dateline.text!r}"
    if dateline.year:
        value = iso_day(dateline.year, dateline.month, dateline.day)
        return Found(value, where) if value else None
    text = "\n".join((*page.opening, *page.paragraphs))  # captions and all the reader sees
    lead = dateline.rest or next(iter(page.paragraphs), "")
    inferred = infer_year(dateline.month, dateline.day,
                          [(d.value, d.provenance) for d in page_dates], text, lead, _story(page, lead))
    if inferred is None:
        return None
    value = iso_day(inferred.year, dateline.month, dateline.day)
    return Found(value, f"inferred {where}: its year from {inferred.reason}") if value else None


def iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def outlet_from_page(page: CleanedPage, directory: OutletDirectory | None = None) -> Found | None:
    """The outlet the page credits, in the order a reader trusts the places: the dateline,
    a byline, a reporter's e-mail address, "first appeared on", a listed outlet alone on a line near the top (a masthead or
    a wire's credit) or after a title ("World news | The Guardian"), a closing credit, a
    copyright line."""
    directory = directory or outlets()
    for credit, where in _credits(page, directory):
        name = (directory.named(credit) or _listed_host(credit, directory)
                or directory.handle(credit) or clean_line(credit))
        if name:
            return Found(name, f"{where}: {credit!r}" if name != credit else where)
    return None


def _listed_host(credit: str, directory: OutletDirectory) -> str | None:
    """A credit printed as an address ("first appeared on koreaherald.com"): its outlet."""
    host = credit.strip().lower().removeprefix("https://").removeprefix("http://").strip("/")
    return directory.at_host(host) if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,6}", host) else None


def _without_picture_credits(lines: tuple[str, ...], paragraphs: tuple[str, ...], titled: bool = False
                             ) -> tuple[str, ...]:
    """The lines but pictures' credits ("David Stilwell | AP"); `titled`: the first is the title."""
    return tuple(line for index, line in enumerate(lines)
                 if not is_picture_credit(line, paragraphs, title=titled and index == 0))


def _credits(page: CleanedPage, directory: OutletDirectory):
    """(credit as printed, where) pairs, most trusted first (a generator: stops at the first)."""
    opening = _without_picture_credits(page.opening, page.paragraphs, titled=True)
    closing = _without_picture_credits(page.closing, page.paragraphs)
    both = (*opening, *closing)
    dateline = find_dateline(list(opening))
    if dateline and dateline.credit:
        yield (credits.one_credit(dateline.credit, directory),
               f"credited in the dateline: {dateline.text!r}")
    found = partial(_found_on, directory=directory)
    yield from found(opening, "credited as the lead opens: ", east_asian_credit)
    yield from found(opening[1:], "credited as the lead opens: ", lead_credits.lead_credit)
    if desk := own_names.masthead_desk_credit(opening, directory):
        yield desk[0], f"the site's desk under its masthead: {desk[1]!r}"
    yield from found(opening, "credited beside the place: ", credit_lines.place_credit)
    yield from found(opening, "credited in the byline ", credits.byline_credit,
                     credit_lines.byline_beside_credit, credit_lines.byline_before_dateline_credit,
                     lead_credits.handle_credit, chinese_reporters_credit)
    yield from found(opening, "the site's desk: ", own_names.desk_credit)
    yield from found(both, "the domain of a reporter's address: ", credits.email_credit)
    yield from found(opening, "named in a label before the text: ", credit_lines.bracket_credit)
    yield from found(both, "named as the source: ", source_notes.print_edition_credit,
                     credits.first_appeared_credit,
                     credits.read_more_credit, site_lines.feed_credit, site_lines.courtesy_credit,
                     site_lines.source_note_credit, signatures.quoted_source,
                     source_notes.titled_source_credit, source_notes.field_credit,
                     source_notes.digested_editorial_credit, source_notes.addressed_source_credit,
                     source_notes.quotation_intro_credit)
    yield from found(both, "the site's pointer to its stories: ", credit_lines.more_from_credit,
                     lead_credits.own_widget_credit)
    menu = _menu_items(opening)
    for before, line in zip(("", *opening), opening):
        if _PHOTO_LABEL.match(before) or is_korean_caption(before):
            continue  # "photo" / "AP", a caption / "연합뉴스": a picture's credit under its label
        if line in menu:
            continue  # "• Politics", "• Foreign Affairs": items of the site's menu
        if credit := directory.named_alone(line) and line or credit_lines.joined_credit(line, directory):
            yield credit, f"named alone on a line near the top: {line!r}"
    yield from found(opening, "named at the start of a line near the top: ",
                     credit_lines.glued_credit, credit_lines.dated_credit,
                     credit_lines.masthead_credit, signatures.stamp_glued_credit)
    if credit := signatures.bookend_masthead(both, directory):
        yield credit, f"its masthead opening and closing the page: {credit!r}"
    if credit := signatures.about_box(both, directory):
        yield credit, f"its box about itself: {credit!r}"
    headline = page.headline or (opening[0] if opening else None)
    furniture = [line for line in opening if line != headline and not is_prose(line) and line not in menu]
    yield from found(furniture, "named among the header's items: ", header_credit)
    if credit := own_names.release_issuer(opening, directory):
        yield credit, f"the issuer heading the release: {credit!r}"
    if credit := own_reports.issuer_beside_date(opening, directory):
        yield credit, f"the office beside the release's date: {credit!r}"
    for line in both:
        if credit := credit_lines.own_domain_credit(line, directory):
            yield credit, f"named beside its own address: {_short(line)!r}"
        elif credit := credit_lines.domain_line_credit(line, directory):
            yield credit, f"its address alone on a line: {_short(line)!r}"
    yield from found((*opening[:1], *closing), "named after the title: ", credits.title_credit)
    yield from found(opening[:1], "named after the title: ", lead_credits.slashed_title_credit)
    if opening and (credit := own_names.title_domain_credit(opening[0], both, directory)):
        yield credit, f"named after the title as in the address the page prints: {opening[0]!r}"
    yield from found(opening[:1], "named before the title: ", credits.source_before_title,
                     site_lines.title_source_credit)
    for paragraph in _closing_paragraphs(page.paragraphs):
        if credit := (credits.closing_credit(paragraph, directory) or east_asian_closing(paragraph, directory)
                      or signatures.information_credit(paragraph, directory)):
            yield credit, f"credited at the end: {_short(paragraph, tail=True)!r}"
            break
    yield from found(closing[::-1], "the wire's dateline under the story: ", wire_dateline_credit)
    yield from found(closing[-3:], "the wire's sign-off: ", site_lines.sign_off_credit,
                     site_lines.staff_contributed_credit, tail=True)
    for line in closing:
        if credit := signatures.team_credit(line, both, directory):
            yield credit, f"its editorial team signing: {line!r}"
    yield from found(closing[::-1], "the wire's note of its reporters and editors: ",
                     site_lines.editing_note_credit, tail=True)
    yield from found(both, "the writer's note: ", site_lines.writer_note_credit, tail=True)
    if credit := credit_lines.signed_credit(closing, directory):
        yield credit, f"signing the story under its last sentence: {credit!r}"
    yield from found((*closing[::-1], *opening), "the paper's name beside its reporter: ",
                     korean_signature)
    yield from found(closing[-1:], "tagged at the end: ", credit_lines.hashtag_credit, tail=True)
    mastheads = frozenset(name_key(line) for line in (
        *opening, *credits.title_parts(opening[0] if opening else "")) if len(line) <= 60)
    for line in closing[::-1]:
        if credit := copyright_lines.copyright_holder(line, directory, mastheads):
            yield credit, f"the copyright line {line!r}"
    yield from found(both, "the site's promotion of itself: ", site_lines.promotion_credit,
                     own_names.own_channel_credit, source_notes.homepage_credit,
                     source_notes.tip_line_credit)
    if credit := own_reports.own_reporting_credit(page.paragraphs, directory):
        yield credit, f"reporting what it learned itself: {credit!r}"
    if credit := own_reports.own_issue_credit(page.paragraphs, directory):
        yield credit, f"pointing to its own earlier issue: {credit!r}"


def _closing_paragraphs(paragraphs: tuple[str, ...]) -> list[str]:
    """The last paragraphs, last first, then the story's last sentence when the site's
    furniture (its other stories, "Latest Videos") follows it: where a wire's credit ends it."""
    last = list(paragraphs[-_CLOSING_PARAGRAPHS:][::-1])
    story_end = next((paragraph for paragraph in paragraphs[::-1]
                      if is_prose(_AFTER_LAST_SENTENCE.sub("", paragraph))), None)
    return last + [story_end] if story_end and story_end not in last else last


def _menu_items(lines) -> frozenset[str]:
    """Runs of bulleted lines that print no date: a site's menu ("• Politics", "• Foreign
    Affairs"), where a listed name is a section. One bulleted line ("• Kyodo") may credit, and
    so may an item beside the story's date ("• Reuters", "• Updated: 22-11-2019 15:45 IST")."""
    menu, run = set(), []
    for line in (*lines, ""):
        if line.startswith(("•", "·")):
            run.append(line)
            continue
        if len(run) > 1 and not any(find_date_line(item.lstrip("•· ")) for item in run):
            menu.update(run)
        run = []
    return frozenset(menu)


def _found_on(lines, where: str, *readers, directory: OutletDirectory, tail: bool = False):
    """(credit, where) for each of `lines` on which one of `readers` finds a credit."""
    for line in lines:
        for reader in readers:
            if credit := reader(line, directory):
                yield credit, f"{where}{_short(line, tail=tail)!r}"
                break


def _short(text: str, tail: bool = False, width: int = 60) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-width:] if tail else text[:width] + "…"


def outlet_from_url(url: str | None, directory: OutletDirectory | None = None) -> Found | None:
    host = (urlparse(url).hostname or "") if url else ""
    if not host:
        return None
    if name := (directory or outlets()).at_host(host):
        return Found(name, f"from the web address ({host})")
    return Found(host.removeprefix("www."), f"the web address's domain ({host})")


def cites_another_outlet(url: str, outlet: Found | None) -> bool:
    """Whether an address the page prints is a listed outlet's other than the one the page
    credits: a source it cites ("<a Seoul wire's address>" above a Finnish wire's credit)."""
    directory = outlets()
    host = urlparse(url).hostname or ""
    at_host = directory.at_host(host) if host else None
    credited = directory.named(outlet.value) or outlet.value if outlet else None
    return bool(at_host and credited and name_key(at_host) != name_key(credited))


def pasted_source_address(url: str, page: CleanedPage, text: str) -> bool:
    """Whether the address ending the page is the link a forum's post gives the story it pastes:
    the last line, under the story's time alone ("2019年11月22日 18時06分"), a listed outlet's
    address its text never names (an outlet's own page prints its name somewhere)."""
    closing = page.closing
    if len(closing) < 2 or url not in closing[-1] or not _time_alone(closing[-2]):
        return False
    at_host = outlets().at_host(urlparse(url).hostname or "")
    if at_host is None:
        return False
    folded = name_key(text.replace(url, " "))  # (the address itself names it)
    names = [key for key, name in outlets().by_name.items() if name == at_host and len(key) > 2]
    return not any(key in folded for key in names)


def _time_alone(line: str) -> bool:
    """A date and its time on a line of their own: "2019年11月22日 18時06分", "Nov 22, 2019 18:06"."""
    printed = find_date_line(line)
    return bool(printed and not printed.rest and not printed.before
                and _CLOCK.search(line.replace(printed.text, " ")))


def known_outlet_named(text: str) -> str | None:
    return outlets().named(text)
