"""What is known of a received article: given on the command line, stated by the file, or
found in its text, in that order of trust; each fact with where it came from."""

from __future__ import annotations

from pathlib import Path

from corpus.cleaning import CleanedPage
from corpus.formats import Received, Unreadable
from corpus.intake.cited_addresses import addresses_of_several_outlets
from corpus.intake.outlets import outlets
from corpus.loader import cleaned, slugify
from corpus.metadata import Found, date_from_page, date_from_url, known_outlet_named, outlet_from_page
from corpus.page_addresses import (
    address_in_text,
    bare_closing_address,
    cites_another_outlet,
    outlet_from_url,
    pasted_source_address,
)
from corpus.sanitize import clean_line
from corpus.stated_dates import BadDate, normalise_stated_date


def describe_received(received: Received, overrides: dict[str, str], source: str,
                      path: Path) -> dict:
    """What is known of an article: given on the command line, stated by the file, or
    found in its text, in that order of trust; each with where it came from. What an HTML
    page's markup states is the page's word, not the user's: the wire's dateline and the
    credits printed in the text come before it."""
    page = cleaned(received.text)  # (the same page, cleaned once, serves the article)
    given = {key: value for key, value in overrides.items() if value}
    printed_url = None if given.get("url") or received.stated.get("url") else address_in_text(page, received.text)
    url = given.get("url") or received.stated.get("url") or printed_url
    outlet = _found_outlet(received, page, given, printed_url, url)
    if printed_url and cites_another_outlet(printed_url, outlet):
        url = None  # "<yna.co.kr address>" above the credit "STT": the source it cites
    url_date = None if printed_url and bare_closing_address(printed_url, page, received.text) else date_from_url(url)
    date = _found_date(received, page, given, url_date)
    return _description(received, page, outlet, date, url, source)


def _user_and_markup(received: Received) -> tuple[dict[str, str], dict[str, str]]:
    """What the file states as the user's word, and what an HTML page's markup states (the page's word)."""
    return ({}, received.stated) if received.format == "html" else (received.stated, {})


# Each source is read only when the ones trusted more found nothing (`or`: reading the
# page's credits and dates is most of the intake's work, and an export states both).
def _found_outlet(received: Received, page: CleanedPage, given: dict[str, str], printed_url: str | None,
                  url: str | None) -> Found | None:
    user_stated, markup = _user_and_markup(received)
    return (_given(given, "outlet", "given with --outlet")
            or _given(user_stated, "outlet", f"stated in the {received.format} file")
            or outlet_from_page(page) or _stated_outlet(markup)
            or (None if printed_url and (pasted_source_address(printed_url, page, received.text)
                                         or addresses_of_several_outlets((*page.opening, *page.closing), outlets()))
                else outlet_from_url(url, listed_only=url == printed_url)))


def _found_date(received: Received, page: CleanedPage, given: dict[str, str], url_date: Found | None) -> Found | None:
    user_stated, markup = _user_and_markup(received)
    return (_given(given, "date", "given with --date")
            or _given(user_stated, "date", f"stated in the {received.format} file")
            or date_from_page(page, _given(markup, "date", "stated in the page's HTML metadata"),
                              (url_date,) if url_date else ())
            or url_date)


def _description(received: Received, page: CleanedPage, outlet: Found | None, date: Found | None, url: str | None,
                 source: str) -> dict:
    date_value = _normalise_date(date.value) if date else None
    return {
        "headline": received.stated.get("headline") or page.headline,
        "outlet": outlet.value if outlet else None,
        "outlet_id": slugify(outlet.value) if outlet else None,  # None: the article's own
        "outlet_provenance": outlet.provenance if outlet else "unknown",
        "date": date_value,
        "date_precision": {10: "day", 7: "month", 4: "year"}.get(len(date_value or "")),
        "date_provenance": date.provenance if date_value else "unknown: no date found",
        "byline": received.stated.get("byline") or page.byline,
        "url": url,
        "source": source,
        "format": received.format,
        "encoding": received.encoding,
        "notes": f"outlet {outlet.provenance}" if outlet else None,
    }


def _stated_outlet(markup: dict[str, str]) -> Found | None:
    """The site name an HTML page's markup states, named as the list of outlets names it."""
    if not markup.get("outlet"):
        return None
    name = clean_line(markup["outlet"])
    return Found(known_outlet_named(name) or name, "stated in the page's HTML metadata")


def _given(facts: dict[str, str], key: str, provenance: str) -> Found | None:
    return Found(clean_line(facts[key]), provenance) if facts.get(key) else None


def _normalise_date(value: str) -> str | None:
    """Any date text to ISO at the precision it has ("2016-11-23T10:00+09:00" -> "2016-11-23");
    an impossible date ("2016-02-30") is refused: `Unreadable` with the reason."""
    try:
        return normalise_stated_date(value)
    except BadDate as bad:
        raise Unreadable(f"{bad}; correct it in the file or give --date") from None
