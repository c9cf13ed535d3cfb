"""More Arabic forms of a happening (timeline round 50), and Persian, Swahili and Hausa ones (round 51), merged
into `corpus.happening_words_languages`, whose rules they follow: only a past, a passive past or a decision told,
never a plan ("سوف يوقع") nor a denial ("لم يوقع"): `corpus.happening_words_more_languages` keeps those out.
Pure standard library.
"""

from __future__ import annotations

# Arabic words take a conjunction before them ("ووقعت": and it signed); a past takes its dual and plural
# endings and an object pronoun ("أخفقا", "أخفقوا"); a verb may carry a shadda ("وقّعت", signed).
_AR_AND, _AR_PAST = r"[وف]?", r"(?:ت|ا|تا|وا)?(?:ه|ها)?"
_AR_SHADDA = "\u0651?"
_AR_MARKS = "[\u064b-\u0652]*"  # (any short vowels, tanween, shadda or sukun written over a letter)
# ... signed or concluded ("وُقّعت", "أُبرمت"), its letters spelt with their marks or without
_AR_SIGNED_OR_CONCLUDED = "(?:" + _AR_MARKS.join("وقع") + "|" + _AR_MARKS.join("أبرم") + ")" + _AR_MARKS
# ... the pact in any case ending, with or without its article
_AR_PACT = r"(?:ال)?(?:اتفاق(?:ية|ا|اً)?|معاهدة)"
# ... up to five words between a verb and the pact, none of them "بالأحرف" (with initials: an initialling)
_AR_NOT_INITIALS_BETWEEN = r"\s+(?:(?!بالأحرف)\S+\s+){0,5}?"

# Timeline round 79: decided to put the signing off ("قررت، للمرة الثانية، إرجاء التوقيع"; not "قد تقرر", may decide).
AR_DECIDED_TO_PUT_OFF = _AR_AND + r"قرر" + _AR_PAST + r"[،,]?\s+(?:\S+\s+){0,3}?(?:إرجاء|تأجيل)\s+(?:ال)?توقيع"
SPACED: dict[str, tuple[str, ...]] = {
    "sign": (
        # "وقّعت اليوم الأربعاء اتفاقا" (signed, with its shadda written; not initialled: "بالأحرف الأولى")
        _AR_AND + r"(?:وق" + _AR_SHADDA + r"ع|أبرم)" + _AR_PAST + _AR_NOT_INITIALS_BETWEEN + r"(?:على\s+)?" + _AR_PACT,
        # the pact (or its name) told as signed on a day: "الاتفاقية الموقعة في تشرين الثاني 2016", "الموقع عام 2016"
        _AR_PACT + r"\s+(?:\S+\s+){0,4}?(?:ال)?موق" + _AR_SHADDA + r"عة?\s+(?:في|عام|بتاريخ)",
        # ... or in a relative clause, its vowels written or not: "الاتفاقية التي وُقّعت عام 2016" (never initialled)
        _AR_PACT + r"\s+(?:\S+\s+){0,4}?(?:التي|الذي)\s+" + _AR_SIGNED_OR_CONCLUDED + r"(?:ت|ه|ها)?" + _AR_MARKS
        + r"\s+(?:(?!بالأحرف)\S+\s+){0,3}?(?:في|عام|بتاريخ)",
    ),
    # initialled: "وقّعت اليابان وكوريا الجنوبية أمس بالأحرف الأولى اتفاقا", "توقيعا أوليا قد جرى"
    "agree": (_AR_AND + r"وق" + _AR_SHADDA + r"ع" + _AR_PAST + r"\s+(?:\S+\s+){0,4}?بالأحرف\s+الأولى",
              r"(?:ال)?توقيع(?:ا|اً)?\s+(?:ال)?أولي(?:ا|اً)?\s+(?:قد\s+)?(?:جرى|تم)"),
    "collapse": (
        # failed to conclude or to sign it: "أخفق البلدان في إبرام اتفاق", "فشلت سيول في توقيع الاتفاقية"
        _AR_AND + r"(?:أخفق|فشل)" + _AR_PAST + r"\s+(?:\S+\s+){0,3}?في\s+(?:إبرام|توقيع)",
        AR_DECIDED_TO_PUT_OFF,
    ),
    # Korea's liberation told as the end of Japan's colonial rule: "انتهاء الحكم الاستعماري الياباني ... عام 1945"
    "liberate": (r"(?:ال)?حكم\s+(?:ال)?استعماري", r"(?:ال)?استعمار\s+(?:ال)?ياباني"),
}

# Timeline round 51: Persian, Swahili and Hausa (Turkish's past and its plans, "-ecek/-acak", are read in
# `corpus.happening_words_languages`). Only a past or a decision made: no future, no denial.
# Persian: "امضا کرد" (signed), "به امضا رسید" (was signed); not "امضا خواهد کرد" (will), "امضا نکرد" (did not).
_FA_DID = r"(?:کرد|کردند|کرده|نمود|نمودند|نموده|رسید|رسیدند|رسیده|رساند|رساندند|شد|شده)(?![^\W\d_])"
# Swahili verbs: a subject prefix ("wa-", they; "i-", "u-", "ya-", of the pact's class), a past "-li-" or perfect
# "-me-", an optional relative ("-yo-": "yaliyotiwa saini", that was signed); never "-ta-", a future
# ("watatia saini", will sign) nor the negative past "hawaku-".
_SW_PAST = r"(?:a|wa|i|u|ya|zi|li|ki|tu)(?:li|me)(?:yo|o|cho|vyo|zo|lo)?"
_SW_SUBJECT = r"(?:a|wa|i|u|ya|zi|li|ki|tu)"
# Hausa: a completive pronoun ("sun", they; "ta", she or it; "an", one; "suka", "aka" after "da"), not after
# "za" (a future: "za ta sa hannu"), "ba" (a denial: "ba ta sa hannu ba") nor "idan", "in" (if).
_HA_DID = r"(?<!\bza\s)(?<!\bba\s)(?<!\bidan\s)(?<!\bin\s)(?:sun|suka|ya|ta|an|aka)\s+"

_PERSIAN_SWAHILI_HAUSA: dict[str, tuple[str, ...]] = {
    "sign": (
        r"(?:به\s+)?امضاء?\s+" + _FA_DID,
        _SW_PAST + r"(?:tia|tiwa)\s+(?:saini|sahihi)", _SW_PAST + r"saini(?:wa)?",
        _HA_DID + r"(?:sanya|rattaba|sa)\s+hannu",
    ),
    "collapse": (r"به\s+تعویق\s+(?:افتاد|انداخت|انداختند|افتاده)(?![^\W\d_])",),  # (put off)
    "terminate": (
        r"(?:فسخ|خاتمه|پایان)\s+(?:داد|دادند|داده|کرد|کردند|کرده)(?![^\W\d_])",
        # "تصمیم سئول برای لغو توافقنامه" (Seoul's decision to cancel the pact; not the signing's ceremony)
        r"تصمیم\s+(?:\S+\s+){0,3}?(?:به|برای)\s+(?:فسخ|خاتمه|پایان|لغو)\s+(?:دادن\s+(?:به\s+)?)?(?:توافق|پیمان)",
        # Swahili: "imesitisha" (has ended it), "iliamua kusitisha" (decided to), "uamuzi wa kusitisha" (the
        # decision to), "imetangaza kuwa itasitisha" (announced that it will: the decision made known)
        _SW_PAST + r"sitisha", _SW_PAST + r"amua\s+kusitisha", r"uamuzi\s+(?:wake\s+|wao\s+)?wa\s+kusitisha",
        _SW_PAST + r"tangaza\s+(?:kuwa|kwamba)\s+" + _SW_SUBJECT + r"tasitisha",
        # Hausa: "ta soke yarjejeniyar" (cancelled), "ta kawo ƙarshen" (brought the end of)
        _HA_DID + r"(?:soke|kawo\s+[kƙ]arshen)",
    ),
}
SPACED = {kind: SPACED.get(kind, ()) + _PERSIAN_SWAHILI_HAUSA.get(kind, ())
          for kind in {**SPACED, **_PERSIAN_SWAHILI_HAUSA}}
