"""What a reader finds about an article in its own text: outlet and date, with where.

Facts come with where they were found. What cannot be found stays None and is shown as
unknown: nothing is guessed silently. The page's date is found in `corpus.page_dates`; its
outlet here, and what the addresses it prints say in `corpus.page_addresses`. The readers of
each form live in `corpus.intake` (printed dates, datelines and their years, credits, the list
of outlets).
"""

from __future__ import annotations

import re
from functools import partial

from corpus.cleaning import CleanedPage, is_prose
from corpus.found import Found, short
from corpus.credit_places import Places, closing_paragraphs, outside_menus, quoted_under_a_byline
from corpus.intake import copyright_lines, credit_lines, credits, lead_credits, own_names, own_reports, site_lines
from corpus.intake import citations, closing_names, outlet_datelines, quoted_pages, reporter_addresses, site_pointers
from corpus.intake import broadcast_headers, closing_wires, masthead_lines, official_names, own_mentions, source_notes
from corpus.intake import east_asian_forms as east_asian, japanese_site_lines as japanese, site_signatures as signatures
from corpus.intake import addressed_closings, first_appeared, own_accounts, own_addresses, title_credits
from corpus.intake.site_clocks import is_cited_after_text
from corpus.intake.east_asian_credits import (chinese_reporters_credit, east_asian_closing, east_asian_credit,
                                              korean_signature)
from corpus.intake.datelines import find_dateline
from corpus.intake.closing_credits import closing_credit
from corpus.intake.dated_names import dated_name_credit
from corpus.intake.furniture import gallery_caption, is_caption, is_korean_caption
from corpus.intake.graphic_credits import graphic_credit
from corpus.intake.header_names import header_credit
from corpus.intake.translated_bylines import translated_korean_byline
from corpus.intake.outlets import OutletDirectory, name_key, outlets
from corpus.intake.picture_credits import is_picture_credit
from corpus.intake.press_reviews import review_headings
from corpus.intake.stamped_credits import stamped_closing_credit
from corpus.intake.wire_contributions import contributed_wire_credit
from corpus.intake.wire_days import wire_dateline_credit
from corpus.page_dates import date_from_page, date_from_url, iso_day, parse_printed_date
from corpus.sanitize import clean_line

__all__ = ["Found", "date_from_page", "date_from_url", "iso_day", "known_outlet_named", "outlet_from_page",
           "parse_printed_date"]

_PHOTO_LABEL = re.compile(r"(?i)^\W*(?:photos?|image|picture|video|credit|source)\s*:?\W*$")
# "Published by The Lawfare Institute / in Cooperation With / Brookings": a line naming a partner next.
_PARTNER_LEAD = re.compile(rf"(?i)\b(?:{credit_lines.IN_PARTNERSHIP_WITH}"
                           r"|(?:supported|sponsored|powered|funded)\s+by|with\s+support\s+from)\W*$")


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


def _credits(page: CleanedPage, directory: OutletDirectory):
    """(credit as printed, where) pairs, most trusted first (a generator: stops at the first)."""
    places = Places.of(page, directory)
    for readers in (_dateline_and_lead_credits, _byline_and_source_credits, _names_near_the_top,
                    _site_and_title_credits, _closing_credits, _copyright_and_promotion_credits,
                    _mentions_in_the_story):
        yield from readers(places)


def _dateline_and_lead_credits(places: Places):
    """The dateline's credit, the lead's opening credit, the desk under the masthead, the credit beside the place."""
    page, opening, directory, found = places.page, places.opening, places.directory, places.found
    dateline = find_dateline(list(opening))
    if dateline and dateline.credit and not quoted_under_a_byline(dateline, opening, directory):
        yield (credits.one_credit(dateline.credit, directory),
               f"credited in the dateline: {dateline.text!r}")
    yield from found(opening, "credited in its own dateline: ", outlet_datelines.outlet_dateline_credit)
    yield from found(opening, "credited as the lead opens: ", east_asian_credit,
                     east_asian.bracketed_credit_opening, east_asian.dateless_dispatch_credit,
                     east_asian.korean_bracketed_name, east_asian.japanese_place_credit,
                     east_asian.bracketed_name_alone, east_asian.stationed_reporter_credit,
                     east_asian.own_feature_credit)
    below_title = opening[1:] if page.headline else opening  # (no title picked: the lead may open the page)
    yield from found(below_title, "credited as the lead opens: ", lead_credits.lead_credit)
    if desk := own_names.masthead_desk_credit(opening, directory):
        yield desk[0], f"the site's desk under its masthead: {desk[1]!r}"
    yield from found(opening, "credited beside the place: ", credit_lines.place_credit)


def _byline_and_source_credits(places: Places):
    """The byline, the site's desk, the publisher, a graphic's sources, a reporter's address, a source line."""
    page, opening, both, found = places.page, places.opening, places.both, places.found
    yield from found(opening, "credited in the byline ", credits.byline_credit,
                     credit_lines.byline_beside_credit, credit_lines.byline_before_dateline_credit,
                     lead_credits.handle_credit, lead_credits.outlet_reporter_credit, chinese_reporters_credit,
                     east_asian.reported_byline_credit, east_asian.dispatch_or_compiler_credit,
                     translated_korean_byline,
                     partial(credit_lines.lower_label_credit, captions=credit_lines.under_captions(opening)))
    yield from found(opening, "the site's desk: ", own_names.desk_credit)
    yield from found(both, "named as its publisher: ", credit_lines.publisher_credit,
                     official_names.disclaimer_staff_credit)
    yield from found(both, "credited after a graphic's sources: ", graphic_credit)
    named_address = partial(reporter_addresses.named_address_credit, text="\n".join((*page.opening, *page.paragraphs,
                                                                                    *page.closing)))
    yield from found(both, "the domain of a reporter's address: ", named_address)
    yield from found(opening, "named in a label before the text: ", credit_lines.bracket_credit)
    yield from _source_lines(places)
    yield from found(both, "the site's pointer to itself or to the original: ", site_pointers.site_pointer_credit)
    yield from found(page.paragraphs[:1], "named as the source it quotes: ", quoted_pages.reports_intro_credit)
    yield from found(places.closing[-3:], "the site's pitch for itself: ", quoted_pages.self_pitch_credit, tail=True)
    yield from found(both, "the site's button asking to back it: ", quoted_pages.backer_pitch_credit)
    yield from found(both, "the site asking to be followed on Google News: ", quoted_pages.google_news_credit)
    yield from found(both, "the site's link to its standards or its app: ", quoted_pages.own_link_credit)
    yield from found(both, "the site's pointer to its stories: ", credit_lines.more_from_credit,
                     lead_credits.own_widget_credit)


def _source_lines(places: Places):
    """A line naming the story's source, but a source boxed beside the story or printed between its sentences."""
    sourced = tuple(line for line in places.both if line not in places.boxed | places.between)
    yield from places.found(sourced, "named as the source: ", source_notes.print_edition_credit,
                            first_appeared.first_appeared_credit, source_notes.read_more_credit, site_lines.feed_credit,
                            site_lines.courtesy_credit, site_lines.source_note_credit, signatures.quoted_source,
                            source_notes.titled_source_credit, source_notes.field_credit,
                            source_notes.editor_line_credit, east_asian.authorised_reprint_credit,
                            source_notes.digested_editorial_credit, source_notes.addressed_source_credit,
                            source_notes.quotation_intro_credit, east_asian.source_among_items_credit,
                            citations.cited_outlet)
    yield from places.found(sourced, "named as the source: ", site_pointers.noted_source_credit, tail=True)


def _names_near_the_top(places: Places):
    """A listed name alone on a line near the top (a masthead, a wire's credit), glued to the byline, opening a line,
    after the posting stamp; the masthead opening and closing the page; the site's box or line about itself."""
    page, opening, both, directory = places.page, places.opening, places.both, places.directory
    headings = review_headings(opening, directory)
    for before, line, after in zip(("", *opening), opening, (*opening[1:], "")):
        if _PHOTO_LABEL.match(before) or is_korean_caption(before) \
                or japanese.picture_credit_under_caption(before, line, after, directory):
            continue  # "photo" / "AP", a caption / "연합뉴스": a picture's credit under its label
        if _PARTNER_LEAD.search(before):
            continue  # "in Cooperation With" / "Brookings": the site's partner, not the site
        if line in places.menu or line in headings:
            continue  # "• Politics": an item of the site's menu; "NZ Herald" heading what a review of papers says
        if credit := directory.named_alone(line) and line or credit_lines.joined_credit(line, directory):
            yield credit, f"named alone on a line near the top: {line!r}"
        elif not is_caption(before) and (credit := credit_lines.glued_byline_credit(line, directory)):
            yield credit, f"glued to the byline: {line!r}"
    uncited = tuple(line for line in opening if not is_cited_after_text(line, page.opening, page.paragraphs))
    yield from outside_menus(places.found(
        uncited, "named at the start of a line near the top: ", credit_lines.glued_credit, credit_lines.dated_credit,
        credit_lines.masthead_credit, signatures.stamp_glued_credit, east_asian.delivered_credit), opening)
    yield from places.found(opening, "credited after the site's posting stamp: ", signatures.stamp_credit)
    if credit := signatures.bookend_masthead(both, directory):
        yield credit, f"its masthead opening and closing the page: {credit!r}"
    if credit := signatures.about_box(both, directory):
        yield credit, f"its box about itself: {credit!r}"
    elif credit := signatures.self_description(both, directory):
        yield credit, f"its line about itself: {credit!r}"


def _site_and_title_credits(places: Places):
    """The header's items, the breadcrumb's home, a tagline, a release's issuer, the site's address, the title's."""
    page, opening, both, directory, found = places.page, places.opening, places.both, places.directory, places.found
    headline = page.headline or (opening[0] if opening else None)
    furniture = [line for line in opening if line != headline and not is_prose(line)
                 and line not in places.menu and line not in places.boxed | places.between]
    yield from outside_menus(found(furniture, "named among the header's items: ", header_credit), opening)
    if credit := site_pointers.numbered_breadcrumb_home(opening, directory):
        yield credit, f"its home opening the breadcrumb: {credit!r}"
    yield from found(opening, "its tagline naming itself: ", east_asian.korean_tagline_credit)
    if credit := own_names.release_issuer(opening, directory):
        yield credit, f"the issuer heading the release: {credit!r}"
    if credit := own_reports.issuer_beside_date(opening, directory):
        yield credit, f"the office beside the release's date: {credit!r}"
    if credit := official_names.press_conference_ministry(opening) \
            or official_names.issuer_field_credit(both, directory):
        yield credit, f"the issuing office the page names: {credit!r}"
    page_text = "\n".join((page.seen_text, *page.closing))  # (a name printed again vouches for its address)
    for line in both:
        if credit := own_addresses.own_domain_credit(line, directory, page_text):
            yield credit, f"named beside its own address: {short(line)!r}"
        elif credit := credit_lines.domain_line_credit(line, directory):
            yield credit, f"its address alone on a line: {short(line)!r}"
    yield from _title_credits(places)


def _title_credits(places: Places):
    """The outlet named after or before the title ("World news | The Guardian"), or as in the address it prints."""
    opening, closing, found = places.opening, places.closing, places.found
    titles = (*opening[:1], *(line for line in closing if not is_caption(line)))  # "… on Tuesday. — AFP": a picture's
    yield from found(titles, "named after the title: ", title_credits.title_credit)
    yield from found(opening[:1], "named after the title: ", lead_credits.slashed_title_credit,
                     lead_credits.parenthesised_title_credit, lead_credits.posted_title_credit)
    if opening and (credit := own_names.title_domain_credit(opening[0], places.both, places.directory)):
        yield credit, f"named after the title as in the address the page prints: {opening[0]!r}"
    yield from found(opening[:1], "named before the title: ", title_credits.source_before_title,
                     site_lines.title_source_credit)


def _closing_credits(places: Places):
    """A credit closing the story, the wire's dateline or sign-off under it, its team signing, its editors' note."""
    page, closing, both, directory, found = places.page, places.closing, places.both, places.directory, places.found
    for paragraph in closing_paragraphs(page.paragraphs):
        if gallery_caption(paragraph, page.paragraphs) or is_picture_credit(paragraph, page.paragraphs):
            continue  # "… April 13, 2012. (AP)" among a gallery's captions, "Photo de … | HO / AFP": a picture's
        if credit := (closing_credit(paragraph, directory) or east_asian_closing(paragraph, directory)
                      or signatures.information_credit(paragraph, directory)
                      or stamped_closing_credit(paragraph, directory)):
            yield credit, f"credited at the end: {short(paragraph, tail=True)!r}"
            break
    yield from found(addressed_closings.last_lines(closing), "credited at the end, before the copied story's address: ",
                     addressed_closings.addressed_closing_credit, tail=True)
    yield from found(closing[::-1], "the wire's dateline under the story: ", wire_dateline_credit)
    yield from found(closing[-3:], "the wire's sign-off: ", site_lines.sign_off_credit,
                     site_lines.staff_contributed_credit, closing_wires.joint_wires_credit, tail=True)
    for line in (*places.opening[1:3], *closing):  # under the title as a byline ("Sunday World Video Team") or closing
        if credit := signatures.team_credit(line, both, directory) or japanese.desk_signature_credit(line, directory):
            yield credit, f"its editorial team signing: {line!r}"
    for line in places.opening:
        if credit := signatures.bracketed_team_credit(line, both, directory):
            yield credit, f"its editorial department closing the byline: {line!r}"
    if any("diting by" in line for line in closing) and site_lines.names_editing_wire(  # the note alone names none
            "\n".join((page.seen_text, *page.closing))):
        yield from found(closing[::-1], "the wire's note of its reporters and editors: ",
                         site_lines.editing_note_credit, tail=True)
    yield from _signatures(places)


def _signatures(places: Places):
    """The writer's note, a signature under the last sentence, the paper beside its reporter, a wire's sign-off."""
    page, opening, closing, both, found = places.page, places.opening, places.closing, places.both, places.found
    yield from found(both, "the writer's note: ", site_lines.writer_note_credit, tail=True)
    if credit := credit_lines.signed_credit(closing, places.directory):
        yield credit, f"signing the story under its last sentence: {credit!r}"
    yield from found((*closing[::-1], *opening), "the paper's name beside its reporter: ",
                     korean_signature, east_asian.english_bracket_signature)
    yield from found(both, "named beside its own address, in a Korean wire's dateline, signing off or by its editors: ",
                     closing_names.name_beside_own_address_credit, closing_names.dated_wire_credit,
                     closing_names.transcript_sign_off_credit,
                     partial(closing_names.compiled_from_wires_credit, dw_signed=closing_names.signed_by_dw(
                         page.opening, "\n".join((page.seen_text, *page.closing)))),
                     tail=True)
    yield from found(closing[-1:], "tagged at the end: ", credit_lines.hashtag_credit, tail=True)
    yield from found(closing[-2:], "its trade name closing the story: ", east_asian.registered_name_credit)
    yield from found(opening[:3], "its broadcast's own header: ", broadcast_headers.aired_record_credit,
                     broadcast_headers.episode_title_credit, broadcast_headers.programme_header_credit)


def _copyright_and_promotion_credits(places: Places):
    """The copyright line's holder, then the site's promotion of itself."""
    page, opening, both, directory = places.page, places.opening, places.both, places.directory
    mastheads = frozenset(name_key(line) for line in (
        *opening, *title_credits.title_parts(opening[0] if opening else "")) if len(line) <= 60)
    for line in (*places.closing[::-1], *copyright_lines.listed_notice_atop(opening, directory)):
        if copyright_lines.picture_mark_above_story(line, page.opening, page.paragraphs, directory):
            continue  # "ⓒYONHAP News" above the story: a picture's
        if credit := copyright_lines.copyright_holder(line, directory, mastheads):
            yield credit, f"the copyright line {line!r}"
    yield from places.found(both, "the site's promotion of itself: ", site_lines.promotion_credit,
                            own_names.own_channel_credit, source_notes.homepage_credit, source_notes.tip_line_credit,
                            lead_credits.own_hot_list_credit, masthead_lines.masthead_line_credit,
                            japanese.self_introduction_credit, japanese.member_pitch_credit)
    if credit := own_accounts.own_channel_list_credit(both, directory):
        yield credit, f"the site's list of its own channels: {credit!r}"


def _mentions_in_the_story(places: Places):
    """What the story's own sentences say of the outlet: its reporting, its issue, a source speaking to it, its
    reporter; then a source between its sentences, its name and day heading a copied story, the wire it draws on."""
    page, both, directory = places.page, places.both, places.directory
    if credit := own_reports.own_reporting_credit(page.paragraphs, directory):
        yield credit, f"reporting what it learned itself: {credit!r}"
    if credit := own_reports.own_issue_credit(page.paragraphs, directory):
        yield credit, f"pointing to its own earlier issue: {credit!r}"
    if credit := own_mentions.interviewed_credit(page.paragraphs, directory):
        yield credit, f"a source speaking to it: {credit!r}"
    if credit := own_mentions.video_title_credit(places.opening[:1], directory):
        yield credit, f"its name and day closing the video's title: {credit!r}"
    if credit := own_mentions.self_promotion_credit((*page.masthead, *both), directory):
        yield credit, f"promoting itself: {credit!r}"
    yield from places.found(sorted(places.between), "named as the source between the story's sentences: ",
                            first_appeared.first_appeared_credit, site_lines.source_note_credit)
    if credit := own_mentions.own_reporter_credit(page.paragraphs, directory):
        yield credit, f"its own reporter named: {credit!r}"
    if credit := dated_name_credit((*both, *page.paragraphs), directory):
        yield credit, f"its name and day heading the copied story: {credit!r}"
    yield from places.found((*both, *page.paragraphs), "the wire its story draws on: ", contributed_wire_credit)


def known_outlet_named(text: str) -> str | None:
    return outlets().named(text)
