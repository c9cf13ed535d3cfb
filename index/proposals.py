"""Proposed events: happenings the articles date that no listed event claims.

A dated mention whose sentence words a happening as having happened becomes a candidate;
candidates of the same date and similar wording, across outlets, are one proposed event,
titled by the clause that says what happened (`corpus.event_titles`). A candidate whose date
is compatible with a listed event's and whose sentence words that event's kind of happening
(or shares most of its words) joins the listed event instead. Dates in forward-looking
clauses ("will hold a briefing on Dec. 5") make *anticipated* events, kept apart; dates of
statements ("a spokesman said Tuesday") make none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from corpus.caption_credits import closed_by_a_picture_credit
from corpus.caption_forms import is_a_caption_by_its_form
from corpus.dates import parse_date_value
from corpus.day_by_the_clock import of_the_events_day
from corpus.event_titles import event_title, without_dateline as _without_dateline
from corpus.events import DatedMention, EventSpec, event_days
from corpus.happenings import Happening
from corpus.presupposition import attributive
from corpus.title_date_words import SPAN_TO_A_DATE
from corpus.title_referents import LOOK_BACK as REFERENT_LOOK_BACK, with_referent_named
from corpus.text_units import sentence_at
from index.plain_verbs import plain_verbs, quoted
from index.readings import ArticleReading, coverage_of
from index.results import Coverage, Span
from index.timeline_merge import Proposal, overlap
from index.title_worth import cut_by_the_page, worth_proposing

PROPOSABLE_GRANULARITIES = ("day", "month")
JOINING_WORDING = 0.3  # Jaccard overlap of content words that joins a candidate to a listed event
_CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
# Words for the same happening, as reports vary them: "a magnitude-6.5 earthquake hit Kyushu",
# "the first quake struck"; "the ferry sank", "the ferry went down"; "was attacked", "an attack"
# (three letters count here).
_SAME_HAPPENING = {"quake": "earthquake", "quakes": "earthquake", "earthquakes": "earthquake", "tremor": "earthquake",
                   "hit": "strike", "hits": "strike", "struck": "strike", "strikes": "strike", "jolted": "strike",
                   "sank": "sink", "sunk": "sink", "sinks": "sink", "capsized": "sink",
                   "died": "die", "dies": "die", "dead": "die", "death": "die",
                   "won": "win", "wins": "win", "elected": "win", "victory": "win",
                   "attacked": "attack", "attacks": "attack", "stabbed": "attack", "assaulted": "attack"}
# Words of any sentence, which say nothing of what happened.
_FUNCTION_WORDS = frozenset("about above after again also been before being from have into least more most much "
                            "over some such than that their them then there these they this those very were what "
                            "when where which while will with would".split())
# A sentence about "the decision" or "the move" tells again of what its article reports.
_ANAPHORIC_SUBJECT = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:decision|move|announcement|step|reversal|notice)\b")

# A sentence that speaks of the page itself, or a photo's caption ("Yoon (R) salutes the flag",
# "Yoon, left, and Kishida shake hands").
_OF_THE_PIECE = re.compile(r"(?i)\b(?:this|the\s+above)\s+(?:story|article|report|piece|post)\b"
                           # a reprint's note: "This was among the most-read Premium articles of 2023; it first ran in
                           # February"
                           r"|\bmost[- ]read\b|\bit\s+first\s+ran\b"
                           r"|\((?-i:(?:(?:\d\w{2}|far|second|third)\s+(?:from\s+)?)?"
                           r"(?:L|R|C|left|right|center|centre)\b)\)"
                           # "Yoon Suk Yeol, South Korea's president, left, and Fumio Kishida ... shake hands"
                           r"|,\s(?-i:(?:far\s+|center\s+|centre\s+)?(?:left|right|center|centre)),\s")
# ... or a photo's caption by its form: a picture described in the present ("X, press secretary of
# ..., takes questions at ...", "South Koreans watch television coverage of ..."), credited ("A
# satellite image provided by DigitalGlobe", "FILE -", "In this file photo") or signed by a photo
# agency after "//" ("...test site in September.//EPA-EF"; not a link's "https://WWW").
_CAPTION = re.compile(
    r"^\s*(?:FILE(?:\s+PHOTO)?\s*[-\u2013\u2014:]|In\s+this\s+(?:[\w,-]+\s+){0,5}?(?:photo|image|picture)\b)"
    r"|\b(?:image|photo|picture|footage)s?\s+(?:provided|released|distributed|taken|supplied)\s+by\b"
    r"|\bcourtesy\s+of\b"
    # a photographer's credit after the caption: "... the day after she became Prime Minister Credit:Glen McCurtayne"
    r"|\b(?:Photo\s+)?Credit:\s*[A-Z]"
    # who stands where in the picture: "From right, Yoon, Kishida and Biden chat at ..."
    r"|^\s*(?:\([^()]{1,30}\)\s*)?(?:From|Clockwise\s+from)\s+(?:left|right|top|bottom)\b"
    r"|(?<!:)//\s*[A-Z][A-Z-]{1,12}\b"
    r"|^(?:\([^()]{1,30}\)\s*)?(?!(?:After|Before|When|While|As|If|Once|Since|Until|Amid|During|Despite|With|"
    r"Following|In|On|At|By|For|From|Of|To)\s)(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*(?:,\s[^,]{1,120},)?"
    r"\s+(?:takes|talks|speaks|watch(?:es)?|looks?|walks?|waves?|gestures?|poses?|attends?|arrives?|delivers?|listens?|salutes?|shakes?|stands?|sits?"
    r"|answers?|greets?|smiles?|bows?|rides?|reads?|casts?|shows?|meets|chairs|presides|inspects)\s(?!of\s)")
# Kinds whose wordings name an era ("colonial rule", "o domínio colonial japonês"): no verb to
# title another date's happening by.
_ERA_KINDS = frozenset({"liberate"})
_WILL_VERB = re.compile(r"\b(?:will|would|shall)\s+(?:(?:also|not|be|\w+ly)\s+)?[a-z]{3,}\b")
# What was only meant or threatened, and what follows it: "Seoul threatened in August to leave
# the pact, signed in 2016".
_INTENDED = re.compile(r"\b(?:threaten|vow|pledg|promis|plan|hop|want|intend|aim|tri|sought)\w*\s+"
                       r"(?:\w+\s+){0,3}?to\s+[a-z]{2,}\b")
# What has gone on over a month is a trend, not a happening of that month: "Ties between the
# two Koreas have warmed sharply this month".
_A_TREND = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?$")
# A clause ends between a verb and a date that is not its own: ", and it briefed ... on Monday",
# "Seoul decided on Aug. 22 not to renew it: formally it runs until Nov. 24".
# (and in Korean, a connective ending and its comma: "2016년 11월 23일 발효됐으며, ... 지난해 8월 연장된")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|as|yet)\s|[;:]\s|\s(?:after|before|when|while|because)\s"
                           r"|\ssince\s(?!(?:[A-Z][a-z]{2,8}\.?\s+\d|\d|last\b|early\b|late\b|mid))"  # not "since July 25"
                           r"|(?<=[며고나만데서]),\s")
# The start of a span that ends on the date: "between 2006 and", "from 2011 to".
_SPAN_BEFORE = re.compile(rf"(?i){SPAN_TO_A_DATE}\s+$")
# A verb counted from another day: "a day after Seoul chose", "two weeks before the two signed".
_COUNTED_FROM = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
                           r"(?:days?|hours?|weeks?|months?|years?)\s+(?:after|before|since)\s+"
                           r"(?:[\w'\u2019.-]+\s+){0,8}?$")
# A verb that tells what was not done proposes nothing: "the government made no move on Monday".
_NOT_DONE = re.compile(r"\s+(?:no|not|never|nothing)\b")
# ... nor one that tells what was done each year: "Until last year the pact was extended each year".
_HABITUAL = re.compile(r"\b(?:each|every)\s+(?:year|month|week|day)\b|\bannually\b|\byear\s+after\s+year\b")
# A verb in an indirect question or a condition tells of it as asked about: "hard to see why it refused".
_QUESTIONED = re.compile(r"(?i)\b(?:why|how|whether|if|unless)\s+(?:[\w'\u2019-]+\s+){0,9}?$")


@dataclass(frozen=True)
class _Candidate:
    reading: ArticleReading
    mention: DatedMention
    sentence: str
    date_span: tuple[int, int]  # in `sentence`
    verb_span: tuple[int, int] | None  # in `sentence`
    kinds: frozenset[str]
    words: frozenset[str]


def article_proposals(reading: ArticleReading, specs: tuple[EventSpec, ...],
                      listed: Iterable[tuple[str, Coverage]]) -> tuple[Proposal, ...]:
    """The article's proposals, given its coverage of listed events ((event id, coverage))."""
    listed = list(listed)
    dates = {spec.id: tuple(parse_date_value(day.iso()) for day in event_days(spec)) for spec in specs}
    claimed = {m for event_id, item in listed for m in reading.mentions
               if m.passage == item.passage and any(m.value.compatible(day) for day in dates[event_id])}
    covered = {(item.article_id, event_id) for event_id, item in listed}
    titled = ((candidate, event_title(candidate.sentence, candidate.date_span, candidate.verb_span))
              for candidate in _nearest_dates(list(_candidates(reading, claimed))))
    named = ((c, title, _referent_named(c, title)) for c, title in titled)
    proposals = ((c, title, subject, _proposal(c, specs, covered, subject or title)) for c, title, subject in named)
    return tuple(p for c, title, subject, p in proposals
                 if p.joins or p.role != "event" or _worth_proposing(c, title, subject))


def _worth_proposing(candidate: _Candidate, title: str, named: str | None) -> bool:
    """Whether a happening no listed event claims reads as one of its own: its subject, when it points back, named
    (`named`, not None) and both titles read as one (a name found makes no title proposable that was not)."""
    return named is not None and all(_reads_as_a_happening(candidate, each) for each in {title, named})


def _reads_as_a_happening(candidate: _Candidate, title: str) -> bool:
    """Whether the title reads as a happening of its own (`index.title_worth`), not run to a passage the page cut
    inside a word."""
    passage = candidate.reading.article.passage(candidate.mention.passage)
    return (worth_proposing(candidate.sentence, candidate.verb_span, title)
            and not cut_by_the_page(candidate.reading.article.clean_text[passage.start:passage.end], title))


def _referent_named(candidate: _Candidate, title: str) -> str | None:
    """The title, its subject named when it points back ("The two countries agreed" -> "Seoul and Tokyo agreed"),
    from the article before it (`corpus.title_referents`); None when that cannot be named safely."""
    sentence_start = candidate.mention.start - candidate.date_span[0]
    opening = " ".join(title.split()[:2]).lower()
    in_sentence = max(candidate.sentence.lower().find(opening), 0)
    text = candidate.reading.article.clean_text
    before = text[max(0, sentence_start - REFERENT_LOOK_BACK):sentence_start] + candidate.sentence[:in_sentence]
    return with_referent_named(before, title)


def _proposal(candidate: _Candidate, specs: tuple[EventSpec, ...], covered: set[tuple[str, str]], title: str
              ) -> Proposal:
    mention = candidate.mention
    joins = _joinable(candidate, specs, covered) if mention.role == "event" else None
    return Proposal(mention.role, joins.id if joins else None, mention.value, candidate.words,
                    _published(candidate), candidate.sentence, _title_date(candidate),
                    title,
                    _coverage(candidate))


def _candidates(reading: ArticleReading, claimed: set[DatedMention]) -> Iterable[_Candidate]:
    article = reading.article
    read: dict = {}
    starts = sorted((h.start, number) for number, h in enumerate(reading.happenings))
    told = _told_dates(reading)
    for mention in reading.mentions:
        if (mention.role not in ("event", "plan") or mention in claimed
                or mention.value.granularity not in PROPOSABLE_GRANULARITIES
                or _SPAN_BEFORE.search(article.clean_text, max(0, mention.start - 40), mention.start)):
            continue  # (the end of a span, "between 2006 and February 2013", dates no happening)
        passage = article.passage(mention.passage)
        unit = sentence_at(article.clean_text, mention.start, passage.start, passage.end)
        wanted = ("planned", "reported") if mention.role == "plan" else ("reported",)
        sentence = article.clean_text[unit.start:unit.end]
        if (unit, wanted) not in read:  # a sentence's rules read once, not once for each of its dates
            read[unit, wanted] = _sentence_reading(reading, unit, sentence, wanted, starts)
        skipped, ways, worded = read[unit, wanted]
        if skipped:
            continue  # "(The above story first appeared on ...)", a caption: page text; a habit
        way, plain = _verb_span(ways, unit.start), _plain_verb(sentence, mention.role)
        if way is None and (worded or plain is None or _planned_before(sentence, plain, mention.role)):
            continue
        date_span = (mention.start - unit.start, mention.end - unit.start)
        others = [(h.start - unit.start, h.end - unit.start) for h in ways[1:]]  # (a later wording may be the date's)
        verb = _dated_verb(sentence, [v for v in (way, plain) if v] + others, date_span, mention.role)
        if verb is None or _INTENDED.search(sentence, 0, verb[0]) or _NOT_DONE.match(sentence, verb[1]) \
                or _A_TREND.search(sentence, 0, verb[0]) and mention.value.granularity != "day":
            continue
        if _another_date_between(told, mention, unit.start + verb[0]):
            continue
        yield _Candidate(reading, mention, sentence, date_span, verb, frozenset(h.kind for h in ways),
                         content_words(sentence))


def _told_dates(reading: ArticleReading) -> tuple[list[int], list[DatedMention]]:
    """The mentions dating an event or a plan, by where they start (and those starts, to bisect)."""
    told = sorted((m for m in reading.mentions if m.role in ("event", "plan")), key=lambda m: m.start)
    return [m.start for m in told], told


def _another_date_between(told: tuple[list[int], list[DatedMention]], mention: DatedMention,
                          verb_start: int) -> bool:
    """Whether another date stands between the date and the later verb, the verb's own (round 37:
    "2019年7月に輸出管理を厳しくしたことに反発し、同年8月にGSOMIAの破棄を宣言した": July is not the declaring's).
    Only the dates starting between the two are looked at: a page of many dates reads in linear time."""
    if verb_start <= mention.end:
        return False
    starts, mentions = told
    after = bisect_left(starts, mention.end)
    return any(other.value != mention.value and other.end <= verb_start
               for other in mentions[after:bisect_right(starts, verb_start, after)])


def _sentence_reading(reading: ArticleReading, unit, sentence: str, wanted: tuple[str, ...],
                      starts: list[tuple[int, int]]) -> tuple[bool, list[Happening], bool]:
    """Whether a sentence is page text or a habit, its wordings of happenings (`wanted`, not
    quoted nor attributive), and whether it words any (a plain verb, "met", only where none is
    found, as planned, denied or hypothetical, "would have renewed", "until it is signed", as it
    may be); the happenings in it found by where they start (not every one of the page's)."""
    text = reading.article.clean_text
    if (_OF_THE_PIECE.search(sentence) or _CAPTION.search(sentence) or is_a_caption_by_its_form(sentence)
            or _HABITUAL.search(sentence) or closed_by_a_picture_credit(sentence, text, unit.end)):
        return True, [], False
    first, last = bisect_left(starts, (unit.start, -1)), bisect_left(starts, (unit.end, -1))
    inside = [reading.happenings[number] for number in sorted(number for _, number in starts[first:last])]
    said = [h for h in inside if not attributive(text, h.start, h.end)]
    ways = [h for h in said if h.frame in wanted and not quoted(sentence, h.start - unit.start)
            and h.kind not in _ERA_KINDS]
    return False, ways, bool(said)


def _counted_from_another_day(sentence: str, verb: tuple[int, int], date_span: tuple[int, int]) -> bool:
    """Whether the verb is told as some time from another happening, not on the date: "Abe on
    Friday called on Seoul to honour its pledges, a day after Seoul chose to end the pact"."""
    distance = _COUNTED_FROM.search(sentence, 0, verb[0])
    if distance is None:
        return False
    clause_end = sentence.find(",", verb[1])  # "a day after Seoul chose on Thursday to end it": its own date
    return not distance.start() <= date_span[0] < (clause_end if clause_end >= 0 else len(sentence))


def _nearest_dates(candidates: list[_Candidate]) -> list[_Candidate]:
    """One date per verb: in "approved on Friday (Aug. 2) taking it off the list from Aug. 28,
    with an announcement due on Wednesday", the verb's own date is the nearest one."""
    nearest: dict[tuple, _Candidate] = {}
    for candidate in candidates:
        key = (candidate.reading.article.id, candidate.sentence, candidate.verb_span, candidate.mention.role)
        kept = nearest.get(key)
        if kept is None or _distance(candidate) < _distance(kept):
            nearest[key] = candidate
    chosen = {(key, c.mention.value) for key, c in nearest.items()}
    return [c for c in candidates
            if ((c.reading.article.id, c.sentence, c.verb_span, c.mention.role), c.mention.value) in chosen]


def _title_date(candidate: _Candidate) -> tuple[bool, int]:
    """Which of a sentence's mentions of the date its title leaves out: the one nearest the
    verb, unless bracketed beside another ("on Friday (Aug. 2)": the title drops both)."""
    start = candidate.date_span[0]
    return candidate.sentence[max(0, start - 1):start] == "(", _distance(candidate)


def _distance(candidate: _Candidate) -> int:
    (date_start, date_end), verb = candidate.date_span, candidate.verb_span or candidate.date_span
    return max(verb[0] - date_end, date_start - verb[1], 0)


def _planned_before(sentence: str, verb: tuple[int, int], role: str) -> bool:
    """A past form after the sentence's future one is no happening: "The government will
    double testing of food imported from Japan from Friday", "she would be remembered"."""
    return role == "event" and _WILL_VERB.search(sentence, 0, verb[1]) is not None


def _verb_span(ways: list[Happening], offset: int) -> tuple[int, int] | None:
    return (ways[0].start - offset, ways[0].end - offset) if ways else None


def _dated_verb(sentence: str, verbs: Sequence[tuple[int, int]], date_span: tuple[int, int], role: str
                ) -> tuple[int, int] | None:
    """The verb the date dates: the first one (the title ends with its clause) unless a clause
    ends between it and a later date ("Seoul decided in August to scrap the accord after Japan
    tightened controls in July": July is the tightening's), and not one only asked about ("hard
    to see why it refused"; "an investigation into how the pact was processed got under way":
    "got") or counted from another day ("a day after Seoul chose"); None if every verb is."""
    verbs = sorted(verbs + [v for v in plain_verbs(sentence, role) if v[0] > verbs[0][0]])
    told = [verb for verb in verbs
            if not _questioned(sentence, verb, verbs) and not _counted_from_another_day(sentence, verb, date_span)]
    return next((verb for verb in told if verb[0] >= date_span[0]
                 or not _CLAUSE_BREAK.search(sentence, verb[1], date_span[0])), told[0] if told else None)


def _questioned(sentence: str, verb: tuple[int, int], verbs: list[tuple[int, int]]) -> bool:
    """Whether the verb is the first of an indirect question or a condition ("why it refused")."""
    asked = _QUESTIONED.search(sentence, 0, verb[0])
    return asked is not None and not any(asked.start() < other[0] < verb[0] for other in verbs)


def _plain_verb(sentence: str, role: str) -> tuple[int, int] | None:
    return next(iter(plain_verbs(sentence, role)), None)


def _joinable(candidate: _Candidate, specs: tuple[EventSpec, ...], covered: set[tuple[str, str]]
              ) -> EventSpec | None:
    """The listed event a candidate reports, by a compatible date and its wording, or by
    naming it again ("The decision was taken at a meeting on Friday") in an article that
    reports it."""
    article_id = candidate.reading.article.id
    for spec in specs:
        if not _on_its_day(candidate, spec):
            continue
        # a happening told as done is no statement that it will be: not "Seoul says it will sign"
        if spec.kind in candidate.kinds and not spec.statement \
                or overlap(candidate.words, _spec_words(spec)) >= JOINING_WORDING:
            return spec
        if (article_id, spec.id) in covered and _ANAPHORIC_SUBJECT.match(_without_dateline(candidate.sentence)):
            return spec
    return None


def _on_its_day(candidate: _Candidate, spec: EventSpec) -> bool:
    """Whether the candidate's date is the event's: compatible, or a day counted from the page a day off it
    (`corpus.day_by_the_clock`, as the links read it) dating a verb that words the event's kind ("signed yesterday",
    on a US page of the signing's day; not "The opposition on Tuesday began a drive …" beside the pact "initialed
    late on Monday", nor "Abe on Friday criticized Seoul's decision")."""
    mention, reading = candidate.mention, candidate.reading
    if mention.value.compatible(spec.date):
        return True
    # the day first: it is cheap and rarely true, and the wording scans every happening of the page
    return of_the_events_day(mention, spec.date, reading.article.clean_text, reading.published) \
        and _verb_words(candidate, spec.kind)


def _verb_words(candidate: _Candidate, kind: str) -> bool:
    """Whether a happening of `kind` is worded from the candidate's date to the verb it dates, both in ("carried out
    a fifth nuclear test on Friday", "yesterday kept alive the pact")."""
    if candidate.verb_span is None:
        return False
    offset = candidate.mention.start - candidate.date_span[0]
    (date_start, date_end), (verb_start, verb_end) = candidate.date_span, candidate.verb_span
    start, end = offset + min(date_start, verb_start), offset + max(date_end, verb_end)
    return any(h.kind == kind and h.frame == "reported" and h.start < end and start < h.end
               for h in candidate.reading.happenings)


def _published(candidate: _Candidate) -> str:
    published = candidate.reading.published
    return published.value.iso() if published else "~"  # undated after every date


def _coverage(candidate: _Candidate) -> Coverage:
    mention = candidate.mention
    spans = [Span(mention.start, mention.end)]
    if candidate.verb_span:
        offset = mention.start - candidate.date_span[0]
        spans.append(Span(offset + candidate.verb_span[0], offset + candidate.verb_span[1]))
    return coverage_of(candidate.reading, mention.passage, spans)


def _spec_words(spec: EventSpec) -> frozenset[str]:
    return content_words(spec.title)


def content_words(text: str) -> frozenset[str]:
    """The words that group reports of one happening: of four letters or more, lower-cased,
    the words for the same happening made one ("quake struck" is "earthquake hit")."""
    words = (word.lower() for word in _CONTENT_WORD.findall(text))
    return frozenset(_SAME_HAPPENING.get(word, word) for word in words
                     if len(word) > 3 and word not in _FUNCTION_WORDS or word in _SAME_HAPPENING)
