"""A decision named as a thing that exists: "its decision to end the pact", "Seoul's notice
to terminate it", "its termination notice". Naming it so tells that it was made, whatever the sentence does with it
("urged Seoul to reverse its decision to end the pact", "was not forewarned of Seoul's recent
decision to terminate the pact"), and the sentence's dates date what is done with it, not the
decision ("on Nov. 15 urged Seoul to reverse its decision to end GSOMIA" is no decision of 15
November). "Suspended the termination" tells of no decision of its own: it is dated by its
suspension. A participle that qualifies a noun ("the now-cancelled agreement") likewise tells
of a happening before the sentence's time, not dated by its verb. Pure standard library.
"""

from __future__ import annotations

import re

# The noun of a decision, owned or made definite: "its (earlier) decision to", "South Korea's
# (recent) plan to", "the notice to".
# ... and as French and Italian say it: "sa décision de mettre fin", "la decisione di abbandonare".
_DECISION_NOUN = re.compile(r"(?i)(?:(?:decision|choice|plan|notice|notification|announcement)\s+(?:\w+\s+){0,3}?to"
                            r"|(?:décision|decisione)\s+d[ei])\b")
_DEFINITE = re.compile(r"(?i)(?:\b(?:its|the|their|this|that|his|her|la|sa|leur|sua)|\w['\u2019]s)"
                       r"(?:\s+(?!to\b)[\w-]+)?\s+$")
# ... and as Portuguese and Spanish say it, after their own articles ("deixou em suspenso a decisão de encerrar",
# "daba marcha atrás en su decisión de dejar que el pacto caducara"; round 55)
_IBERIAN_DECISION = re.compile(r"(?i)(?:decisão|decisión)\s+de\b")
_IBERIAN_DEFINITE = re.compile(r"(?i)\b(?:a|sua|essa|esta|aquela|la|su|esa|aquella)(?:\s+(?!de\b)[\w-]+)?\s+$")
# ... not one yet to be taken or awaited ("tomará la decisión de", "aguarda a decisão de")
_IBERIAN_TO_TAKE = re.compile(r"(?i)\b(?:tom|adopt|aguard|esper)\w*\s+(?:\S+\s+)?$")
# ... unless it is only awaited: "Seoul's decision on whether to end it is expected next week".
# ... or only foreseen: "Seoul's decision to end the pact could come next week".
_AWAITED = re.compile(r"(?i)^[^.;]{0,40}?\b(?:(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:expected|due|likely|set|slated|awaited)"
                      r"|could|would|might|may|will|shall)\b")
_OPEN = re.compile(r"(?i)\b(?:whether|if)\b")


# ... or qualified by its participle: "reactivating the notice ending GSOMIA".
_NOUN_BEFORE = re.compile(r"(?i)(?:\b(?:its|the|their|this|that)|\w['\u2019]s)\s+(?:[\w-]+\s+)?"
                          r"(?:decision|notice|notification)\s+$")
_ENDING = re.compile(r"(?i)(?:end|terminat|scrapp|withdraw)ing\b")


# ... or compounded: "its termination notice", "the termination decision it had made".
_TERMINATION = re.compile(r"(?i)termination")
_NOUN_AFTER_IT = re.compile(r"(?i)\s+(?:decision|notice|notification|announcement)\b")


# ... or told of the pact in the past perfect: "the agreement with Japan that it had earlier said
# it would end" (the sentence's "Friday" is when it kept it).
_SAID_BEFORE = re.compile(r"(?i)(?:that|which)\s+(?:[\w'\u2019-]+\s+){0,2}?had\s+(?:(?:\w+ly|earlier|once)\s+)?"
                          r"(?:said|announced|decided|declared)\b")


# ... or named right before the wording: "would not revisit its decision to let the pact lapse",
# "its surprise move to drop a key intelligence-sharing agreement".
_NAMED_BEFORE = re.compile(r"(?i)(?:\b(?:its|the|their|this|that|his|her)|\w['\u2019]s)\s+(?:(?!to\b)[\w-]+\s+){0,2}?"
                           r"(?:decision|choice|move|notice|notification|announcement)\s+to\s+(?:\w+ly\s+)?$")


# ... or, in Japanese, the notice issued or its effect named: "韓国政府が出した破棄通告の効力を止める" (round 46);
# its effect or its suspension named after a notice told by a verb, "協定を終了させる通告の効力", "終了通告の停止" (round 49).
_JA_NOTICE = re.compile(r"(?:破棄|終了)(?:させる|する)?の?(?:通告|通知)")
_JA_ISSUED_BEFORE = re.compile(r"(?:出し|行っ|送っ)た$")
_JA_ITS_EFFECT = re.compile(r"の(?:効力|停止)")
# ... or the pact qualified by a past relative clause: "文在寅政権が破棄を決めたGSOMIA(軍事情報包括保護協定)は"
_JA_DECIDED_PAST = re.compile(r"(?:破棄|終了)を(?:決めた|決定した)")
_JA_PACT_AFTER = re.compile(r"(?:日韓|韓日)?(?:GSOMIA|[^\W\d_]{0,12}?協定)")
# ... or the decision named by what it decides (round 47): "GSOMIAを終わらせるという韓国政府の決定"
_JA_DECISION_NAMED = re.compile(r"[^\W\d_]+という(?:[^\W\d_]{0,12}の)?決定")
# ... or the decision named as what is to be taken back: "協定終了決定を取り消すよう求められている" (round 55)
_JA_DECISION_NOUN = re.compile(r"(?:終了|破棄)(?:の)?決定")
_JA_TAKEN_BACK_AFTER = re.compile(r"を(?:取り消|撤回|覆|見直|再考)")
# ... or, in Korean, the notice's effect named: "지소미아 종료 통보의 효력을 정지했다" (the notice was given
# before; the sentence's day is its suspension's)
_KO_NOTICE = re.compile(r"종료\s*통보(?:의)?")
_KO_ITS_EFFECT = re.compile(r"\s*(?:의\s*)?효력")


def names_a_decision_made(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a wording of ending the pact, names the decision as made."""
    words, before = text[start:end], text[max(0, start - 60):start]
    named = _DECISION_NOUN.match(words) and _DEFINITE.search(before) \
        or _IBERIAN_DECISION.match(words) and (definite := _IBERIAN_DEFINITE.search(before)) \
        and not _IBERIAN_TO_TAKE.search(before, 0, definite.start()) \
        or _JA_NOTICE.fullmatch(words) and (_JA_ISSUED_BEFORE.search(before) or _JA_ITS_EFFECT.match(text, end)) \
        or _JA_DECIDED_PAST.fullmatch(words) and _JA_PACT_AFTER.match(text, end) \
        or _JA_DECISION_NAMED.fullmatch(words) \
        or _JA_DECISION_NOUN.fullmatch(words) and _JA_TAKEN_BACK_AFTER.match(text, end) \
        or _KO_NOTICE.fullmatch(words) and _KO_ITS_EFFECT.match(text, end) \
        or _ENDING.match(words) and _NOUN_BEFORE.search(before) \
        or _TERMINATION.fullmatch(words) and _NOUN_AFTER_IT.match(text, end) and _DEFINITE.search(before) \
        or _SAID_BEFORE.match(words) or _NAMED_BEFORE.search(before)
    return bool(named and not _OPEN.search(words) and not _AWAITED.match(text[end:end + 80]))


# A participle that qualifies a noun: "the now-cancelled agreement", "a postponed signing".
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their)\s+(?:\w+ly\s+)?$")  # not "that": "a deal that collapsed"
_PARTICIPLE = re.compile(r"(?i)(?:now-)?[a-z]+(?:ed|en)")
_PARTICIPLE_ED = re.compile(r"(?i)[a-z]+ed\b")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|by|for|of|with|was|were|is|are|had|has|after|before)\b)[a-z][\w-]*")


def attributive(text: str, start: int, end: int) -> bool:
    """Whether the happening is worded by a participle that qualifies a noun ("the now-cancelled
    agreement", "a postponed signing", "the renewed talks"): it tells of something before the
    sentence's time."""
    words = text[start:end]
    # ... and one whose wording holds the noun: "the renewed talks" (a wording of resuming them)
    participle = _PARTICIPLE_ED.match(words)  # (not "green light")
    if participle and participle.end() < len(words) and _NOUN_AFTER.match(words, participle.end()) \
            and len(words[participle.end():].split()) == 1:
        end = start + participle.end()
        words = words[:participle.end()]
    return bool(_PARTICIPLE.fullmatch(words) and _NOUN_AFTER.match(text, end)
                and (words.lower().startswith("now-")
                     or _DETERMINER_BEFORE.search(text, max(0, start - 30), start)))
