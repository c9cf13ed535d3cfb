"""How news words each kind of happening, and where a text reports one as having happened.

    >>> [h.kind for h in find_happenings("Seoul and Tokyo inked the pact on Wednesday.")]
    ['sign']
    >>> [h.reported for h in find_happenings("They aim to sign it as early as Wednesday.")]
    [False]

A listed event (corpus/events.json) names its kind; a passage reports it when one of its
sentences words that kind of happening as having happened, whatever the words (their vocabulary
is `corpus.happening_words`: "signed", "inked", "put their names to"; "postponed", "called
off", "walked away from" ...). Plans,
expectations and hypotheticals ("will sign", "aims to sign", "is expected to sign", "to be
signed as early as Wednesday") and denials ("did not sign", "has yet to sign") are found but
not `reported`. Kinds whose happening *is* a statement of intent (a decision to end the pact,
an announcement that talks will resume) accept those frames. Pure standard library.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from corpus.chinese_plan_words import ZH_PLANNED
from corpus.date_patterns import ANY_WEEKDAY
from corpus.english_past import IRREGULAR_PAST
from corpus.happening_contexts import not_the_norths_test, on_a_condition_or_elsewhere
from corpus.happening_words import VOCABULARY
from corpus.happening_words_ahead import SIGNING_AHEAD
from corpus.happening_words_european import ROMANCE_COULD
from corpus.happening_words_languages import DENIED_BEFORE, PLANNED_BEFORE, UNSPACED
from corpus.happening_words_more_languages import ZH_NOTICE_HALTED
from corpus.presupposition import names_a_decision_made
from corpus.spaced_japanese import closed_up, spaced_matches
from corpus.text_units import Sentence, clause_after, clause_before, sentences
from corpus.word_starts import Wordings

# Kinds whose happening is a statement about what will be done: "Seoul said it would end
# the pact" *is* the decision to end it, so the frames of plans do not disqualify them when
# the sentence declares it (`_DECLARED`); "working to keep the pact" stays a plan.
STATEMENT_KINDS = frozenset({"terminate", "extend", "resume", "brief", "notify", "normalize"})

# Each kind's wordings, as whole words (searched where a word starts: `corpus.word_starts`).
_WORDINGS = Wordings(VOCABULARY)
# ... and Japanese's, Chinese's and Thai's, anywhere in a run of letters, in a text that has kana, kanji or Thai.
_UNSPACED = {kind: re.compile("|".join(wordings)) for kind, wordings in UNSPACED.items()}
_KANA_KANJI_OR_THAI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]")
# Right before a happening's verb (auxiliaries and adverbs between): it is planned ...
_PLANNED = re.compile(
    # ("to" a preposition before a noun's article tells no plan: "in answer to the fifth nuclear test")
    r"(?i)(?:\b(?:will|would|shall|could|can|(?-i:may)|might|must|should|to(?!\s+the\b)|going|until|till|before|"
    + "(?-i:" + "|".join(PLANNED_BEFORE) + r"))"
    r"(?:\s+(?:it|they|the\s+\w+))?(?:\s+(?:is|are|was|were))?|['\u2019]ll)"
    r"(?:\s+(?:be|been|être|have|not|\w+ly|also|now|soon|then|again|still|finally|first))*(?:\s+get)?\s*$"
)
# ... or hypothetical or denied, anywhere in the few words before it in its clause.
_HYPOTHETICAL = re.compile(  # ... or only rumoured: "expiry reportedly put off"
    r"(?i)\b(?:whether|if|unless|could|might|(?-i:may)|can|would\s+have|reportedly|allegedly|purportedly"
    r"|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?"
    # ... and the Romance "could" (timeline round 110: "podría retirarse en el último momento", "potrebbe ...")
    rf"|{ROMANCE_COULD})\b"
    # ... or in Chinese, a condition or a threat before the subject ("如果朝鲜试爆氢弹", review fixes, session 15)
    r"|如果|假如|要是|一旦|[扬揚]言|(?<![^\W\d_])若"
    # ... after the subject too, or only possible, or denied (review fixes, session 17): "朝鲜若于9日进行核试验",
    # "如朝鲜9日进行核试验", "朝鲜可能进行核试验", "朝鲜否认9日进行核试验"
    r"|若(?=[于於再真要在])|(?<![^\W\d_])如(?![何此今下同意期])|可能"
    # ... denied with nothing told between (second review fixes, session 17: not "否认事先获悉情报，称朝鲜…进行了")
    r"|否[认認](?=[^，,。；;]{0,10}$)"
    # ... a condition told by inversion: "should [the agreement] be provisionally signed"
    r"|\bshould\s+(?:[\w\[\]'\u2019-]+\s+){1,5}?(?:be|been|have)\b"
    # ... or of a past that did not happen: "Had it been signed, it would have been the first"
    r"|(?:^|,\s*)had\s+(?:it|they|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+been\s*$"
)
# ... or only wished for, intended or asked for, anywhere before it in its clause: "Tokyo wants a
# decision from Seoul that keeps the pact", "Washington urged Seoul to keep it", "Seoul does not
# intend to make any notification regarding the termination".
_WISHED = re.compile(r"(?i)\b(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|urg(?:e|es|ed|ing)|asks?|asked|asking"
                     r"|call(?:s|ed|ing)\s+on|press(?:es|ed)|demand(?:s|ed|ing)|intends?|intended|no\s+(?:intention|plans?)"
                     # an order: "Pyongyang tells Seoul to tear up the pact"
                     r"|t(?:ell|ells|elling|old)\s+(?:[\w'\u2019-]+\s+){1,3}?to)\b")
# ... or an act one is for or against, its gerund right after: "South Koreans oppose signing the
# pact", "a party that supports scrapping it" (a stance, not the act).
_STANCE_ON_AN_ACT = re.compile(r"(?i)\b(?:oppos(?:e|es|ed|ing)|support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?"
                               r"|(?:are|is|were|was)\s+against)\s*$")
# ... or demanded in the subjunctive, a bare verb after the one who is to do it: "North Korea
# has demanded that South Korea scrap its pact" (not "demanded it after Seoul scrapped it").
# Round 59: or advised or suggested ("the advice that Korea walk away from its pact").
_MANDATED = re.compile(r"(?i)\b(?:demand|urg|insist|ask|request|recommend|propos|advi[cs]|suggest)\w*\s+that\s+"
                       r"(?:[\w'\u2019-]+\s+){1,5}?$")
# A statement of intent made as a decision or an announcement.
_DECLARED = re.compile(r"(?i)\b(?:said|says|say|announc(?:ed|es|ing|ement)|decided|decides|decision|resolved|agreed|told|tells"
                       r"|notified|informed|declared|confirmed|statement|plans?|will|won't|['\u2019]ll|let\s+(?:\w+\s+){1,3}?know|moved"
                       r"|choice|chose|opted"  # "Seoul's eleventh-hour choice on Friday to keep the pact"
                       r"|notice)\b")  # "had given Japan notice in August that it would stop sharing intelligence"
# ... but an intent made known is the decision: "South Korea notified Japan in August 2019 that it
# intended to end the agreement", "told Japan it intended to end the agreement".
_INTENT_MADE_KNOWN = re.compile(r"(?i)\b(?:notified|informed|told|announced|declared)\s+(?:[\w,-]+\s+){0,6}?(?:that\s+)?"
                                r"(?:it|they|\w+)\s+(?:intended|intends)\s+to\s+(?:\w+ly\s+)?$")
# An expectation is never the decision it expects, whoever says so: "Seoul is expected to
# scrap the pact, officials said".
_EXPECTED = re.compile(r"(?i)\b(?:expected|likely|poised|set|due|slated|tipped|aim(?:s|ing)?|seek(?:s|ing)?"
                       r"|tr(?:y|ies|ying)|prepar(?:es|ing))\s+to(?:\s+\w+ly)?\s*$")
# ... nor is what is worked toward or only foreseen: "agreed to speed up work on concluding the
# pact", "moves toward signing", "talks aimed at signing it", "the scheduled termination".
_TOWARD = re.compile(r"(?i)\b(?:work(?:s|ed|ing)?\s+on|toward|towards|aim(?:s|ed|ing)?\s+at|push(?:es|ed|ing)?\s+for"
                     r"|step(?:s)?\s+(?:closer\s+)?to|(?:speed|hurry|hurried|sped)\s+up"
                     # "clearing the way for a formal signing in Seoul on Wednesday"
                     r"|(?:clear|pav)(?:e|es|ed|ing|s)?\s+(?:the\s+)?(?:way|path|ground)\s+(?:for|to)"
                     r"(?:\s+(?:a|an|the|its|their))?"
                     r"(?:\s+[\w-]+ly|\s+formal|\s+official)?"
                     # ... or only foreseen: "halts scheduled termination of GSOMIA", "the planned end"
                     r"|scheduled|planned|looming|impending|upcoming|pending|expected|possible|potential|proposed)\s*$")
# ... nor is what others foresee: "Critics say Seoul will scrap the deal".
_FORECAST = re.compile(r"(?i)\b(?:analysts?|critics?|experts?|observers?|commentators?|pundits?|scholars?|diplomats?)"
                       r"\s+(?:\w+\s+){0,3}?(?:say|said|says|believe|believed|expect|expected|predict|predicted)\b")
# A past cause makes the verb after its "to" happen: "The uproar led Seoul to put off the
# signing", "an outcry forced the two to put the pact on hold" (not "led to calls to scrap it").
_CAUSED = re.compile(r"(?i)\b(?:(?:led|forced|prompted|caused|compelled|drove|enabled)\s+"
                     r"(?:(?!to\b)[\w'\u2019-]+\s+){1,6}?"
                     # ... and so does work completed: "has completed measures to normalize the pact"
                     r"|(?:completed|finished|concluded)\s+(?:[\w-]+\s+){0,2}?(?:measures|steps|procedures|process(?:es)?|work)\s+"
                     # ... and so does a past necessity: "The two had to drop the pact", "was forced to delay it"
                     r"|\b(?:had|(?:was|were)\s+(?:forced|obliged|compelled|made))\s+)"
                     r"to(?:\s+\w+ly)?(?:\s+(?:be|get))?\s*$")
# A plan made on a condition: "would extend the agreement only if Tokyo ...", "unless ...".
_ON_CONDITION = re.compile(r"(?i)\b(?:if|unless)\b")
# "nearly signed", "were on the point of signing", "came close to signing": it did not happen.
_DENIED = re.compile(r"(?i)\b(?:not|cannot|never|no|yet|without|refused|refuses|rejected|nearly|almost|"
                     + "(?-i:" + "|".join(DENIED_BEFORE) + r"))\b|n['\u2019]t\b")
# ... and what only loomed: "GSOMIA, which once faced termination", "risks collapse", "is thought
# to be near a fifth nuclear test" (round 34), "closer to a new test".
_NEAR_MISS = re.compile(r"(?i)\b(?:on\s+the\s+(?:point|verge|brink|cusp)\s+of|(?:close|closer|near|nearer)\s+to|nearing"  # right before it
                        r"|(?:be|is|are|was|were|been|being|edg\w+|inch\w+|mov\w+|draw\w+|get\w*|got)\s+near(?:er)?"
                        r"|within\s+(?:a\s+whisker|an\s+inch|inches|hours|days|reach)\s+of"
                        r"|(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?)(?:\s+(?:the\s+)?(?:threat|prospect|risk)\s+of)?"
                        r"|(?:threat|prospect|spectre|specter)\s+of)(?:\s+(?:the|its|possible|likely|another)"
                        r"|\s+an?(?:\s+(?:new|further|first|second|third|\w+th))?)?\s*$")  # "near a fifth (test)"
_AHEAD_AFTER = re.compile(  # "... sign it as early as Friday", "the signing was to take place"
    r"(?i)\bas\s+(?:early|soon)\s+as\b|^\s*(?:(?:was|were|is|are|(?:had|has|have)\s+been)\s+(?:to|due|set|scheduled|expected|planned)"
    r"|will|would|could|(?-i:may)|might)\b"
)
# A happening worded right after one of these kinds is undone: "put off signing".
# ... or made provisional: "provisionally signed" is the initialling, not the signing.
_UNDONE_BY = {"sign": ("collapse", "agree"), "take-effect": ("collapse",), "approve": ("collapse",),
              "extend": ("terminate",)}
# ... or is the object of one: "delayed ending the pact" (but "withdrew its notice ending the
# pact" still tells of the notice).
_UNDONE_INSIDE = {"sign": "collapse", "take-effect": "collapse", "approve": "collapse", "extend": "terminate",
                  "terminate": "extend"}
# A noun for a decision made: undoing it tells that it was made ("halted the termination",
# "suspended its decision to end the pact"); "delayed ending the pact" tells it was not.
_PRESUPPOSED = re.compile(r"(?i)(?:(?:termination|decision|plans?|notice|withdrawal"
                          r"|décision|decisione|disdetta|préavis|keputusan)\b"
                          r"|karar|fesih|종료|통보|결정|通告|通知|効力|終了|破棄"  # (Turkish, Korean, Japanese nouns take endings)
                          r"|entscheidung|beschlu(?:ss|ß)|kündigung|ausstieg|decisión|decisão|решени|процесс"
                          r"|quyết\s+định|قرار"
                          r"|" + ZH_NOTICE_HALTED + ")")  # (Chinese: "中止“通知效力”")
_WORDS_BEFORE = 6
_MOST_IN_A_SENTENCE = 32  # wordings of happenings read in one sentence (a news sentence has a few)
_PASSIVE_BETWEEN = re.compile(  # "the signing (ceremony) (of the pact) was put off"
    r"(?i)^(?:\s+(?:ceremony|ceremonies|event|process))?(?:\s+of\s+(?:[\w-]+\s+){1,6}?)?\s*"
    r"(?:was|were|is|has\s+been|had\s+been|got)\s+(?:\w+ly\s+)?$"
)


@dataclass(frozen=True)
class Happening:
    kind: str
    start: int  # offsets into the text given to `find_happenings`
    end: int
    sentence: Sentence
    frame: str  # "reported" (as having happened), "planned" (or expected) or "denied" (or hypothetical)

    @property
    def reported(self) -> bool:
        return self.frame == "reported"


def find_happenings(text: str, kinds: frozenset[str] | None = None) -> tuple[Happening, ...]:
    """Every wording of a happening in `text` (of `kinds`, or all), in text order."""
    worded = [(kind, match) for kind, matches in _WORDINGS.matches(text).items() for match in matches]
    ahead = [("sign", match) for match in SIGNING_AHEAD.finditer(text)]  # "firmará": never told as done
    worded += ahead
    if _KANA_KANJI_OR_THAI.search(text):
        worded += [(kind, match) for kind, pattern in _UNSPACED.items() for match in pattern.finditer(text)]
        closed = closed_up(text)  # ... and in Japanese spaced out word by word
        worded += [(kind, match) for kind, pattern in _UNSPACED.items()
                   for match in spaced_matches(pattern, text, closed)]
    if not worded:
        return ()  # (most headlines: their sentences are not needed)
    units = sentences(text)
    starts = [unit.start for unit in units]
    by_sentence: dict[Sentence, list[tuple[str, re.Match]]] = {}
    for kind, match in worded:
        sentence = units[max(0, bisect_right(starts, match.start()) - 1)]
        by_sentence.setdefault(sentence, []).append((kind, match))
    found = []
    for sentence, matches in by_sentence.items():
        if len(matches) > _MOST_IN_A_SENTENCE:  # hostile text ("signed " 20,000 times): each
            # wording is weighed against the others of its sentence, and its clause read
            matches = sorted(matches, key=lambda worded: worded[1].start())[:_MOST_IN_A_SENTENCE]
        for kind, match in _outermost(matches):
            if kinds is None or kind in kinds:
                frame = "denied" if _undone(kind, match, text, matches) else _frame(kind, text, match, sentence)
                if frame == "reported" and (kind, match) in ahead:
                    frame = "planned"
                found.append(Happening(kind, match.start(), match.end(), sentence, frame))
    return tuple(sorted(found, key=lambda h: (h.start, h.kind)))


# A halt whose object is the termination keeps the pact, and is no collapse of a signing: "Seoul
# put off the GSOMIA termination" (the "put off" of an extension that starts where it does).
_READ_AS = {"collapse": "extend"}


def _outermost(matches: list[tuple[str, re.Match]]) -> list[tuple[str, re.Match]]:
    """Drop a match inside a longer one of its kind: "tentative" in "reach a tentative agreement"."""
    return [(kind, match) for kind, match in matches
            if not any((other_kind == kind or other_kind == _READ_AS.get(kind) and other.start() == match.start())
                       and other is not match and other.start() <= match.start()
                       and match.end() <= other.end() and other.end() - other.start() > match.end() - match.start()
                       for other_kind, other in matches)]


def _frame(kind: str, text: str, match: re.Match, sentence: Sentence) -> str:
    if on_a_condition_or_elsewhere(kind, text, sentence, match):
        return "denied"
    if kind == "terminate" and names_a_decision_made(text, match.start(), match.end()):
        return "reported"  # "urged Seoul to reverse its decision to end the pact": it was made
    if kind == "nuclear-test" and not_the_norths_test(text, sentence, match):
        return "denied"
    clause = clause_before(text, sentence, _before_scare_quotes(text, sentence, match))
    before = " ".join(clause.split()[-_WORDS_BEFORE:])
    if _DENIED.search(_after_a_subordinator(before)) or any(rule.search(before) for rule in (_NEAR_MISS, _HYPOTHETICAL)) \
            or match.group().split()[0].endswith("ing") and _STANCE_ON_AN_ACT.search(before) \
            or _WISHED.search(clause) and not (kind in STATEMENT_KINDS and _INTENT_MADE_KNOWN.search(clause)) \
            or _MANDATED.search(text[max(sentence.start, match.start() - 120):match.start()]) \
            and not in_past_form(match.group()):
        return "denied"
    if _CAUSED.search(clause):
        return "reported"
    after = clause_after(text, sentence, match.end())
    planned = _told_as_ahead(clause, before, after, match.group())
    if planned and _ON_CONDITION.search(after):
        return "denied"  # "it would extend the pact only if Tokyo reversed its curbs"
    if planned and kind in STATEMENT_KINDS and not _EXPECTED.search(before) \
            and not _FORECAST.search(text, sentence.start, match.start()) \
            and _DECLARED.search(text, sentence.start, sentence.end):
        return "reported"  # "Seoul said it would end the pact" is the decision itself
    return "planned" if planned else "reported"


def _told_as_ahead(clause: str, before: str, after: str, words: str) -> bool:
    """Whether the clause tells the wording `words` as ahead: worded ahead ("will sign", "plans to
    sign"; not after a perfect infinitive, "is said to have signed", nor a past after "before",
    "before they signed"), worked toward, awaited, joined to a modal, or ahead in Chinese."""
    worded_ahead = _worded_ahead(before, after) and not _PERFECT_INFINITIVE.search(before) \
        and not (_BEFORE_A_PAST.search(before) and in_past_form(words))
    return bool(worded_ahead or _LATER_AHEAD.match(after) and not in_past_form(words) or _TOWARD.search(before)
                or _awaited(clause, words) or _joined_to_a_modal(clause, words) or _ahead_in_chinese(clause, words))


# Timeline round 28: a present form before a later time of the page's day or week is ahead: "the step
# takes effect later Wednesday", "signs it later today" (not "took effect later that day").
_LATER_AHEAD = re.compile(r"(?i)\s*later\s+(?:(?:on\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month|year))"
                          rf"|(?:on\s+)?{ANY_WEEKDAY})\b")


# A past after "before" happened: "Before they signed the pact in 2016, the two had passed
# intelligence through Washington" (not "before they sign it", "before it could be signed").
_BEFORE_A_PAST = re.compile(r"(?i)\b(?:before|until|till)(?:\s+(?:it|they|the\s+\w+|[A-Z][\w-]+))?(?:\s+(?:was|were|had(?:\s+been)?))?\s*$")


# A perfect infinitive after a verb of seeming or of report tells of a past: "The pact appears to
# have been put aside", "is said to have signed it" (not "is expected to have signed it by Friday").
_PERFECT_INFINITIVE = re.compile(r"(?i)\b(?:appears?|appeared|seems?|seemed|(?:is|are|was|were)\s+(?:said|believed|reported"
                                 r"|thought|understood|known))\s+(?:(?:\w+ly|merely|also)\s+)?to\s+have(?:\s+been)?(?:\s+\w+ly)?\s*$")


# A subordinate clause starts after these: a denial before one denies its own clause ("acted without
# transparency when it approved the agreement" tells the approval).
_SUBORDINATOR = re.compile(r"(?i)\b(?:when|after|because|while|since|although|though|whereas)\s+")


def _after_a_subordinator(words: str) -> str:
    found = list(_SUBORDINATOR.finditer(words))
    return words[found[-1].end():] if found else words


# A word or two in quotation marks within a clause: 'warning it could be "terminated" at any moment'.
_SCARE_QUOTED = re.compile(r"[^\"\u201c\u201d.]{1,25}?[\"\u201d]")


def _before_scare_quotes(text: str, sentence: Sentence, match: re.Match) -> int:
    """Where the words before a wording end: before the quotation mark that opens a word or two
    quoted within its clause, which does not end the clause."""
    at = match.start()
    if at > sentence.start and text[at - 1] in "\"\u201c" and _SCARE_QUOTED.match(text, at, sentence.end) \
            and len(text[at:_SCARE_QUOTED.match(text, at, sentence.end).end()].split()) <= 2:
        return at - 1
    return at


# "once the Cabinet passes it and the president approves it", "as soon as Japan completes its
# procedures": a time clause in the present tells of what is awaited ("once it was signed" did happen).
_AWAITING = re.compile(r"(?i)\b(?:once|as\s+soon\s+as)\s+(?:[\w'\u2019.-]+\s+){0,11}[\w'\u2019.-]+\s*$")
# a word in "-ed" or "-en", or a past form not in them, the whole word ("put their names"; not "asset", "terminate")
_PAST_FORM = re.compile(rf"(?i)(?:ed|en)\b|(?<![^\W\d_])(?:{IRREGULAR_PAST})\b")
# ... told in the past, it did happen: "once it emerged that the government had kept quiet about it"
_PAST_TIME_CLAUSE = re.compile(r"(?i)\b(?:was|were|had|did|(?:it|they|he|she|we)\s+\w+ed)\b")
# ... and a participle in the present passive is awaited too: "will take effect as soon as it is signed".
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:is|are|gets?|(?:has|have)\s+been)\s+(?:\w+ly\s+)?$")


# Chinese tells what is to come before its time and verb: "该协定将于23日正式生效" (will take effect
# on the 23rd), "拟决定", "预计", "预定" (scheduled: "原本預定今天簽字的"), "计划", a day scheduled ("定于23日", "已商定23日"; not "协定于");
# its clause is a run of letters with no words to count. (And in traditional characters.)
_CHINESE_AHEAD = re.compile(rf"[将將](?![来來军軍])|{ZH_PLANNED}|[预預]定|[准準][备備]|(?<![协協])定[于於]|[商约約]定")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a schedule told inside the wording itself, between its date and its verb: "23日,两国原定在首尔正式签署" (a plan)
_CHINESE_SCHEDULED = re.compile(r"原定|原本[预預]定|原[计計][划劃]")
_HALT = re.compile(r"叫停|喊停")


def _ahead_in_chinese(clause: str, words: str) -> bool:
    # a plan before a "but" was undone by what follows it: "曾计划与日本签署这一协定，但...紧急叫停"; so is one
    # before the comma of a halt: "原本預定今天簽字的協定,在最後一刻被韓方叫停" (not "韓方將在最後一刻叫停")
    openings = ("但", ",", "，") if _HALT.search(words) else ("但",)
    opening = max(clause.rfind(word) for word in openings)
    return bool(_HAN.search(words)) and bool(_CHINESE_AHEAD.search(clause[opening + 1:])
                                             or not _HALT.search(words) and _CHINESE_SCHEDULED.search(words))


def _awaited(clause: str, words: str) -> bool:
    awaiting = _AWAITING.search(clause)
    return bool(awaiting) and (not in_past_form(words) or bool(_PRESENT_PASSIVE.search(awaiting.group()))) \
        and not _PAST_TIME_CLAUSE.search(awaiting.group())


def in_past_form(words: str) -> bool:
    """Whether a wording starts with a verb in a past form ("signed", "put their names"), not a
    noun ("the briefing") or a present."""
    first = words.split()[0] if words.split() else ""
    return bool(_PAST_FORM.search(first))


def _worded_ahead(before: str, after: str) -> bool:
    return bool(_PLANNED.search(before) or _AHEAD_AFTER.search(after))


# A verb joined to one a modal governs shares its modal: "The government will now go ahead with
# the intelligence pact but shelve the logistics accord" plans the shelving ("will ... but
# shelved it" does not: a past form is a verb of its own).
_MODAL_THEN_JOINED = re.compile(
    r"(?i)\b(?:will|would|shall|could|can|(?-i:may)|might|must|should)\s+(?:(?:not|\w+ly|now|also|then|soon|first)\s+)*"
    r"(?:(?!\b(?:that|which|who|whom|whose|when|while|because|after|before|if)\b)[^.;,:\"\u201c])+?"
    r"\b(?:and|but|or)\s+(?:(?:then|also|later|\w+ly)\s+)?$")
_NOT_BASE_FORM = re.compile(r"(?i)(?:ed|ing|[^s]s)$")


def _joined_to_a_modal(clause: str, words: str) -> bool:
    first = words.split()[0] if words.split() else ""
    return bool(first) and not _NOT_BASE_FORM.search(first) and bool(_MODAL_THEN_JOINED.search(clause))


def worded_ahead(text: str, happening: Happening) -> bool:
    """Whether the words of a happening plan it ("would end the pact"), even where its kind
    takes the statement for the happening itself."""
    clause = clause_before(text, happening.sentence, happening.start)
    before = " ".join(clause.split()[-_WORDS_BEFORE:])
    return _worded_ahead(before, clause_after(text, happening.sentence, happening.end))


def _undone(kind: str, match: re.Match, text: str, matches: list[tuple[str, re.Match]]) -> bool:
    """Whether an undoing happening comes a few words before ("called off on Friday the
    signing") or is said of it right after ("the signing of the pact was put on hold")."""
    undoing, inside = _UNDONE_BY.get(kind, ()), _UNDONE_INSIDE.get(kind)
    if _PRESUPPOSED.match(match.group()):
        # "suspended the termination": there was one to suspend, told before it or not
        # ("破棄を通告したあと、一転してその通告を停止すると発表")
        inside, undoing = None, ()
    if any(other_kind == inside and other.start() < match.start() < other.end() for other_kind, other in matches):
        return True
    return any(other_kind in undoing and (
        other.end() <= match.start() and len(text[other.end():match.start()].split()) <= _WORDS_BEFORE // 2
        or match.end() <= other.start() and _PASSIVE_BETWEEN.match(text[match.end():other.start()]))
        for other_kind, other in matches)
