"""The year of a page that prints no date, told by a counted birthday of a leader it names (issue 14,
timeline round 43): "The attempt came one day after the 105th anniversary of the birth of Kim Il Sung",
"to mark Sunday's 100th anniversary of the birth of Kim Il Sung", "김일성 탄생 100주년": the North marks
its founders' birthdays, and news of them is written in the year of the count (1912 + 105: 2017).

Only the year is estimated (never a day: "Sunday's" anniversary is ahead of the page, "one day after" it
behind), and only where nothing makes the page another year's: the sentence names no year and tells of
no other ("next year's 100th birthday", "two years after"), and the page names no year after the count's
(a later page recalls the anniversary with its year, "in 2012", and so tells of another time). The page's
dates counted from it that hold for every day of that year are then placed ("last year": the year before);
the others stay unknown ("Friday", "last month"). Birthdays are data: `_BIRTHS`. Pure standard library.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.dates import DateValue
from corpus.dates_counted_from_the_page import names_a_year_after
from corpus.events import DatedMention, ReportingDate, dated_mentions
from corpus.happenings import Happening
from corpus.model import Article
from corpus.text_units import sentence_at

# `corpus.date_estimate.as_happened` (passed in: that module imports this one)
AsHappened = Callable[[str, tuple[DatedMention, ...], tuple[Happening, ...]], tuple[DatedMention, ...]]

# The leaders whose counted birthdays the North marks: a name as news writes it, and the year of birth.
_BIRTHS = (
    (r"Kim\s+Il[\s-]?S[uo]ng|김일성|金日成", 1912),
    (r"Kim\s+Jong[\s-]?Il(?![\w-])|김정일|金正日", 1942),
)
_ORDINAL = r"(?P<count>\d{2,3})(?:st|nd|rd|th)"
_BETWEEN = r"(?:[\w'\u2019-]+,?\s+){0,5}?"  # "of the birth of the country's founder, Kim Il-sung"


def _forms(name: str) -> tuple[str, ...]:
    return (rf"(?i:{_ORDINAL}\s+(?:birth\s+anniversary|anniversary\s+of\s+(?:the\s+)?birth|birthday)"
            rf"\s+of\s+{_BETWEEN}(?:{name}))",
            rf"(?i:{_ORDINAL}\s+anniversary\s+of\s+{_BETWEEN}(?:{name})['\u2019]s?\s+birth\b)",
            rf"(?i:(?:{name})['\u2019]s?\s+{_ORDINAL}\s+(?:birthday|birth\s+anniversary))",
            rf"(?:{name})\s*(?:주석|동지|主席|同志)?\s*(?:의\s*)?(?:탄생|탄신|생일|诞辰|誕辰|生誕|诞生|誕生)\s*"
            r"(?P<count>\d{2,3})\s*(?:주년|돌|周年|年)")


_COUNTED = tuple((re.compile(form), born) for name, born in _BIRTHS for form in _forms(name))
# In the birthday's sentence: a year, or a time told away from the page's ("next year's", "two years after").
_ANOTHER_TIME = re.compile(r"(?i)(?<!\d)(?:1[89]|20)\d\d(?!\d)|\b(?:next|last|previous|coming)\s+year"
                           r"|\byears?\s+(?:ago|earlier|later|before|after|since)\b|\d\s*[年년]|작년|내년|지난해|去年|明年|昨年|来年")


def year_of_a_birthday(text: str) -> tuple[int, str] | None:
    """The year a counted birthday on the page tells (with the words that tell it), or None: none
    named, two that disagree, one in a sentence of another time, or a later year named on the page."""
    found: dict[int, str] = {}
    for pattern, born in _COUNTED:
        for match in pattern.finditer(text):
            sentence = sentence_at(text, match.start())
            if _ANOTHER_TIME.search(text[sentence.start:match.start()] + " " + text[match.end():sentence.end]):
                return None
            found.setdefault(born + int(match.group("count")), match.group())
    if len(found) != 1:
        return None
    year, words = next(iter(found.items()))
    if names_a_year_after(text, year):
        return None
    return year, words


def estimate_from_a_birthday(article: Article, happenings: tuple[Happening, ...], as_happened: AsHappened
                             ) -> tuple[ReportingDate, tuple[DatedMention, ...]] | None:
    """The year a counted birthday tells, as the page's estimate, with its mentions placed in it."""
    told = year_of_a_birthday(article.clean_text)
    if told is None:
        return None
    year, words = told
    mentions = as_happened(article.clean_text, dated_mentions(article, DateValue(year), counted=True), happenings)
    return ReportingDate(DateValue(year), True, f"estimated from the text: \u201c{words}\u201d, a birthday counted "
                         f"to {year}"), mentions
