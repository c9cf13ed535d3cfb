"""A page that prints no date may still report a listed event: the only one that could be meant.

"Seoul decided to scrap the intelligence-sharing pact with Japan", on a page that gives no date
(printed, inferred or estimated), reports the 2019 decision to end the GSOMIA when
* the event is *sole* (`sole` in `corpus/events.json`): the only happening of its kind to the
  GSOMIA in the story, and the page names the GSOMIA (one of the `sole` expressions: "GSOMIA",
  "military pact", "intelligence-sharing with Japan"), so "the deal" of its passage is that one;
* the wording tells of it in the narrator's words, as a fact: not in a quotation ("will be
  'completely normalized'"), not in a clause that only supposes ("dropping the agreement would
  be seen as ...", "would otherwise have been renewed"), not as a participle before its noun
  ("a deal struck behind closed doors" names a deal); a step toward the pact ended (the
  signing, its ceremony, the talks) is 2012's collapse and nothing else ("will not be signed
  for now", "called off the signing ceremony"), and the collapse is only that; not of "a pact"
  ("decided to end a military pact with Japan": one introduced as new may be any); not in a
  sentence that names weekdays none of which is the event's;
* no other listed event could be what the sentence tells of: none of the same kind whose
  subject the passage names, none that needs no wording ("any") whose subject the sentence
  names ("signed a three-way memorandum" is the 2014 arrangement's, not the signing's);
* the page names no date later than the event's week: a page of a later time that tells of
  the happening without a date may mean another time it happened ("approved the pact" on a page
  that names 2016 may be the cabinet's approval of 2016, not of 2012); nor does it word the
  happening as still ahead ("the two will sign it on Wednesday"): a page of the time before it
  means something else by its "signed" (the initialling).
The dates of the passage must still agree (`corpus.event_rules`: "signed in 2014" objects).
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from corpus.date_patterns import WEEKDAYS
from corpus.events import DatedMention, EventSpec
from corpus.happenings import Happening
from corpus.model import Passage
from corpus.presupposition import attributive
from corpus.text_units import clause_span

# A page's date may lag what it tells of by this much: a page naming a later day is of a later time.
_WEEK = datetime.timedelta(days=7)


def sole_report(spec: EventSpec, passage: Passage, text: str, ways: list[Happening],
                happenings: tuple[Happening, ...], mentions: tuple[DatedMention, ...]) -> bool:
    """Whether the passage, on a page that gives no date, reports `spec`'s event as the only
    listed event its wording can mean (`ways`: its wordings of the event's kind as having
    happened; `happenings` and `mentions`: the page's). Not a headline (passage 0): its present
    tense tells as well of what is announced ("South Korea, Japan fully restore pact", over a
    promise to)."""
    if not spec.sole or not ways or passage.number == 0 or not sole_pattern(spec).search(text):
        return False
    if _a_later_page(spec, mentions) or any(h.kind == spec.kind and h.frame == "planned" for h in happenings):
        return False  # a page of a later time, or of the time before it ("the two will sign on Wednesday")
    if any(_pattern(rival.about).search(passage.text) for rival in spec.rivals if rival.kind == spec.kind):
        return False
    return any(_told_as_a_fact(spec, text, h) and not any(
        _pattern(rival.about).search(text, h.sentence.start, h.sentence.end) for rival in spec.rivals
        if rival.kind == "any") for h in ways)


# A clause that only supposes or foresees ("would be seen as", "could set back").
_SUPPOSED = re.compile(r"(?i)\b(?:would|could|might|should|(?-i:may)|if|unless|otherwise)\b")
_QUOTES = re.compile("[\"\u201c\u201d]")
# What was signed and then called off, or not signed: a step toward the pact, not the pact.
_A_STEP = re.compile(r"(?i)\b(?:sign(?:ed|ing)?|ceremony|talks|negotiations)\b")


# "decided to end a military pact with Japan": a pact introduced as new to the reader may be any.
_A_PACT = re.compile(r"(?i)\ban?\s+(?:[\w-]+\s+){0,3}?(?:pact|agreement|deal|accord|treaty)\b")
_WEEKDAY = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\b")


def _told_as_a_fact(spec: EventSpec, text: str, happening: Happening) -> bool:
    sentence = happening.sentence
    start, end = clause_span(text, sentence, happening.start, happening.end)
    if attributive(text, happening.start, happening.end) or _SUPPOSED.search(text, start, end) \
            or len(_QUOTES.findall(text, sentence.start, happening.start)) % 2 \
            or _A_PACT.search(text, sentence.start, sentence.end) or _another_weekday(spec, text, sentence):
        return False
    a_step = _A_STEP.search(text, start, end) is not None
    return a_step if spec.kind == "collapse" else not a_step or spec.kind == "sign"


def _a_later_page(spec: EventSpec, mentions: tuple[DatedMention, ...]) -> bool:
    latest = spec.date.bounds()[1] + _WEEK
    return any(m.role != "plan" and m.value.bounds()[0] > latest for m in mentions)


@lru_cache(maxsize=None)
def sole_pattern(spec: EventSpec) -> re.Pattern[str]:
    return _pattern(spec.sole)


@lru_cache(maxsize=None)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(terms) + r")\b")


def rivals_of(spec: EventSpec, specs: tuple[EventSpec, ...]) -> tuple[EventSpec, ...]:
    """The other listed events a dateless wording of `spec`'s kind might mean: those of its kind
    and those that need no wording, that are happenings (not statements of intent)."""
    return tuple(other for other in specs if other.id != spec.id and not other.statement
                 and other.kind in (spec.kind, "any"))



def named_weekdays(text: str, start: int, end: int) -> set[str]:
    """The weekdays `text[start:end]` names, in lower case."""
    return {m.group().lower() for m in _WEEKDAY.finditer(text, start, end)}


def event_weekday(spec: EventSpec) -> str | None:
    """The weekday of an event of one day, in lower case; None for a longer one."""
    return spec.date.bounds()[0].strftime("%A").lower() if spec.date.granularity == "day" else None


def _another_weekday(spec: EventSpec, text: str, sentence) -> bool:
    """Whether the sentence names weekdays and none is the event's day ("scrapped its pact with
    Japan, the ministry said Monday", of a Thursday's decision)."""
    days, weekday = named_weekdays(text, sentence.start, sentence.end), event_weekday(spec)
    return bool(days) and weekday is not None and weekday not in days
