"""Timeline round 18, whole pages: a plan's date dates what undid it ("had been ready to sign it
in 2012, but Seoul put it off"), a page that tells of an event as last year's appeared the year
after it (corpus/date_estimate.py), and what is not proposed as a happening of its own: a plan
named as what a future verb governs, a title that points back or is a quotation
(index/proposals.py). Pages written for the purpose."""

from __future__ import annotations

import zlib

from corpus.events import dated_mentions, load_event_specs
from corpus.loader import Corpus, article_from_raw
from index.results import Timeline
from index.timeline import timeline_of

SPECS = load_event_specs()


def timeline(*pages: tuple[str, str | None]) -> Timeline:
    """The timeline of pages given as (text, date or None)."""
    articles = []
    for text, date in pages:
        known = {"id": f"t18{zlib.crc32(text.encode()):08x}", "outlet": f"Wire {len(articles)}", "headline": "Story"}
        if date:
            known.update(date=date, date_precision="day", date_provenance="given by the test")
        articles.append(article_from_raw(f"Story\n\n{text}\n", known, f"test:t18:{len(articles)}"))
    return timeline_of(tuple(articles), {a.id: dated_mentions(a) for a in articles}, SPECS,
                       tuple(Corpus(tuple(articles)).outlets()))


def linked(*pages: tuple[str, str | None]) -> set[str]:
    return {event.id for event in timeline(*pages).events if not event.proposed and event.coverage}


def proposed(*pages: tuple[str, str | None]) -> list[str]:
    return [event.title for event in timeline(*pages).events if event.proposed]


def test_a_plans_date_dates_its_undoing():
    page = ("The opposition fought the intelligence-sharing pact. Japan and South Korea had been ready to sign "
            "the agreement in {year}, but Seoul put it off at the last minute in the face of opposition.")
    assert "collapse-2012" in linked((page.format(year=2012), None))
    assert "collapse-2012" not in linked((page.format(year=2014), None))


def test_a_page_telling_of_last_years_event_appeared_the_year_after():
    told = "앞서 정부는 지난해 8월 일본 측에 지소미아 종료를 통보했습니다. 정부는 입장에 변함이 없다고 밝혔습니다."
    made = timeline((told, None))
    coverage = [c for e in made.events if e.id == "termination-decision-2019" for c in e.coverage]
    assert coverage and coverage[0].article_date == "2020" and coverage[0].date_estimated
    # last year's August in a sentence that tells of another happening dates no such page
    other = "정부는 지난해 8월 수출규제를 발표했습니다.\n\n정부는 지소미아 종료를 통보했습니다."
    assert all(c.article_date != "2020" for e in timeline((other, None)).events for c in e.coverage)


def test_what_is_not_proposed_as_a_happening_of_its_own():
    page = ("SEOUL, Nov. 12 (Wire) -- In Seoul, Gen. Smith will hold the 44th Military Committee Meeting, the annual "
            "talks of the two armies, with his counterpart Gen. Park on Thursday.\n\n"
            "The Defense Trilateral Talks ended on Friday. They also agreed on Friday to hold drills.\n\n"
            '"We will take steps to dismiss the minister should [the treaty] be signed," Woo was quoted as saying '
            "at a meeting with party members on Monday.\n\n"
            "Dozens of activists gathered outside the ministry on Monday.")
    titles = proposed((page, "2019-11-12"))
    assert not any(t.startswith(("In Seoul", "Gen. Smith", "They", '"We')) for t in titles)
    assert "Dozens of activists gathered outside the ministry" in titles
