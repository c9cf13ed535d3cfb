"""The clause of a proposed event's title that holds the happening's verb (for `corpus.event_titles`): past a
noun's appositive ("The Defense Trilateral Talks, a security meeting of ..., took place"), a dashed aside, the
main clause before a subordinate one that tells it ("... off Jindo, where a ferry sank"), an earlier verb joined by
"and", a colon, a preposition's object, the clause of a long Chinese or Japanese sentence. Pure standard library.
"""

from __future__ import annotations

import re

from corpus.title_cuts import MAX_TITLE


def verbs_clause(text: str, verb: str) -> tuple[str, str]:
    """The part of `text` that tells the happening whose verb is `verb` ("" when unknown), with that verb
    (another when the one given named the happening before an appositive: "The talks, ..., took place")."""
    text, verb = _past_an_appositive(text, verb)
    for step in (_without_dashed_aside, _own_clause, _coordinated, _after_a_colon, _object_told):
        text = step(text, text.find(verb) if verb else -1)
    if len(text) > MAX_TITLE // 2 and _CJK_VERB.fullmatch(verb) and verb in text:
        text = _cjk_clause(text, text.find(verb))
    return text, verb


# A pronoun opening a clause: what it stands for is named before
PRONOUN = re.compile(r"(?:it|they|he|she)\s")

# A clause of Chinese or Japanese prose, between its commas: "双方在东京完成草签"
_CJK_VERB = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")
_CJK_CLAUSE_END = re.compile(r"[,\uff0c;\uff1b\u3001\u3002]")

# ("known as", "such as", "the same as" name or compare: no clause follows)
_CLAUSE_OPENER = re.compile(r"(?:,\s+|(?<!\bknown)(?<!\bsuch)(?<!\bsame)(?<!\bdescribed)\s)"
                            r"(?:where|when|after|before|while|because|since|as|the\s+day)"
                            r"\s+(?=[\w\"\u201c])"
                            # "Its curbs spare aid, and the US issued ...": a clause with its own subject
                            r"|(?<=[^,]{24}),\s+(?:and|but)\s+"
                            r"(?=(?:the|a|an|its|their|his|her|this|that|it|they|he|she|[A-Z])\w*"
                            r"(?:['\u2019]s)?\s)")  # (a possessive: ", and Japan's ambassador met ...")
# A verb in a clause that tells of a preposition's object ("The quarrel comes despite an agreement the
# two countries reached in December 2015 to settle ..."): the title is that object and its clause.
_OBJECT_TOLD = re.compile(r"\s(?:despite|following|amid|under|over|ahead\s+of)\s+(?=(?:an?|the)\s+[\w-]+\s+"
                          r"(?:the|a|an|its|their|[A-Z][\w-]*)\s)")
_OBJECT_WORDS = 10  # at most this many words between the object and the verb

_MAIN_SUBJECT = re.compile(r"^((?:[\w'\u2019,-]+\s+){0,5}?[\w'\u2019-]+)\s+(?:was|were|is|are|had|has|have|only|also"
                           r"|[a-z]{3,}ed|spoke|said|met|took|made|went|came|gave|told)\b")

_SUBJECT_WORDS = 12  # at most this many words between the opener and the verb: its subject

_DASHED_ASIDE = re.compile(r"\s(?:--|\u2014)\s[^\u2014]{3,120}?\s(?:--|\u2014)\s")


def _without_dashed_aside(text: str, verb_at: int) -> str:
    """"The three parties -- the Democratic Party, ... and the Justice Party -- agreed" without
    the aside between its dashes, when the verb follows it."""
    aside = _DASHED_ASIDE.search(text, 0, verb_at) if verb_at > 0 else None
    return text[:aside.start()] + " " + text[aside.end():] if aside else text


def _object_told(text: str, verb_at: int) -> str:
    """From the object of "despite", "following", ... when the verb is in the clause that tells of it."""
    if verb_at <= 0:
        return text
    told = [m for m in _OBJECT_TOLD.finditer(text, 0, verb_at)
            if len(text[m.end():verb_at].split()) <= _OBJECT_WORDS and ", " not in text[m.end():verb_at]]
    return text[told[-1].end():] if told else text


def _own_clause(text: str, verb_at: int) -> str:
    """From the clause that holds the verb when it is a subordinate one: "A rescue is under
    way off Jindo, where a ferry sank, leaving ..." is the title "a ferry sank"."""
    if verb_at <= 0:
        return text
    openers = list(_CLAUSE_OPENER.finditer(text, 0, verb_at))
    # (one a comma closes before the verb is a phrase: "Worries, building since early summer, grew")
    if not openers or len(text[openers[-1].end():verb_at].split()) > _SUBJECT_WORDS \
            or ", " in text[openers[-1].end():verb_at]:
        return text
    clause = text[openers[-1].end():]
    pronoun = PRONOUN.match(clause)
    if pronoun is None:
        return clause
    # "The ferry was travelling to Jeju when it sent a distress call": the ferry sent it; but "he"
    # or "she" is the person named last before ("Japan may recall its envoy, Hiroshi Soma, after he
    # used ...": Soma used it, not Japan)
    if pronoun.group().strip() in ("he", "she"):
        people = _PERSON.findall(text, 0, openers[-1].start())
        if people:
            return f"{people[-1]} {clause[pronoun.end():]}"
    subject = _MAIN_SUBJECT.match(text)
    return f"{subject[1]} {clause[pronoun.end():]}" if subject else text


_PERSON = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+(?![\w'\u2019-])")


_AND_BEFORE = re.compile(r",?(?<!\s)\s++and\s+(?:then\s+|also\s+|later\s+)?$")


def _coordinated(text: str, verb_at: int) -> str:
    """The subject and the verb's own phrase when the verb is joined by "and" to an earlier one:
    "Seoul ended the pact on Thursday ... and gave Japan notice" is the title "Seoul gave Japan notice"."""
    if verb_at <= 0 or not _AND_BEFORE.search(text, 0, verb_at):
        return text
    subject = _MAIN_SUBJECT.match(text)
    return f"{subject[1]} {text[verb_at:]}" if subject and subject.end(1) < verb_at else text


def _after_a_colon(text: str, verb_at: int) -> str:
    """From a colon that opens the verb's clause: "The stakes are high: North Korea has carried
    out seven launches" is the title "North Korea has carried out seven launches"."""
    colon = text.rfind(": ", 0, verb_at) if verb_at > 0 else -1
    if colon < 0 or len(text[colon + 2:verb_at].split()) > _SUBJECT_WORDS:
        return text
    return text[colon + 2:]


def _cjk_clause(text: str, verb_at: int) -> str:
    """The clause of a long Chinese or Japanese sentence that holds the verb: "韩国政府10月27日突然宣布
    重启谈判,双方在东京完成草签,前后不到一个月..." is the title "双方在东京完成草签"."""
    starts = [m.end() for m in _CJK_CLAUSE_END.finditer(text, 0, verb_at)]
    end = _CJK_CLAUSE_END.search(text, verb_at)
    clause = text[starts[-1] if starts else 0:end.start() if end else len(text)].strip()
    if _MEETING_BEFORE.match(clause) and starts:  # "...主持国务会议,会上表决通过了...": the meeting named before
        before = text[starts[-2] if len(starts) > 1 else 0:starts[-1]].split()  # (not a wire's "韩联社首尔电 ")
        joined = _CJK_DAY.sub("", before[-1]) + clause if before else clause  # (its day is the event's)
        return joined if len(joined) <= MAX_TITLE else clause
    return _japanese_topic(text, starts) + clause


# A Chinese clause held at the meeting the clause before names: "会上表决通过了..." (at it), "会议表决通过了..." (it).
_MEETING_BEFORE = re.compile(r"(?:会上|会议|会后)")
_CJK_DAY = re.compile(r"(?<![\d月])\d{1,2}日(?=[\u4e00-\u9fff])")


# A Japanese topic closing the clause before ("...の計15カ国は、RCEPに署名した": who signed), and the items of a list
# it ends ("日本、中国、韓国、...の計15カ国は"): nouns, not a clause's verb ("...をめぐり、").
_TOPIC = re.compile(r"\s*[^\s\u3001\u3002,\uff0c]{1,30}[はが]\u3001$")
_LIST_ITEM = re.compile(r"\s*[^\s\u3001\u3002,\uff0c]{0,11}[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9]\u3001$")
_TOPIC_AT_MOST = 50


def _japanese_topic(text: str, starts: list[int]) -> str:
    """The topic before the clause at `starts[-1]`, when the clause before it is only that topic; else ""."""
    bounds = [0, *starts]
    last = len(starts) - 1
    if not starts or _TOPIC.fullmatch(text, bounds[last], starts[-1]) is None:
        return ""
    first = last
    while first > 0 and _LIST_ITEM.fullmatch(text, bounds[first - 1], bounds[first]):
        first -= 1
    topic = text[bounds[first]:starts[-1] - 1].strip()
    return topic if len(topic) <= _TOPIC_AT_MOST else text[bounds[last]:starts[-1] - 1].strip()


# The verb after a noun's appositive: "The Defense Trilateral Talks, a security meeting of the United
# States, Japan and South Korea, took place".
_PAST_VERB = r"(?:\w+ly\s+)?(?:took|was|were|began|ended|opened|closed|went|came|[a-z]{3,}ed)\b"
_APPOSITIVE_THEN_VERB = re.compile(r"(?P<name>(?:\s++[A-Z][\w'\u2019-]*)*),\s(?:an?|the)\s[^\"\u201c;]{3,120}?,\s(?="
                                   + _PAST_VERB + ")")
_PAST_VERB_AT = re.compile(_PAST_VERB)


def _past_an_appositive(text: str, verb: str) -> tuple[str, str]:
    """A happening named by a noun near the start of its sentence, its verb after an appositive:
    the title leaves the appositive out and tells the verb ("The Defense Trilateral Talks took place")."""
    at = text.find(verb) if verb[:1].isupper() else -1
    appositive = _APPOSITIVE_THEN_VERB.match(text, at + len(verb)) if 0 <= at < 60 else None
    if appositive is None:
        return text, verb
    main = _PAST_VERB_AT.match(text, appositive.end())
    return text[:at + len(verb)] + appositive["name"] + " " + text[appositive.end():], main.group()
