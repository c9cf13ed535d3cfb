"""Whether a page that prints no date tells of a listed event later than an estimate of its date, for
`corpus.date_estimate`: an estimate from a yearless day is refused, or its year chosen, by the later
events the page reports (a list's first entry under "its fifth nuclear test on Friday"; "since
September, when the North conducted its fifth nuclear test" under a Tuesday of June 2012).
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus.date_own_day import dates_its_sentence
from corpus.date_weekdays import names_its_weekday
from corpus.dates import DateValue
from corpus.about_words import named_in
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, ReportingDate, dated_mentions
from corpus.happenings import Happening
from corpus.model import Article


def year_fixed(article: Article, spec: EventSpec, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
               on_its_date: bool, own_days: Sequence[DatedMention], estimate: DateValue,
               year_named: tuple[DatedMention, ...]) -> bool:
    """Whether the year of an estimate from a yearless day is fixed on an undated page of another
    story: by the weekday the page names for a day on the event's date, or by the event's own day in
    the sentence that words it (`corpus.date_own_day`), unless the page tells of a later listed event
    (a list's first entry, "Jan. 6: The North carries out its fourth nuclear test", under "its fifth
    nuclear test on Friday")."""
    if on_its_date and names_its_weekday(article, estimate):
        return True
    own_day_told = dates_its_sentence(article, spec, own_days, happenings)
    return own_day_told and not tells_of_a_later_event(article, happenings, specs, estimate, year_named)


def later_listed_events(article: Article, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                         estimate: DateValue):
    """The listed events after the estimate that the page may report: of a kind it tells as
    happened, their matter named in its text."""
    text, after = article.clean_text, estimate.bounds()[1]
    kinds = {h.kind for h in happenings if h.reported}
    return (later for later in specs
            if later.kind in kinds and later.date.bounds()[0] > after and named_in(later, text))


def tells_of_a_later_event(article: Article, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                           estimate: DateValue, year_named: tuple[DatedMention, ...]) -> bool:
    """Whether a passage reports, with no date that objects (of `year_named`, the dates that name
    their year), a listed event later than the estimate: "South Korea reversed course on Friday
    just before a midnight deadline to leave the pact ... the export controls that had prompted
    Seoul's decision to leave the pact" is of the Friday of 2019 that suspended the decision, not
    of the Friday of 2012 whose signing Seoul pulled out of. Only to choose between two years,
    each of which its weekday fits."""
    return any(passage_reports(later, p, article.clean_text, happenings, year_named, None, specs)
               for later in later_listed_events(article, happenings, specs, estimate) for p in article.passages)


def dates_a_later_event(article: Article, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                        estimate: DateValue, source: tuple[int, int]) -> bool:
    """Whether the page reports a listed event later than the estimate, with a date of its own
    after the estimate that, counted from that event's day, agrees with it: "since September,
    when the North conducted its fifth nuclear test" (9 Sep 2016) is no page of a Tuesday in
    June 2012, however well its "Cabinet on Tuesday approved" fits the cabinet's approval of 26
    Jun 2012. Not the words the estimate is taken from (`source`): a "June 29" that two events'
    years would fit is left to the rule of two estimates."""
    text, after = article.clean_text, estimate.bounds()[1]
    for later in later_listed_events(article, happenings, specs, estimate):
        if later.date.granularity not in ("day", "month"):
            continue
        mentions = dated_mentions(article, later.date)
        own = [m for m in mentions if m.value.bounds()[0] > after and (m.start, m.end) != source]
        at_its_day = ReportingDate(later.date, True, "")
        for passage in article.passages:
            spans = passage_reports(later, passage, text, happenings, mentions, at_its_day, specs) or ()
            if any((m.start, m.end) in spans for m in own if m.passage == passage.number):
                return True
    return False
