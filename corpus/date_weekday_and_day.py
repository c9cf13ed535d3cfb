"""A weekday with its day of the month, on a page that prints no date (issue 14, timeline round 54).

"Seoul said on Thursday (22) that it would end the pact", "volvieron a sentarse a la mesa el martes 1",
"informou nesta quinta-feira (22) que vai desfazer o acordo": a weekday and the day of the month it fell on,
with no month named, say which day a page that prints no date tells of when both are the event's. The
pair recurs only some months apart, so, like a month without its year (`corpus.date_own_month`), it dates
only a wording of the event's own kind of happening, every such pair its sentence names must be the event's,
and a page that names a year after the event's tells of a later time. Pure standard library.
"""

from __future__ import annotations

import re

from corpus.date_patterns import MONTH_FULL, WEEKDAYS, weekday_number
from corpus.dates_counted_from_the_page import names_a_year_after
from corpus.events import EventSpec
from corpus.happenings import Happening
from corpus.intake.languages import MONTH_NAMES, WEEKDAY_NAMES, foreign_weekday

# (not Indonesian "minggu", a week, nor Turkish "pazar", a market, "cuma", only: `corpus.date_patterns_foreign`)
_NAMES = sorted({*WEEKDAYS, *WEEKDAY_NAMES} - {"minggu", "pazar", "cuma"}, key=len, reverse=True)
_MONTHS = "|".join(sorted({*MONTH_NAMES}, key=len, reverse=True))
# "Thursday 22", "Thursday (22)", "el martes 1", "nesta quinta-feira (22)", "Donnerstag, 22."; not "el martes
# 1 de noviembre", "Thursday 22 August" (a date with its month: the rules of printed dates read it), nor
# "Tuesday 1:30" or "Friday 22/11".
_WEEKDAY_AND_DAY = re.compile(
    rf"(?i)(?<![\w-])(?P<weekday>{'|'.join(_NAMES)})(?![\w-]),?\s+(?:the\s+)?\(?(?P<day>[12]?\d|3[01])"
    rf"(?:st|nd|rd|th|º|er)?\)?(?![\d:/.,]\d|\d)(?!\.?,?\s*(?:de\s+|of\s+)?(?:{_MONTHS}|{MONTH_FULL}))")


def on_its_weekday_and_day(spec: EventSpec, text: str, ways: list[Happening] | None) -> bool:
    """Whether the sentences that word the event as done name its weekday with its day of the month, and
    no other such pair, on a page that names no year after the event's."""
    if not ways or spec.date.granularity != "day" or names_a_year_after(text, spec.date.year):
        return False
    day = spec.date.bounds()[0]
    pairs = {pair for sentence in {h.sentence: None for h in ways}
             for pair in _pairs_in(text[sentence.start:sentence.end])}
    return pairs == {(day.weekday(), day.day)}


def _pairs_in(sentence: str) -> set[tuple[int | None, int]]:
    """The (weekday, day of the month) pairs `sentence` names; a weekday not read is None."""
    return {(_weekday(found["weekday"]), int(found["day"])) for found in _WEEKDAY_AND_DAY.finditer(sentence)}


def _weekday(name: str) -> int | None:
    english = weekday_number(name)
    return english if english is not None else foreign_weekday(name)
