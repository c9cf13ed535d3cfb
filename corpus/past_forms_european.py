"""Whether a wording in Spanish, Portuguese, French, Italian or German tells its happening as done, for
`corpus.date_officeholders.worded_as_done` (timeline round 69): the English reading takes "signed", "broke
off", not "firmaron", "decidiu", "ont repris", "haben ... unterzeichnet".

Done is a preterite as the wording's first word ("rubricaron", "firmó", "decidiu", "reabriram", "firmò"), or
an auxiliary of the perfect with a participle, in the wording or right before it ("las conversaciones han
sido retomadas", "ont repris", "ha firmato", "a signé"), or a German participle the wording opens with and
an auxiliary earlier in its sentence ("Nun haben ... es unterzeichnet"). Not an infinitive ("firmar",
"unterzeichnen"), a present ("firma", "rige"), a future ("firmarán", "signeront"), a subjunctive ("werde
beendet"), nor a noun ("la firma", "decisión"). Pure standard library.
"""

from __future__ import annotations

import re

from corpus.happenings import Happening

# A preterite's ending, third person: es "firmó", "firmaron", "decidieron"; pt "assinou", "assinaram", "decidiu",
# "reabriram"; it "firmò", "firmarono". (Not "-eu" alone: "europeu", "seu".)
PRETERITE = re.compile(r"(?i)^[^\W\d_]{2,}(?:ó|aron|ieron|ou|aram|eram|iram|iu|ò|arono|erono|irono)$")
# An auxiliary of the perfect and a participle after it, a word or two between at most: "ha firmado", "han sido
# retomadas", "ont repris", "a été signé", "ha firmato", "tem assinado". (French "a" and Portuguese "tem" only
# so followed: "a firmar" is an infinitive.)
_AUXILIARY = r"(?:ha|han|había|habían|hubo|hanno|aveva|avevano|a|ont|avait|avaient|est|sont|tem|têm|tinha|tinham)"
_PARTICIPLE = (r"[^\W\d_]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|uto|uta|ito|ita"
               r"|é|ée|és|ées|is|it|u|us)")
_PERFECT = re.compile(rf"(?i)\b{_AUXILIARY}\s+(?:(?:sido|été|stato|stata)\s+)?(?:[^\W\d_]+\s+)?{_PARTICIPLE}\b")
_PERFECT_RIGHT_BEFORE = re.compile(rf"(?i)\b{_AUXILIARY}\s+(?:(?:sido|été|stato|stata)\s+)?$")
# A German participle ("unterzeichnet", "gebilligt", "gestoppt") and its auxiliary earlier in the sentence. (Not
# "-en" after a prefix: "beenden" is as likely an infinitive; "beschlossen" is read as English "-en" already.)
_GERMAN_PARTICIPLE = re.compile(r"^(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert"
                                r"|(?:unter|ver|be|er|ent|zer|über|aus|auf|ab|an|ein|zu)(?:ge)?[a-zäöüß]{3,}t)$")
_GERMAN_AUXILIARY = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b")
_REACH = 12  # characters before a wording in which its auxiliary stands


def done_in_a_european_language(text: str, happening: Happening) -> bool:
    """Whether the wording `happening` tells its happening as done in one of these languages (see the module)."""
    words = text[happening.start:happening.end]
    first = next(iter(words.split()), "")
    if PRETERITE.match(first) or _PERFECT.search(words) \
            or _PERFECT_RIGHT_BEFORE.search(text, max(0, happening.start - _REACH), happening.start):
        return True
    sentence = happening.sentence
    return bool(_GERMAN_PARTICIPLE.match(first)) and bool(_GERMAN_AUXILIARY.search(text, sentence.start,
                                                                                     happening.start))


def tells_a_past(words: str) -> bool:
    """Whether `words` hold a past form in one of these languages: a preterite ("firmaron", "assinou"), a
    perfect ("a signé", "ha firmado") or a German auxiliary of a past ("hat", "wurde"); for a date's direction."""
    return bool(_PERFECT.search(words) or _GERMAN_AUXILIARY.search(words)
                or any(PRETERITE.match(word) or word.lower() in _IRREGULAR_PAST for word in _WORD.findall(words)))


_WORD = re.compile(r"[^\W\d_]+")
# Pasts of saying and being the preterite's endings miss ("dijo el viernes que firmarán": the day it was said).
_IRREGULAR_PAST = frozenset({"dijo", "dijeron", "fue", "fueron", "hizo", "disse", "disseram", "foi", "foram",
                             "fez", "sagte", "sagten", "erklärte", "erklärten", "kündigte", "kündigten"})
