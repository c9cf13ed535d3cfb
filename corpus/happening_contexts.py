"""Contexts that keep a worded happening from being reported, read apart from its frame
(`corpus.happenings._frame` asks them first): a test that is not the North's (another country's, or
one denied), and wordings only on a condition, only sought, or of another country.

    >>> import re
    >>> from corpus.text_units import sentences
    >>> text = "일본이 철회하지 않으면 지소미아를 끝내겠다고 주장했다."
    >>> match = re.search("지소미아를 끝내겠다", text)
    >>> on_a_condition_or_elsewhere("terminate", text, sentences(text)[0], match)
    True
"""

from __future__ import annotations

import re

from corpus.earlier_tests import not_after_a_nuclear_word
from corpus.text_units import Sentence

# A Korean test not the North's (second review fixes, session 17): a subcritical one, or one whose subject,
# the last before it, is the US or the South ("미국은 9일 네바다 사막에서 미임계 핵 시험을 진행했다"); or a
# test's name after a condition ("… 시험을 진행했다면 5차 핵실험이 된다").
_KO_SUBCRITICAL = re.compile(r"미임계")
_KO_ON_CONDITION = re.compile(r"(?:다면|더라면)(?!\w)")
# Review fixes (session 19): any other country as the subject, of a test or of a launch ("일본이 지난해 4월 쏘아 올린
# 정찰위성"); in English, a test by another country ("January's nuclear test by Pakistan") or one whose report is
# denied ("denied that the January test had taken place"), as in Japanese ("核実験を行ったとの報道を、…否定した").
_KO_NORTH = ("북한", "북측", "북", "조선")
_KO_SUBJECT = re.compile(r"(?<![^\W\d_])(미국|한국|일본|중국|러시아|이란|인도|파키스탄|프랑스|영국|이스라엘|"
                         + "|".join(_KO_NORTH) + r")(?:은|는|이|가|도|측은|측이)\s")
_BY_ANOTHER = re.compile(r"\s+by\s+(?:Pakistan|India|China|Russia|France|Britain|Iran|Israel|the\s+(?:United\s+States|U\.S\.|"
                         r"Soviet\s+Union|South))\b")
_DENIED_THAT = re.compile(r"(?i)\bden(?:y|ies|ied|ying)\s+(?:(?:reports?|claims?)\s+)?(?:that|whether|if)\b[^,;:]*$")
_JA_REPORT_DENIED = re.compile(r"[^。、，]{0,10}?(?:との|という)(?:報道|見方|主張|情報|指摘|観測|説)[^。]{0,25}?(?:否定|否認)")


def another_countrys(text: str, sentence: Sentence, match: re.Match) -> bool:
    """Whether the last Korean subject before `match` in its sentence is another country's than the North's."""
    subjects = _KO_SUBJECT.findall(text, sentence.start, match.start())
    return bool(subjects) and subjects[-1] not in _KO_NORTH


def not_the_norths_test(text: str, sentence: Sentence, match: re.Match) -> bool:
    if _KO_SUBCRITICAL.search(text, sentence.start, sentence.end) \
            or _KO_ON_CONDITION.search(text, sentence.start, match.start()):
        return True
    return another_countrys(text, sentence, match) or bool(_BY_ANOTHER.match(text, match.end(), sentence.end)) \
        or bool(_DENIED_THAT.search(text[sentence.start:match.start()])) \
        or bool(_JA_REPORT_DENIED.match(text, match.end(), sentence.end))


# Review fixes (session 18): the pact ended in a Korean intent after a condition ("철회하지 않으면 … 지소미아를
# 끝내겠다고", a threat); a Chinese launch's outcome only sought, supposed or of another country ("如果卫星发射失败",
# "力争卫星发射成功", "伊朗官方宣布，此次卫星发射成功": the North named nowhere in the text); a Japanese test counted
# as its topic after a condition ("強行すれば、核実験は4回目で").
_KO_PACT_INTENT = re.compile(r"(?:협정|지소미아|GSOMIA)(?:을|를)\s*끝내겠다")
_KO_IF = re.compile(r"(?:으면|면)(?!\w)")
_ZH_OUTCOME = re.compile(r"[发發]射(?:失[败敗]|成功)")
_ZH_IF_OR_AIM = re.compile(r"如果|假如|倘若|要是|若|一旦|力[争爭]|[确確]保")
_ZH_THE_NORTH = re.compile(r"朝[鲜鮮]|北[韩韓]|平壤|光明星|[银銀]河|金正[恩日]")
_JA_TOPIC_COUNT = re.compile(r"核実験(?:は|が)")
_JA_IF = re.compile(r"れば|(?<!例え)ば、")


# Timeline round 48: a signing named as what was approved or authorized is still ahead ("the cabinet approved
# the signing of the pact", "le gouvernement aurait approuvé la signature du GSOMIA", "autorizó la firma"):
# the approval is the happening told, not the signing.
_APPROVED_OBJECT = re.compile(
    r"(?i)\b(?:approv|endors|authori[sz]|approuv|autoris|aprob|aprov|autoriz|genehmig|billig)\w*"
    r"\s+(?:(?:the|its|a|an|la|le|les|l['\u2019]|el|a|o|die|den|das|sa|son)\s*)?$")


# Timeline round 53: a time given "as early as" ("빠르면 23일 서명", "이르면 다음 주 체결", "早ければ来週にも署名") is a
# forecast, whatever the verb's form (a headline's bare noun reads as done); not "에 이르면" (on reaching), nor past the
# clause's end ("이르면 23일로 예상됐지만, 22일 서명했다").
_AS_EARLY_AS = re.compile(r"(?<!에)(?<!에\s)(?:이르면|빠르면)(?!\w)|早ければ")
_CLAUSE_END = re.compile(r"[,.;:。、，；]|지만|으나|는데")


def as_early_as(text: str, sentence: Sentence, match: re.Match) -> bool:
    window = text[max(sentence.start, match.start() - 30):match.start()]
    hits = list(_AS_EARLY_AS.finditer(window))
    return bool(hits) and not _CLAUSE_END.search(window, hits[-1].end())


def on_a_condition_or_elsewhere(kind: str, text: str, sentence: Sentence, match: re.Match) -> bool:
    if as_early_as(text, sentence, match):
        return True
    if kind == "sign" and _APPROVED_OBJECT.search(text, max(sentence.start, match.start() - 40), match.start()):
        return True
    if kind == "terminate" and _KO_PACT_INTENT.match(match.group()):
        return bool(_KO_IF.search(text, sentence.start, match.start()))
    if kind == "launch" and _ZH_OUTCOME.match(match.group()):
        return bool(_ZH_IF_OR_AIM.search(text, max(sentence.start, match.start() - 6), match.start())
                    or not _ZH_THE_NORTH.search(text))
    if kind == "launch" and re.match(r"[가-힣]", match.group()):
        return another_countrys(text, sentence, match)
    if kind == "nuclear-test" and _JA_TOPIC_COUNT.match(match.group()):
        return bool(_JA_IF.search(text, sentence.start, match.start()))
    if kind == "nuclear-test":
        return not_after_a_nuclear_word(text, sentence.start, match)
    return False
