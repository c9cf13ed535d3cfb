"""The hydrogen bomb's test told by its noun in Korean, Japanese and Chinese (timeline round 118), as English's
"hydrogen bomb test" already is (`corpus.happening_words`): "북한의 수소탄 실험을 규탄하며", "「水爆実験に成功した」と発表",
"今年1月の「水爆」実験に続き", "北韓昨(6)日宣布氫彈試爆成功", "宣称试验了氢弹之后"; and English "a claimed test of a hydrogen
bomb". The bomb names January 2016's test only through that event's `shared` names, which leave it to September
2017's on a page that names that one (`corpus.shared_names`); the event's date condition still asks for a page of its
days or a date of it. Not a test prepared, planned, threatened, only possible or on a condition ("水爆実験を行う可能性",
"水爆実験の準備", "水爆実験に成功すれば"); in Korean only a test condemned. Merged into
`corpus.happening_words_languages`. Pure standard library.
"""

from __future__ import annotations

# Korean: the test condemned, which tells it done ("수소탄 실험을 규탄하며"; the noun alone is as often one ahead, "수소탄
# 시험을 진행할", or on a condition, "실험에 성공한다면"); not a condemnation on a condition ("규탄한다면")
_KO_HYDROGEN_TEST = (r"(?:수소\s*폭탄|수소탄|수폭)\s*(?:실험|시험)(?:을|를)?\s*(?:강력(?:히)?\s*)?(?:규탄|비난)"
                     r"(?:하며|하고|했|하였|한(?!다면)|해)(?!다면|더라면|는지)\w*")

# Japanese: the noun, the bomb's name perhaps quoted ("「水爆」実験"); not one to be held, prepared or possible
_JA_NOT_AHEAD = (r"(?!(?:[」』”])?(?:を|の|に)?(?:行う|実施する|強行する|準備|可能性|計画|予告|兆候|示唆|踏み切る|行えば|する"
                 r"|成功す(?:る|れば)|成功したら|成功した場合)|[」』”]?も辞さ)")
_JA_HYDROGEN_TEST = r"水爆[」』”]?(?:実験|爆発)" + _JA_NOT_AHEAD
# Chinese: the noun, or the verb done with its past particle ("试验了氢弹"); not after a will, a wish or a threat
_ZH_NOT_AHEAD = r"(?<![将將要会會若])(?<![准準]备)(?<![准準]備)(?<![扬揚]言)(?<![威]胁)(?<![威]脅)(?<!可能)(?<!一旦)(?<!計劃)(?<!计划)"
_ZH_HYDROGEN_TEST = (r"[氢氫][弹彈][试試](?:[验驗]|爆)",
                     r"[试試][验驗]了[^\W\d_]{0,4}?[氢氫][弹彈]")
# English: a test of the bomb, as its "hydrogen bomb test"
_EN_TEST_OF_THE_BOMB = (r"tests?\s+of\s+(?:an?\s+|its\s+|the\s+)?(?:first\s+|new\s+)?"
                        r"(?:hydrogen[\s-]+bomb|H-bomb|thermonuclear\s+(?:device|bomb))")

SPACED: dict[str, tuple[str, ...]] = {"nuclear-test": (_KO_HYDROGEN_TEST, _EN_TEST_OF_THE_BOMB)}
UNSPACED: dict[str, tuple[str, ...]] = {
    "nuclear-test": (_JA_HYDROGEN_TEST, *(_ZH_NOT_AHEAD + wording for wording in _ZH_HYDROGEN_TEST)),
}
