"""How each kind of temporal expression is read: the rules `corpus.dates` runs over a text.

Each rule pairs a pattern of `corpus.date_patterns` with a reader that turns a match into a
`Candidate`: its span, its kind and, for dates, a function resolving it against the day the
article appeared (`anchor`). Readers of dates that name their year ("Nov. 23, 2016") do not
need the anchor, so they resolve in an article whose publication date is unknown.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from corpus import date_patterns as p, date_patterns_foreign as foreign
from corpus.date_candidates import NOTES, Candidate, Resolver, calendar_date as _date, day_value, fixed as _fixed
from corpus.date_candidates import weekday_near
from corpus.date_carried import CARRIED_PATTERNS, RELATIVE_YEAR_DAY, carried_date, relative_year_day
from corpus.date_ahead_foreign import sentence_looks_ahead
from corpus.date_cjk_sentences import looks_ahead, year_of_the_sentence
from corpus.date_relative_foreign import FOREIGN_RELATIVE_DAY, foreign_relative_day
from corpus.date_readers_cjk import cjk_relative_date, cjk_year, japanese_era_year
from corpus.date_chronology import CHRONOLOGY_FIGURES_DAY, chronology_figures_day
from corpus.date_value import DateValue
from corpus.date_years_ago import YEARS_AGO, years_ago
from corpus.date_weekdays_cjk import CJK_WEEKDAY, CJK_WEEKDAY_SET, agreeing, cjk_weekday, day_ahead
from corpus.intake.languages import foreign_weekday

__all__ = ["NOTES", "RULES", "Candidate", "Resolver", "day_value", "said_by_a_noun", "tense"]

_FACE_VALUE_DAYS = 30  # about a month

def _day_date(match: re.Match, text: str) -> Candidate | None:
    month = int(match["month"]) if match["month"].isdigit() else p.month_number(match["month"])
    return _calendar_day(match, text, month, int(match["day"]))


def _foreign_day_date(match: re.Match, text: str) -> Candidate | None:
    """"mercredi 23 novembre", "2019년 8월 22일", "14/11/2016" (`corpus.date_patterns_foreign`); "11月26日(日)":
    only a day on the weekday named beside it."""
    day = _calendar_day(match, text, foreign.month_of(match), foreign.day_of(match))
    return day if match["year"] else agreeing(day, text)


def _foreign_month_year(match: re.Match, text: str) -> Candidate:
    """"2014年12月", "tháng 11 năm 2016", "noviembre de 2016" (`corpus.date_patterns_foreign`)."""
    return _fixed(match, DateValue(int(match["year"]), foreign.month_of(match)))


def _cjk_month_alone(match: re.Match, text: str) -> Candidate | None:
    """"4月に", "11월에는" (`corpus.date_patterns_foreign`): of the year its sentence names before it ("翌8月": the
    first August after the month named); "오는 9월": the first after the page's; in a clause looking ahead, of the
    page's year if not before its month; else placed as "in April" is."""
    month, qualifier = int(match["month"]), foreign.CJK_MONTH_PARTS.get(match["part"] or "")
    in_year = lambda year: DateValue(year, month, qualifier=qualifier)  # noqa: E731
    named = year_of_the_sentence(text, match.start())
    if named is not None or match["following"]:  # (of a year the text does not name: unknown)
        year, named_month = named or (None, None)
        if year is None or match["following"] and named_month is None:
            return None
        return _fixed(match, in_year(year + bool(match["following"] and month <= named_month)))
    if match["coming"]:  # "오는 9월": the first such month after the page's
        return Candidate(match.start(), match.end(), "date",
                         lambda anchor: in_year(anchor.year + (month < anchor.month)), relative=True)
    if match["until"] is not None or looks_ahead(text, match.start(), match.end()):  # (a plan's noun may be past:
        # "6月末までの締結方針が固まり" on a page of July, so only a month from the page's own is read ahead)
        return Candidate(match.start(), match.end(), "date",
                         lambda anchor: in_year(anchor.year) if month >= anchor.month else None, relative=True)
    # (placed as "in April" is, with no tense: the clause's cues that `tense` reads are English)
    return Candidate(match.start(), match.end(), "date", lambda anchor: _pick_year(anchor, in_year, None))


def _calendar_day(match: re.Match, text: str, month: int, day: int) -> Candidate | None:
    if match["year"]:
        year = int(match["year"])
        value = _date(year + 2000 if year < 100 else year, month, day)  # "23 Nov 16"
        return value and _fixed(match, value)
    if _date(2000, month, day) is None:  # 2000 is a leap year, so 29 February passes
        return None
    return _yearless(match, text, lambda year: _date(year, month, day))


def _month_year(match: re.Match, text: str) -> Candidate:
    value = DateValue(int(match["year"]), p.month_number(match["month"]))
    return _fixed(match, value)


def _month_relative_year(match: re.Match, text: str) -> Candidate:
    month, shift = p.month_number(match["month"]), _SHIFTS.get(_relation(match), 0)
    resolve = lambda anchor: DateValue(anchor.year + shift, month)
    return Candidate(match.start(), match.end(), "date", resolve, relative=True)


def _month_alone(match: re.Match, text: str) -> Candidate | None:
    relation = _relation(match)
    if not (relation or match["qualifier"] or _month_is_cued(match, text)):
        return None
    month, qualifier = p.month_number(match["month"]), _qualifier(match["qualifier"])
    return _yearless(match, text, lambda year: DateValue(year, month, qualifier=qualifier), relation)


_POSSESSOR_BEFORE = re.compile(r"\b(?:its|their|his|her|our|[A-Z][\w.-]*['\u2019]s)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")


def _yearless(
    match: re.Match, text: str, in_year: Callable[[int], DateValue | None], relation: str = ""
) -> Candidate:
    """A date named without its year ("Jan. 6", "in April", "last Christmas"). A year named
    right after it ("on Nov. 22 of last year") or earlier in the sentence ("earlier this year
    on Jan. 6") supplies it; else see `_pick_year`."""
    year_named = None if relation else _year_after(text, match.end()) or _sentence_year(text, match.start())
    # "its August notice", "Seoul's June 29 decision": a thing already made, whatever the
    # tense of the clause's verb ("would withdraw its August notice").
    attributive = _POSSESSOR_BEFORE.search(text[max(0, match.start() - 30):match.start()]) \
        and _NOUN_AFTER.match(text, match.end())
    clause_tense = None if attributive else tense(text, match.start(), match.end())

    def resolve(anchor: datetime.date) -> DateValue | None:
        if year_named:
            return in_year(year_named[0](anchor))
        return _pick_year(anchor, in_year, clause_tense, relation)

    return Candidate(match.start(), match.end(), "date", resolve,
                     needs_anchor=not (year_named and year_named[1]), relative=bool(relation))


_YEAR_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?(?P<relation>this|last|next)\s+year\b")


def _year_after(text: str, end: int) -> tuple[Callable[[datetime.date], int], bool] | None:
    """The year of "Nov. 22 of last year", "Jan. 6 this year", counted from the anchor."""
    found = _YEAR_AFTER.match(text, end)
    if found is None:
        return None
    shift = _SHIFTS.get(_relation(found), 0)
    return (lambda anchor: anchor.year + shift), False


def _sentence_year(text: str, start: int) -> tuple[Callable[[datetime.date], int], bool] | None:
    """The year last named before `start` in its sentence, as a function of the anchor, and
    whether the sentence names it outright ("in 2016", not "this year")."""
    window = max(0, start - 300)
    sentence_start = max((m.end() for m in p.SENTENCE_END.finditer(text, window, start)), default=window)
    # read in place: what stands before the sentence still counts ("Bill No. 1712, at 8 am")
    mention = next(reversed(list(p.YEAR_MENTION.finditer(text, sentence_start, start))), None)
    # Once the sentence moves on to another verb, the year named before may no longer hold.
    if mention is None or p.TENSE_CUE.search(text, mention.end(), start):
        return None
    if mention["year"]:
        return (lambda anchor: int(mention["year"])), True
    shift = _SHIFTS.get(_relation(mention), 0)
    return (lambda anchor: anchor.year + shift), False


def _pick_year(
    anchor: datetime.date, in_year: Callable[[int], DateValue | None], clause_tense: str | None,
    relation: str = "",
) -> DateValue | None:
    """Place a date given without its year ("Jan. 6", "in April", "last Christmas").

    "this"/"last"/"next" decide if given. Otherwise the reading nearest the anchor wins when it
    is within `_FACE_VALUE_DAYS`; further away the clause's tense picks the side (a past-tense
    "Oct. 23" in May is last October; "the pact expires Nov. 23" in August is the coming
    November), as tense cues are too noisy to overrule a near date. News mostly reports what
    happened, so without a future or forward-looking cue the date is taken to be past.
    """
    options = [value for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (value := in_year(year))]
    if relation == "this":
        return next((value for value in options if value.year == anchor.year), None)
    if relation == "last":
        return next((v for v in reversed(options) if v.bounds()[1] < anchor), None)
    if relation == "next":
        return next((v for v in options if v.bounds()[0] > anchor), None)
    nearest = min(options, key=lambda value: _days_between(anchor, value), default=None)
    if nearest is None or _days_between(anchor, nearest) <= _FACE_VALUE_DAYS:
        return nearest
    if clause_tense == "future":
        return next((v for v in options if v.bounds()[1] >= anchor), None)
    return next((v for v in reversed(options) if v.bounds()[0] <= anchor), None)


def _days_between(anchor: datetime.date, value: DateValue) -> int:
    first, last = value.bounds()
    return max((first - anchor).days, (anchor - last).days, 0)


def _month_is_cued(match: re.Match, text: str) -> bool:
    """Whether a bare month name is a month: "in May", not "may"; "June", not "Cho June"."""
    before = text[max(0, match.start() - 20) : match.start()]
    if p.MONTH_CUE_BEFORE.search(before):
        return True
    return not (
        match["month"] in p.AMBIGUOUS_MONTHS
        or p.CAPITALISED_WORD_BEFORE.search(before)
        or p.CAPITALISED_WORD_AFTER.match(text, match.end())
    )


_SHIFTS = {"last": -1, "past": -1, "next": 1}


def _relation(match: re.Match) -> str:
    """The match's "last"/"next"/"this"... in lower case with single spaces, or ""."""
    return " ".join((match["relation"] or "").lower().split())


def _qualifier(phrase: str | None) -> str | None:
    """"early"/"mid"/"late" from "early", "middle", "the end of" ...; None from "earlier"."""
    return p.QUALIFIERS.get(" ".join(phrase.lower().split())) if phrase else None


def _year(match: re.Match, text: str) -> Candidate:
    value = DateValue(int(match["year"]), qualifier=_qualifier(match.groupdict().get("qualifier")))
    return _fixed(match, value)


def _year_range(match: re.Match, text: str) -> Candidate | None:
    first, second = match["first"], match["last"]
    if len(second) == 3 or (len(second) == 4 and int(second) <= int(first)):
        return None
    return Candidate(match.start(), match.end(), "range")


def _kind(kind: str) -> Callable[[re.Match, str], Candidate]:
    return lambda match, text: Candidate(match.start(), match.end(), kind)


_DAY_SHIFTS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1,
               "the day after tomorrow": 2}


def _relative_day(match: re.Match, text: str) -> Candidate:
    shift = _DAY_SHIFTS.get(" ".join((match["shift"] or "").lower().split()), 0)
    return Candidate(match.start(), match.end(), "date", lambda anchor: day_value(anchor, shift), relative=True)


# "Moon's announcement on Thursday that his government would stop ...": the day of a statement
# a noun names, whatever what it says looks ahead to ("will make an announcement Friday" is a plan).
_STATEMENT_NOUN = re.compile(r"(?i)\b(?:announcement|declaration|statement|notice|notification)\s+(?:on|of)\s*$")
# ... told by "that", or as the subject of its sentence's verb ("The statement on Monday reflected worries")
_THAT_AFTER = re.compile(r"(?i)\s*,?\s*that\b|\s+(?!of\b|and\b|or\b|to\b)[a-z]+ed\b")


def said_by_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]` is the day of a statement named by a noun ("the
    announcement on Thursday that ...")."""
    return bool(_STATEMENT_NOUN.search(text, max(0, start - 30), start) and _THAT_AFTER.match(text, end))


def _weekday(match: re.Match, text: str) -> Candidate:
    return _weekday_candidate(match, text, p.WEEKDAYS.index(match["weekday"]), _relation(match))


def _foreign_weekday(match: re.Match, text: str) -> Candidate | None:
    """"jeudi", "el martes", "am Donnerstag"; "jeudi dernier", "el pasado jueves": the last one."""
    weekday = foreign_weekday(match["weekday"])
    if weekday is None:
        return None
    if match["last"] or match["last_before"]:
        return _weekday_candidate(match, text, weekday, "last")
    return _weekday_candidate(match, text, weekday, "coming" if sentence_looks_ahead(text, *match.span()) else "")


def _weekday_candidate(match: re.Match, text: str, weekday: int, relation: str) -> Candidate:
    if relation in ("last", "past", "next"):
        forward, include_today = relation == "next", False
    else:
        # "Wednesday's ruling" names an event already known; the clause's tense is about another verb.
        possessive = match.group().endswith(("'s", "\u2019s"))
        forward = relation in ("this", "coming") or (
            not possessive and not said_by_a_noun(text, match.start(), match.end())
            and _looks_ahead(text, match.start(), match.end())
        )
        include_today = True

    resolve = lambda anchor: day_value(weekday_near(anchor, weekday, forward, include_today))  # noqa: E731
    return Candidate(match.start(), match.end(), "date", resolve, relative=True)


def _day_of_month(match: re.Match, text: str, forward: bool | None = None) -> Candidate:
    """"on the 16th": the last such day up to the anchor (the next one in a clause ahead)."""
    number = int(match["day"])
    forward = _looks_ahead(text, match.start(), match.end()) if forward is None else forward

    def resolve(anchor: datetime.date) -> DateValue | None:
        month = anchor.replace(day=1)
        if forward and number < anchor.day:
            month = (month + datetime.timedelta(days=31)).replace(day=1)
        elif not forward and number > anchor.day:
            month = (month - datetime.timedelta(days=1)).replace(day=1)
        return _date(month.year, month.month, number)

    return Candidate(match.start(), match.end(), "date", resolve, relative=True)


def _cjk_day_of_month(match: re.Match, text: str) -> Candidate | None:
    """"14日", "14일": as "on the 14th", ahead in a clause with a word of a plan ("23日に署名する予定") or after
    "오는" ("지난 23일": back); if a weekday is named beside it ("23日（水）"), only a day on that weekday."""
    return agreeing(_day_of_month(match, text, day_ahead(text, match.start(), match.end())), text)


def _holiday(match: re.Match, text: str) -> Candidate:
    name = " ".join(match["holiday"].lower().split())
    return _yearless(match, text, lambda year: day_value(p.holiday_in(year, name)), _relation(match))


def _relative_period(match: re.Match, text: str) -> Candidate:
    shift, unit = _SHIFTS.get(_relation(match), 0), match["unit"].lower()
    qualifier = _qualifier(match["qualifier"])
    resolve = lambda anchor: _shifted(anchor, unit, shift, qualifier)
    return Candidate(match.start(), match.end(), "date", resolve, relative=True)


def _ago(match: re.Match, text: str) -> Candidate:
    count, unit = p.number_value(match["count"]), match["unit"].lower()
    if count is None:  # "several years ago"
        return Candidate(match.start(), match.end(), "other", note="too vague to place on the calendar")
    return Candidate(match.start(), match.end(), "date", lambda anchor: _shifted(anchor, unit, -count),
                     relative=True)


def _shifted(anchor: datetime.date, unit: str, shift: int, qualifier: str | None = None) -> DateValue:
    """The `unit` ("day", "week", "month", "year", "decade", ...) `shift` units from `anchor`."""
    if unit in ("day", "hour", "minute"):
        return day_value(anchor, shift if unit == "day" else 0)
    if unit == "week":
        year, week, _ = (anchor + datetime.timedelta(weeks=shift)).isocalendar()
        return DateValue(year, week=week)
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + shift
        return DateValue(months // 12, months % 12 + 1, qualifier=qualifier)
    years = {"year": 1, "decade": 10}.get(unit, 100)  # else "century" or "centurie(s)"
    return DateValue(anchor.year + shift * years, qualifier=qualifier)


def _looks_ahead(text: str, start: int, end: int, look_after: bool = True) -> bool:
    """Whether the clause around `text[start:end]` speaks of the future ("will meet Friday")."""
    return tense(text, start, end, look_after) == "future"


def tense(text: str, start: int, end: int, look_after: bool = True) -> str | None:
    """"future", "past" or None (no cue): the tense of the clause around `text[start:end]`.

    The nearest tense cue before the expression in its clause decides; failing that, if
    `look_after`, the first one after it in the sentence ("On Friday, the talks will ...").
    """
    found = p.tense_of_the_clause(text[max(0, start - p.SENTENCE_REACH) : start])
    return p.tense_of_the_first_cue(p.sentence_after(text, end)) if found is None and look_after else found


RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match, str], Candidate | None]], ...] = (
    (CHRONOLOGY_FIGURES_DAY, chronology_figures_day),  # "[2012년]" then "▲ 6.29 = ..." (round 61)
    *((pattern, _day_date) for pattern in p.DAY_PATTERNS),
    *((pattern, _foreign_day_date) for pattern in foreign.FOREIGN_DAY_PATTERNS),
    (p.MONTH_YEAR, _month_year),
    *((pattern, _foreign_month_year) for pattern in foreign.FOREIGN_MONTH_PATTERNS),
    (foreign.CJK_YEAR_PATTERN, cjk_year),
    (foreign.JA_ERA_YEAR, japanese_era_year),
    (foreign.CJK_RELATIVE_DATE, cjk_relative_date),
    (foreign.CJK_MONTH_ALONE, _cjk_month_alone),
    *((pattern, carried_date) for pattern in CARRIED_PATTERNS),
    (RELATIVE_YEAR_DAY, relative_year_day),
    (p.MONTH_RELATIVE_YEAR, _month_relative_year),
    (p.HOLIDAY, _holiday),
    (p.RELATIVE_DAY, _relative_day),
    (FOREIGN_RELATIVE_DAY, foreign_relative_day),
    (p.WEEKDAY_MENTION, _weekday),
    (foreign.FOREIGN_WEEKDAY, _foreign_weekday),
    (CJK_WEEKDAY, cjk_weekday),
    (p.DAY_OF_MONTH, _day_of_month),
    (foreign.CJK_DAY_OF_MONTH, _cjk_day_of_month),
    (p.RELATIVE_PERIOD, _relative_period),
    (p.AGO, _ago),
    (YEARS_AGO, years_ago),
    *((pattern, _year_range) for pattern in (*p.YEAR_RANGES, *foreign.FOREIGN_YEAR_RANGES)),
    (p.DECADE, _kind("range")),
    (p.WEEKDAY_SET, _kind("set")),
    (CJK_WEEKDAY_SET, _kind("set")),
    (p.SET, _kind("set")),
    (p.ANAPHORIC, _kind("other")),
    (p.DURATION, _kind("duration")),
    (p.MONTH_ALONE, _month_alone),
    (p.QUALIFIED_YEAR, _year),
    (p.PLAIN_YEAR, _year),
)
