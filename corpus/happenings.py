"""How news words each kind of happening, and where a text reports one as having happened.

    >>> [h.kind for h in find_happenings("Seoul and Tokyo inked the pact on Wednesday.")]
    ['sign']
    >>> [h.reported for h in find_happenings("They aim to sign it as early as Wednesday.")]
    [False]

A listed event (corpus/events.json) names its kind; a passage reports it when one of its
sentences words that kind of happening as having happened, whatever the words ("signed",
"inked", "put their names to"; "postponed", "called off", "walked away from" ...). Plans,
expectations and hypotheticals ("will sign", "aims to sign", "is expected to sign", "to be
signed as early as Wednesday") and denials ("did not sign", "has yet to sign") are found but
not `reported`. Kinds whose happening *is* a statement of intent (a decision to end the pact,
an announcement that talks will resume) accept those frames. Pure standard library.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from corpus.date_scan import folded
from corpus.presupposition import names_a_decision_made
from corpus.required_words import Alternation, words_in
from corpus.text_units import Sentence, clause_after, clause_before, sentences

# Regular expressions (case-insensitive, matched as whole words) for each kind of happening.
_OBJECT = r"(?:(?:the|its|their|an?|this|that)\s+(?:[\w-]+\s+){0,7}?(?:pact|agreement|accord|deal|gsomia)|gsomia)"
_ENDING = r"(?:end|scrap|terminate|quit|leave|exit|drop|ditch|withdraw|abandon|nix)"
# "leaves the accord in doubt" or "intact" is no leaving of it.
_NOT_LEFT_AS_IS = r"(?!\s+(?:in\s+(?:doubt|limbo|place|force|effect|tatters)|intact|unchanged|uncertain|open|hanging))"
# "will stay in force" keeps a pact (an "extend"); it does not tell of its taking effect.
_NOT_KEPT = "".join(rf"(?<!{verb}\s)" for verb in ("stay", "stays", "stayed", "staying", "remain", "remains",
                                                   "remained", "remaining", "keep", "keeps", "kept"))
# What a verb of ending does to a step toward the pact is its collapse, not the pact's end:
# "scrapped the signing ceremony", "pulled out of the talks" (2012).
_NOT_A_STEP = (r"(?!\s+(?:of\s+|from\s+|on\s+)?(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
               r"(?:signing|ceremony|plans?|talks|negotiations|meeting|visit|trip|summit)\b)")
# "signed a preliminary pact" is the initialling (an "agree"), not the signing.
_NOT_PROVISIONAL = (r"(?!\s+(?:(?:an?|the|their)\s+(?:preliminary|provisional|tentative|draft)"
                    r"|provisionally|tentatively|preliminarily)\b)")  # "was signed provisionally on Monday"
# The pact as a headline names it, with or without its article: "cancels intelligence-sharing pact".
_BARE_OBJECT = r"(?:(?:the|its|their|a|this|that)\s+)?(?:[\w-]+\s+){0,4}?(?:pact|agreement|accord|deal|gsomia)"
# Right after the pact's noun, as a lookbehind (the match starts after it): "the GSOMIA, ", "the agreement with Japan "
_AFTER_THE_PACT = "(?:" + "|".join(f"(?<={noun}{partner})" for noun in ("pact", "agreement", "accord", "deal", "GSOMIA")
                                   for partner in (" ", ", ", " with Japan ", " with Tokyo ", " with Seoul ",
                                                   " with South Korea ")) + ")"
VOCABULARY: dict[str, tuple[str, ...]] = {
    # "signs of improving" is a noun, no signing
    "sign": (r"sign(?:s(?!\s+of\b)|ed|ing)?(?!\s+off\b)" + _NOT_PROVISIONAL, r"ink(?:s|ed|ing)?", r"conclud(?:e|es|ed|ing)(?!\s+(?:[\w-]+\s+){0,2}?that)", r"seal(?:s|ed|ing)?",
             r"put(?:s|ting)?\s+(?:their|its)\s+(?:names?|signatures?)", r"signatures?", r"clinch(?:es|ed)?",
             r"put(?:s|ting)?\s+in\s+place", r"finali[sz](?:e|es|ed|ing)", r"put\s+pen\s+to\s+paper",
             r"str(?:uck|ike|ikes)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
             r"forg(?:e|es|ed|ing)\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
             r"enter(?:s|ed)?\s+into\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|pact|accord|agreement)",
             r"(?:(?<=deal\s)|(?<=pact\s)|(?<=accord\s)|(?<=agreement\s))(?:struck|forged)"),
    "collapse": (
        r"postpon(?:e|es|ed|ing|ement)", r"put(?:s|ting)?\s+off", r"delay(?:s|ed|ing)?",
        r"scrap(?:s|ped|ping)?", r"shelv(?:e|es|ed|ing)", r"abort(?:s|ed|ing)?", r"suspend(?:s|ed|ing)?",
        r"call(?:s|ed|ing)?(?:\s+|-)off", r"cancel(?:s|ed|led|ing|ling)?", r"cancell?ation", r"collaps(?:e|es|ed|ing)",
        r"f[ae]ll(?:s|en)?\s+(?:through|apart)", r"br(?:oke|eak|eaks|oken)\s+(?:off|down)", r"ended\s+in\s+failure",
        r"fail(?:s|ed|ure)?", r"backtrack(?:s|ed|ing)?", r"(?:pull|back)(?:s|ed|ing)?\s+out",
        r"walk(?:s|ed|ing)?\s+(?:away|out\s+(?:of|on))", r"last[-\s](?:minute|moment)", r"halt(?:s|ed|ing)?",
        r"put\s+on\s+hold", r"derail(?:s|ed|ing)?", r"stall(?:s|ed|ing)?", r"reversed?\s+course",
        r"stop(?:s|ped|ping)?\s+short\s+of", r"pull(?:s|ed|ing)?\s+the\s+plug", r"scuttl(?:e|es|ed|ing)",
        r"torpedo(?:es|ed|ing)?", r"defer(?:s|red|ring)?", r"h(?:o|e)ld(?:s|ing)?\s+off", r"abandon(?:s|ed|ing)?",
        r"back(?:s|ed|ing)?\s+(?:away|off|down)", r"reneg(?:e|es|ed|ing)", r"balk(?:s|ed|ing)?",
        r"now-(?:cancell?ed|scrapped|aborted|shelved|failed|abandoned|suspended|defunct)",  # "the now-cancelled pact"
        r"(?:eleventh|11th)[-\s]hour", r"put\s+(?:[\w-]+\s+){0,6}?on\s+(?:hold|ice)", r"froze|frozen",
        r"push(?:es|ed|ing)?\s+back", r"back[-\s]burner", r"backpedal(?:s|ed|led|ing|ling)?", r"fizzl(?:e|es|ed|ing)",
        r"unravel(?:s|ed|led|ing|ling)?", r"walk(?:s|ed|ing)?\s+back",
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
        r"terminat(?:e|es|ed|ing|ion)", r"scrap(?:s|ped|ping)?" + _NOT_A_STEP, r"ditch(?:es|ed|ing)?" + _NOT_A_STEP,
        r"(?:end|ends|ended|ending)\s+" + _OBJECT, r"quit(?:s|ting)?" + _NOT_A_STEP,
        r"(?-i:End|Ends|Ended|Ending)\s+" + _BARE_OBJECT,  # a headline's "Ends Japan Intelligence Deal"
        r"withdr(?:aw|aws|awn|awal|ew|awing)\s+from" + _NOT_A_STEP, r"nix(?:es|ed|ing)?" + _NOT_A_STEP,
        r"stop(?:s|ped|ping)?\s+(?:taking\s+part|participating)\s+in" + _NOT_A_STEP,
        r"announc(?:e|es|ed|ing)\s+(?:the|its)\s+end\s+of",
        r"(?:decided|decides|decision|chose|opted|plans?|announced|resolved)\s+(?!(?:\w+\s+){0,3}?not\s)(?:\w+\s+){0,3}?to\s+"
        + _ENDING + r"\b",
        r"notice\s+(?:\w+\s+){0,3}?to\s+" + _ENDING + r"\b",  # "its notice to Japan to end it"
        r"walk(?:s|ed|ing)?\s+away\s+from", r"drop(?:s|ped|ping)?\s+" + _OBJECT, r"exit\s+from",
        r"cut(?:s|ting)?\s+(?:[\w-]+\s+){0,2}?(?:intelligence|information)[- ]?(?:sharing|cooperation|ties)",
        r"withh(?:e|o)ld(?:s|ing)?\s+(?:its\s+)?renewal",
        r"(?:stop(?:s|ped|ping)?|no\s+longer)\s+(?:shar(?:e|es|ing)|pass(?:es|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:intelligence|information|secrets)",
        r"pull(?:s|ed|ing)?\s+out" + _NOT_A_STEP, r"pull(?:s|ed|ing)?\s+the\s+plug\s+on" + _NOT_A_STEP, r"not\s+(?:to\s+)?(?:renew|extend)", r"(?:won't|will\s+not)\s+(?:renew|extend)",
        r"dump(?:s|ed|ing)?" + _NOT_A_STEP, r"jettison(?:s|ed|ing)?" + _NOT_A_STEP,
        r"end(?:s|ed|ing)?\s+(?:its|their)\s+participation", r"sever(?:s|ed|ing)?\s+" + _OBJECT,
        r"(?:halt|suspend|stop)(?:s|ed|ing|ped|ping)?\s+(?:[\w-]+\s+){0,2}?(?:intelligence|information)[- ]sharing", r"t(?:ore|ear|ears|earing|orn)\s+up" + _NOT_A_STEP,
        r"(?:cancel(?:s|ed|led|ing|ling)?|kill(?:s|ed|ing)?)" + _NOT_A_STEP + r"\s+" + _BARE_OBJECT, r"ax(?:e|es|ed|ing)" + _NOT_A_STEP,
        r"abandon(?:s|ed|ing)?" + _NOT_A_STEP, r"revok(?:e|es|ed|ing)",
        r"discontinu(?:e|es|ed|ing)" + _NOT_A_STEP, r"ended\s+by\s+(?:the\s+)?[A-Z][\w-]+",  # "ended by South Korea in 2019"
        # "suspended the pact" ends it; "suspended the termination of the pact" keeps it
        r"suspend(?:s|ed|ing)?\s+(?!(?:the|its|their)\s+(?:[\w-]+\s+)?(?:termination|expiry|expiration|decision|notice))"
        + _OBJECT, r"let\s+(?:[\w-]+\s+){1,5}?(?:lapse|expire|die)", r"leav(?:e|es|ing)\s+" + _OBJECT + _NOT_LEFT_AS_IS,
        r"left\s+" + _OBJECT + _NOT_LEFT_AS_IS,
        # ... told in a relative clause: "the agreement with Japan that it had earlier said it would end"
        # (said or decided, not threatened: "that it had threatened to scrap in 2019")
        _AFTER_THE_PACT + r"(?:that|which)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:(?:had|has)\s+)?(?:(?:\w+ly|earlier|once)\s+)?"
        r"(?:said|announced|decided|declared)\s+(?:(?:that\s+)?(?:it|they|[A-Z][\w-]+)\s+(?:would|will)\s+|to\s+)"
        + _ENDING + r"(?!\s+(?:the|its|a|an|their|it)\b)", r"exit(?:s|ed|ing)?\s+" + _OBJECT, r"opt(?:s|ed|ing)?\s+out",
    ),
    "extend": (
        r"(?:suspend|halt|freez|postpon|delay|put\s+on\s+hold|put\s+off|h(?:o|e)ld\s+(?:off\s+on|back))(?:s|e|es|ed|ing)?\s+"
        r"(?:[\w'\u2019-]+\s+){0,6}?(?:termination|expiry|expiration|decision\s+to\s+" + _ENDING + r"|notice|withdrawal|exit)",
        r"put(?:s|ting)?\s+(?:the|its)\s+(?:end|termination|expiry|expiration)\s+(?:[\w-]+\s+){0,8}?on\s+hold",
        # ... and the same as a noun: "a conditional suspension of the termination"
        r"(?:suspension|postponement|freez(?:e|ing)|halt(?:ing)?|deferral)\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?"
        r"(?:termination|expiry|expiration|decision\s+to\s+" + _ENDING + r"|notice|withdrawal|exit)",
        # ... and the same told in the passive: "The scheduled end of the pact has been put on hold"
        r"(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:end|termination|expiry|expiration|notice|notification|decision)\s+"
        r"(?:(?!(?:could|might|may|would|will|shall|should|must|can|not|to)\b)[\w'\u2019\"\u201c\u201d(),-]+\s+){0,20}?"
        r"(?:(?:has|have|had)\s+been|was|were|is)\s+(?:(?:\w+ly|later|then|since|soon)\s+)?"
        r"(?:put\s+on\s+hold|suspended|halted|frozen|shelved|postponed|delayed)",
        r"carr(?:y|ies|ied|ying)\s+on\b",  # "the pact will carry on despite their quarrels"
        r"extend(?:s|ed|ing)?", r"extension", r"renew(?:s|ed|al)?",
        r"revers(?:e|es|ed|ing)\s+(?:its\s+|the\s+|a\s+)?(?:decision|course)",
        r"(?:continu|maintain|keep|kept|sav|preserv|retain|rescu|salvag|spar|uph[eo]ld)(?:e|es|ed|s|ing)?\s+(?:with\s+)?"
        + _OBJECT,
        # ... told in a relative clause: "the pact that the government said Friday it would keep"
        r"(?:pact|agreement|accord|deal|gsomia)\s+(?:that|which)\s+(?:[\w'\u2019-]+\s+){1,8}?"
        r"(?:keep|kept|maintain(?:ed)?|sav(?:e|ed)|preserv(?:e|ed))(?!\s+(?:the|its|a|an|their)\b)",
        r"pull(?:s|ed|ing)?\s+back\s+from", r"back(?:s|ed|ing)?\s+(?:off|away)\s+from",
        r"(?:delay|postpon|defer|suspend|halt|put\s+off|h(?:o|e)ld\s+off\s+on)(?:s|e|es|ed|ing)?\s+"
        r"(?:ending|terminating|scrapping|quitting|leaving|withdrawing)",
        r"st(?:ay|ays|ayed|aying)\s+in\s+" + _OBJECT, r"(?:decided|decides|decision|chose|opted)\s+(?:\w+\s+){0,2}?not\s+to\s+" + _ENDING + r"\b",
        # ... "would not, after all, end its pact"
        r"(?:will|would)\s+not(?:,\s+(?:after\s+all|in\s+the\s+end|for\s+now),)?\s+(?:be\s+)?"
        r"(?:expire|lapse|end|terminated?|scrap(?:ped)?|quit|withdraw\s+from)\b",
        r"reprieve", r"surviv(?:e|es|ed|ing)", r"from\s+the\s+brink", r"li(?:ve|ves|ved)\s+on\b",
        r"h(?:o|e)ld(?:s|ing)?\s+on(?:to|\s+to)\s+" + _OBJECT,
        r"(?:let|lets|allow(?:s|ed)?)\s+(?:[\w-]+\s+){1,5}?(?:to\s+)?(?:continue|stand|survive|remain)\b",
        r"avert(?:s|ed|ing)?\s+(?:the\s+|its\s+)?(?:expiry|expiration|collapse|termination|end)",
        r"not\s+(?:to\s+)?let\s+(?:[\w-]+,?\s+){1,10}?(?:expire|lapse|run\s+out)",
        r"withdr(?:aw|ew|awn|aws)\s+(?:its|the)\s+(?:\w+\s+){0,2}?notice",
        r"u-turn", r"(?:last-minute\s+)?reversal", r"back(?:s|ed)?\s+down", r"chang(?:e|es|ed)\s+(?:its|their)\s+mind",
        r"keep(?:s|ing)?\s+(?:[\w-]+\s+){1,5}?alive", r"kept\s+(?:[\w-]+\s+){1,5}?alive",
        r"k(?:eep|eeps|eeping|ept)\s+alive\s+" + _OBJECT,
        r"(?:stay|stays|stayed|remain|remains|remained)\s+in\s+(?:force|effect|place)(?![^.;]{0,40}\b(?:until|till)\b)",
    ),
    "take-effect": (r"t(?:ake|akes|ook|aken|aking)\s+effect", r"(?:went|go|goes|come|came|comes)\s+into\s+(?:immediate\s+)?(?:effect|force)",
                    r"enter(?:s|ed)?\s+into\s+force", _NOT_KEPT + r"in\s+(?:force|effect)", r"effective\s+immediately",
                    r"bec(?:ame|ome|omes)\s+effective"),
    "approve": (r"approv(?:e|es|ed|al|ing)", r"endors(?:e|es|ed|ement|ing)", r"green[-\s]light(?:ed)?",
                r"rubber[-\s]stamp(?:s|ed)?", r"cleared", r"ratif(?:y|ies|ied|ication)", r"okay(?:s|ed)?",
                r"sign(?:s|ed)?\s+off\s+on", r"passed", r"green-?lit", r"adopt(?:s|ed)",
                r"g(?:ive|ives|ave|iven|iving)\s+(?:\w+\s+){0,2}?(?:go-?ahead|nod)"),
    "agree": (r"agree(?:s|d)?\s+(?:\w+\s+){0,2}?to\s+sign", r"preliminar(?:y|ily)",
              r"agree(?:s|d)?\s+(?:on\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:pact|deal|accord|agreement|gsomia|text|draft|terms)",
              r"tentative(?:ly)?", r"provisional(?:ly)?", r"in\s+principle", r"initial(?:l)?ed",
              r"settled\s+on", r"reach(?:es|ed)?\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|accord|consensus)",
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
               r"kick-start(?:s|ed|ing)?", r"pick(?:s|ed)?\s+up\s+(?:the\s+)?(?:talks|negotiations)"),
    "meet": (r"met", r"meet(?:s|ing)?", r"talks", r"summit", r"gather(?:s|ed)?"),
    "welcome": (r"welcom(?:e|es|ed|ing)", r"prais(?:e|es|ed|ing)", r"hail(?:s|ed)?", r"applaud(?:s|ed)?",
                r"laud(?:s|ed)?", r"commend(?:s|ed)?", r"cheer(?:s|ed)?"),
    "nuclear-test": (r"nuclear\s+(?:test|tests|detonation|blast)", r"(?:fourth|fifth|sixth)\s+test"),
    "launch": (r"launch(?:es|ed|ing)?", r"fired", r"rocket"),
    "liberate": (r"liberat(?:e|ed|ion)(?!\s+Day)", r"colonial\s+rule", r"independence",
                 r"(?:colonial\s+)?occupation", r"coloni[sz]ation", r"surrender(?:ed)?"),
    "attack": (r"shell(?:s|ed|ing)", r"bombard(?:ed|ment)", r"attack(?:s|ed)?"),
    "brief": (r"brief(?:ing|ed|s)?", r"told\s+reporters", r"explain(?:s|ed|ing)?"),
    "arrange": (r"arrangement", r"through\s+(?:Washington|the\s+U\.?S\.?)", r"via\s+the\s+U\.?S\.?", r"trilateral"),
    "notify": (r"notif(?:y|ies|ied|ication)", r"inform(?:s|ed)?", r"notice", r"diplomatic\s+note"),
    "normalize": (r"normali[sz](?:e|es|ed|ing|ation)", r"fully\s+restor(?:e|es|ed|ing)",
                  r"restor(?:e|es|ed|ing)\s+" + _OBJECT, r"back\s+to\s+normal",
                  r"reinstat(?:e|es|ed|ing)", r"put(?:s|ting)?\s+(?:[\w()-]+\s+){1,10}?back\s+(?:in|into|on)\b",
                  r"restoration\s+of\s+" + _OBJECT, r"reactivat(?:e|es|ed|ing|ion)\s+(?:of\s+)?" + _OBJECT,
                  r"return(?:s|ed|ing)?\s+(?:[\w()-]+\s+){1,8}?to\s+normal",
                  # 2023: "withdrew both diplomatic notes", "the retraction of a notice to withdraw"
                  r"withdr(?:aw|ew|awn|aws|awing)\s+(?:both|all|the\s+two)\s+(?:[\w-]+\s+){0,2}?(?:notes|notices|documents|letters)",
                  r"retract(?:ion|ed|s|ing)?\s+(?:of\s+)?(?:a|the|its|both)\s+(?:[\w-]+\s+){0,2}?(?:notes?|notices?)"),
}
# Kinds whose happening is a statement about what will be done: "Seoul said it would end
# the pact" *is* the decision to end it, so the frames of plans do not disqualify them when
# the sentence declares it (`_DECLARED`); "working to keep the pact" stays a plan.
STATEMENT_KINDS = frozenset({"terminate", "extend", "resume", "brief", "notify", "normalize"})

# Each kind's wordings, searched in a text without those whose words it does not hold.
_WORDINGS = {kind: Alternation(words, r"(?i)(?<![\w-])", r"(?![\w-])") for kind, words in VOCABULARY.items()}
_WORDS = frozenset().union(*(wordings.words for wordings in _WORDINGS.values()))
# Right before a happening's verb (auxiliaries and adverbs between): it is planned ...
_PLANNED = re.compile(
    r"(?i)(?:\b(?:will|would|shall|could|can|(?-i:may)|might|must|should|to|going|until|till|before)"
    r"(?:\s+(?:it|they|the\s+\w+))?(?:\s+(?:is|are|was|were))?|['\u2019]ll)"
    r"(?:\s+(?:be|been|have|not|\w+ly|also|now|soon|then|again|still|finally|first))*\s*$"
)
# ... or hypothetical or denied, anywhere in the few words before it in its clause.
_HYPOTHETICAL = re.compile(  # ... or only rumoured: "expiry reportedly put off"
    r"(?i)\b(?:whether|if|unless|could|might|(?-i:may)|can|would\s+have|reportedly|allegedly|purportedly"
    r"|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)\b"
)
# ... or only wished for, intended or asked for, anywhere before it in its clause: "Tokyo wants a
# decision from Seoul that keeps the pact", "Washington urged Seoul to keep it", "Seoul does not
# intend to make any notification regarding the termination".
_WISHED = re.compile(r"(?i)\b(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|urg(?:e|es|ed)|asks?|asked|call(?:s|ed)\s+on"
                     r"|press(?:es|ed)|demand(?:s|ed)|intends?|intended|no\s+(?:intention|plans?))\b")
# A statement of intent made as a decision or an announcement.
_DECLARED = re.compile(r"(?i)\b(?:said|says|say|announc(?:ed|es|ing|ement)|decided|decides|decision|resolved|told|tells"
                       r"|notified|informed|declared|confirmed|statement|plans?|will|won't|['\u2019]ll|let\s+(?:\w+\s+){1,3}?know|moved"
                       r"|notice)\b")  # "had given Japan notice in August that it would stop sharing intelligence"
# An expectation is never the decision it expects, whoever says so: "Seoul is expected to
# scrap the pact, officials said".
_EXPECTED = re.compile(r"(?i)\b(?:expected|likely|poised|set|due|slated|tipped|aim(?:s|ing)?|seek(?:s|ing)?"
                       r"|tr(?:y|ies|ying)|prepar(?:es|ing))\s+to(?:\s+\w+ly)?\s*$")
# ... nor is what is worked toward or only foreseen: "agreed to speed up work on concluding the
# pact", "moves toward signing", "talks aimed at signing it", "the scheduled termination".
_TOWARD = re.compile(r"(?i)\b(?:work(?:s|ed|ing)?\s+on|toward|towards|aim(?:s|ed|ing)?\s+at|push(?:es|ed|ing)?\s+for"
                     r"|step(?:s)?\s+(?:closer\s+)?to|(?:speed|hurry|hurried|sped)\s+up"
                     # ... or only foreseen: "halts scheduled termination of GSOMIA", "the planned end"
                     r"|scheduled|planned|looming|impending|upcoming|pending|expected|possible|potential|proposed)\s*$")
# ... nor is what others foresee: "Critics say Seoul will scrap the deal".
_FORECAST = re.compile(r"(?i)\b(?:analysts?|critics?|experts?|observers?|commentators?|pundits?|scholars?|diplomats?)"
                       r"\s+(?:\w+\s+){0,3}?(?:say|said|says|believe|believed|expect|expected|predict|predicted)\b")
# A past cause makes the verb after its "to" happen: "The uproar led Seoul to put off the
# signing", "an outcry forced the two to put the pact on hold" (not "led to calls to scrap it").
_CAUSED = re.compile(r"(?i)\b(?:(?:led|forced|prompted|caused|compelled|drove)\s+"
                     r"(?:(?!to\b)[\w'\u2019-]+\s+){1,6}?"
                     # ... and so does work completed: "has completed measures to normalize the pact"
                     r"|(?:completed|finished|concluded)\s+(?:[\w-]+\s+){0,2}?(?:measures|steps|procedures|process(?:es)?|work)\s+"
                     # ... and so does a past necessity: "The two had to drop the pact", "was forced to delay it"
                     r"|\b(?:had|(?:was|were)\s+(?:forced|obliged|compelled|made))\s+)"
                     r"to(?:\s+\w+ly)?(?:\s+be)?\s*$")
# A plan made on a condition: "would extend the agreement only if Tokyo ...", "unless ...".
_ON_CONDITION = re.compile(r"(?i)\b(?:if|unless)\b")
# "nearly signed", "were on the point of signing", "came close to signing": it did not happen.
_DENIED = re.compile(r"(?i)\b(?:not|cannot|never|no|yet|without|refused|refuses|rejected|nearly|almost)\b|n['\u2019]t\b")
# ... and what only loomed: "GSOMIA, which once faced termination", "risks collapse".
_NEAR_MISS = re.compile(r"(?i)\b(?:on\s+the\s+(?:point|verge|brink|cusp)\s+of|close\s+to"  # right before it
                        r"|within\s+(?:a\s+whisker|an\s+inch|inches|hours|days|reach)\s+of"
                        r"|(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?)(?:\s+(?:the\s+)?(?:threat|prospect|risk)\s+of)?"
                        r"|(?:threat|prospect|spectre|specter)\s+of)(?:\s+(?:a|an|the|its|possible|likely))?\s*$")
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
_PRESUPPOSED = re.compile(r"(?i)(?:termination|decision|notice|withdrawal)\b")
_WORDS_BEFORE = 6
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
    units = sentences(text)
    starts = [unit.start for unit in units]
    by_sentence: dict[Sentence, list[tuple[str, re.Match]]] = {}
    present = words_in(_WORDS, folded(text))
    for kind, wordings in _WORDINGS.items():
        for match in wordings.finditer(text, present):
            sentence = units[max(0, bisect_right(starts, match.start()) - 1)]
            by_sentence.setdefault(sentence, []).append((kind, match))
    found = []
    for sentence, matches in by_sentence.items():
        for kind, match in _outermost(matches):
            if kinds is None or kind in kinds:
                frame = "denied" if _undone(kind, match, text, matches) else _frame(kind, text, match, sentence)
                found.append(Happening(kind, match.start(), match.end(), sentence, frame))
    return tuple(sorted(found, key=lambda h: (h.start, h.kind)))


def _outermost(matches: list[tuple[str, re.Match]]) -> list[tuple[str, re.Match]]:
    """Drop a match inside a longer one of its kind: "tentative" in "reach a tentative agreement"."""
    return [(kind, match) for kind, match in matches
            if not any(other_kind == kind and other is not match and other.start() <= match.start()
                       and match.end() <= other.end() and other.end() - other.start() > match.end() - match.start()
                       for other_kind, other in matches)]


def _frame(kind: str, text: str, match: re.Match, sentence: Sentence) -> str:
    if kind == "terminate" and names_a_decision_made(text, match.start(), match.end()):
        return "reported"  # "urged Seoul to reverse its decision to end the pact": it was made
    clause = clause_before(text, sentence, match.start())
    before = " ".join(clause.split()[-_WORDS_BEFORE:])
    if any(rule.search(before) for rule in (_DENIED, _NEAR_MISS, _HYPOTHETICAL)) or _WISHED.search(clause):
        return "denied"
    if _CAUSED.search(clause):
        return "reported"
    after = clause_after(text, sentence, match.end())
    planned = _worded_ahead(before, after) or bool(_TOWARD.search(before)) or _awaited(clause, match.group()) \
        or _joined_to_a_modal(clause, match.group())
    if planned and _ON_CONDITION.search(after):
        return "denied"  # "it would extend the pact only if Tokyo reversed its curbs"
    if planned and kind in STATEMENT_KINDS and not _EXPECTED.search(before) \
            and not _FORECAST.search(text, sentence.start, match.start()) \
            and _DECLARED.search(text, sentence.start, sentence.end):
        return "reported"  # "Seoul said it would end the pact" is the decision itself
    return "planned" if planned else "reported"


# "once the Cabinet passes it and the president approves it", "as soon as Japan completes its
# procedures": a time clause in the present tells of what is awaited ("once it was signed" did happen).
_AWAITING = re.compile(r"(?i)\b(?:once|as\s+soon\s+as)\s+(?:[\w'\u2019.-]+\s+){0,11}[\w'\u2019.-]+\s*$")
_PAST_FORM = re.compile(r"(?i)(?:ed|en|met|held|took|struck|broke|fell|froze|withdrew|quit|put|cut|set|shut)\b")
# ... told in the past, it did happen: "once it emerged that the government had kept quiet about it"
_PAST_TIME_CLAUSE = re.compile(r"(?i)\b(?:was|were|had|did|(?:it|they|he|she|we)\s+\w+ed)\b")


def _awaited(clause: str, words: str) -> bool:
    awaiting = _AWAITING.search(clause)
    return bool(awaiting) and not in_past_form(words) and not _PAST_TIME_CLAUSE.search(awaiting.group())


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
        inside = None  # "suspended the termination": there was one to suspend
    if any(other_kind == inside and other.start() < match.start() < other.end() for other_kind, other in matches):
        return True
    return any(other_kind in undoing and (
        other.end() <= match.start() and len(text[other.end():match.start()].split()) <= _WORDS_BEFORE // 2
        or match.end() <= other.start() and _PASSIVE_BETWEEN.match(text[match.end():other.start()]))
        for other_kind, other in matches)
