"""How pages that retell the pact's history word its happenings in passing (timeline round 60): Korean, Japanese
and Spanish explainers, chronologies and Japan's own press. Merged into `corpus.happening_words_languages`
(`SPACED`: whole words; `UNSPACED`: anywhere in a run of letters), whose rules they follow: a past, a
decision told or a notice served, never a plan, a wish nor a condition. Pure standard library.
"""

from __future__ import annotations

from corpus.happening_words_stems import JA_NOT_IF

# Korean: not on a condition nor asked of ("미루기로 했다면", "취소됐는지")
_KO_NOT_IF = r"(?!다면|더라면|는지|을\s*(?:가능성|수))"
_KO_DECIDED = r"(?:했|하였|결정(?:했|하였))" + _KO_NOT_IF + r"\w*"
# ... the end put off by a decision ("조건부로 종료를 미루기로 했다"), or the notice's effect stopped for a while
# ("종료 통보의 효력을 잠시 멈췄다"; without the adverb, `corpus.happening_words_stems`)
_KO_END_DEFERRED = (r"(?:종료|파기)(?:를|을)?\s*(?:조건부로\s*|잠정적으로\s*|일단\s*)?(?:미루기로|유예하기로|보류하기로)\s*"
                    + _KO_DECIDED)
_KO_NOTICE_PAUSED = (r"(?:종료|파기)\s*(?:통보|결정)(?:의)?\s*효력(?:을|도)?\s*(?:잠시|일단|잠정적으로|일시적으로|당분간)\s*"
                     r"(?:(?:정지|중단)(?:했|하였|시켰|됐|되었)|멈췄|멈추었|멈춰\s*세웠)" + _KO_NOT_IF + r"\w*")
# ... the 2012 signing come to nothing after all ("서명 직전까지 갔지만 ... 없던 일이 됐다": the signing named before
# it in its sentence), or its ceremony cancelled as a twist lived through ("체결식이 취소되는 곡절을 겪었다"; the
# signing folded is `corpus.happening_words_stems`' round 59)
_KO_CAME_TO_NOTHING = (r"(?:서명|체결|조인)[^.?!\n]{0,60}?없던\s*일(?:이|로)\s*(?:됐|되었|되어\s*버렸|돌아갔|했|하였)"
                       + _KO_NOT_IF + r"\w*")
_KO_CANCELLED_AS_LIVED = (r"(?:체결|서명|조인)식?(?:이|을)?\s*(?:[^\s.]+\s+){0,2}?(?:취소|무산|중단)되는\s*"
                          r"(?:곡절|사태|파행|소동|일)(?:을|이|도)?\s*(?:겪었|겪은|빚었|빚어졌|벌어졌|있었)\w*")

# ... the pact concluded in a joined clause whose next verb is a past (timeline round 108: "2016년 처음으로 협정을
# 체결해 … 길을 열었다", "지소미아를 맺고 정보를 나눠 왔다"; not a plan, a condition, an aim or a request: "의결하고 … 서명할
# 예정이다", "체결하고 통보하면 … 밝혔다", "체결해 … 나누려 했으나", "체결해 달라고 요청했다"; a will, a wish or a
# decision to: "서명하고 돌아오겠다고 말했다", "체결하고 싶다고 말했다", "체결해 나가기로 했다"), or in the native passive
# past with the pact before it ("협정으로 3년 전에 맺어졌다")
_KO_PAST_NEXT = (r"(?!\s*(?:달라|주))(?=(?:(?!예정|계획|방침|것으로|[할될]\s|려고|려\s|면\s|해야|겠|기로|싶)[^.?!\n]){0,60}?"
                 r"(?:었|았|였|했|됐|왔)(?:다|습니다|으며|고)(?![^\W\d_]))")
_KO_CONCLUDED_THEN = (r"(?:(?:서명|체결|조인)(?:해|하여|하고)|(?:협정|지소미아|GSOMIA)(?:을|를)\s*맺(?:어|고))(?!\S)"
                      + _KO_PAST_NEXT)
_KO_PACT_CONCLUDED_PASSIVE = r"(?:협정|지소미아|GSOMIA)[^\s.]*\s+(?:[^\s.]+\s+){0,3}?맺어졌" + _KO_NOT_IF + r"\w*"
# ... or its native verb's finite past with the pact its object, or its past adnominal before a cause or a time after
# (timeline round 120: "2016년 11월 23일 이 협정을 맺었다", "'GSOMIA'를 맺었다는 소식에", "군사정보보호협정을 맺은 탓에"; not
# "약정을 맺었고", "미국과 협정을 맺었다", other pacts, nor "맺었다면", "맺었는지", a denial after it: "일본과 맺은 협정" only describes it, round 18)
_KO_OTHER_PARTNER_BEFORE = r"(?<!(?<!일본|정부|도쿄|일측)[과와]\s)(?<!(?<!일본|정부|도쿄|일측)[과와]도\s)"  # "미국과 협정을 맺었다"
_KO_PACT_CONCLUDED = (_KO_OTHER_PARTNER_BEFORE + r"(?:한일|한·일)?(?:군사)?(?:비밀)?(?:정보)?(?:보호)?"
                      r"(?:협정|지소미아|GSOMIA)['\u2019]?(?:을|를)\s*맺(?:었" + _KO_NOT_IF
                      + r"(?:다|고|으며|습니다|는데)|은\s*(?:탓|뒤|후|이후|덕분)(?:에|으로|에도)?(?!\w))"
                      # ... not denied after it ("맺었다는 보도는 사실이 아니라고", "... 부인했다")
                      r"(?![^.?!\n]{0,40}?(?:아니(?:다|라|었)|부인|사실무근|오보))\w*")

# Japanese: a decision to end it conveyed ("破棄するとの決定を日本に伝えた"), a headline's notice served, its
# noun ending the line ("韓国、協定の破棄を日本に通告"; not "通告へ", "通告か")
_JA_DECISION_CONVEYED = (r"(?:終了|破棄)する(?:と|こと)?との(?:決定|方針|考え)を[^\W\d_]{0,8}?"
                         r"(?:伝え|通告し|通知し|発表し)(?:た|ました|、)" + JA_NOT_IF)
_JA_NOTICE_HEADLINE = r"(?:終了|破棄)を[^\W\d_]{1,8}?に(?:通告|通知)(?=[ \t\u3000]*(?:\n|$))"
# ... the end told to the other side with the plain verb (timeline round 118: "GSOMIAを破棄すると日本側に通告しました",
# "協定を終了させると日本政府に伝えた"; not "伝えたい", "伝える予定", "伝えた場合"), or the pact's keeping or extending
# refused by a decision ("GSOMIAを維持しないと決めた", "8月中旬に延長しないと決めた"; not "署名しないと決めた", 2012's)
_JA_END_TOLD = r"(?:終了|破棄)(?:させ|す)ると[^\W\d_]{0,12}?(?:伝え|通告し|通知し)(?:た|ました|、)" + JA_NOT_IF
_JA_NOT_KEPT_DECIDED = r"(?:維持|延長|更新)しない(?:と|ことを)(?:決め|決定し)(?:た|ました|、)" + JA_NOT_IF
# ... the lapse averted, its topic set off by a comma ("失効は、ぎりぎりで回避された"; not "回避されるか")
_JA_LAPSE_AVERTED = (r"(?:失効|終了|破棄)(?:は|が)[、,]?[^\W\d_]{0,8}?回避(?:され(?:た|ました|、)|した|しました|となった)"
                     + JA_NOT_IF)
# ... an initialling done as well ("仮署名も済ませた"; not "済ませる予定")
_JA_INITIALLING_DONE = r"仮署名(?:も|を)?(?:済ませ|終え)(?:た|ました|、)" + JA_NOT_IF
# ... or reached, or told as done by its suffix (timeline round 120: "きのう仮署名までこぎ着けた日韓GSOMIA", "協定はすでに
# 仮署名済み"; not "こぎ着けたい", "こぎ着ける見通し", "仮署名済みとなる予定")
_JA_INITIALLING_REACHED = (r"仮署名(?:まで|に)(?:こぎ着け|こぎつけ|漕ぎ着け|漕ぎつけ)(?:た|ました|、)" + JA_NOT_IF
                           + r"|仮署名済み(?!(?:と|に)な[るら])")

# Spanish: a pact that gained force ("El pacto cobró vigor por la tarde"), a signing annulled in the passive
# ("cuya firma se anuló en el último momento"; not "no se anuló"), talks resumed as what something came after
# ("después de que se reanudaran las negociaciones"; the present subjunctive, "se reanuden", is ahead)
_ES_GAINED_FORCE = r"cobr(?:ó|aron)\s+vigor"
_ES_SIGNING_ANNULLED = (r"(?:firma|suscripción)\s+(?:(?!no\s)[\w-]+\s+){0,3}?se\s+(?:anuló|canceló|frustró|suspendió)"
                        r"|se\s+(?:anuló|canceló|frustró|suspendió)\s+(?:la\s+)?(?:firma|suscripción)")
_ES_TALKS_RESUMED_BEFORE = (r"(?:después\s+de|luego\s+de|tras)\s+que\s+se\s+"
                            r"(?:reanudaran|reanudasen|retomaran|retomasen|reabrieran|reabriesen)\s+"
                            r"(?:las\s+)?(?:negociaciones|conversaciones)")

SPACED: dict[str, tuple[str, ...]] = {
    "extend": (_KO_END_DEFERRED, _KO_NOTICE_PAUSED),
    "sign": (_KO_CONCLUDED_THEN, _KO_PACT_CONCLUDED_PASSIVE, _KO_PACT_CONCLUDED),
    "collapse": (_KO_CAME_TO_NOTHING, _KO_CANCELLED_AS_LIVED, _ES_SIGNING_ANNULLED),
    "take-effect": (_ES_GAINED_FORCE,),
    "resume": (_ES_TALKS_RESUMED_BEFORE,),
}

# Chinese: the signing given up, by an announcement or a decision ("在最后关头被迫宣布放弃与日本签约"; not "将宣布放弃",
# "可能放弃签署", "不会放弃")
_ZH_SIGNING_GIVEN_UP = (r"(?<![将將拟擬要会會])(?<!可能)(?:宣[布佈]|[决決]定|被迫|最[终終])[^\W\d_]{0,4}?放[弃棄]"
                        r"[^\W\d_]{0,6}?(?:[签簽][约約]|[签簽](?:署|[订訂]|字))")

UNSPACED: dict[str, tuple[str, ...]] = {
    "collapse": (_ZH_SIGNING_GIVEN_UP,),
    "terminate": (_JA_DECISION_CONVEYED, _JA_NOTICE_HEADLINE, _JA_END_TOLD, _JA_NOT_KEPT_DECIDED),
    "extend": (_JA_LAPSE_AVERTED,),
    "agree": (_JA_INITIALLING_DONE, _JA_INITIALLING_REACHED),
}
