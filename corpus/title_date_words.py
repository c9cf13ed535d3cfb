"""A proposed event's title without its date and the words that only served it (`corpus.event_titles`): "on",
"Wednesday morning", "and 5", the end of a span it began ("from May 2019 to February 2020"), another date joined to it
by "and", the particle a CJK date leaves ("3月16日に", "5월 초에"), and the commas of an aside that held only the date
("The claim, made on Jan. 6, met" is "The claim met"). Pure standard library.
"""

from __future__ import annotations

import re

from corpus.date_patterns import ANY_WEEKDAY
from corpus.title_attribution import LEADING_PHRASE
from corpus.title_openings import LEADING_PREPOSITION
from corpus.title_page_text import without_date_leftovers, without_emptied_participle
from corpus.title_possessive import end_with_possessive

# A Japanese particle a date taken out leaves ("2016年11月の締結以降" -> "の締結以降", "3月16日に宣言"): it goes too
CJK_PARTICLE = re.compile(r"^(?:の|には|に|は|から|まで)(?=[\u3040-\u30ff\u4e00-\u9fffA-Z\u300c])")  # ("にGSOMIAの")
# A word that only told which date it was, left before it: "翌8月23日に" (the next), "지난 12월 15일" (last)
# ... and a Chinese "at" ("朝鮮在2006年10月9日進行了": not the "在" of "現在", now, or "存在", to be)
_CJK_BEFORE_DATE = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])翌$|(?<=\s)지난\s$|^지난\s$"
                              r"|(?<=[\u4e00-\u9fff])(?<![現现存实實所自正])[在于於]$")
# A Korean particle a date taken out leaves alone ("5월 초에 이미": "에 이미")
_KOREAN_PARTICLE = re.compile(r"^(?:에는|에|부터)(?=\s)")
# The end of a span whose start was the date, a month and a year: "from May 2019 [to February 2020]"
_SPAN_S_END = re.compile(r"^\s*+(?:to|through|until|-|\u2013)\s*+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"[a-z]*+\.?\s++(?:\d{1,2},?\s++)?(?:19|20)\d\d\b")
_FROM_BEFORE = re.compile(r"\bfrom\s*+$")
# What makes the date after it the end of a span: "between 2006 and", "from 2011 to".
SPAN_TO_A_DATE = r"\b(?:between\s+\S+\s+and|from\s+\S+\s+(?:to|through|until))"
_ON_DATE = re.compile(r"(?i)(?<!\s)\s*\b(?:(?:late|early|only|just)\s+)?"
                      r"(?:(?:on|in|as\s+of|since|of|by|from|until)\s+)?"
                      r"(?:(?:late|early|mid)(?:\s+|-))?$"  # "late on Friday", "by late Friday", "in mid-"
                      # the start of a span whose end is the date: "between 2006 and", "from 2011 to"
                      rf"|(?<!\s)\s*{SPAN_TO_A_DATE}\s*$")
# The rest of a date taken out: "held on March 4 and 5", "from Aug. 2-4".
# ... and the end of a span after it: "visited China from Sunday to Wednesday", "from Aug. 2 to Aug. 4".
_DATE_REST = re.compile(rf"^(?:\s*(?:and|&|-|\u2013|to|through|until)\s*(?:\d{{1,2}}\b|{ANY_WEEKDAY}\b"
                        r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b))")
_AND_ANOTHER = re.compile(r"^,?\s+and\s+(?:[\w'\u2019-]+\s+){1,4}?(?:each|both|too|also)\s+(?:on|in)\s.*", re.DOTALL)
# "became ambassador in August 2016 and signed GSOMIA in November": what the "and" joins has its own date
_AND_DATED_LATER = re.compile(r"^,?\s+and\s+[^,]*?\b(?:in|on|by)\s+(?:(?:January|February|March|April|May|June|July"
                              r"|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
                              r"|Oct|Nov|Dec)\.?\s+\d|(?:19|20)\d\d\b).*", re.DOTALL)
# The comma closing a date that holds one ("on Saturday, November 9,", "on Nov. 9, 2019,"), a phrase after it
_DATE_S_COMMA = re.compile(r"^\s*+,(?=\s++(?:in|at|to|over|with|for|from|against|near|during|under|into|aboard)\s)")
_PART_OF_DAY = re.compile(r"^\s++(?:morning|afternoon|evening|night)\b")
# What is left between commas of an aside whose date went: "The claim, made [on Jan. 6], met",
# "Seoul, [on Monday], signed"
# "The test, [which came Jan. 6], drew", "The launch, [like one on Monday], failed" (review fixes, session 17)
_EMPTIED_APPOSITIVE = re.compile(r",(?:\s+(?:which|that)\s+(?:came|was|were|took\s+place)|\s+[a-z]+(?:\s+one)?)?\s*$")
# An adverb's aside right after the date's: "The ministry, on Thursday, [however,] said"
_ADVERB_ASIDE = re.compile(r"^\s+(?:however|too|also|though|meanwhile|instead|then|therefore|nonetheless|nevertheless"
                           r"|again|[a-z]+ly),")
# Another date's aside right after the date: "Pyongyang, on Jan. 6, [and again on Sept. 9,] tested"
_AND_AGAIN_ASIDE = re.compile(r"^,\s+and\s+(?:again\s+|also\s+)?(?:on|in)\s+[^,]{1,24},(?=\s)")


def without_its_date(sentence: str, date_start: int, date_end: int) -> str:
    """The sentence with its date (and the words that only served it: "on", "Wednesday morning", "and 5")
    taken out: "The claim, made on Jan. 6, met" is "The claim met"."""
    date_end = end_with_possessive(sentence, date_end)  # "at today's meeting": "at the meeting"
    named = sentence[date_start:date_end].endswith(("'s", "\u2019s"))  # "let Monday's deadline pass": it stays
    day_part = _PART_OF_DAY.match(sentence[date_end:])  # "Wednesday morning"
    told_end = date_end + day_part.end() if day_part else date_end
    rest = _without_a_span_s_end(sentence, date_start, sentence[told_end:])
    after = without_date_leftovers(sentence[date_start:told_end], _DATE_REST.sub("", rest, count=1))
    # "Washington signed on Dec 23 and Seoul and Tokyo each on Dec 26": what follows the date's "and" is another's
    after = _AND_DATED_LATER.sub("", _AND_ANOTHER.sub("", _AND_AGAIN_ASIDE.sub(",", after, count=1), count=1), count=1)
    after = _without_the_date_s_particle(sentence[date_start:date_end], after)
    after = _without_the_date_s_comma(sentence[date_start:date_end], after)
    if named:
        return without_emptied_participle(sentence[:date_start].rstrip() + " the ", after)
    before = _CJK_BEFORE_DATE.sub("", _ON_DATE.sub("", sentence[:date_start]), count=1)
    return without_emptied_participle(*_past_an_emptied_aside(before, after))


def _without_a_span_s_end(sentence: str, date_start: int, after: str) -> str:
    """`after`, the words after the date, without the end of a span the date began ("from May 2019 [to February
    2020]")."""
    if _FROM_BEFORE.search(sentence, max(0, date_start - 8), date_start):
        return _SPAN_S_END.sub("", after, count=1)
    return after


def _without_the_date_s_particle(date: str, after: str) -> str:
    """`after`, the words after the date, without the particle it leaves ("3月16日に宣言した", "5월 초에 이미")."""
    if date.endswith(("日", "月", "年")):  # "3月16日に宣言した": its particle goes with it
        return CJK_PARTICLE.sub("", after, count=1)
    if "\uac00" <= date[-1:] <= "\ud7a3":
        return _KOREAN_PARTICLE.sub("", after, count=1)
    return after


def _without_the_date_s_comma(date: str, after: str) -> str:
    """`after` without the comma that closed a date holding one before a phrase of its verb ("delivered its ruling on
    Saturday, November 9[,] in the title suit"): the date's, no clause's end."""
    if "," in date and _DATE_S_COMMA.match(after):
        return after.lstrip()[1:]
    return after


def _past_an_emptied_aside(before: str, after: str) -> tuple[str, str]:
    """The words before and after a date that stood in an aside of its own, the aside's commas left out
    ("The claim, made on Jan. 6, met": "The claim" and " met")."""
    emptied = _EMPTIED_APPOSITIVE.search(before)
    if not emptied or not after.lstrip().startswith(","):
        return before, after
    after = " " + after.lstrip()[1:]
    opened = before[:emptied.start()]  # (its commas after an opening: "In a statement, the ministry, on Monday,")
    lead = LEADING_PHRASE.match(opened) or LEADING_PREPOSITION.match(opened)
    # not within an aside still open ("Kim, 33, on Monday, ordered"), nor before an aside of its own
    # ("The ministry, on Thursday, however, said": second review fixes, session 17)
    if opened[lead.end() if lead else 0:].count(",") % 2 == 0 and not _ADVERB_ASIDE.match(after):
        return opened, after
    return before, after
