"""An event that happened once to what it names (`once` in `corpus/events.json`) told again
without a date: "the GSOMIA, signed to share military secrets", on a page of 2019, tells of the
signing of 2016; "With GSOMIA scrapped, Seoul relies on ..." on a page that prints no date tells
of the 2019 decision; "urged Seoul to reverse its decision to end the pact" tells that the
decision had been made. Pure standard library.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.about_words import WholeWords
from corpus.date_patterns import AGO, RELATIVE_PERIOD, WEEKDAYS
from corpus.events import EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.happenings import STATEMENT_KINDS, Happening
from corpus.presupposition import names_a_decision_made
from corpus.text_units import Sentence, clause_after, clause_before


def told_again(spec: EventSpec, text: str, ways: list[Happening], happenings: tuple[Happening, ...],
               published: ReportingDate | None) -> bool:
    """An event that happened once to what it names (`once`: "the GSOMIA, signed to share
    military secrets", in 2019) is what a later page means when it tells of it without a date,
    in a sentence that names it; so is it on a page that prints no date and tells of it as
    past ("With GSOMIA scrapped, Seoul relies on ..."), and wherever a decision is named as
    made ("urged Seoul to reverse its decision to end the pact", on a page naming the GSOMIA). A page
    estimated only at the earliest is read as one that prints no date (round 45)."""
    if not spec.once:
        return False
    if published is not None and published.value.bounds()[0] <= spec.date.bounds()[1]:
        if not published.earliest:
            return False
        # a page dated only at the earliest (the latest day it reports) may be of any time after: as if undated
        published = None
    ways = _told_of(text, ways, happenings)
    named = once_pattern(spec)
    decided = {h for h in ways if _a_decision_named(text, h)}
    page_names_it = bool(decided) and page_names(spec, text)
    # A page that prints no date may be from before the event: its sentence must not tell of a
    # step toward the pact ("the GSOMIA signing was scrapped" is 2012's collapse, not 2019's end),
    # and must name it, not describe it ("its intelligence-sharing pact with Japan"); a happening named by
    # its noun ("its fourth nuclear test", the noun its wording) must not be only looked ahead to ("is
    # preparing to carry out its fourth nuclear test"), and must be told as done in its clause ("carried
    # out its fourth nuclear test", "since the fourth nuclear test", "4차 핵실험을 감행했다", "第四次核试验后";
    # not "Experts expect a fifth nuclear test", "북한이 5차 핵실험을 강행하면": review fixes, session 15).
    return any((found := named.search(text, h.sentence.start, h.sentence.end))
               and (published is not None or not _A_STEP.search(text, h.sentence.start, h.sentence.end)
                    and not _signed_for_a_purpose(text, h)
                    and not (h.kind in _NAMED_BY_ITS_NOUN
                             and (any(only_foresees(text, h.sentence, at, found.end()) for at in (found.start(), h.start))
                                  or not happened_in_its_clause(text, h.sentence, found.start(), found.end())))
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
    first, last = min((h.start for h in ways), default=0), max((h.end for h in ways), default=0)
    extensions = [other for other in happenings if other.kind == "extend"  # (only those around the wordings)
                  and other.start <= last and other.end >= first]
    return [h for h in ways if _a_decision_named(text, h) or not any(
        other.start <= h.start and h.end <= other.end and other.end - other.start > h.end - h.start
        for other in extensions)]


_A_STEP = re.compile(r"(?i)\b(?:signing|ceremony|talks|negotiations)\b")
# "敏感な軍事情報交流を目的に締結した協定", "the pact, concluded for the purpose of sharing": what the pact is
# for, said of it on a page that prints no date, describes the pact; its signing is no news there (round 57).
_FOR_A_PURPOSE_BEFORE = re.compile(r"(?:を目的に|を目的として|の目的で|ために|ため)\s*$")
_FOR_A_PURPOSE_AFTER = re.compile(r"(?i)\s+(?:for\s+the\s+purpose\s+of|in\s+order\s+to)\b")


def _signed_for_a_purpose(text: str, happening: Happening) -> bool:
    return happening.kind == "sign" and bool(
        _FOR_A_PURPOSE_BEFORE.search(text, happening.sentence.start, happening.start)
        or _FOR_A_PURPOSE_AFTER.match(text, happening.end, happening.sentence.end))


@lru_cache(maxsize=4)
def page_names(spec: EventSpec, text: str) -> bool:
    """Whether the page's text names what the event happened to, anywhere: searched once a page,
    not once a passage (a page of thousands of passages that name no GSOMIA)."""
    return once_pattern(spec).search(text) is not None


@lru_cache(maxsize=None)
def once_pattern(spec: EventSpec) -> WholeWords:
    return WholeWords(spec.once)


# Signs that a test named in a clause happened (review fixes, session 15): a verb of doing in a past
# form anywhere in the clause (or a present one, as a timeline's entries tell it, "Jan. 6: North Korea
# conducts its fourth nuclear test", unless on a condition), a word of what came after it or answered it
# right before the name, or the name given to a test ("It is the isolated state's fourth nuclear test") ...
_DONE_EN = re.compile(r"(?i)\b(?:carried\s+out|conducted|staged|set\s+off|detonated|performed|exploded|tested"
                      r"|took\s+place|happened|occurred|was\s+held|followed\s+by)\b")
_DOES_EN = re.compile(r"(?i)\b(?:carries\s+out|conducts|stages|sets\s+off|detonates)\b")
_ON_A_CONDITION = re.compile(r"(?i)\b(?:if|unless|whether|when|should|in\s+case|once|before|until)\b")
_SINCE_EN = re.compile(r"(?i)\b(?:since|after|following|(?:in\s+the\s+)?wake\s+of|(?:response|answer|reaction)\s+to"
                       r"|answer(?:s|ed|ing)?|condemn(?:s|ed|ing)?|punish(?:es|ed|ing)?|start(?:ed|ing)\s+with"
                       r"|(?:it|this|that|which|(?:this|that|the)\s+(?:test|blast|explosion))\s+(?:is|was))"
                       r"\s+(?:[\w'\u2019-]+\s+){0,4}$"
                       # ... "followed" with the test its object, no phrase between: not "followed preparations for
                       # a fifth test", "came after weeks of warnings of a test" (review 51)
                       r"|\b(?:followed|came\s+after)\s+(?:(?!(?:for|of|on|to|about|into|toward|towards|with|in)\s)"
                       r"[\w'\u2019-]+\s+){0,4}$")
_RELATIVE = re.compile(r"(?i),\s+(?:which|that)\b")
# ... or a time gone by right after it ("its fifth and largest nuclear test last month", "... two years ago": a period
# of `corpus.date_patterns` gone by or a count back), where no verb before it takes it as its object, whose time that
# would be ("Officials feared a fifth nuclear test last month", "Kim ordered ...": review 52): it opens its clause,
# ends a list or follows "over", "by", "from", "amid", "with" ("Sanctions over North Korea's fifth nuclear test last
# month", "Tension has run high, with its fifth nuclear test last month")
_GONE_BY_HOLDER = re.compile(r"(?i)(?:^\W*|\b(?:and|over|by|from|amid|with)\s+)(?:(?:a|an|the|its|their|this|that)\s+"
                             r"|(?:(?-i:[A-Z])[\w.-]*\s+){0,3}[\w.-]+['\u2019]s\s+)?$")
# ... in Korean, Japanese, Chinese: right before the ordinal ("강행한 5차 핵실험", "強行した5回目の核実験",
# "进行了第四次核试验", "谴责朝鲜第五次核试验", "自2006年以来第五次核试验") or after its noun ("핵실험을 감행했다",
# "핵실험 이후", "핵실험 나흘 만에", "核実験を受け", "核実験に踏み切った", "核试验后")
_DONE_CJK_BEFORE = re.compile(r"(?:(?:감행|강행|실시|단행)(?:한|했던|하였던)|(?:強行|実施|実行|敢行|断行)(?:した|された)"
                              r"|行った|行われた|(?:进行|進行|实施|實施)了|[谴譴]责|以来|以來|[这這]是)"
                              r"\s*(?:북한의\s*|北朝鮮の|朝鲜|朝鮮)?$")
_DONE_CJK_AFTER = re.compile(r"(?:실험|実験|[试試][验驗])(?:[^\W\d_]{0,2}?\s*(?:을|를)?\s*(?:감행|강행|실시|단행|진행)?"
                             r"\s*(?:했|하였|한(?!다)|이후|직후|후(?!\w)|뒤(?!\w)|당시|때(?!\w)|때처럼)"
                             r"|\s*[^\W\d_\s]{1,3}\s*만(?:에|이[다며고]?|의)?(?![^\W\d_])"
                             r"|[을를]\s*(?:[^\W\d_]+\s+){0,2}?(?:인정|확인|규탄|비난)(?:했|하였|한(?!다))"
                             r"|(?:を|が)?(?:受け|受けて|後|以降|以来|強行し|実施し|行っ|行われ|断行し|敢行し|報じ|に踏み切っ)"
                             r"(?![^\W\d_]{0,6}?(?:場合|なら|とすれば|としたら))|への制裁"
                             r"|(?:之)?(?:后|後)|以来|以來|[^\W\d_，。]{0,12}?了)")
_ORDINAL_CJK = re.compile(r"(?:[4-6４-６]|네|다섯)\s*(?:차|번째|回目|度目)|第")


def happened_in_its_clause(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the clause that names a happening at `text[start:end]` tells it as done: a past verb
    of doing, a word of what followed it ("since", "after", "condemned"), in English, Korean,
    Japanese or Chinese; a relative clause after it counts ("its fourth nuclear test, which it
    conducted under a mountain")."""
    before, after = clause_before(text, sentence, start), clause_after(text, sentence, end)
    rest = end + len(after)
    if _RELATIVE.match(text, rest, sentence.end):
        after += clause_after(text, sentence, rest + 2)
    if _DONE_EN.search(before) or _DONE_EN.search(after) or _SINCE_EN.search(before) or _told_gone_by(before, after) \
            or _DOES_EN.search(before) and not _ON_A_CONDITION.search(before):
        return True
    ordinal = _ORDINAL_CJK.search(text, start, end)  # (a Korean or Japanese name takes in the word before it)
    if ordinal and _DONE_CJK_BEFORE.search(clause_before(text, sentence, ordinal.start())):
        return True
    noun = max(text.rfind(word, start, end) for word in ("실험", "実験", "试验", "試驗"))
    return noun >= 0 and _DONE_CJK_AFTER.match(text, noun, sentence.end) is not None


def _told_gone_by(before: str, after: str) -> bool:
    """Whether the clause tells a time gone by right after the name (`after`: "last month", "earlier this year", "two
    weeks ago") and no verb before it (`before`) takes the name, whose time that would be."""
    if not _GONE_BY_HOLDER.search(before):
        return False
    words = after.lstrip()
    period = RELATIVE_PERIOD.match(words)
    if period:
        relation, qualifier = period["relation"].lower(), (period["qualifier"] or "").lower()
        return relation == "last" or qualifier == "earlier" and relation != "next"
    return AGO.match(words) is not None
