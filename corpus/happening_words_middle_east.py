"""More Arabic forms of a happening (timeline round 50), merged into `corpus.happening_words_languages`,
whose rules they follow: only a past, a passive past or a decision told, never a plan ("سوف يوقع") nor a
denial ("لم يوقع"): `corpus.happening_words_more_languages` keeps those out.
Pure standard library.
"""

from __future__ import annotations

# Arabic words take a conjunction before them ("ووقعت": and it signed); a past takes its dual and plural
# endings and an object pronoun ("أخفقا", "أخفقوا"); a verb may carry a shadda ("وقّعت", signed).
_AR_AND, _AR_PAST = r"[وف]?", r"(?:ت|ا|تا|وا)?(?:ه|ها)?"
_AR_SHADDA = "\u0651?"
# ... the pact in any case ending, with or without its article
_AR_PACT = r"(?:ال)?(?:اتفاق(?:ية|ا|اً)?|معاهدة)"
# ... up to five words between a verb and the pact, none of them "بالأحرف" (with initials: an initialling)
_AR_NOT_INITIALS_BETWEEN = r"\s+(?:(?!بالأحرف)\S+\s+){0,5}?"

SPACED: dict[str, tuple[str, ...]] = {
    "sign": (
        # "وقّعت اليوم الأربعاء اتفاقا" (signed, with its shadda written; not initialled: "بالأحرف الأولى")
        _AR_AND + r"(?:وق" + _AR_SHADDA + r"ع|أبرم)" + _AR_PAST + _AR_NOT_INITIALS_BETWEEN + r"(?:على\s+)?" + _AR_PACT,
        # the pact (or its name) told as signed on a day: "الاتفاقية الموقعة في تشرين الثاني 2016", "الموقع عام 2016"
        _AR_PACT + r"\s+(?:\S+\s+){0,4}?(?:ال)?موق" + _AR_SHADDA + r"عة?\s+(?:في|عام|بتاريخ)",
    ),
    # initialled: "وقّعت اليابان وكوريا الجنوبية أمس بالأحرف الأولى اتفاقا", "توقيعا أوليا قد جرى"
    "agree": (_AR_AND + r"وق" + _AR_SHADDA + r"ع" + _AR_PAST + r"\s+(?:\S+\s+){0,4}?بالأحرف\s+الأولى",
              r"(?:ال)?توقيع(?:ا|اً)?\s+(?:ال)?أولي(?:ا|اً)?\s+(?:قد\s+)?(?:جرى|تم)"),
    "collapse": (
        # failed to conclude or to sign it: "أخفق البلدان في إبرام اتفاق", "فشلت سيول في توقيع الاتفاقية"
        _AR_AND + r"(?:أخفق|فشل)" + _AR_PAST + r"\s+(?:\S+\s+){0,3}?في\s+(?:إبرام|توقيع)",
    ),
    # Korea's liberation told as the end of Japan's colonial rule: "انتهاء الحكم الاستعماري الياباني ... عام 1945"
    "liberate": (r"(?:ال)?حكم\s+(?:ال)?استعماري", r"(?:ال)?استعمار\s+(?:ال)?ياباني"),
}
