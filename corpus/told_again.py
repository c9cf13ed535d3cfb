"""An event that happened once to what it names (`once` in `corpus/events.json`) told again
without a date: "the GSOMIA, signed to share military secrets", on a page of 2019, tells of the
signing of 2016; "With GSOMIA scrapped, Seoul relies on ..." on a page that prints no date tells
of the 2019 decision; "urged Seoul to reverse its decision to end the pact" tells that the
decision had been made. Pure standard library.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.date_patterns import WEEKDAYS
from corpus.events import EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.happenings import STATEMENT_KINDS, Happening
from corpus.presupposition import names_a_decision_made


def told_again(spec: EventSpec, text: str, ways: list[Happening], happenings: tuple[Happening, ...],
               published: ReportingDate | None) -> bool:
    """An event that happened once to what it names (`once`: "the GSOMIA, signed to share
    military secrets", in 2019) is what a later page means when it tells of it without a date,
    in a sentence that names it; so is it on a page that prints no date and tells of it as
    past ("With GSOMIA scrapped, Seoul relies on ..."), and wherever a decision is named as
    made ("urged Seoul to reverse its decision to end the pact", on a page naming the GSOMIA)."""
    if not spec.once or published is not None and published.value.bounds()[0] <= spec.date.bounds()[1]:
        return False
    ways = _told_of(text, ways, happenings)
    named = once_pattern(spec)
    decided = {h for h in ways if _a_decision_named(text, h)}
    page_names_it = bool(decided) and page_names(spec, text)
    # A page that prints no date may be from before the event: its sentence must not tell of a
    # step toward the pact ("the GSOMIA signing was scrapped" is 2012's collapse, not 2019's end),
    # and must name it, not describe it ("its intelligence-sharing pact with Japan"); a happening named by
    # its noun ("its fourth nuclear test", the noun its wording) must not be only looked ahead to ("is
    # preparing to carry out its fourth nuclear test").
    return any((found := named.search(text, h.sentence.start, h.sentence.end))
               and (published is not None or not _A_STEP.search(text, h.sentence.start, h.sentence.end)
                    and not (h.kind in _NAMED_BY_ITS_NOUN
                             and any(only_foresees(text, h.sentence, at, found.end()) for at in (found.start(), h.start)))
                    and not (_DESCRIBED.search(found.group()) and _another_weekday(spec, text, h)))
               or h in decided and (page_names_it or _AN_INTELLIGENCE_PACT.search(
                   text, h.sentence.start, h.sentence.end))
               for h in ways)


# Kinds whose wording is the noun their `once` names end in: "its fourth nuclear test", "4차 핵실험".
_NAMED_BY_ITS_NOUN = frozenset({"nuclear-test"})
# "the two allies' intelligence-sharing agreement", "the Korea-Japan military information pact"
_AN_INTELLIGENCE_PACT = re.compile(r"(?i)\b(?:intelligence|military\s+information)(?:[- ]sharing)?\s+"
                                   r"(?:pact|agreement|accord|deal)")


def _a_decision_named(text: str, happening: Happening) -> bool:
    """Whether the wording names a decision as made ("urged Seoul to reverse its decision to end
    it", "put on hold its decision to end the pact"): one decision so named was made before the
    page, whatever page it is on; it is the GSOMIA's on a page that names the GSOMIA anywhere,
    or where the sentence names an intelligence-sharing pact."""
    return happening.kind in STATEMENT_KINDS and names_a_decision_made(text, happening.start, happening.end)


# "its intelligence-sharing pact with Japan": the pact described, not named.
_DESCRIBED = re.compile(r"(?i)\bwith\s+(?:Japan|Tokyo|South\s+Korea|Seoul)$")
_WEEKDAY = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\b")


def _another_weekday(spec: EventSpec, text: str, happening: Happening) -> bool:
    """Whether the sentence names weekdays and none is the event's ("decided to end its pact
    with Japan, the ministry said Monday", of a Thursday's decision): on a page that prints no
    date, a pact only described is then not known to be this one."""
    days = {m.group().lower() for m in _WEEKDAY.finditer(text, happening.sentence.start, happening.sentence.end)}
    if not days or spec.date.granularity != "day":
        return bool(days)
    return spec.date.bounds()[0].strftime("%A").lower() not in days


def _told_of(text: str, ways: list[Happening], happenings: tuple[Happening, ...]) -> list[Happening]:
    """The wordings that tell of a happening of their own: not "the termination" that a
    suspension undoes ("announced it would suspend the termination of GSOMIA" is dated by the
    suspension; the decision it presupposes needs a date of its own: "announced on Aug. 23"),
    unless they name it as a decision made ("put on hold its decision to end the pact")."""
    extensions = [other for other in happenings if other.kind == "extend"]  # few, however long the page
    return [h for h in ways if _a_decision_named(text, h) or not any(
        other.start <= h.start and h.end <= other.end and other.end - other.start > h.end - h.start
        for other in extensions)]


_A_STEP = re.compile(r"(?i)\b(?:signing|ceremony|talks|negotiations)\b")


@lru_cache(maxsize=4)
def page_names(spec: EventSpec, text: str) -> bool:
    """Whether the page's text names what the event happened to, anywhere: searched once a page,
    not once a passage (a page of thousands of passages that name no GSOMIA)."""
    return once_pattern(spec).search(text) is not None


@lru_cache(maxsize=None)
def once_pattern(spec: EventSpec) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(spec.once) + r")\b")
