"""An event of one year told in its own year, or the next, on a page that prints no date (issue 14, round 64).

"Pyongyang has carried out two nuclear tests this year", on a page that prints no date, tells of the listed
event "North Korea carries out two nuclear tests" of 2016: the event is dated to a year and named by what
happened within it (two tests in one year), so "this year" or "last year" in the clause that tells it as done
says which happening it is, whatever the page's year. The rule holds only for an event of kind `any` dated to
a year (its `about` the whole description); the clause must tell it as done ("has carried out", "set off",
not "could carry out") and name no year of its own nor a month ("two nuclear tests in 2009" is another
pair). Pure standard library.
"""

from __future__ import annotations

import re

from corpus.date_patterns import MONTH_FULL
from corpus.events import EventSpec
from corpus.foresight import only_foresees
from corpus.text_units import clause_span, sentence_at
from corpus.told_again import happened_in_its_clause

# "this year", "last year", "the past year"; es, pt, fr, de; ko, ja, zh
_ONE_YEAR_WORDS = (r"(?:this|last|(?:the\s+)?past)\s+year", r"(?:este|esse|neste|nesse)\s+a[ñn]o",
                   r"el\s+año\s+pasado", r"o\s+ano\s+passado", r"cette\s+ann[ée]e",
                   r"l['\u2019]an(?:n[ée]e)?\s+derni[èe]re?", r"(?:dieses|diesem|letztes|vergangenes)\s+Jahr")
_ONE_YEAR = re.compile(r"(?i)\b(?:" + "|".join(_ONE_YEAR_WORDS) + r")\b|올해|지난해|작년|今年|昨年|去年")
_A_YEAR_OR_MONTH = re.compile(rf"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d\s*[年년月월]|(?i:{MONTH_FULL}|\bmonth\b)")


def in_its_own_year(spec: EventSpec, text: str, about: tuple[int, int]) -> bool:
    """Whether the clause naming the event at `text[about[0]:about[1]]` tells it as done within one year
    counted from the page ("this year", "last year") and names no year or month of its own. The caller asks
    it of a page that prints no date, for a passage with no date of its own."""
    if spec.kind != "any" or spec.date.granularity != "year":
        return False
    sentence = sentence_at(text, about[0])
    start, end = clause_span(text, sentence, about[0], about[1])
    clause = text[start:end]
    if not _ONE_YEAR.search(clause) or _A_YEAR_OR_MONTH.search(clause):
        return False
    if only_foresees(text, sentence, about[0], about[1]) or _AHEAD_RIGHT_BEFORE.search(text, start, about[0]):
        return False
    return happened_in_its_clause(text, sentence, about[0], about[1]) or bool(_DONE_EUROPEAN.search(clause))


# "expected the North to set off two nuclear tests", "could carry out": a verb right before the name, not done
_AHEAD_RIGHT_BEFORE = re.compile(r"(?i)\b(?:to|could|would|may|might|will|can|should|must)\s+(?:[\w-]+\s+){0,2}$")
# A perfect or past of doing, in the Romance languages and German: "que ... ha realizado este año"
_DONE_EUROPEAN = re.compile(r"(?i)\b(?:ha|han|hat|haben|a|ont|tem)\s+(?:[\w-]+\s+){0,2}?(?:realizado|efectuado"
                            r"|llevado\s+a\s+cabo|réalisé|effectué|procédé|durchgeführt|unternommen|feito)\b"
                            r"|\b(?:realizó|realizaron|efectuó|llevó\s+a\s+cabo)\b")
