"""The date of a page, from what a reader finds in it: the wire's dateline (its year inferred
when it prints none), the date its markup states, the date line it prints, the original's
date a repost credits, a print edition's day, a date line without a year; with where.

The readers of each form live in `corpus.intake` (printed dates, datelines and their years).
"""

from __future__ import annotations

import datetime
import re
from itertools import chain
from urllib.parse import urlparse

from corpus.cleaning import CleanedPage, is_prose
from corpus.found import Found, short
from corpus.intake import site_signatures as signatures
from corpus.intake import source_notes
from corpus.intake.broadcast_headers import aired_record_day
from corpus.intake.citations import cited_date
from corpus.intake.contact_lines import EMAIL_ADDRESS_UNBOUNDED
from corpus.intake.credited_days import credit_lines, credited_day_of
from corpus.intake.date_readings import iso_day
from corpus.intake.date_lines_within import published_head_date, slashed_dateline_date, time_unglued, year_word_day
from corpus.intake.dated_leads import date_run_into_lead
from corpus.intake.dated_titles import title_tail_date
from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake.east_asian_credits import korean_credit_posted
from corpus.intake.east_asian_forms import bracketed_credit_date, editor_code_date, korean_picture_date
from corpus.intake.graphic_credits import graphic_date
from corpus.intake.datelines import Dateline, dated_item, find_dateline
from corpus.intake.office_years import holders_out_of_office
from corpus.intake.official_lines import is_upload_stamp, official_date_line
from corpus.intake.outlet_datelines import outlet_dateline, outlet_stamped_lead
from corpus.intake.pasted_bylines import pasted_byline_date
from corpus.intake.outlets import outlets
from corpus.intake.place_dated_leads import place_dated_lead
from corpus.intake.posting_stamps import (labelled_stamp_within, log_post_stamp, portal_byline_stamp, posted_label_stamp,
                                          run_into_stamp, signed_posting_stamp, under_comments_heading)
from corpus.intake.glued_dates import glued_date
from corpus.intake.printed_dates import find_date_line, read_date, stamp_opening_lead
from corpus.intake.reposts import original_date, spaceless_copy_date
from corpus.intake.stamped_credits import listed_closing_day, stamped_closing_day
from corpus.intake.site_clocks import (is_cited_after_text, is_member_since, is_quoted_stamp, is_video_stamp,
                                      is_weather_clock)
from corpus.intake.thread_posts import is_later_thread_post
from corpus.intake.todays_date import date_named_as_today
from corpus.intake.utility_bars import is_service_bar_clock
from corpus.intake.todays_weekday import date_by_todays_weekday
from corpus.intake.wire_days import wire_day_under_story
from corpus.intake.years import infer_year
from corpus.intake.yearless import find_yearless
from corpus.intake.yearless_credits import yearless_credited_day_of

_STAMP_LINES = 3  # the last lines, where a stamp under the story stands
_POSTING_LABEL = re.compile(r"^\s*(?:Published|Posted)(?:\s+on)?\s*:?\s+(?=\S)")
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-]?(?P<month>[01]\d)[/-]?(?P<day>[0-3]\d)(?:/|$|\D)"
                       r"|/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/")
_QUERY_DATE = re.compile(r"(?:^|&)\w+=(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)-\d{5,}-")


def parse_printed_date(text: str) -> str | None:
    """"Nov. 24, 2016 - 09:42", "15:52 23 November 2016", "2016-11-27" -> ISO day, or None."""
    return read_date(text)


def date_from_url(url: str | None) -> Found | None:
    """The day an address's path prints ("/2019/08/22/"), or its query as an article's number opening
    with its day ("hl?a=20181221-00000099-mai-pol", Yahoo! Japan's headlines)."""
    address = urlparse(url) if url else None
    match = address and (_URL_DATE.search(address.path) or _QUERY_DATE.search(address.query))
    if not match:
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
    printed = _not_contradicted(_with_original(stated or _printed(page), page), page)
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
    return printed or _print_edition_date(page) or _stamp_under_story(page) or _yearless_date(page, other_dates) \
        or _date_run_into_lead(page) or _title_tail(page) or _credited_day(page)


def is_a_full_day(value: str) -> bool:
    """A date value down to its day ("2014-03-31"), not a month's or a year's ("2014-03", "2014")."""
    return len(value) == len("YYYY-MM-DD")


def _is_not_the_pages_date(line: str, page: CleanedPage) -> bool:
    """A weather widget's or a service bar's clock, the day a forum's poster joined, a quoted page's or a video's stamp, a
    document site's upload, a thread's first post on a later day than the story it pastes."""
    return is_weather_clock(line, page.opening) or is_member_since(line, page.opening) \
        or is_service_bar_clock(line, page.opening) \
        or is_quoted_stamp(line) or is_video_stamp(line, chain(page.opening, page.paragraphs)) \
        or is_cited_after_text(line, page.opening, page.paragraphs) or is_upload_stamp(line, page.opening) \
        or is_later_thread_post(line, (*page.opening, *page.paragraphs))


def _not_contradicted(printed: Found | None, page: CleanedPage) -> Found | None:
    """The date unless officeholders the story names in office had left office (or not taken
    it) more than a year before (after) it: then it is a site's clock or a misreading."""
    if printed is None or not is_a_full_day(printed.value):
        return printed
    return None if holders_out_of_office(printed.value, page.seen_text) else printed


# "englishnews@chosun.com / Dec. 02, 2013 11:31 KST": the desk's address and the date under the story.
_ADDRESS_AND_DATE = re.compile(rf"^{EMAIL_ADDRESS_UNBOUNDED}\s*[/|]\s*(?P<date>.+)$")
_CLOSING_STAMP = re.compile(r"[。」』]\s*[(（]\s*(?P<date>(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|/\d{1,2}/\d{1,2})"
                            r"(?:-\d{1,2}:\d\d)?)\s*[)）]\s*(?:【[^】]{1,20}】)?\s*$"
                            r"|[.!?][\"”’']?\s*\((?P<numeric>[01]?\d/[0-3]?\d/(?:20)?\d\d)\)\s*$"  # "… Ukraine." (09/13/23)
                            # "… sanctions. – Agencies, January 6, 2016.": the credit and its day, signing the story
                            r"|[.!?][\"”’']?\s+[–—]\s*[A-Z][\w&.'’ ]{1,30},\s+(?P<signed>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d)\.?\s*$")


def _stamp_under_story(page: CleanedPage) -> Found | None:
    """The date a page prints under its story, when it prints none above it: after the desk's or
    reporter's address, or closing a Japanese story's last sentence in brackets, before the
    wire's credit if any ("…。(2012年12月12日) 【朝鮮通信=時事】", jiji.com's "（2012/12/12-10:32）"),
    or a blog's quotation of a story ("… in Ukraine." (09/13/23)": a part over 12 decides), or
    a credit and its day signing the story ("… sanctions. – Agencies, January 6, 2016."), or a
    blog's stamp of its post under it, the only one there ("Published on February 06, 2016 22:31",
    as Goodreads', Tumblr's and many blog themes' posts print it; not a commenter's below "Comments")."""
    stamps = [(line, printed) for line in page.closing
              if (printed := _posting_stamp(line)) and not under_comments_heading(line, page.closing)]
    if len(stamps) == 1 and stamps[0][0] in page.closing[-_STAMP_LINES:]:
        return Found(stamps[0][1], f"posted under the story: {short(stamps[0][0], tail=True)!r}")
    for line in page.closing[-_STAMP_LINES:]:
        match = _ADDRESS_AND_DATE.match(line.strip()) or _CLOSING_STAMP.search(line)
        if match and (printed := find_date_line(match["date"] or match["numeric"] or match["signed"])) \
                and not printed.rest and is_a_full_day(printed.value):
            return Found(printed.value, f"printed under the story: {short(line, tail=True)!r}")
        if wired := stamped_closing_day(line) or (_last_of_the_story(line, page.closing)
                                                   and listed_closing_day(line, outlets())):
            return Found(wired, f"printed with the wire's credit closing the story: {short(line, tail=True)!r}")
        if coded := editor_code_date(line):
            return Found(coded, f"the day of the agency's code under the story: {short(line, tail=True)!r}")
        if picture := korean_picture_date(line, outlets()):
            return Found(picture[0], f"the day of the picture its agency dates: {short(line, tail=True)!r}")
    return None


def _last_of_the_story(line: str, closing: tuple[str, ...]) -> bool:
    """No paragraph of prose after `line`: a quoted story's credit and day above the blog's own words is none."""
    return not any(is_prose(text) for text in closing[closing.index(line) + 1:])


def _posting_stamp(line: str) -> str | None:
    """The day of a line that is a posting stamp and nothing else: "Published on <date>", "Posted
    <date>" (its time at most after it), "Posted by <poster> <date>", "Published in <paper>, <date>"."""
    printed = find_date_line(line) if _POSTING_LABEL.match(line) else None
    if printed and printed.label in ("published", "posted") and not printed.rest and is_a_full_day(printed.value):
        return printed.value
    return posted_label_stamp(line) or signed_posting_stamp(line)


def _date_run_into_lead(page: CleanedPage) -> Found | None:
    """A full date run into the story's first words ("13 NOV. 2016 Cientos de miles …"), when nothing else dates it."""
    run = date_run_into_lead(list(dict.fromkeys((*page.opening[:4], *page.paragraphs[:1]))))
    return Found(run[0], f"printed as the story's first words run on: {short(run[1])!r}") if run else None


def _title_tail(page: CleanedPage) -> Found | None:
    """A full date in brackets closing the title ("… Nuclear Test [January 7, 2016]"), when nothing else dates it."""
    tail = title_tail_date(page.opening[0]) if page.opening else None
    return Found(tail[0], f"printed in brackets closing the title: {tail[1]!r}") if tail else None


def _credited_day(page: CleanedPage) -> Found | None:
    """The day a copy's credit gives beside its outlet ("(USA Today, Sept 14,2017): On Friday …"), when nothing else
    dates the page."""
    lines = credit_lines(page.headline or "", page.opening, page.paragraphs, page.closing)
    credit = credited_day_of(lines, outlets(), page_numeric_order(page.opening))
    return Found(credit[0], f"printed in the credit beside its outlet: {short(credit[1])!r}") if credit else None


def _print_edition_date(page: CleanedPage) -> Found | None:
    """The day a note of the print edition gives, when the page prints no date of its own (a
    paper's site may print a story a day before its print edition)."""
    return next((Found(value, f"the day of the print edition: {short(line, tail=True)!r}")
                 for line in page.closing[::-1] if (value := source_notes.print_edition_date(line))), None)


def _yearless_date(page: CleanedPage, other_dates: tuple[Found, ...]) -> Found | None:
    """A date line without a year under the title ("NHK -- Aug 22"), its year inferred as a
    dateline's is; a year the line's own weekday contradicts is none."""
    printed = find_yearless(page.opening[1:])
    if printed is None:
        return None
    page_dates = [(value, d.provenance) for d in other_dates if (value := read_date(d.value))]
    inferred = infer_year(printed.month, printed.day, page_dates, page.seen_text,
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
    """The date the page prints: on a date line, glued to an opening line or named as today, in the credit or the stamp
    opening the lead, on a head line or in the lead's dateline: the first found, in that order."""
    order = page_numeric_order(page.opening)
    return (_on_a_date_line(page, order) or _glued_or_named_as_today(page) or _in_the_lead_s_credit_or_stamp(page)
            or _on_a_head_line_or_the_lead(page, order))


def _on_a_date_line(page: CleanedPage, order: str) -> Found | None:
    printed_date = page.printed_date
    if printed_date and _is_not_the_pages_date(printed_date, page):  # the next date line, if any
        printed_date = next((d.line for d in page.date_lines
                             if d.line != printed_date and not _is_not_the_pages_date(d.line, page)), None)
    if printed_date and (value := read_date(printed_date, order) or read_date(time_unglued(printed_date), order)
                         or year_word_day(printed_date)):
        return Found(value, f"printed on the page: {printed_date!r}")
    return None


def _glued_or_named_as_today(page: CleanedPage) -> Found | None:
    title = page.opening[0] if page.opening else ""
    for line in page.opening[1:]:
        if glued := glued_date(line, title):
            return Found(glued.value, f"printed glued to the text: {short(line)!r}")
    for line in page.opening[1:]:
        if item := dated_item(line):
            return Found(item[0], f"printed before the wire's dateline: {item[1]!r}")
    if today := date_by_todays_weekday(page.opening, page.paragraphs):
        return Found(today[0], f"printed on the page, its order by the weekday named as today: {today[1]!r}")
    if named := date_named_as_today((*page.opening[:2], *page.paragraphs[:1])):
        return Found(named[0], f"named in full as today in the lead: {named[1]!r}")
    return None


def _in_the_lead_s_credit_or_stamp(page: CleanedPage) -> Found | None:
    for line in page.opening[1:4]:
        if value := bracketed_credit_date(line) or korean_credit_posted(line):
            return Found(value, f"printed in the credit opening the lead: {short(line)!r}")
        if own := outlet_dateline(line, outlets()):
            return Found(own[1], f"printed in the outlet's dateline: {short(line)!r}")
        if (stamp := stamp_opening_lead(line, page.opening)) and is_a_full_day(stamp.value):
            return Found(stamp.value, f"printed as the lead opens: {short(line)!r}")
    for line in page.opening[:3]:
        if (aired := aired_record_day(line)) and (value := read_date(aired)):
            return Found(value, f"the day of the airing it records: {short(line)!r}")
        if dateline := slashed_dateline_date(line):
            return Found(dateline.value, f"printed in the dateline opening the lead: {dateline.text!r}")
        if portal := portal_byline_stamp(line):
            return Found(portal, f"printed in the portal's byline run into the text: {short(line)!r}")
        if stamp := run_into_stamp(line) or (log_post_stamp(line) if line == page.opening[0] else None):
            return Found(stamp, f"printed in the post's stamp: {short(line)!r}")
    if stamp := labelled_stamp_within(page.opening):
        return Found(stamp, "printed in the posting stamp or byline among the opening's words")
    return None


def _on_a_head_line_or_the_lead(page: CleanedPage, order: str) -> Found | None:
    for before, line in zip(page.opening, page.opening[1:12]):
        if official := official_date_line(line, before):
            return Found(official.value, f"printed on the page: {short(line)!r}")
        if issue := published_head_date(line):
            return Found(issue.value, f"printed on the issue's line: {short(line)!r}")
        if graphic := graphic_date(line):
            return Found(graphic.value, f"printed after a graphic's sources: {short(line)!r}")
    if dateline := place_dated_lead(next(iter(page.paragraphs), ""), order):
        return Found(dateline[0], f"printed in the dateline opening the lead: {dateline[1]!r}")
    if stamped := outlet_stamped_lead(next(iter(page.paragraphs), ""), outlets()):
        return Found(stamped[1], f"printed in the outlet's stamp opening the lead: {short(page.paragraphs[0])!r}")
    return None


def _with_original(printed: Found | None, page: CleanedPage) -> Found | None:
    """The date of the original a repost credits ("This article first appeared in X on
    <date>", or its byline and day pasted under a post's stamp) over the reposting page's own, which the
    provenance keeps."""
    title = page.opening[0] if page.opening else ""
    original = next(((value, line) for line in (*page.opening, *page.closing[::-1])
                     if (value := original_date(line) or signatures.quoted_source_date(line)
                                  or cited_date(line) or spaceless_copy_date(line, title))), None) \
        or pasted_byline_date(page.opening, outlets()) or pasted_byline_date(page.closing, outlets()) \
        or _yearless_credit(printed, page)
    if original is None or (printed and printed.value == original[0]):
        return printed
    found = Found(original[0], f"the date its credit gives the original: {short(original[1])!r}")
    if printed:
        return Found(found.value, f"{found.provenance} (the original's date; "
                                  f"{printed.value} {printed.provenance})")
    return found


def _yearless_credit(printed: Found | None, page: CleanedPage) -> tuple[str, str] | None:
    """A copy's credit of a listed outlet with a day but no year ("--The Asahi Shimbun, July 6"), under the page's own
    stamp, which fixes its year."""
    if printed is None or not is_a_full_day(printed.value):
        return None
    lines = credit_lines(page.headline or "", page.opening, page.paragraphs, page.closing)
    return yearless_credited_day_of(lines, printed.value, outlets())


def dateline_lead(dateline: Dateline, page: CleanedPage) -> str:
    """The words whose weekday a dateline's day is read with: the rest of its line, or when it
    stands alone (but for its dash), the paragraph under it ("April 28 (UPI) --" over "Japan's
    trade ministry said Friday ...", not a caption kept above it), else the first paragraph."""
    if re.search(r"\w", dateline.rest):  # not the rest of its dash ("-")
        return dateline.rest
    line = page.opening[dateline.line_number] if dateline.line_number < len(page.opening) else None
    at = page.paragraphs.index(line) if line in page.paragraphs else -1
    return next(iter(page.paragraphs[at + 1:]), "")


def _dateline_date(dateline: Dateline, page: CleanedPage, page_dates: list[Found]) -> Found | None:
    where = f"from the dateline {dateline.text!r}"
    if dateline.year:
        value = iso_day(dateline.year, dateline.month, dateline.day)
        return Found(value, where) if value else None
    lead = dateline_lead(dateline, page)
    inferred = infer_year(dateline.month, dateline.day,
                          [(d.value, d.provenance) for d in page_dates], page.seen_text, lead, _story(page, lead))
    if inferred is None:
        return None
    value = iso_day(inferred.year, dateline.month, dateline.day)
    return Found(value, f"inferred {where}: its year from {inferred.reason}") if value else None
