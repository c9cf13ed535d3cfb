"""Dates a passage gives that are another verb's, for `corpus.event_rules`: a happening told
in the past perfect ("the way the Cabinet had endorsed it") came before the dates of its
sentence's other clauses, so they do not object to it (and one in the week after it dates the
report); a date right after a wording of another happening ("since the fifth nuclear test on
Sept. 9") is that happening's, not a briefing's; a date after a nearer verb in its clause is
that verb's ("declined to extend the agreement it signed with Japan in 2016"). Pure standard
library.
"""

from __future__ import annotations

import datetime
import re

from corpus.dates import DateValue
from corpus.events import DatedMention
from corpus.happenings import Happening, in_past_form
from corpus.happening_index import of_the_sentence_holding, overlapping
from corpus.participles_foreign import done_in_another_language
from corpus.text_units import clause_before

# "had endorsed", "had declared it would abolish": a verb in the past perfect (not "had to", "had no")
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:(?:\w+ly|already|earlier|once)\s+)?(?!(?:to|no|not|yet|better)\b)\w+")
# A Japanese verb done that qualifies the noun right after it ("破棄を決めていた日韓の協定"; not a
# noun that only frames what was done: "署名式を取りやめた経緯がある", "合意した後"), and
# a date set off by a comma, as Japanese news dates its main clause ("韓国政府は22日、").
_JA_RELATIVE_END = re.compile(r"(?:(?<=[てで])いた|(?<=た))(?!経緯|こと|事|ため|結果|後|際|末|上)[\u4e00-\u9fff\u30a0-\u30ff]")
_JA_DATE_OF_MAIN_CLAUSE = re.compile(r"\s*[、，]")


def after_a_past_perfect(last_day: datetime.date, text: str, dates: tuple[DatedMention, ...],
                         ways: list[Happening]) -> tuple[DatedMention, ...]:
    """The dates after `last_day` (the event's) of the sentences that word the event only in
    the past perfect, in another clause ("The ministry called off the signing on Friday after an
    outcry over the way the Cabinet had endorsed it"): the happening came before them."""
    if not ways or not all(_PAST_PERFECT.search(clause_before(text, h.sentence, h.start) + text[h.start:h.end])
                           for h in ways):
        return ()
    return tuple(m for m in dates if m.value.bounds()[0] > last_day
                 and any(h.sentence.start <= m.start < h.sentence.end for h in ways))


def within_days_after(value: DateValue, last_day: datetime.date, days: int) -> bool:
    """Whether `value` is a day at most `days` after `last_day` (a report's lag)."""
    return value.granularity == "day" and value.bounds()[0] <= last_day + datetime.timedelta(days=days)


_ONLY_ON = re.compile(r"\s*(?:(?:on|in)\s+)?")
# Kinds of happening that a meeting, a briefing or a welcome may be of: a date right after them
# may be the event's own ("met on Oct. 28" is no meeting of Oct. 27).
_ANY_EVENT_KINDS = frozenset({"meet", "brief", "welcome", "notify", "arrange"})


def right_after_a_happening(text: str, mention: DatedMention, happenings: tuple[Happening, ...]) -> bool:
    """Whether the date follows a wording of another happening as done ("a nuclear test on
    Sept. 9"), "on" or "in" at most between: it is that happening's date."""
    return any(h.reported and h.kind not in _ANY_EVENT_KINDS and h.end <= mention.start
               and _ONLY_ON.fullmatch(text, h.end, mention.start) for h in happenings)


def dates_an_earlier_verb(text: str, mention: DatedMention, kind: str, ways: list[Happening],
                          happenings: tuple[Happening, ...]) -> bool:
    """Whether the mention, before every wording of the event in its clause, follows a reported
    happening of another kind: "since Korea's liberation in 1945 until the pact that the
    government said it would keep" dates the liberation, not the keeping."""
    return bool(ways) and all(mention.end <= h.start for h in ways) and any(
        other.kind != kind and other.end <= mention.start and not _CJK_CLAUSE_OPENED.search(text, other.end, mention.start)
        and not any(other.end <= h.start < mention.start for h in ways) for other in _reported_before(mention, happenings))


# A Japanese or Chinese date after a comma opens the clause after it, not the verb's before
# (timeline round 25): "協定の終了を通知し、同年11月には...効力を停止させる書簡を送った".
_CJK_CLAUSE_OPENED = re.compile(r"[、，]\s*$")


def dates_a_nearer_verb(text: str, mention: DatedMention, kind: str, ways: list[Happening],
                        happenings: tuple[Happening, ...]) -> bool:
    """Whether the mention, after a wording of the event, follows a nearer verb of another kind
    in a past form: "has declined to extend the agreement it signed with Japan in 2016" dates
    the signing; so does "el acuerdo firmado en 2016" (`corpus.participles_foreign`)."""
    earlier = [h for h in of_the_sentence_holding(mention.start, ways)
               if h.end <= mention.start and h.sentence.start <= mention.start < h.sentence.end]
    if not earlier:
        return False
    others = [h for h in _reported_before(mention, happenings)  # (not the same words read as another kind)
              if not overlapping(h.start, h.end, ways)]
    nearest = max(others + earlier, key=lambda h: h.end)
    way_end = max(h.end for h in earlier)
    # (a "since" clause's date starts the wording's span: "had renewed it every year since it was
    # signed in November 2016")
    words = text[nearest.start:nearest.end]
    return nearest.kind != kind and (in_past_form(words) or done_in_another_language(words)) \
        and not _SINCE.search(text, way_end, nearest.start)


_SINCE = re.compile(r"(?i)\bsince\b")


def _reported_before(mention: DatedMention, happenings: tuple[Happening, ...]) -> list[Happening]:
    return [h for h in of_the_sentence_holding(mention.start, happenings) if h.reported and h.end <= mention.start
            and h.sentence.start <= mention.start < h.sentence.end]


def before_a_japanese_relative_clause(text: str, mention: DatedMention, ways: list[Happening]) -> bool:
    """Whether the mention, set off by a comma, lies before every wording of the event, each a
    verb done that qualifies a noun: "韓国政府は22日、破棄を決めていた日韓のGSOMIAについて ... 方針に
    転じた" dates the turn, not the decision (unlike "韓日両政府が14日に仮署名した協定")."""
    return bool(ways) and all(
        _JA_RELATIVE_END.match(text, h.end) and h.sentence.start <= mention.start < h.start
        and _JA_DATE_OF_MAIN_CLAUSE.match(text, mention.end) for h in ways)


# A date that opens its sentence, set off by a comma ("In 2019, on the orders of then-President
# Moon, South Korea pulled out of the agreement"), dates the sentence's first verb done.
_OPENING_PREPOSITION = re.compile(r"(?i)\s*(?:(?:back|late|early|later|then)\s+)?(?:(?:in|on|by)\s+)?")


def opens_the_sentence_of(text: str, mention: DatedMention, ways: list[Happening],
                          happenings: tuple[Happening, ...]) -> bool:
    """Whether the mention opens, before a comma, the sentence of a wording of the event, and no
    other happening told as done comes between them."""
    for way in ways:
        sentence = way.sentence
        if not sentence.start <= mention.start < mention.end <= way.start \
                or not _OPENING_PREPOSITION.fullmatch(text, sentence.start, mention.start) \
                or not text[mention.end:way.start].lstrip().startswith(","):
            continue
        if not any(other.reported and mention.end <= other.start and other.end <= way.start for other in happenings):
            return True
    return False


# Timeline round 24: a wording after "then" or "later" came after the dates before that word
# ("文在寅政府當年8月通知日方終止軍情協定,隨後又改口中止“通知效力”": August is the notice's, and the
# suspension came after it; "ended the pact in August but later suspended the termination").
# (not "then Defense Minister Han", "then-President Moon", "until then", "by then")
_THEN = re.compile(r"(?i)\b(?:later|subsequently|afterwards?|(?<!until\s)(?<!till\s)(?<!by\s)then(?!-|\s+(?-i:[A-Z])))\b|[随隨][后後]|其[后後]|之[后後]|[后後]来|[後后]來|その後|이후|그\s*뒤|뒤이어")


def before_a_then(text: str, mention: DatedMention, ways: list[Happening], event: DateValue) -> bool:
    """Whether every wording of the event comes after a "then" word that follows the mention in
    the wording's sentence (or the mention is in an earlier sentence), the mention's date not after
    the event's: it is of what came before, and does not object."""
    return bool(ways) and mention.value.bounds()[0] <= event.bounds()[1] and all(
        mention.end <= h.start and _THEN.search(text, max(mention.end, h.sentence.start), h.start) for h in ways)
