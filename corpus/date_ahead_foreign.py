"""Whether a weekday named in Spanish, French, Portuguese or German lies ahead by its sentence's wording
(timeline round 86, issue 14): "firmarán el viernes", "signeront vendredi", "vão assinar na sexta-feira",
"wird am Freitag unterzeichnet" on a Wednesday page name the coming Friday, as "will sign on Friday" does
in English (`corpus.date_readers.tense`). The future is read in the verb's form ("firmarán", "se reunirá",
"rencontreront") or in an auxiliary the vocabulary already reads as a plan (`PLANNED_BEFORE`: "wird",
"será", "vont", "vai"); a past form anywhere in the sentence ("dijo", "ont annoncé", "hat ... erklärt")
keeps the day back, as the day a thing was said is as often named beside what is to come. Korean, Japanese
and Chinese days are read ahead by their clause's word of a plan (`corpus.date_cjk_sentences.looks_ahead`).
Pure standard library."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.date_patterns import SENTENCE_END, SENTENCE_REACH, sentence_after
from corpus.happening_words_ahead import SIGNING_AHEAD
from corpus.happening_words_languages import PLANNED_BEFORE
from corpus.past_forms_european import tells_a_past

# A future in the verb's own form: es/pt "firmará", "firmarán", "assinarão"; fr "signera", "signeront";
# or an auxiliary of a plan, as a whole word ("wird", "será", "vont").
_FUTURE = re.compile(r"(?<![\w-])(?:[^\W\d_]{2,}r(?:á|án|ão)|[a-zàâçéèêëîïôûù]{3,}(?:eront|era)"
                     r"|(?:sera|seront|aura|auront|fera|feront|ira|iront)"
                     rf"|{'|'.join(PLANNED_BEFORE)})(?![\w-])")


def sentence_looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether the sentence around `text[start:end]` is worded ahead in one of these languages, without a past."""
    return _worded_ahead(text[max(0, start - SENTENCE_REACH) : start], sentence_after(text, end))


@lru_cache(maxsize=4096)  # (by its words: a page naming thousands of days reads the same ones again)
def _worded_ahead(before: str, after: str) -> bool:
    ends = list(SENTENCE_END.finditer(before))
    sentence = (before[ends[-1].end() :] if ends else before) + " " + after
    return bool(_FUTURE.search(sentence) or SIGNING_AHEAD.search(sentence)) and not tells_a_past(sentence)
