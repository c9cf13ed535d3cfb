"""The date of a page that prints none and whose dates give none, estimated from the officeholders it
names in office and the listed event it reports (issue 14).

A reader dates such a page so: it was written while every holder it names in office was in office
("Defense Minister Han Min-koo", "문재인 대통령", "安倍晋三首相"; not "former President Moon", "then-",
"前", "元", nor in a sentence that prints a year: `corpus.intake.office_years.named_in_office`). Their
terms meet in a window (none when they do not: no date). What the page reports in it is a listed event

* that the page words as having happened and told as past (`corpus.happenings`: not "will sign",
  "threatened a fourth test", "will carry out a fifth nuclear test"; a word alone that is no past
  form is no verb done: "placards and signs"), in a sentence with no date of its own (one it has
  decides: "a fifth nuclear test on Friday" is for the rules of weekdays);
* not of a kind that is a statement, whose plans count as it only where a date pins them ("wanted
  to normalize", "has been renewed automatically each year", "declared full normalization" at a
  summit days before the notes were withdrawn);
* that it could mean (its matter named, a passage reporting it on its own day by `corpus.event_rules`)
  and that fell in the window (its first day to its end and a handover's days): an event before it
  told with no date is left to the rules of events told again ("the two agreed the pact matters",
  in 2019, is no tentative agreement of 2016);
* when no other listed event of the same kind it could mean fell so too (two would do: neither, a
  wrong link being worse than a missed one).

The page appeared no earlier than the latest event so found: that day is its estimate (none before a
later event the page reports already), with the event, the holders and their terms in its provenance.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from corpus import date_value
from corpus.about_words import named_in
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, ReportingDate, dated_mentions
from corpus.date_readers import tense
from corpus.dates import find_dates
from corpus.east_asian_letters import EAST_ASIAN_LETTER
from corpus.happenings import STATEMENT_KINDS, Happening, find_happenings, in_past_form, worded_ahead
from corpus.intake.office_years import Holder, named_in_office
from corpus.japanese_plan_words import JAPANESE_PLAN
from corpus.korean_ahead import KOREAN_AHEAD
from corpus.model import Article, Passage
from corpus.past_forms_european import done_in_a_european_language

# After a term's last day a story may still name its holder by title for the days of a handover; no
# longer: a page naming "President Moon Jae-in" in office was, as a rule, written in his term.
_AFTER_A_TERM = datetime.timedelta(days=7)
Window = tuple[datetime.date, datetime.date]
Resolve = Callable[[str, tuple[DatedMention, ...], tuple[Happening, ...]], tuple[DatedMention, ...]]


@dataclass(frozen=True)
class OfficeWindow:
    """The days on which every holder a page names in office held office."""

    spans: tuple[Window, ...]  # where their terms meet, in order
    holders: tuple[Holder, ...]

    @property
    def reach(self) -> datetime.date:
        """The last day the page could have been written on, a handover's days after the window."""
        return self.spans[-1][1] + _AFTER_A_TERM

    def admits(self, day: datetime.date) -> bool:
        """Whether `day` falls in one of the spans (or a handover's days after it), not in a gap between
        a holder's terms (Abe's, 2006-2007 and 2012-2020)."""
        return any(first <= day <= last + _AFTER_A_TERM for first, last in self.spans)

    def reason(self) -> str:
        who = ", ".join(f"{holder.title} {holder.name} ({_terms(holder)})" for holder in self.holders)
        when = ", ".join(f"{first} to {last}" for first, last in self.spans)
        return f"it names in office {who}, in office together from {when}"


def office_window(text: str, today: datetime.date | None = None) -> OfficeWindow | None:
    """The window the holders `text` names in office give, or None (none named, or terms that do not meet)."""
    named = named_in_office(text)
    if not named:
        return None
    cap = today or date_value.today()
    spans: list[Window] = [(datetime.date.min, cap)]
    for holder in named:
        spans = [(max(first, start), min(last, end)) for first, last in spans for start, end in holder.terms
                 if max(first, start) <= min(last, end)]
    return OfficeWindow(tuple(sorted(spans)), tuple(named)) if spans else None


def estimate_from_officeholders(article: Article, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                                as_happened: Resolve) -> tuple[ReportingDate, tuple[DatedMention, ...]] | None:
    """The estimate (and the mentions resolved against it) from the listed events the page reports
    within the reach of the holders it names in office, one of each kind at most; None if none.
    `as_happened` reads a date right after a verb of a happening as its date, not a plan's."""
    text = article.clean_text
    window = office_window(text)
    if window is None:
        return None
    kinds = {h.kind for h in happenings if h.reported}
    told: dict[str, set[tuple[int, int]]] = {}  # of each kind, the wordings told as done (read once)
    meant: dict[str, list[tuple[EventSpec, ReportingDate, tuple[DatedMention, ...]]]] = {}
    for spec in specs:
        if spec.kind == "any" or spec.kind in STATEMENT_KINDS or spec.kind not in kinds \
                or spec.date.granularity != "day" \
                or not window.admits(spec.date.bounds()[0]) \
                or not named_in(spec, text):
            continue
        estimate = ReportingDate.from_report(spec.date, spec.title, f"({spec.date.label()}), and {window.reason()}: "
                                             f"it appeared on that day or later", earliest=True)
        mentions = as_happened(text, dated_mentions(article, spec.date), happenings)
        if spec.kind not in told:
            told[spec.kind] = {(h.start, h.end) for h in happenings if h.kind == spec.kind and worded_as_done(text, h)
                               and not worded_ahead(text, h) and not _dated_sentence(text, h)}
        if any(told[spec.kind] & set(passage_reports(spec, p, text, happenings, mentions, estimate, specs) or ())
               for p in article.passages):
            meant.setdefault(spec.kind, []).append((spec, estimate, mentions))
    found = [events[0] for events in meant.values() if len(events) == 1]  # of a kind two could be: neither
    if not found:
        return None
    spec, estimate, mentions = max(found, key=lambda event: event[0].date.bounds()[0])
    if _reports_later_undated(article, happenings, specs, spec.date.bounds()[1]):
        return None  # an estimate before what the page already reports would lose it
    return estimate, mentions


def _reports_later_undated(article: Article, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                           day: datetime.date) -> bool:
    """Whether the page, undated, already reports a listed event later than `day` (one told again
    without a date: "With GSOMIA scrapped, ..."): the page appeared after it."""
    text, mentions = article.clean_text, dated_mentions(article)
    later = [spec for spec in specs if spec.date.bounds()[0] > day]
    if any(passage_reports(spec, p, text, happenings, mentions, None, specs)
           for spec in later if named_in(spec, text) for p in article.passages):
        return True
    headline = article.headline.strip()  # (read as a passage of its own, its dates left aside)
    heading = Passage(article.id, 0, 0, len(headline), headline)
    worded = find_happenings(headline) if headline and not headline.endswith("?") else ()
    return any(passage_reports(spec, heading, headline, worded, (), None, specs) for spec in later
               if named_in(spec, headline))


# A past ending after a wording in its sentence, in Korean, Japanese, Chinese ("핵실험을 감행했다",
# "核実験を強行した", "进行了第五次核试验"); a plan or a prospect anywhere in it ("할 계획", "予定", "将").
# (Not "また、" (also), "了解" (look into), "过去" (the past), "過程" (a course): words, not endings.)
_PAST_AFTER_CJK = re.compile(r"(?:었|았|였|했|됐|웠)(?:다|습니다|으며|고|는데)|(?<!ま)た(?:。|と|が|、|$)"
                             r"|(?<![为為除])了(?!解)|[過过](?!去|程)")
_AHEAD_CJK = re.compile(rf"{KOREAN_AHEAD}|{JAPANESE_PLAN}|する(?:と|こと|方向)"
                        r"|将|將|计划|計劃|准备|準備|拟|擬|打算|可能|随时|隨時|恐れ")


def _dated_sentence(text: str, happening: Happening) -> bool:
    """Whether the sentence that words the happening has a date of its own ("carried out a fifth
    nuclear test on Friday"): where a date places it, the rules of dates decide (a weekday alone
    dates nothing), not the holders the page names."""
    sentence = happening.sentence
    anchor = datetime.date.today()  # (any day: it places "Friday", so that it counts)
    return any(found.kind == "date" for found in find_dates(text[sentence.start:sentence.end], anchor))


def worded_as_done(text: str, happening: Happening) -> bool:
    """Whether a wording tells of its happening as past, not only names it: "the North carried out
    its fifth nuclear test", "had carried out" (not "will carry out a fifth nuclear test", whose
    noun the happenings find all the same): a verb in a past form, or a past the nearest tense cue
    gives (before it in its clause, else after it: "The decision to end GSOMIA came in August"); in
    Korean, Japanese, Chinese a past ending after it in its sentence, and no plan in it; in Spanish, Portuguese,
    French, Italian, German a preterite or a perfect ("firmaron", "ont repris": `corpus.past_forms_european`)."""
    words = text[happening.start:happening.end]
    if not EAST_ASIAN_LETTER.search(words):  # (a word alone that is no past form may be a noun or a present: "signs")
        return in_past_form(words) or done_in_a_european_language(text, happening) \
            or words.isascii() and len(words.split()) > 1 and tense(text, happening.start, happening.end) == "past"
    sentence = happening.sentence
    return bool(_PAST_AFTER_CJK.search(text, happening.start, sentence.end)) \
        and not _AHEAD_CJK.search(text, sentence.start, sentence.end)


def _terms(holder: Holder) -> str:
    return "; ".join(f"{start} to {'now' if end.year == 9999 else end}" for start, end in holder.terms)
