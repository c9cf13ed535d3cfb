"""What a held-out set of page forms written blind must cover (`WrittenBlind`), and the periods of the GSOMIA
story a set may follow: the rows are in tests/page_set_specs.py and tests/page_set_specs_later.py."""

from __future__ import annotations

from dataclasses import dataclass

GSOMIA_PERIODS = frozenset({
    "gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-talks",
    "gsomia-2016-tentative", "gsomia-2016-signing", "gsomia-2018-extension",
    "gsomia-2019-termination", "gsomia-2019-suspension", "gsomia-2020-renewal",
    "gsomia-2023-normalisation"})


@dataclass(frozen=True)
class WrittenBlind:
    """A set's name and what it must cover: `gsomia_pages` of its `pages` on the story, in every
    one of `periods`; the rest on at least `other_stories` stories no earlier set used; at least
    `outlets` outlets named; as many pages naming no outlet (printing no date) as `unnamed`
    (`undated`) allows. `blind`: still unread, so scored only when named."""

    name: str
    pages: int
    gsomia_pages: int
    outlets: int
    other_stories: int
    unnamed: range
    undated: range
    yearless_at_least: int = 0
    periods: frozenset[str] = GSOMIA_PERIODS
    signing_and_crisis_share: bool = True
    blind: bool = True
