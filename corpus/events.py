"""The story's events as data, and the dated mentions found in every article.

Each listed event carries the rule that links it to its coverage (`corpus.event_rules`: the
kind of happening a sentence must report, what the passage must be about, and the date
condition); nothing points at passage numbers, so an article added later joins the events
it reports on its own.

An article without a publication date still has its dates that name their year ("signed
on November 23, 2016"); `corpus.date_estimate` estimates its date from what it reports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.date_value import DateValue, parse_date_value
from corpus.model import Article
from corpus.per_text import PerText
from corpus.reporting_verbs import ANNOUNCING, REMARKING, SAYING, any_of

EVENTS_FILE = Path(__file__).parent / "events.json"

# A date right after a verb of saying dates the statement, not a happening: "said Tuesday".
# So does the occasion of a statement: "In a statement on Wednesday, the ministry argued ...".
_ATTRIBUTION = re.compile(
    r"(?i)\b(?:said|says|told\s+(?:\w+\s+){0,4}?|announced|added|noted|stated|explained|reported"
    r"|let\s+(?:\w+\s+){1,3}?know"  # "let Tokyo know on Nov. 22 that ...", as "told Tokyo"
    r"|confirmed|according\s+to\s+(?:\w+\s+){1,4}?"
    r"|(?:in|at)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|(?:news|press)\s+conference"
    r"|briefing|interview|speech|commentary|editorial)(?:\s+(?:to|for|from|with)(?:\s+[\w'\u2019-]+){1,4}?)?)"
    r"(?:\s+(?:late|early))?(?:\s+on)?\s*$"  # "In a statement to the families on Monday night", "said late on Friday"
)

# "SEOUL, Nov. 22 (Yonhap) --", "TOKYO, Nov. 14, Kyodo": the date of the report.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Za-z./' -]{1,40}(?:,\s*[A-Z][A-Za-z./' -]{1,30})?,\s*$")
# "Seoul, Nov 22 (IANS) South Korea's ...": some wires put no dash after the agency.
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*(?:--|\u2014|\u2013|-|(?=[A-Z\"\u201c]))"
                             r"|,\s*[A-Z][A-Za-z]+\s*$|\s*(?:--|\u2014))", re.MULTILINE)
_REFERENCE = re.compile(r"(?i)\b(?:since|until|till|by|before|ahead\s+of|(?<=[a-z] )of)\s+$"
                        # ... in other languages: "действует до 24 ноября", "jusqu'au 23 novembre", "hasta el"
                        r"|(?<!\w)(?:до|jusqu['\u2019]\s*(?:au|à|en)|hasta(?:\s+el)?|até(?:\s+(?:o|a))?"
                        r"|bis(?:\s+(?:zum|zur))?)\s+$"
                        # ... and a deadline's day: "This year's deadline for such notice is Aug. 24."
                        r"|\b(?:deadline|due\s+date)\b[^.;]{0,40}?\b(?:is|was|falls|fell|will\s+be)\s+(?:on\s+)?$")
# ... and a deadline told after its date, in Korean and Japanese: "8월 23일까지 알려야", "24日までに".
# ... or its deadline: "23日午前0時の期限", "23일 기한"; or what time is counted from: "自2006年以来", "2006년 이래"
_REFERENCE_AFTER = re.compile(r"\s*(?:까지|までに|まで|以来|以來|이래|(?:(?:午前|午後|오전|오후)\s*\d{1,2}\s*[時시]\s*)?[の의]?\s*(?:期限|期日|기한|시한))")
# A day something was due on: "was due to end on Nov. 23", "had been scheduled to be signed on Friday",
# "原定于11月23日" (timeline round 35).
_DUE_BEFORE = re.compile(r"(?i)\b(?:due|scheduled|slated|set|supposed)\s+to\s+(?:be\s+)?[a-z]+(?:\s+(?:the|its|a)\s+[\w-]+)?"
                         r"(?:\s+(?:on|in|by|at))?\s+$"
                         r"|(?:原定|[预預]定|原[计計][划劃])[于於在]?$"  # "协定原定于11月23日0时失效"
                         # round 47: "comes up for renewal in November", "is due for review in August"
                         r"|\b(?:(?:comes?|came|coming|is|was|are|were|be)\s+up|due)\s+for\s+(?:[a-z]+\s+)?[a-z]+"
                         r"(?:\s+(?:on|in|by|at))?\s+$")
# A bare year that qualifies a noun dates the thing named, not what the sentence tells of it:
# "its 2016 military pact will carry on", "a 2016 intelligence-sharing deal".
_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that|[\w-]+['\u2019]s)\s+$")
# ... and so does a month or a day: "set a June deadline", "the Aug. 15 address"
_ATTRIBUTIVE_DATE = re.compile(r"\d{4}|[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?")  # "the Court's November 2018 ruling"
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|by|for|of|with|was|were|is|are|had|has)\b)[a-z][\w-]*")
# ... and a year, a name: "the 2016 General Security of Military Information Agreement", "the
# 2016 ROK-Japan GSOMIA" (an acronym too)
_NAME_AFTER_YEAR = re.compile(r"\s+(?!(?:And|Or|But|To|In|On|At|By|For|Of|With)\b)[A-Z](?:[a-z]|[A-Z]{1,5}(?:-|\b))[\w-]*")
# "On Tuesday the main opposition party said ...": the date that opens a sentence that only says
# (not "... as early as Wednesday, a spokesman said": that date is the clause's).
_OPENS_SENTENCE = re.compile(r"(?i)(?:^|[.!?\"\u201d]\s+|\n)(?:(?:late|early)\s+)?(?:on\s+)?$")
_SAID_AFTER = re.compile(r",?\s+(?:(?!and\b|or\b|[a-z]+ed\b)[\w'\u2019.-]+\s+){1,6}?"
                         r"(?:said|says|told|announced|stated|added|noted)\b")
# ... and in Korean, a date right after the topic that opens a sentence whose verb says ("외교부는
# 21일 ... 철회했다고 밝혔다": the 21st is the saying's).
_KO_TOPIC_BEFORE = re.compile(r"(?:^|[.!?\]\"\u201d]\s*|\n)(?:\S+\s+){0,2}?\S+[은는]\s+$")
_KO_SAID_AT_END = re.compile(r"[^.!?\n]*?(?:다고|라고)\s+(?:밝혔|말했|전했|발표했)")
_SAYING = re.compile("(?i)" + any_of(SAYING, ANNOUNCING, REMARKING))


@dataclass(frozen=True)
class OwnDayWording:
    """How the sentence that tells an event's yearless own day words it (`corpus.date_own_day`): the
    kind of happening (that of an event of kind "any"), and regular expressions for who did it (before
    the wording, in its sentence) and what it was done to (in the sentence); empty: anyone, anything."""

    kind: str
    by: str = ""
    target: str = ""


@dataclass(frozen=True)
class EventSpec:
    id: str
    title: str
    date: DateValue
    kind: str  # a kind of corpus.happening_words.VOCABULARY, or "any"
    about: tuple[str, ...]  # regular expressions, one of which the passage must contain
    statement: bool = False  # a statement of intent is the happening ("Seoul says it will sign")
    once: tuple[str, ...] = ()  # what it happened to, once: a later page that names it needs no date
    held: tuple[DateValue, ...] = ()  # other days the coverage dates it to: talks announced, then held
    on: DateValue | None = None  # a month event's own day, if known: the one its yearless days may be
    anniversary: tuple[str, ...] = ()  # what an anniversary of it is called, its own name ("Yeonpyeong")
    own_day: OwnDayWording | None = None  # how its own day's sentence words it, if not just by its kind
    # `about` expressions that name another happening as well ("a hydrogen bomb": January 2016's and September
    # 2017's), and what names that other one: on a page that names it, they name nothing (`corpus.shared_names`)
    shared: tuple[str, ...] = ()
    shared_with: tuple[str, ...] = ()

    def __hash__(self) -> int:
        # (the key of the rules' caches, asked for each passage: its id, not every field and expression)
        return hash(self.id)


@dataclass(frozen=True)
class DatedMention:
    """A date expression in an article, resolved against its publication date."""

    article_id: str
    passage: int
    start: int  # offsets into the article's clean text
    end: int
    text: str
    value: DateValue
    role: str = "event"  # "event"; "attribution": dates a statement; "plan": a forward-looking clause


@dataclass(frozen=True)
class ReportingDate:
    """When an article appeared: printed (or given), or estimated from what it reports."""

    value: DateValue
    estimated: bool
    provenance: str
    earliest: bool = False  # estimated as the latest day it reports: it appeared then or later

    @classmethod
    def from_report(cls, value: DateValue, title: str, how: str, earliest: bool = False) -> ReportingDate:
        """An estimate from what the page reports: "estimated from the text: it reports “`title`” `how`"."""
        return cls(value, True, f"estimated from the text: it reports \u201c{title}\u201d {how}", earliest)


# The English names of the months, an event's `about` expression that names it by its month.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


@lru_cache(maxsize=None)
def named_by_its_month(spec: EventSpec) -> bool:
    """Whether the event is named by its month: one of its `about` expressions is the English name of the month
    of its date, in any case, as every expression ("January", of 6 January 2016; not "Cho June-hyuck", of a June
    day, nor "Januari" or "Jan(?=\\.?\\s*\\d)"). Such an event is named as well by a wording of its kind that a
    distance back from the report dates to its days (`corpus.event_distance`)."""
    if spec.date.month is None:
        return False
    name = _MONTH_NAMES[spec.date.month - 1].lower()
    return any(term.lower() == name for term in spec.about)


def event_days(spec: EventSpec) -> tuple[DateValue, ...]:
    """The event's date and the other days the coverage dates it to (`held`)."""
    return (spec.date, *spec.held)


def event_aliases(path: Path = EVENTS_FILE) -> dict[str, list[str]]:
    """The named lists of words an event's `about` and `once` take by "@name" ("@pact")."""
    return json.loads(path.read_text(encoding="utf-8")).get("aliases", {})


def load_event_specs(path: Path = EVENTS_FILE) -> tuple[EventSpec, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    aliases = data.get("aliases", {})
    specs = []
    for item in data["events"]:
        date = parse_date_value(item["date"])
        if item.get("qualifier"):
            date = DateValue(date.year, date.month, date.day, item["qualifier"])
        about, once = (tuple(term for word in item.get(field, ())
                             for term in (aliases[word[1:]] if word.startswith("@") else [word]))
                       for field in ("about", "once"))
        about += tuple(item.get("shared", ()))
        specs.append(EventSpec(item["id"], item["title"], date, item["kind"], about,
                               bool(item.get("statement")), once,
                               tuple(parse_date_value(day) for day in item.get("held", ())),
                               parse_date_value(item["on"]) if item.get("on") else None,
                               tuple(item.get("anniversary", ())),
                               OwnDayWording(**item["own_day"]) if item.get("own_day") else None,
                               tuple(item.get("shared", ())), tuple(item.get("shared_with", ()))))
    return tuple(specs)


def publication_value(article: Article) -> DateValue | None:
    return parse_date_value(article.date) if article.date else None


def dated_mentions(article: Article, estimate: DateValue | None = None, counted: bool = False
                   ) -> tuple[DatedMention, ...]:
    """Every date in the article's text (not durations, ranges or repeats); without a
    publication date, only the dates that name their year, and with an `estimate` of it,
    also the calendar dates that do not ("June 29" takes the estimate's year); with `counted`,
    also those counted from it that hold for each of its days ("last year", of a year's estimate)."""
    from corpus.dates import find_dates  # (the date rules: the listed events need none of them)

    mentions = []
    text, published = article.clean_text, publication_value(article)
    anchor = published or estimate
    for expression in find_dates(_read_for_dates(article), anchor, calendar_only=published is None and not counted):
        passage = article.passage_at(expression.start)
        if passage is not None and (same := _the_same_day(expression, passage.number, mentions)) is not None:
            mentions.append(DatedMention(article.id, passage.number, expression.start, expression.end, expression.text,
                                         same, mention_role(text, expression.start, expression.end)))
        if expression.kind == "date" and expression.value is not None and passage is not None:
            role = mention_role(text, expression.start, expression.end)
            if role == "plan" and anchor and expression.value.bounds()[1] < anchor.bounds()[0] \
                    and not _DUE_BEFORE.search(text, max(0, expression.start - 60), expression.start):
                role = "event"  # a date already past is no plan: "Concluded on Nov. 23, 2016, the pact renews ..."
            elif role == "event" and published and expression.value.bounds()[0] > published.bounds()[1]:
                role = "plan"  # a page cannot tell as done what came after it: "the rules take effect Nov. 13"
            mentions.append(DatedMention(article.id, passage.number, expression.start, expression.end,
                                         expression.text, expression.value, role))
    return tuple(mentions)


# A page's dates are read from its first 100,000 characters (to the end of the passage there), three times the
# longest labelled page: a page of megabytes, a chronology of 40,000 dated sentences pasted as one, is added in
# seconds, not minutes (each date's role and reading costs a couple of milliseconds, several times over).
DATES_READ_WITHIN = 100_000


def _read_for_dates(article: Article) -> str:
    text = article.clean_text
    if len(text) <= DATES_READ_WITHIN:
        return text
    return text[:next((p.end for p in article.passages if p.end >= DATES_READ_WITHIN), len(text))]


# "It came into force the same day": the day (or the month) the passage named last.
THE_SAME_DAY = re.compile(r"(?i)(?:that\s+same|the\s+same|that)\s+day")
SAME_DAY_REACH = 250


def _the_same_day(expression, passage: int, mentions: list[DatedMention]) -> DateValue | None:
    """The date an anaphoric "the same day" carries: that of the last date before it in its
    passage, a day or a month, at most a couple of sentences before."""
    if expression.kind != "other" or not THE_SAME_DAY.fullmatch(expression.text) or not mentions:
        return None
    last = mentions[-1]
    if last.passage != passage or expression.start - last.end > SAME_DAY_REACH \
            or last.value.granularity not in ("day", "month"):
        return None
    return last.value


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]` is a dateline's: "SEOUL, Nov. 22 (Yonhap) --"."""
    return bool(_DATELINE_BEFORE.search(text[max(0, start - 60):start]) and _DATELINE_AFTER.match(text, end))


_ROLES = PerText()


def mention_role(text: str, start: int, end: int) -> str:
    """`date_role`, read once per date of the last few texts (a page's dates are read again for each estimate)."""
    known = _ROLES.answers(text)
    if (start, end) not in known:
        known[start, end] = date_role(text, start, end)
    return known[start, end]


def date_role(text: str, start: int, end: int) -> str:
    """What a date dates: "attribution", a statement or report ("a spokesman said Tuesday",
    "On Tuesday the party said", the dateline "SEOUL, Nov. 22 (Yonhap) --"); "reference", a
    thing or a span's edge ("the notice of Aug. 23", "its 2016 pact", "since 1945", the
    deadlines "by Aug. 24", "before the end of June"); "plan", what a forward-looking clause expects ("will sign it
    Friday"); else "event", a happening."""
    from corpus.date_readers import said_by_a_noun, tense

    before = text[max(0, start - 60):start]
    if _ATTRIBUTION.search(before) or is_dateline(text, start, end) \
            or _OPENS_SENTENCE.search(before) and _SAID_AFTER.match(text, end) \
            or _KO_TOPIC_BEFORE.search(before) and _KO_SAID_AT_END.match(text, end) \
            or said_by_a_noun(text, start, end):
        return "attribution"
    year = text[start:end].isdigit()
    if _REFERENCE.search(before) or _REFERENCE_AFTER.match(text, end) or _ATTRIBUTIVE_BEFORE.search(before) \
            and (_ATTRIBUTIVE_AFTER.match(text, end) or year and _NAME_AFTER_YEAR.match(text, end)) \
            and _ATTRIBUTIVE_DATE.fullmatch(text[start:end]):
        return "reference"
    if _DUE_BEFORE.search(before):
        return "plan"  # "GSOMIA was due to end on Nov. 23": what was planned for the day, whatever came of it
    # "Officials said the briefing on Dec. 5 would explain ...": the verb of saying is not
    # the tense of what is dated.
    window_start = max(0, start - 200)
    window = _SAYING.sub(lambda m: " " * len(m.group()), text[window_start:end + 200])
    return "plan" if tense(window, start - window_start, end - window_start) == "future" else "event"
