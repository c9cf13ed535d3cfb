"""Korean words of what is to come, one list for every reader (timeline round 92): the future "-ㄹ 것" ("서명할
것이라고", "열릴 것"), "겠" ("서명하겠다고"), a plan or a schedule ("할 방침", "계획", "예정"). Read after a weekday
(`corpus.date_weekdays_cjk`: "금요일 … 서명할 것이라고" is the coming Friday) and in a happening's sentence
(`corpus.date_officeholders`: "할 계획" tells of no deed done), after a name (`corpus.foresight`: "약정에 서명할 것"
only foresees it), in a month's clause (`corpus.date_patterns_foreign.CJK_AHEAD`) and after the verb of a signing
(`corpus.happening_words_ahead`: "서명할 방침"): rounds 92 and 99.
"""

from __future__ import annotations


def _syllables_ending_in(final: int) -> str:
    """Every Hangul syllable whose final consonant is the `final`-th (of 27; 0 is none)."""
    return "".join(chr(0xAC00 + 28 * initial_and_vowel + final) for initial_and_vowel in range(399))


# Hangul syllables ending in ㄹ ("할", "열릴", "될"): before "것" they make the future.
FINAL_RIEUL = _syllables_ending_in(8)
# A plan or a schedule, not one kept or beaten: "예정대로 서명했다" (signed as scheduled), "예정보다 일찍" (earlier than
# scheduled) tell a deed done (review 41).
KOREAN_PLAN = r"(?:예정|계획)(?!대로|보다)"
# Hangul syllables ending in ㅆ ("했", "었", "았"): the past, before which "-을 것" and "겠" guess at a deed done ("서명했을
# 것", "서명했겠지만": would have, must have signed), not one to come.
FINAL_SSANGSIOT = _syllables_ending_in(20)
# What follows a verb's future form: "할 것", "할 방침", "될 전망" (expected), "할 예정", "할 계획".
KOREAN_FUTURE_TAIL = rf"(?:것|방침|전망|{KOREAN_PLAN})"
# A future form before one of them, or a plan alone.
KOREAN_PLANNED = rf"(?<![{FINAL_SSANGSIOT}])[{FINAL_RIEUL}]\s*{KOREAN_FUTURE_TAIL}|{KOREAN_PLAN}"
# ... and "겠", a verb's "will" ("서명하겠다고"), which `corpus.foresight` leaves (it says why).
KOREAN_AHEAD = rf"{KOREAN_PLANNED}|(?<![{FINAL_SSANGSIOT}])겠"
