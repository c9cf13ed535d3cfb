"""How often a wire dateline without a year gets the right year from the story's listed events.

    python -m bench.dateline_years_eval [FILE] [--half writing|aside] [--errors] [--json]

Each sentence of FILE (default `tests/fixtures/event_sentences.json`: sentences of real pages,
rewritten, with each page's date) is put under a dateline of its page's month and day without
the year, "SEOUL, Nov. 22 (Wire) -- <sentence>", and the intake's rule
(`corpus.intake.event_years.year_from_events`) is asked for the year:

* *own day*: the dateline is the page's own; the sentence is the lead, then a later paragraph
  (under a neutral lead). Right: the page's year; wrong: another year; unknown: none.
* *anniversary*: the hard case: the dateline falls on, or in the week after, a listed event the
  sentence reports from another year (a page of 2019 telling of the 2016 signing, datelined 23
  November). Any year found is wrong unless it is the page's own.

A wrong year is worse than none: the rule is meant to leave these unknown.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter

from bench.common import exit_with
from bench.event_sentences_eval import HALVES, read_pages, sentence_arguments

MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
HEADLINE = "Headline\n"
NEUTRAL_LEAD = "Officials spoke to reporters."


def dateline(day: datetime.date) -> str:
    return f"SEOUL, {MONTHS[day.month - 1]} {day.day} (Wire) -- "


def inferred_year(day: datetime.date, lead: str, later: str = "") -> int | None:
    from corpus.intake.event_years import year_from_events

    text = HEADLINE + dateline(day) + lead + (f"\n{later}" if later else "")
    found = year_from_events(day.month, day.day, text, len(HEADLINE))
    return found.year if found else None


def verdict(found: int | None, year: int) -> str:
    return "unknown" if found is None else "right" if found == year else "wrong"


def score_half(pages: list[dict], half: str | None) -> dict:
    from corpus.events import load_event_specs

    specs = {spec.id: spec for spec in load_event_specs()}
    counts: dict[str, Counter] = {"lead": Counter(), "later": Counter(), "anniversary": Counter()}
    errors = []
    for page in pages:
        if half is not None and page["half"] != half or len(page["published"]) != 10:
            continue
        published = datetime.date.fromisoformat(page["published"])
        for sentence in page["sentences"]:
            text = sentence["text"]
            for case, found in (("lead", inferred_year(published, text)),
                                ("later", inferred_year(published, NEUTRAL_LEAD, text))):
                counts[case][verdict(found, published.year)] += 1
                if found is not None and found != published.year:
                    errors.append((case, page["published"], found, text))
            for day in _anniversaries(sentence["events"], specs, published.year):
                found = inferred_year(day, text)
                counts["anniversary"][verdict(found, published.year)] += 1
                if found is not None and found != published.year:
                    errors.append(("anniversary", day.isoformat(), found, text))
    return {"half": half or "all", **{case: dict(c) for case, c in counts.items()}, "errors": errors}


def _anniversaries(event_ids, specs, year: int) -> list[datetime.date]:
    """The day of each day-dated event the sentence reports from another year, and the six after."""
    days = []
    for event_id in event_ids:
        date = specs[event_id].date
        if date.granularity == "day" and date.year != year:
            first = date.bounds()[0]
            days += [first + datetime.timedelta(days=shift) for shift in range(7)]
    return days


def _counts(counter: dict) -> str:
    return "/".join(str(counter.get(v, 0)) for v in ("right", "unknown", "wrong"))


def main(argv: list[str] | None = None) -> int:
    args = sentence_arguments(__doc__.split("\n\n")[0], "list every wrong year", argv)
    pages = read_pages(args.file)
    if pages is None:
        return 2
    scores = [score_half(pages, half) for half in ((args.half,) if args.half else HALVES)]
    print("\n".join(json.dumps(score) if args.json else _report(score, args.errors) for score in scores))
    return 0


def _report(score: dict, errors: bool) -> str:
    lines = [f"{score['half']}: right/unknown/wrong  as the lead {_counts(score['lead'])}  "
             f"later in the text {_counts(score['later'])}  on an anniversary {_counts(score['anniversary'])}"]
    if errors:
        lines += [f"  wrong  {case} {day} -> {year}: {text}" for case, day, year, text in score["errors"]]
    return "\n".join(lines)


if __name__ == "__main__":
    exit_with(main)
