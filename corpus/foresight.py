"""Whether the clause that names a thing only foresees it: an event that needs no wording of
a happening (the 2014 arrangement, `"kind": "any"`) is not reported by a page that only looks
ahead to it.

English says so before the name ("The memorandum would let Tokyo and Seoul share it through
Washington", "are putting the finishing touches on a trilateral memorandum"); Korean and
Japanese say so at the clause's end, after the name ("한·미·일 정보공유 약정에는 ... 29일 서명할
계획이며", "... 약정 맺는다", "日米韓の情報共有の取り決めに署名する予定"), Chinese by a word
before the verb that follows the name ("韩美日情报共享协议将于29日签署")."""

from __future__ import annotations

import re

from corpus.chinese_plan_words import ZH_PLANNED
from corpus.east_asian_letters import EAST_ASIAN_LETTER
from corpus.happening_words_european import ROMANCE_COULD
from corpus.japanese_plan_words import JAPANESE_PLAN
from corpus.korean_ahead import KOREAN_PLANNED
from corpus.text_units import Sentence, clause_after, clause_before

_FORESEEN_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|could|might|(?-i:may)|finishing\s+(?:touches|work)"
                              r"|working\s+on|near(?:s|ing)?"
                              # a step toward it, a threat or a warning of it (timeline round 29: "is preparing
                              # to carry out its fourth nuclear test", "warned of a possible fifth nuclear test")
                              r"|prepar(?:e|es|ed|ing)\s+(?:for|to)|plan(?:s|ned|ning)?\s+to|threaten(?:s|ed|ing)?\s+(?:to|with)"
                              r"|warn(?:s|ed|ing)?\s+(?:of|against|that)"
                              # ... and the modals of Spanish, Portuguese, French and Italian (timeline round 108)
                              rf"|{ROMANCE_COULD})\b|['\u2019]ll\b"
                              # ... and in Chinese, before the verb that takes the name ("随时可能进行第五次核试验")
                              r"|可能|或[将將]|[将將]要|[将將][会會]|准备|準備|计划|計劃|[拟擬]|随时|隨時")
# ... and single words that foresee only what they stand right before (review fixes, session 15: "a
# possible fifth nuclear test", "the threat of a fifth nuclear test", "its next nuclear test"; not "The
# next morning North Korea carried out its fourth nuclear test", "Defying the threat of sanctions ...").
_FORESEEN_RIGHT_BEFORE = re.compile(r"(?i)\b(?:possible|potential|imminent|next|threat(?:en(?:s|ed|ing)?)?"
                                    r"(?:\s+of)?)\s+(?:(?:a|an|the|its|another|[\w-]+['\u2019]s)\s+)?$")
# A Korean clause ends at a comma or full stop after a connective or final ending ("계획이며,",
# "했고,", "밝혔다."), not at the comma of a list of names ("국방부 차관, 니시 ...").
_CJK_CLAUSE_END = re.compile(r"(?<=[며고나만데서지면다])\s*[,.]|[。；;]")
_FORESEEN_AFTER = re.compile(
    # Korean: a plan, an expectation or a course set ("서명할 계획", "체결될 예정", "맺기로 했다"),
    # or a verb in the plain present, which news uses for what is to come ("약정 맺는다", "서명한다고"); the plan
    # words are every reader's (`corpus.korean_ahead`: "서명할 것" too, round 99), but not "겠": said after a name it
    # more often promises a deed to a thing that is ("협정을 성실히 이행하겠다"), and a right link was lost to it
    rf"{KOREAN_PLANNED}|기로\s*(?:했|하|합)|(?:는다|한다|된다)(?:고|\s*$|[.,])"
    # ... its preparation, its likelihood, its signs ("4차 핵실험을 준비하고", "감행할 가능성", round 29)
    r"|준비(?:하|를|에|\s*중|\s*작업)|[할될]\s*(?:가능성|경우|수\s*있)|임박|징후"
    # Japanese: "署名する予定", "締結する方針", "締結へ", "署名する。", a fear or a likelihood ("踏み切る恐れ")
    rf"|{JAPANESE_PLAN}|恐れ|おそれ|可能性|へ(?:[。」、]|\s*$)|する(?:[。」、]|\s*$)"
    # Chinese: "将于29日签署", "拟签署", "计划签署", "预计", "即将", "准备"
    rf"|[将將]|{ZH_PLANNED}|[准準][备備]")


# English names it in a leading phrase whose main clause looks ahead: "Under the new arrangement,
# South Korea and Japan would share intelligence only through the U.S." tells of terms to come.
_TERMS_AHEAD = re.compile(r"\s*(?:Under|Through|Via|With)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+,\s+"
                          r"(?:[\w'\u2019-]+\s+){1,6}?(?:would|will|is\s+to|are\s+to)\b")


# ... or after the name, when the name is the subject of a clause that looks ahead: "The greater
# trilateral coordination and the information sharing will increase stability" (not past a comma
# or a participle: "The trilateral arrangement, signed in 2014, will ...").
_FORESEEN_RIGHT_AFTER = re.compile(r"\s*(?:(?![\w-]*ed\b)[\w-]+\s+){0,2}?(?:will|would|shall|could|might|(?-i:may))\b"
                                   r"|['\u2019]ll\b", re.I)


def only_foresees(text: str, sentence: Sentence, start: int, end: int | None = None) -> bool:
    """Whether the clause of `sentence` that names a thing at `text[start:end]` only looks
    ahead to it."""
    before = clause_before(text, sentence, start)
    if _FORESEEN_BEFORE.search(before) or _FORESEEN_RIGHT_BEFORE.search(before):
        return True
    if end is not None and start + len(clause_after(text, sentence, start)) >= end \
            and _FORESEEN_RIGHT_AFTER.match(text, end, sentence.end):  # (a name read across no clause's end)
        return True
    if _TERMS_AHEAD.match(text, sentence.start, sentence.end):  # (every name in it: "..., and only through the U.S.")
        return True
    # from the name's start: a name read up to the end of a run of letters ("韩美日情报共享协议将于
    # 29日签署" has no space) may have taken in the verb
    clause = text[start:sentence.end]
    if not EAST_ASIAN_LETTER.search(clause):
        return False  # (not Korean, Japanese or Chinese: said before the name, if at all)
    clause_end = _CJK_CLAUSE_END.search(clause)
    return bool(_FORESEEN_AFTER.search(clause[:clause_end.start()] if clause_end else clause))
