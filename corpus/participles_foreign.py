"""Whether a wording in Spanish, Portuguese, Italian, French or Arabic is a verb done, for
`corpus.dates_of_other_verbs.dates_a_nearer_verb` (timeline round 108): the English reading takes "signed",
not "firmado", "assinado", "firmato", "signé" nor "الموقعة". A date after such a verb in its clause is that
verb's: "decidió poner fin al acuerdo firmado en noviembre de 2016" dates the signing, not the decision;
"قررت أمس الخميس إنهاء الاتفاقية الموقعة في تشرين الثاني 2016" the same.

Done is a participle or a preterite as the wording's first word ("firmado", "assinada", "suscrito", "firmato",
"signé", "firmaron", "assinou"), or, in Arabic, a wording that holds a participle or a past of signing or
concluding ("الاتفاقية الموقعة في", "التي وُقّعت عام"). Not an infinitive ("firmar"), a present ("firma"), a
noun ("la firma", "التوقيع"), nor an English word ("visit", "summit"). Pure standard library.
"""

from __future__ import annotations

import re

from corpus.past_forms_european import PRETERITE

# A Romance past participle, in either gender and number: "firmado", "assinadas", "suscrito", "firmato", "signé",
# "conclue". (Not French "-is", "-it", "-u", nor "-ate": English words end so, "visit", "summit", "debate".)
_PARTICIPLE = re.compile(r"(?i)^[^\W\d_]{3,}(?:ad[oa]s?|id[oa]s?|it[oa]s?|at[oai]|ut[oai]|é|ée|és|ées)$")
# An Arabic participle of signing or concluding ("الموقعة", "الموقّع", "المبرمة"), or their past in a relative clause
# ("التي وُقّعت", "الذي أُبرم"), a short vowel or a shadda written over a letter or not.
_MARK = "[\u064b-\u0652]*"
_SIGN_OR_CONCLUDE = "(?:" + _MARK.join("وقع") + "|" + _MARK.join("برم") + ")"
_ARABIC_DONE = re.compile(r"(?<!\S)[وف]?(?:ال)?م" + _MARK + _SIGN_OR_CONCLUDE + _MARK + r"[ةه]?(?!\S)"
                          r"|(?:التي|الذي)\s+(?:أ" + _MARK + ")?" + _SIGN_OR_CONCLUDE)


def done_in_another_language(words: str) -> bool:
    """Whether the wording `words` is a verb done in Spanish, Portuguese, Italian, French or Arabic (see the module)."""
    first = next(iter(words.split()), "")
    return bool(_PARTICIPLE.match(first) or PRETERITE.match(first) or _ARABIC_DONE.search(words))
