"""The English vocabulary and regular expressions that `corpus.dates` matches in news prose.

Month and weekday names must be capitalised ("May" the month, not "may" the verb); the words
around them ("last", "early", "in") may be in any case. `corpus.dates` reads the named groups
("month", "day", "year", "relation", "qualifier", "unit", ...) back from the matches.
"""

from __future__ import annotations

import calendar
import datetime
import re
from functools import lru_cache

from corpus.english_past import OWN_PAST

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBERS = {spelling: number for number, name in enumerate(WEEKDAYS)
                    for spelling in (name.lower(), name[:3].lower())}


def weekday_number(name: str) -> int | None:
    """The weekday (Monday 0) an English weekday's name or its three-letter abbreviation names, in
    any case ("Friday", "FRI"); None for any other word."""
    return _WEEKDAY_NUMBERS.get(name.lower())


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# Holidays as (month, day) or (month, weekday index, nth; -1 = last): calendar facts, not data.
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "valentine's day": (2, 14), "independence day": (7, 4),
    "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "new year's eve": (12, 31),
}
FLOATING_HOLIDAYS = {
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "thanksgiving day": (11, 3, 4),
    "thanksgiving": (11, 3, 4),
}


def number_value(word: str) -> int | None:
    """"4", "four", "twenty-five" -> int; None for anything that is not a definite number."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    parts = word.split("-")
    if all(part in NUMBER_WORDS for part in parts):
        return sum(NUMBER_WORDS[part] for part in parts)
    return None


def holiday_in(year: int, name: str) -> datetime.date:
    """The day of the holiday `name` (a key of FIXED_HOLIDAYS or FLOATING_HOLIDAYS) in `year`."""
    if name in FIXED_HOLIDAYS:
        return datetime.date(year, *FIXED_HOLIDAYS[name])
    month, weekday, nth = FLOATING_HOLIDAYS[name]
    days = [day for day in calendar.Calendar().itermonthdates(year, month)
            if day.month == month and day.weekday() == weekday]
    return days[nth - 1] if nth > 0 else days[nth]


def month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _words(phrases) -> str:
    """A regex alternation of the phrases, longest first, any run of spaces between words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


_NUMBER_WORD = rf"(?:(?:{_words(NUMBER_WORDS)})(?:-(?:{_words(NUMBER_WORDS)}))?)"
NUMBER = rf"(?:\d+|{_NUMBER_WORD})"
VAGUE_NUMBER = r"(?:several|a\s+few|few|many|some|a\s+couple\s+of|a\s+number\s+of|dozens\s+of)"

MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?![a-z]|-[A-Za-z])"  # "Cho June-hyuck" is a name
)
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# A month name, or an abbreviation with its full stop ("Jan.", "Sept.") -- "Jan" alone is a name.
MONTH = rf"(?P<month>{MONTH_FULL}|{_MONTH_ABBREVIATION}\.)"
# Abbreviations without a full stop are accepted only when a day number follows them.
MONTH_BEFORE_DAY = rf"(?P<month>{MONTH_FULL}|{_MONTH_ABBREVIATION}(?:\.|(?=\s+\d)))"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d,.]\d|\s*(?:%|(?i:percent|GMT|UTC|hours|hrs)\b))"
# Any weekday's name, as one group: the one spelling every pattern of a weekday uses.
ANY_WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
WEEKDAY = rf"(?P<weekday>{ANY_WEEKDAY})"
PART_OF_DAY = r"(?i:\s+(?:morning|afternoon|evening|night))"
OPTIONAL_WEEKDAY = rf"(?:{ANY_WEEKDAY},?\s+)?"
_YEAR_AFTER_DAY = rf"(?:(?:,\s*|\s+){YEAR})?"  # ("April 10,2024": a comma and no space, as some sites print it)

DAY_PATTERNS = (
    re.compile(rf"\b{OPTIONAL_WEEKDAY}{MONTH_BEFORE_DAY}\s+{DAY}{_YEAR_AFTER_DAY}"),
    re.compile(rf"\b{OPTIONAL_WEEKDAY}{DAY}\s+(?i:of\s+)?{MONTH}{_YEAR_AFTER_DAY}"),
    re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "23 Nov 16", "5 Dec 2016", as some sites print dates: an abbreviated month between day and year
    re.compile(rf"\b{DAY}\s+(?P<month>{_MONTH_ABBREVIATION})\.?\s+(?P<year>[0-3]\d|20\d\d|1[5-9]\d\d)"
               rf"(?![\d:%]|[.,]\d|\s*(?i:am|pm)\b)"),
)
MONTH_YEAR = re.compile(rf"\b{MONTH},?\s+(?i:of\s+)?{YEAR}")
# "February this year", "April next year"
MONTH_RELATIVE_YEAR = re.compile(rf"\b{MONTH}\s+(?i:(?P<relation>this|last|next)\s+year)\b")

QUALIFIERS = {
    "early": "early", "the beginning of": "early", "the start of": "early",
    "mid": "mid", "middle": "mid", "the middle of": "mid", "late": "late", "the end of": "late",
}
QUALIFIER = rf"(?P<qualifier>{_words(QUALIFIERS)})"
# "in April", "late November", "last October": a bare month needs a cue ("may"/"march" are verbs).
MONTH_ALONE = re.compile(
    rf"(?:\b(?i:(?P<relation>last|next|this)\s+)|\b(?i:{QUALIFIER}(?:\s+|-)))?{MONTH}(?!\s+\d)"
)
MONTH_CUE_BEFORE = re.compile(
    r"(?i)\b(?:in|on|by|since|until|till|during|before|after|from|through|between|and|of|or|the)\s+$"
)
AMBIGUOUS_MONTHS = {"May", "March"}
# Without a cue, a month name next to a capitalised word is a person's name ("April Kim").
CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
CAPITALISED_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")
# A number's label before four figures: "Bill No. 1712", "Flight 2016", "Room 1905" name no year.
_NUMBER_LABELS = ("no.", "no", "nos.", "number", "flight", "room", "bill", "article", "resolution",
                  "route", "gate", "page", "p.", "pp.", "vol.", "case", "unit", "model", "episode",
                  "code", "bus", "train", "platform", "highway", "item", "lot", "exit", "patent")


def _not_after(labels: tuple[str, ...]) -> str:
    """Lookbehinds refusing each of `labels` and a space before what follows (a lookbehind's
    alternatives must be of one width, so one lookbehind a width)."""
    widths = sorted({len(label) for label in labels})
    return "".join("(?<!(?i:" + "|".join(re.escape(f"{label} ") for label in labels
                                          if len(label) == width) + "))" for width in widths)


_STANDALONE_YEAR = (rf"(?<![$#\d.,/-]){_not_after(_NUMBER_LABELS)}\b{YEAR}"
                    r"(?!-\d)")  # not "$2000", "1.2016" or "2016-17"
PLAIN_YEAR = re.compile(_STANDALONE_YEAR)
QUALIFIED_YEAR = re.compile(rf"\b(?i:{QUALIFIER}(?:\s+|-)){YEAR}")
# The year a sentence speaks of, for the dates named without one that follow in it.
YEAR_MENTION = re.compile(rf"\b(?i:(?P<relation>this|last|next)\s+year)\b|{_STANDALONE_YEAR}")

_FIRST_YEAR = r"(?<![\d$])\b(?P<first>1[5-9]\d\d|20\d\d)"
_LAST_YEAR = r"(?P<last>\d\d(?:\d\d)?)(?!\d)"
YEAR_RANGES = (
    re.compile(rf"(?i:\bfrom\s+)?{_FIRST_YEAR}(?:\s*[-\u2013]\s*|\s+(?i:to|through|until)\s+){_LAST_YEAR}"),
    re.compile(rf"(?i:\bbetween\s+){_FIRST_YEAR}\s+(?i:and)\s+{_LAST_YEAR}"),
)
DECADE = re.compile(r"(?:\b(?i:early|mid|late)[-\s])?(?:\b1[5-9]\d0|\b20\d0|'\d0)'?s\b")

# "USA Today", "USA TODAY": the outlet's name, no day (put before a "today" word; "the USA today" is one).
NOT_AN_OUTLETS_NAME = r"(?!(?<=(?-i:\bUSA)\s)(?-i:Today|TODAY)\b)"
RELATIVE_DAY = re.compile(
    rf"(?i)\b{NOT_AN_OUTLETS_NAME}(?:(?P<shift>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|yesterday|today|tonight|tomorrow|last\s+night)"
    r"|(?:earlier|later)\s+(?:in\s+the\s+day|today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|this\s+(?:morning|afternoon|evening))\b"
)
# "on the 16th": a day of the month the story is in, where a clause goes on after it (not "on
# the 16th floor", "on the 3rd round").
DAY_OF_MONTH = re.compile(
    r"(?i)\bon\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*[,.;:)]|\s*\Z|\s+(?:of\s+(?:this|the\s+same)\s+month|and|when|after|before|at|in|to|as|with)\b)")

WEEKDAY_MENTION = re.compile(
    rf"\b(?:(?P<relation>(?i:last|this|next|coming|past|(?:earlier|later)\s+on))\s+)?"
    rf"{WEEKDAY}(?!s\b)(?:['\u2019]s)?(?:{PART_OF_DAY})?"
)
WEEKDAY_SET = re.compile(rf"\b(?:(?i:every|each)\s+{ANY_WEEKDAY}|(?i:on\s+)?{ANY_WEEKDAY}s)\b")

_UNITS = r"year|month|week|day|decade|century|centurie|hour|minute"  # "centurie" + "s"
UNIT = rf"(?P<unit>{_UNITS})"
ANY_UNIT = rf"(?:{_UNITS})"
# "this year", "earlier this month", "late last year", "next week"
RELATIVE_PERIOD = re.compile(
    r"(?i)\b(?:(?P<qualifier>early|mid|late|earlier|later)[-\s]+)?"
    r"(?P<relation>this|last|next|the\s+current)\s+(?P<unit>year|month|week)\b"
)
AGO = re.compile(
    rf"(?i)\b(?:(?:about|almost|nearly|some|roughly|around|more\s+than|less\s+than|over|just)\s+)?"
    rf"(?P<count>{NUMBER}|{VAGUE_NUMBER})\s+{UNIT}s?\s+ago\b"
)
# "two days later", "a year earlier": dated from some other event, which we do not track.
ANAPHORIC = re.compile(
    rf"(?i)\b(?:{NUMBER}|{VAGUE_NUMBER})\s+{ANY_UNIT}s?\s+(?:later|earlier|before|after|afterwards?)\b"
    r"|\b(?i:that|the\s+same|the\s+previous|the\s+following|the\s+next)\s+(?:day|year|month|week)\b"
)
DURATION = re.compile(
    rf"(?i)\b(?:(?:the\s+)?(?:past|last|next|previous|coming|following|first|final)\s+)?"
    rf"(?:{NUMBER}|{VAGUE_NUMBER})(?:\s+(?:more|full|straight|consecutive))?[-\s]+{ANY_UNIT}s?"
    rf"(?:[-\s](?:old|long))?\b"
    rf"|\b(?:the\s+)?(?:past|previous|coming|following)\s+{ANY_UNIT}s?\b"
    rf"|\b(?:the\s+(?:last|next)\s+){ANY_UNIT}s\b"
    rf"|\b(?:for|over|in|after|within)\s+(?:{ANY_UNIT}s)\b"
)
SET = re.compile(
    rf"(?i)\b(?:(?:each|every|per)\s+(?:other\s+)?(?:{ANY_UNIT}|(?-i:{MONTH_FULL}))"
    rf"|(?-i:annually|yearly|daily|weekly|monthly)"
    rf"|(?:once|twice|{NUMBER}\s+times)\s+(?:a|per)\s+{ANY_UNIT})\b"
)
HOLIDAY = re.compile(
    rf"(?i:\b(?P<relation>last|next|this)\s+)?\b"
    rf"(?P<holiday>(?i:{_words(FIXED_HOLIDAYS.keys() | FLOATING_HOLIDAYS.keys())}))\b"
)

# Words that tell whether a clause looks ahead ("will meet Friday") or back ("met Friday").
FUTURE_CUE = (
    r"\b(?:will|won't|shall|would|can|(?-i:may)|might|must|should|going\s+to"
    r"|(?:is|are|was|were)\s+to|scheduled|expected\s+to|due\s+to|set\s+to|intends?\s+to"
    r"|plan(?:s|ned|ning)?\s+to|(?<!\ba )(?<!\bthe )(?<!\bits )planned|upcoming|until|till|as\s+(?:soon|early)\s+as"
    # forward-looking present tense: "the pact expires Nov. 23" in August is the coming November
    r"|expir(?:es|ing)|laps(?:es|ing)|runs?\s+out|(?:is|are)\s+due"
    # an act agreed or set for later: "agreed on Friday to open the Assembly on Monday"
    r"|to\s+(?:open|hold|meet|sign|visit|begin|start|resume|convene|vote|announce|decide|review|launch))\b"
    r"|['\u2019]ll\b"
)
PAST_CUE = (
    r"\b(?:said|says|told|announced|reported|was|were|had|did|since|ago)\b"
    # a lower-case word in -ed, unless passive after "be" ("will be held") or not a verb at all
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?!(?:hundred|indeed|need|speed|proceed|exceed|succeed)\b)"
    rf"(?-i:[a-z]+ed|{OWN_PAST})\b"  # (a past form no present shares: round 99)
    # "the left-leaning party": a compound's (review 44; only "left": a right link hung on "a closed-door meeting")
    r"(?!(?<=\bleft)-)"
)
TENSE_CUE = re.compile(rf"(?P<future>{FUTURE_CUE})|(?P<past>{PAST_CUE})", re.IGNORECASE)
# A full stop after a single letter ("a.m.", "U.S.") is an abbreviation, not a sentence end.
_SENTENCE_END = r"(?<!\b\w)\.(?=\s)|[;!?\n]"
SENTENCE_END = re.compile(_SENTENCE_END)
CLAUSE_BREAK = re.compile(rf"{_SENTENCE_END}|,\s|``|''|[\"\u201c\u201d(]")
SENTENCE_REACH = 200  # the characters read on each side of a date for its sentence or clause


def sentence_after(text: str, end: int) -> str:
    """What follows `text[:end]` in its sentence, `SENTENCE_REACH` characters at most."""
    return _first_sentence(text[end : end + SENTENCE_REACH])


@lru_cache(maxsize=4096)  # (see `tense_of_the_clause`)
def _first_sentence(words: str) -> str:
    return SENTENCE_END.split(words, maxsplit=1)[0]


# (Kept by their words: a page naming thousands of days reads the same ones again, "viernes " × 20,000 took 6 s.)
@lru_cache(maxsize=4096)
def tense_of_the_clause(before: str) -> str | None:
    """"future" or "past" by the last tense cue in the last clause of `before`; None without one."""
    breaks = list(CLAUSE_BREAK.finditer(before))
    cues = list(TENSE_CUE.finditer(before[breaks[-1].end() :] if breaks else before))
    return _tense_of(cues[-1]) if cues else None


@lru_cache(maxsize=4096)
def tense_of_the_first_cue(words: str) -> str | None:
    """"future" or "past" by the first tense cue in `words`; None without one."""
    cue = TENSE_CUE.search(words)
    return _tense_of(cue) if cue else None


def _tense_of(cue: re.Match) -> str:
    return "future" if cue["future"] is not None else "past"
