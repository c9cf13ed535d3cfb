"""Korean and Japanese wordings of talks resumed (timeline round 102): the first round, or the rounds counted,
told as held ("이달 1일 도쿄와 9일 서울에서 두 차례 실무협의를 열어", "실무협의를 두 차례 열어", "1日に東京で1回目、9日に
ソウルで2回目の実務協議を開き", "初めての実務協議を東京で開いた"), as English "held their first round of talks"
(`corpus.happening_words`), and in Japanese a resumption decided or declared ("協議を再開すると決めた"). Merged into
`corpus.happening_words_languages`; the date condition of the event still asks one of the passage's dates to be the
day the talks resumed (or the page to have appeared within days of it). Only held or decided: not a round ahead
("다음 주 3차 실무협의를 열어 가서명할 예정", "열기로", "開く予定"), nor a later round alone ("2차 실무회의를 열었다").
Pure standard library.
"""

from __future__ import annotations

from corpus.happening_words_stems import JA_NOT_IF

# held: a past, a past adnominal, or a clause joined on ("열어", "열고"), never "열기로", "열 예정", "가질"; and no
# plan ahead in the next words ("열어 가서명할 예정")
_KO_HELD = (r"\s*(?:(?:열었|가졌|개최했)(?!다면|더라면|는지|을)\w*|열어|열고|열며|가진(?!\w)|가지고|개최한(?!\w)|개최해)"
            r"(?![^.\n]{0,40}?(?:예정|계획|방침))")
# the rounds counted before the talks, a rank word between ("두 차례 과장급 실무협의를 가진 결과"), or after them
# ("과장급 실무협의를 두 차례 열어")
SPACED: dict[str, tuple[str, ...]] = {"resume": tuple(
    form.format(rounds=r"(?:첫|1차|[두세23]\s*차례)", talks=r"(?:실무\s*)?(?:협의|협상|회의|회담)(?:를|을)?") + _KO_HELD
    for form in (r"{rounds}\s+(?:[^\W\d_]{{1,6}}\s+)?{talks}", r"{talks}\s+{rounds}"))}

# the first round named, the talks held after a later round named at most once ("1回目、9日にソウルで2回目の"), or
# the first round held ("初めての実務協議を東京で開いた", "最初の実務協議を東京で行った"; not "開く予定"); a
# resumption decided or declared ("協議を再開すると決めた", "再開すると表明していた", "交渉再開の方針を打ち出して",
# "再推進を表明して"); none told as hearsay ("開いたという報道は事実ではない")
_JA_NOT_HEARSAY = JA_NOT_IF + r"(?!という|との)"
UNSPACED: dict[str, tuple[str, ...]] = {"resume": tuple(wording + _JA_NOT_HEARSAY for wording in (
    r"(?<![\d０-９])[1１一]回目(?:[^。]{0,16}?[2２二]回目)?の(?:実務)?(?:協議|交渉|会合)を開(?:き|いた|きました)",
    r"(?:初めての|最初の|初の)(?:実務)?(?:協議|交渉|会合)を[^\W\d_]{0,8}?(?:開|行)(?:いた|った|きました|いました)",
    r"再開すると(?:決め|決定し|表明し)(?:た|ていた|ました|、)",
    r"(?:再開|再推進)の方針を打ち出し(?:た|て|、|ました)", r"再推進を表明し(?:た|て|、|ました)"))}
