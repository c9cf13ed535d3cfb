"""How news words each kind of happening: for each kind of `corpus.happenings`, the regular
expressions (case-insensitive, matched as whole words) of its wordings ("signed", "inked", "put
their names to"; "postponed", "called off", "walked away from" ...). Where a text words one as
having happened, not only planned or denied, is `corpus.happenings`' part. Pure standard library.
"""

from __future__ import annotations

from corpus.earlier_tests import EARLIER_TESTS
from corpus.english_past import LEFT_AS_IS
from corpus.happening_words_languages import SPACED

# Regular expressions (case-insensitive, matched as whole words) for each kind of happening.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_OBJECT = r"(?:(?:the|its|their|an?|this|that)\s+(?:[\w-]+\s+){0,7}?(?:pact|agreement|accord|deal|gsomia)|gsomia)"
_ENDING = r"(?:end|scrap|terminate|quit|leave|exit|drop|ditch|discard|withdraw|abandon|nix|abolish)"
# What a decision or a plan to end would end, when it is the pact or nothing said: "its plan to quit the GSOMIA", "its
# decision to end it", "to end intelligence sharing"; not "its plan to scrap the export rules"
_ENDING_THE_PACT = (r"(?=\s*[,.;:)]|\s*$|\s+(?:from\s+)?(?:it\b|" + _OBJECT + r"\b"
                    r"|(?:[\w-]+\s+){0,2}?(?:intelligence|information)[\s-]+sharing\b))")
# "leaves the accord in doubt" or "intact" is no leaving of it.
_NOT_LEFT_AS_IS = rf"(?!\s+{LEFT_AS_IS})"
# "will stay in force" keeps a pact (an "extend"); it does not tell of its taking effect.
_NOT_KEPT = "".join(rf"(?<!{verb}\s)" for verb in ("stay", "stays", "stayed", "staying", "remain", "remains",
                                                   "remained", "remaining", "keep", "keeps", "kept"))
# What a verb of ending does to a step toward the pact is its collapse, not the pact's end:
# "scrapped the signing ceremony", "pulled out of the talks" (2012).
_NOT_A_STEP = (r"(?!\s+(?:of\s+|from\s+|on\s+)?(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
               r"(?:signing|ceremony|plans?|talks|negotiations|meeting|visit|trip|summit)\b)")
# "a sign", "the sign", "no sign": the noun (a lookbehind, read where "sign" starts).
_NOT_A_NOUN = "".join(rf"(?<!\b{word}\s)" for word in ("a", "the", "any", "no", "every", "another", "one", "first"))
# "signed a preliminary pact" is the initialling (an "agree"), not the signing.
_NOT_PROVISIONAL = (r"(?!\s+(?:(?:an?|the|their)\s+(?:preliminary|provisional|tentative|draft)"
                    r"|provisionally|tentatively|preliminarily)\b)")  # "was signed provisionally on Monday"
# The pact as a headline names it, with or without its article: "cancels intelligence-sharing pact".
# The pact itself as what a verb governs, not an effort or talks toward it ("revived their effort
# to sign a pact", "restored talks on the pact" tell of talks resumed).
_OBJECT_ITSELF = (r"(?:(?:the|its|their|an?|this|that)\s+(?:(?!(?:to|on|over|about|for|towards?|efforts?|push|bids?"
                  r"|talks|negotiations|attempts?|drive)\s)[\w-]+\s+){0,7}?(?:pact|agreement|accord|deal|gsomia)|gsomia)")
_BARE_OBJECT = r"(?:(?:the|its|their|a|this|that)\s+)?(?:[\w-]+\s+){0,4}?(?:pact|agreement|accord|deal|gsomia)"
# Right after the pact's noun, as a lookbehind (the match starts after it): "the GSOMIA, ", "the agreement with Japan "
# A date between a verb and what it governs: "that it had pledged in August to leave".
_WHEN_BETWEEN = (r"(?:(?:in|on|last|this)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                 r"(?:\d{1,2},?\s+)?(?:\d{4}\s+)?)?")
# A parenthetical between a verb and its object: "decided to keep, for now, the pact".
_ASIDE = r"(?:,\s+(?:for\s+now|after\s+all|at\s+least\s+for\s+now|for\s+the\s+time\s+being|in\s+the\s+end),)?"
_AFTER_THE_PACT = "(?:" + "|".join(f"(?<={noun}{partner})" for noun in ("pact", "agreement", "accord", "deal", "GSOMIA")
                                   for partner in (" ", ", ", " with Japan ", " with Tokyo ", " with Seoul ",
                                                   " with South Korea ")) + ")"
# Timeline round 79: a signing that was due, undone in the same sentence ("was meant to be signed in 2012 but was
# dropped", "were due to sign, but public anger stopped it"; not "due to sign, but it may slip").
EN_DUE_BUT_UNDONE = (r"(?:meant|due|supposed|set|scheduled)\s+to\s+(?:be\s+)?sign(?:ed)?\b[^.;]{0,80}?\bbut\s+"
                     r"(?:[\w-]+\s+){0,6}?(?:was\s+dropped|(?:stopped|blocked|prevented|scuttled)\s+it)\b")
# Timeline round 120: the pact told as in place since a year, or as begun then, is its taking effect ("The agreement, in
# place since 2016, lets ...", "The military agreement began in 2016"); the pact the subject, not talks on it ("Talks
# on the pact began in 2012") nor the object of another preposition, nor another pact ("The currency swap agreement").
# (a lookbehind after the article, so that the wording starts with a letter: `corpus.word_starts`)
_NOT_AFTER_A_PREPOSITION = "".join(rf"(?<!\b{preposition}\s{article})" for article in ("the", "this", "its")
                                   for preposition in ("on", "of", "over", "for", "about", "toward", "towards", "with",
                                                       "into", "to"))
# (its own modifiers only: "the military agreement", not "the currency swap agreement")
_PACT_MODIFIER = (r"(?:military|intelligence|information|[\w-]*sharing|security|general|of|bilateral|key|landmark"
                  r"|\d{4}|gsomia|south|japanese|korean|[\w-]*(?:japan|korea|tokyo|seoul)[\w-]*)")
_PACT_NOUN = r"(?:pact|agreement|accord|deal|gsomia)"
# (the word after the article is looked at before the thirty lookbehinds: "the a the a ..." fails at once)
_PACT_AS_SUBJECT = (r"(?:the|this|its)(?=\s+(?:" + _PACT_MODIFIER[3:-1] + "|" + _PACT_NOUN[3:-1] + "))"
                    + _NOT_AFTER_A_PREPOSITION + r"\s+(?:" + _PACT_MODIFIER + r"\s+){0,5}?"
                    + _PACT_NOUN + r"(?:\s*\([^()]{1,40}\))?"  # "Agreement (GSOMIA)"
                    r"(?:\s+(?:with|between)\s+[\w-]+(?:\s+and\s+[\w-]+)?)?")  # "with Japan", "between Seoul and Tokyo"
_A_YEAR = r"(?:back\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d"
# (one wording for both, so that the page is walked for the pact as subject once)
EN_IN_PLACE_OR_BEGUN = (_PACT_AS_SUBJECT + r"(?:,?\s+(?:(?:which|that)\s+)?(?:(?:has|had)\s+been\s+|(?:is|was)\s+)?"
                        r"in\s+place\s+since|\s+(?:first\s+)?(?:began|started)\s+in)\s+" + _A_YEAR)
VOCABULARY: dict[str, tuple[str, ...]] = {
    # "signs of improving", "the first sign of compromise" are nouns, no signing
    # ... nor "a sign that", "as a sign the pact could survive" (round 59: a determiner before it)
    "sign": (r"(?:sign(?:ed|ing|s(?!\s+of\b))|" + _NOT_A_NOUN + r"sign(?!\s+of\b))(?!\s+off\b)" + _NOT_PROVISIONAL,
             r"ink(?:s|ed|ing)?", r"conclud(?:e|es|ed|ing)(?!\s+(?:[\w-]+\s+){0,2}?that)", r"seal(?:s|ed|ing)?",
             r"put(?:s|ting)?\s+(?:their|its)\s+(?:names?|signatures?)", r"signatures?", r"clinch(?:es|ed)?",
             r"put(?:s|ting)?\s+in\s+place", r"finali[sz](?:e|es|ed|ing)", r"put\s+pen\s+to\s+paper",
             r"str(?:uck|ike|ikes)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
             r"forg(?:e|es|ed|ing)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
             r"enter(?:s|ed)?\s+into\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
             # round 59: a pact entered into, its preposition left at the end ("which the two entered into in 2016")
             r"entered\s+into(?=\s+(?:in|on)\s+(?:\d|[A-Z])|\s*[.,;])",
             r"(?:(?<=deal\s)|(?<=pact\s)|(?<=accord\s)|(?<=agreement\s))(?:struck|forged)",
             # a deal closed is concluded: "at last closed a long-contested deal" (round 47)
             r"clos(?:ed|es|ing)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)"),
    "collapse": (
        r"postpon(?:e|es|ed|ing|ement)", r"put(?:s|ting)?\s+off", r"delay(?:s|ed|ing)?",
        r"scrap(?:s|ped|ping)?", r"thr(?:ew|own|ow|ows|owing)\s+out", r"shelv(?:e|es|ed|ing)", r"abort(?:s|ed|ing)?", r"suspend(?:s|ed|ing)?",
        r"call(?:s|ed|ing)?(?:\s+|-)off", r"cancel(?:s|ed|led|ing|ling)?", r"cancell?ation", r"collaps(?:e|es|ed|ing)",
        r"f[ae]ll(?:s|en)?\s+(?:through|apart)", r"br(?:oke|eak|eaks|oken)\s+(?:off|down)", r"ended\s+in\s+failure",
        r"fail(?:s|ed|ure)?", r"backtrack(?:s|ed|ing)?", r"(?:pull|back)(?:s|ed|ing)?\s+out",
        r"walk(?:s|ed|ing)?\s+(?:away|out\s+(?:of|on))", r"last[-\s](?:minute|moment)", r"halt(?:s|ed|ing)?",
        r"put\s+on\s+hold", r"derail(?:s|ed|ing)?", r"stall(?:s|ed|ing)?", r"reversed?\s+course",
        r"stop(?:s|ped|ping)?\s+short\s+of", r"pull(?:s|ed|ing)?\s+the\s+plug", r"scuttl(?:e|es|ed|ing)",
        r"torpedo(?:es|ed|ing)?", r"defer(?:s|red|ring)?", r"h(?:o|e)ld(?:s|ing)?\s+off", r"(?:been|was|were)\s+held\s+up", r"abandon(?:s|ed|ing)?",
        r"back(?:s|ed|ing)?\s+(?:away|off|down)", r"reneg(?:e|es|ed|ing)", r"balk(?:s|ed|ing)?",
        r"now-(?:cancell?ed|scrapped|aborted|shelved|failed|abandoned|suspended|defunct)",  # "the now-cancelled pact"
        # "the agreement with Tokyo was dropped in 2012": its signing never came (not "a word was dropped from")
        r"(?:pact|agreement|accord|deal|GSOMIA\)?|signing)\s+(?:(?:with|between)\s+(?:[\w-]+\s+){1,3}?)?"
        r"(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:dropped|pulled)(?!\s+(?:from|forward|ahead|back|together))",
        r"(?:eleventh|11th)[-\s]hour", r"put\s+(?:[\w-]+\s+){0,6}?on\s+(?:hold|ice)", r"froze|frozen",
        r"push(?:es|ed|ing)?\s+back", r"back[-\s]burner", r"backpedal(?:s|ed|led|ing|ling)?", r"fizzl(?:e|es|ed|ing)",
        r"unravel(?:s|ed|led|ing|ling)?", r"walk(?:s|ed|ing)?\s+back",
        r"(?:put|set)(?:s|ting)?\s+aside",  # "the pact appears to have been put aside until the mood improves"
        EN_DUE_BUT_UNDONE,
        r"(?:nearly|almost)\s+(?:sign|conclud|seal|ink)\w*", r"cold\s+feet", r"scupper(?:s|ed|ing)?",
        r"withdr(?:ew|awn|aw|aws)\s+from", r"dropp(?:ed|ing)\s+(?:the|its)\s+(?:plan|deal|pact|signing)",
        r"drop(?:s|ped|ping)?\s+" + _OBJECT,  # "had to drop their GSOMIA in 2012"
        # "it was dropped after protests" (not "the word 'military' was dropped from its title")
        r"(?:(?<=\bit\swas\s)|(?<=pact\swas\s)|(?<=deal\swas\s)|(?<=plan\swas\s)|(?<=agreement\swas\s))dropped",
        r"(?:put(?:s|ting)?|call(?:s|ed|ing)?)\s+(?:it|them|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+off",
        r"h(?:o|e)ld(?:s|ing)?\s+back\s+from", r"st(?:ep|eps|epped|epping)\s+back\s+from",
        # "will not be signed for now", "would not be able to sign today": the day's signing is off
        r"(?:(?:will|would|could)\s+not|won['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t|cannot|can['\u2019]t)\s+"
        r"(?:be\s+able\s+to\s+)?(?:be\s+)?sign(?:ed)?\s+"
        r"(?:(?:it|the\s+[\w-]+)\s+)?(?:for\s+now|as\s+(?:planned|scheduled)|today|on\s+schedule)",
    ),
    "terminate": (
        r"terminat(?:e|es|ed|ing|ion)", r"scrap(?:s|ped|ping)?" + _NOT_A_STEP, r"ditch(?:es|ed|ing)?" + _NOT_A_STEP, r"thr(?:ew|own|ow|ows|owing)\s+out" + _NOT_A_STEP,
        r"(?:end|ends|ended|ending)\s+" + _OBJECT, r"quit(?:s|ting)?" + _NOT_A_STEP,
        r"(?-i:End|Ends|Ended|Ending)\s+" + _BARE_OBJECT,  # a headline's "Ends Japan Intelligence Deal"
        r"withdr(?:aw|aws|awn|awal|ew|awing)\s+from" + _NOT_A_STEP, r"(?:voided|voids|voiding|annul(?:s|led|ling))" + _NOT_A_STEP, r"nix(?:es|ed|ing)?" + _NOT_A_STEP,
        r"stop(?:s|ped|ping)?\s+(?:taking\s+part|participating)\s+in" + _NOT_A_STEP,
        r"announc(?:e|es|ed|ing)\s+(?:the|its)\s+end\s+of",
        # ... told in the passive: "soon after the end of GSOMIA was announced"
        r"(?:the|its)\s+(?:end|termination)\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:pact|agreement|accord|deal|gsomia)"
        r"\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?announced",
        # ... and the pact itself ending, once decided: "even though the intelligence deal is ending"
        "(?:" + "|".join(f"(?<={noun}\\s{be}\\s)" for noun in ("pact", "agreement", "accord", "deal", "GSOMIA")
                         for be in ("is", "was")) + r")ending\b(?!\s+(?:in|on|with)\s)",
        r"(?:decided|decides|decision|chose|chosen|opted|plans?|announced|resolved)\s+(?!(?:\w+\s+){0,3}?not\s)(?:\w+\s+){0,3}?to\s+"
        + _ENDING + r"\b",
        r"notice\s+(?:\w+\s+){0,3}?to\s+" + _ENDING + r"\b",  # "its notice to Japan to end it"
        r"(?:by|after)\s+deciding\s+to\s+" + _ENDING + r"\b",  # "responded by deciding to end it" (not "is deciding whether")
        # round 56: a decision as what something led to ("which led Seoul to decide to end the agreement")
        r"(?:led|prompted|drove|pushed|forced)\s+(?:[\w-]+\s+){1,3}?to\s+decide\s+to\s+" + _ENDING + r"\b",
        r"walk(?:s|ed|ing)?\s+away\s+from", r"drop(?:s|ped|ping)?\s+" + _OBJECT, r"exit\s+from",
        r"cut(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?(?:intelligence|information)[- ]?(?:sharing|cooperation|ties)",
        r"withh(?:e|o)ld(?:s|ing)?\s+(?:its\s+)?renewal",
        r"(?:declin|refus)(?:e|es|ed|ing)\s+(?:[\w,]+\s+){0,3}?to\s+(?:renew|extend)",  # "refused in August to extend it"
        r"(?:stop(?:s|ped|ping)?|no\s+longer)\s+(?:shar(?:e|es|ing)|pass(?:es|ing)?|trad(?:e|es|ing)|exchang(?:e|es|ing)|swap(?:s|ping)?)\s+(?:[\w-]+\s+){0,2}?(?:intelligence|information|secrets)",
        r"pull(?:s|ed|ing)?\s+out" + _NOT_A_STEP, r"pull(?:s|ed|ing)?\s+the\s+plug\s+on" + _NOT_A_STEP, r"not\s+(?:to\s+)?(?:renew|extend)", r"(?:won't|will\s+not)\s+(?:renew|extend)",
        r"dump(?:s|ed|ing)?" + _NOT_A_STEP, r"jettison(?:s|ed|ing)?" + _NOT_A_STEP,
        r"end(?:s|ed|ing)?\s+(?:its|their)\s+participation", r"sever(?:s|ed|ing)?\s+" + _OBJECT,
        r"(?:halt|suspend|stop)(?:s|ed|ing|ped|ping)?\s+(?:[\w-]+\s+){0,2}?(?:intelligence|information)[- ]sharing", r"t(?:ore|ear|ears|earing|orn)\s+up" + _NOT_A_STEP,
        r"(?:cancel(?:s|ed|led|ing|ling)?|kill(?:s|ed|ing)?)" + _NOT_A_STEP + r"\s+" + _BARE_OBJECT, r"ax(?:e|es|ed|ing)" + _NOT_A_STEP,
        r"abandon(?:s|ed|ing)?" + _NOT_A_STEP, r"revok(?:e|es|ed|ing)", r"abolish(?:es|ed|ing)?" + _NOT_A_STEP,
        r"(?:abrogat(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|renounc(?:e|es|ed|ing))" + _NOT_A_STEP,
        r"discontinu(?:e|es|ed|ing)" + _NOT_A_STEP, r"ended\s+by\s+(?:the\s+)?[A-Z][\w-]+",  # "ended by South Korea in 2019"
        # "suspended the pact" ends it; "suspended the termination of the pact" keeps it
        r"suspend(?:s|ed|ing)?\s+(?!(?:the|its|their)\s+(?:[\w-]+\s+)?(?:termination|expiry|expiration|decision|notice))"
        + _OBJECT, r"let\s+(?:[\w-]+\s+){1,5}?(?:lapse|expire|die)", r"leav(?:e|es|ing)\s+" + _OBJECT + _NOT_LEFT_AS_IS,
        r"left\s+" + _OBJECT + _NOT_LEFT_AS_IS, r"discard(?:s|ed|ing)?" + _NOT_A_STEP,
        r"(?:would|will)\s+not\s+(?:stay|remain)\s+in\s+" + _OBJECT,  # "said it would not stay in the pact"
        # ... told in a relative clause: "the agreement with Japan that it had earlier said it would end"
        # (said or decided, not threatened: "that it had threatened to scrap in 2019")
        _AFTER_THE_PACT + r"(?:that|which)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:(?:had|has)\s+)?(?:(?:\w+ly|earlier|once)\s+)?"
        r"(?:said|announced|decided|declared|pledged|vowed|promised|chose)\s+" + _WHEN_BETWEEN
        + r"(?:(?:that\s+)?(?:it|they|[A-Z][\w-]+)\s+(?:would|will)\s+|to\s+)"
        + _ENDING + r"(?!\s+(?:the|its|a|an|their|it)\b)", r"exit(?:s|ed|ing)?\s+" + _OBJECT, r"opt(?:s|ed|ing)?\s+out",
    ),
    "extend": (
        r"(?:suspend|halt|freez|froze|postpon|delay|put\s+on\s+hold|put\s+off|h(?:o|e)ld\s+(?:off\s+on|back))"
        r"(?:s|e|es|ed|ing|n)?\s+"
        r"(?:[\w'\u2019-]+\s+){0,6}?(?:termination|expiry|expiration|(?:decision|plan)\s+to\s+" + _ENDING
        + _ENDING_THE_PACT + r"|(?<!short\s)notice|withdrawal|exit"  # (not "postpone at short notice the signing")
        r"|end(?:ing)?\s+of)",  # "conditionally put off the end of the two countries' GSOMIA", "the ending of"
        r"put(?:s|ting)?\s+(?:the|its)\s+(?:end|termination|expiry|expiration)\s+(?:[\w-]+\s+){0,8}?on\s+hold",
        # ... or a hold put on it: "Seoul puts a conditional hold on the end of its pact"
        r"(?:put|place|plac(?:e|es|ed|ing)|puts|putting)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?hold\s+on\s+(?:the|its|their)\s+"
        r"(?:[\w-]+\s+)?(?:end|termination|expiry|expiration|exit|withdrawal)",
        # ... and the same as a noun: "a conditional suspension of the termination"
        r"(?:suspension|postponement|freez(?:e|ing)|halt(?:ing)?|deferral)\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?"
        r"(?:termination|expiry|expiration|decision\s+to\s+" + _ENDING + r"|notice|withdrawal|exit)",
        # ... and the same told in the passive: "The scheduled end of the pact has been put on hold"
        r"(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:end|termination|expiry|expiration|notice|notification|decision)\s+"
        r"(?:(?!(?:could|might|may|would|will|shall|should|must|can|not|to)\b)[\w'\u2019\"\u201c\u201d(),-]+\s+){0,20}?"
        r"(?:(?:has|have|had)\s+been|was|were|is)\s+(?:(?:\w+ly|later|then|since|soon)\s+)?"
        r"(?:(?:put\s+)?on\s+hold|suspended|halted|frozen|shelved|postponed|delayed)",  # ("was on hold": round 38)
        r"carr(?:y|ies|ied|ying)\s+on\b",  # "the pact will carry on despite their quarrels"
        r"extend(?:s|ed|ing)?", r"extension", r"renew(?:s|ed)?",
        r"(?<!up\sfor\s)(?<!due\sfor\s)renewal",  # ("comes up for renewal" is a renewal ahead; round 47)
        r"revers(?:e|es|ed|ing)\s+(?:its\s+|the\s+|a\s+)?(?:decision|course)",
        r"(?:continu|maintain|keep|kept|sav|preserv|retain|rescu|salvag|spar|uph[eo]ld)(?:e|es|ed|s|ing)?" + _ASIDE
        + r"\s+(?:with\s+)?" + _OBJECT,
        # a headline's "Keeps Intelligence Pact", "Stays in Intelligence Pact"
        r"(?-i:Keep|Keeps|Kept|Saves|Saved|Stays\s+in|Stayed\s+in|Remains\s+in)\s+" + _BARE_OBJECT,
        # ... told in a relative clause: "the pact that the government said Friday it would keep"
        r"(?:pact|agreement|accord|deal|gsomia)\s+(?:that|which)\s+(?:[\w'\u2019-]+\s+){1,8}?"
        r"(?:keep|kept|maintain(?:ed)?|sav(?:e|ed)|preserv(?:e|ed))(?!\s+(?:the|its|a|an|their)\b)",
        r"pull(?:s|ed|ing)?\s+back\s+from", r"back(?:s|ed|ing)?\s+(?:off|away)\s+from",
        r"(?:(?:delay|postpon|defer|suspend|halt|put\s+off|h(?:o|e)ld\s+off\s+on)(?:s|e|es|ed|ing)?"
        r"|(?:st(?:ep|eps|epped|epping)\s+back|pull(?:s|ed|ing)?\s+back|back(?:s|ed|ing)?\s+(?:off|away))\s+from)\s+"
        r"(?:ending|terminating|scrapping|quitting|leaving|withdrawing)",
        # "deciding to remain in an intelligence-sharing pact" (Reuters, NPR, CGTN), as "stay in"
        r"(?:st(?:ay|ays|ayed|aying)|remain(?:s|ed|ing)?)\s+in\s+" + _OBJECT,
        r"(?:decided|decides|decision|chose|opted)\s+(?:\w+\s+){0,2}?not\s+to\s+" + _ENDING + r"\b",
        # ... "would not, after all, end its pact"
        r"(?:will|would)\s+not(?:,\s+(?:after\s+all|in\s+the\s+end|for\s+now),)?\s+(?:be\s+)?"
        r"(?:expire|lapse|end|terminated?|scrap(?:ped)?|quit|withdraw\s+from)\b",
        # ... "will no longer give notice terminating the GSOMIA", "no longer plans to quit the pact"
        r"no\s+longer\s+(?:(?:plans?|intends?|seeks?|wants?)\s+to\s+)?(?:" + _ENDING + r"|pull\s+out\s+of"
        r"|(?:give|serve|send)s?\s+(?:(?:its|the|a)\s+)?notice)\b",
        r"reprieve", r"surviv(?:e|es|ed|ing)", r"from\s+the\s+brink", r"li(?:ve|ves|ved)\s+on\b",
        r"h(?:o|e)ld(?:s|ing)?\s+on(?:to|\s+to)\s+" + _OBJECT,
        r"(?:let|lets|allow(?:s|ed)?)\s+(?:[\w-]+\s+){1,5}?(?:to\s+)?(?:continue|stand|survive|remain)\b",
        r"avert(?:s|ed|ing)?\s+(?:the\s+|its\s+)?(?:expiry|expiration|collapse|termination|end)",
        r"not\s+(?:to\s+)?let\s+(?:[\w-]+,?\s+){1,10}?(?:expire|lapse|run\s+out)",
        r"withdr(?:aw|ew|awn|aws)\s+(?:its|the)\s+(?:\w+\s+){0,2}?notice",
        r"pull(?:s|ed|ing)?\s+back\s+(?:its|the|their)\s+(?:\w+\s+){0,2}?(?:notice|notification|decision)",
        # "a second note suspending the effect of the first" (the Korean "통보의 효력을 정지")
        r"suspend(?:s|ed|ing)?\s+the\s+effect\s+of\s+(?:(?:the|its|their|that)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:notice|note|notification|decision|termination|first|earlier\s+one)",
        r"u-turn", r"(?:last-minute\s+)?reversal", r"back(?:s|ed)?\s+down", r"chang(?:e|es|ed)\s+(?:its|their)\s+mind",
        r"keep(?:s|ing)?\s+(?:[\w-]+\s+){1,5}?alive", r"kept\s+(?:[\w-]+\s+){1,5}?alive",
        r"k(?:eep|eeps|eeping|ept)\s+alive\s+" + _OBJECT,
        r"(?:stay|stays|stayed|remain|remains|remained)\s+in\s+(?:force|effect|place)(?![^.;]{0,40}\b(?:until|till)\b)",
    ),
    "take-effect": (r"t(?:ake|akes|ook|aken|aking)\s+effect", r"(?:went|go|goes|come|came|comes)\s+into\s+(?:immediate\s+)?(?:effect|force)",
                    r"enter(?:s|ed)?\s+into\s+force", _NOT_KEPT + r"in\s+(?:force|effect)", r"effective\s+immediately",
                    r"bec(?:ame|ome|omes)\s+effective", EN_IN_PLACE_OR_BEGUN),
    "approve": (r"approv(?:e|es|ed|al|ing)", r"endors(?:e|es|ed|ement|ing)", r"green[-\s]light(?:ed)?",
                r"rubber[-\s]stamp(?:s|ed)?", r"cleared", r"ratif(?:y|ies|ied|ication)", r"okay(?:s|ed)?",
                r"sign(?:s|ed)?\s+off\s+on", r"passed", r"green-?lit", r"adopt(?:s|ed)",
                r"g(?:ive|ives|ave|iven|iving)\s+(?:\w+\s+){0,2}?(?:go-?ahead|nod)",
                # "criticized for passing the deal behind closed doors"
                r"pass(?:ing|es)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:pact|deal|agreement|accord|treaty)"),
    "agree": (r"agree(?:s|d)?\s+(?:\w+\s+){0,2}?to\s+sign", r"(?<!on a )(?<!on the )(?<!over a )(?<!for a )(?<!about a )preliminar(?:y|ily)",
              r"agree(?:s|d)?\s+(?:on\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:pact|deal|accord|agreement|gsomia|text|draft|terms)",
              r"tentative(?:ly)?", r"provisional(?:ly)?", r"initially(?=\s+(?:signed|inked))", r"in\s+principle", r"initial(?:l)?ed", r"initial(?:l)?ing\s+of",
              r"settled\s+on", r"settled\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,7}?(?:pact|agreement|accord|deal|gsomia|text|terms)",
              r"reach(?:es|ed)?\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|accord|consensus)",
              # "struck a deal" is reaching one: the signing's day or the initialling's, as its date says
              r"str(?:uck|ike|ikes)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
              r"wrap(?:s|ped)?\s+up\s+(?:the\s+)?(?:negotiations|talks)", r"finali[sz](?:e|es|ed|ing)\s+the\s+(?:text|draft|terms)"),
    "resume": (r"resum(?:e|es|ed|ing|ption)", r"restart(?:s|ed|ing)?", r"reopen(?:s|ed|ing)?",
               r"reviv(?:e|es|ed|ing|al)", r"t(?:ake|akes|ook|aken|aking)\s+up\s+(?:[\w-]+\s+){0,6}?again",
               r"renew(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:talks|negotiations|push|efforts?)",
               r"(?:back|again)\s+on\s+the\s+(?:table|agenda)",
               r"(?:go|goes|went|return|returns|returned)\s+back\s+to\s+the\s+(?:negotiating\s+)?table",
               r"return(?:s|ed)?\s+to\s+the\s+(?:negotiating\s+)?table",
               r"br(?:ing|ings|ought)\s+(?:[\w-]+\s+){1,4}?back\s+to\s+the\s+(?:negotiating\s+)?table",  # "held their
               r"h(?:eld|old|olds|olding)\s+(?:their|the|its)\s+first\s+(?:[\w-]+\s+){0,2}?(?:round|session)s?\s+of\s+"
               r"(?:talks|negotiations|consultations)",  # first working-level round of talks": talks resumed
               r"(?:go|goes|went|gone|going|return(?:s|ed|ing)?|get|gets|got|come|comes|came)\s+back\s+to\s+(?:the\s+)?"
               r"(?:[\w-]+\s+){0,2}?(?:negotiations|talks)", r"relaunch(?:es|ed|ing)?",
               r"kick-start(?:s|ed|ing)?", r"pick(?:s|ed)?\s+up\s+(?:the\s+)?(?:talks|negotiations)",
               # "The two sides opened talks on the pact on Oct. 27" (its date tells which opening)
               r"(?:(?:open|launch|start)(?:s|ed|ing)?|beg(?:an|in|ins|un))\s+(?:[\w-]+\s+){0,2}?"
               r"(?:talks|negotiations)"),
    "meet": (r"met", r"meet(?:s|ing)?", r"talks", r"summit", r"gather(?:s|ed)?"),
    "welcome": (r"welcom(?:e|es|ed|ing)", r"prais(?:e|es|ed|ing)", r"hail(?:s|ed)?", r"applaud(?:s|ed)?",
                r"laud(?:s|ed)?", r"commend(?:s|ed)?", r"cheer(?:s|ed)?"),
    # "its fifth atomic test", "a 'successful' hydrogen bomb test" (timeline round 29), "a fifth nuclear
    # bomb test" (round 36)
    # round 31: "the fourth nuclear explosion North Korea has carried out" (an explosion counted or carried
    # out, not "a nuclear explosion over Seoul": review fixes, session 16)
    "nuclear-test": (r"(?:(?:nuclear|atomic)(?:[\s-]+bomb)?|hydrogen[\s-]+bomb|H-bomb)\s+(?:test|tests|detonation|blast)",
                     r"(?:fourth|fifth|sixth)\s+test",
                     # a test named by its month (timeline round 39): "January's test", "the January test" (not
                     # "the March test of a missile", "the May test-fire", nor a noun's modifier: "the January test
                     # ban talks", "test site": review fixes, session 19)
                     r"(?:the\s+" + _MONTH + r"|" + _MONTH + r"['\u2019]s)\s+(?:nuclear\s+|atomic\s+)?test(?![\w-])"
                     r"(?!\s+(?:of\s+)?(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:missile|rocket|engine|launch|satellite))"
                     r"(?!\s+(?:bans?|sites?|scores?|results?|ranges?|flights?|runs?|firings?|pilots?|cases?|drives?"
                     r"|match(?:es)?|talks|treaty|conference|inspections?|papers?|questions?|subjects?)\b)",
                     r"(?:first|second|third|fourth|fifth|sixth|seventh)\s+(?:nuclear|atomic)\s+explosions?",
                     r"(?:carried\s+out|conducted|staged|set\s+off)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?"
                     r"(?:nuclear|atomic)\s+explosions?",
                     r"(?:nuclear|atomic)\s+explosions?\s+(?:[\w-]+\s+){0,4}?(?:has\s+|had\s+|have\s+)?"
                     r"(?:carried\s+out|conducted)",
                     # "exploded a nuclear warhead", "setting off what it called a hydrogen bomb"
                     r"(?:explod(?:ed|es|ing)|detonat(?:ed|es|ing)|set(?:s|ting)?\s+off)\s+(?:what\s+it\s+called\s+)?"
                     r"(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:nuclear|atomic|hydrogen|thermonuclear)\s+(?:warhead|device|bomb)",
                     # "In January the DPRK tested what it called its first H-bomb"
                     r"test(?:ed|s)\s+(?:what\s+it\s+called\s+)?(?:an?\s+|its\s+)?(?:[\w-]+\s+)?"
                     r"(?:H-bomb|(?:nuclear|atomic|hydrogen|thermonuclear)\s+(?:warhead|device|bomb))",
                     EARLIER_TESTS),  # "the four earlier tests took place, the last of them in January" (round 104)
    # "the failed firing of a long-range missile", "the Unha-3 lifted off at 7.40am"
    "launch": (r"launch(?:es|ed|ing)?", r"fired", r"rocket", r"firing\s+of", r"(?:lifted|blasted)\s+off"),
    "liberate": (r"liberat(?:e|ed|ion)(?!\s+Day)", r"colonial\s+rule", r"independence",
                 r"(?:colonial\s+)?occupation", r"coloni[sz]ation", r"surrender(?:ed)?"),
    "attack": (r"shell(?:s|ed|ing)", r"bombard(?:ed|ment)", r"attack(?:s|ed)?"),
    "brief": (r"brief(?:ing|ed|s)?", r"told\s+reporters", r"explain(?:s|ed|ing)?"),
    "arrange": (r"arrangement", r"through\s+(?:Washington|the\s+U\.?S\.?)", r"via\s+the\s+U\.?S\.?", r"trilateral"),
    "notify": (r"notif(?:y|ies|ied|ication)", r"inform(?:s|ed)?", r"notice", r"diplomatic\s+note"),
    "normalize": (r"normali[sz](?:e|es|ed|ing|ation)", r"fully\s+restor(?:e|es|ed|ing)",
                  r"restor(?:e|es|ed|ing)\s+in\s+full",
                  r"reviv(?:e|es|ed|ing)\s+" + _OBJECT_ITSELF,  # "Yoon revived GSOMIA" (not "revived talks")
                  r"restor(?:e|es|ed|ing)\s+" + _OBJECT_ITSELF, r"back\s+to\s+normal",
                  r"reinstat(?:e|es|ed|ing)", r"put(?:s|ting)?\s+(?:[\w()-]+\s+){1,10}?back\s+(?:in|into|on)\b",
                  r"restoration\s+of\s+" + _OBJECT, r"reactivat(?:e|es|ed|ing|ion)\s+(?:of\s+)?" + _OBJECT,
                  r"return(?:s|ed|ing)?\s+(?:[\w()-]+\s+){1,8}?to\s+normal",
                  # 2023: "withdrew both diplomatic notes", "the retraction of a notice to withdraw"
                  r"withdr(?:aw|ew|awn|aws|awing)\s+(?:both|all|the\s+two)\s+(?:[\w-]+\s+){0,2}?(?:notes|notices|documents|letters)",
                  r"retract(?:ion|ed|s|ing)?\s+(?:of\s+)?(?:a|the|its|both)\s+(?:[\w-]+\s+){0,2}?(?:notes?|notices?)"),
}
# ... and in the other languages news comes in, searched with the English (`corpus.happening_words_languages`).
VOCABULARY = {kind: (*wordings, *SPACED.get(kind, ())) for kind, wordings in VOCABULARY.items()}
