"""More Japanese and Chinese wordings of a happening told as done, as portals, matome blogs and the
press of China, Taiwan and Hong Kong print them (timeline round 46). Found anywhere in a run of
letters (`UNSPACED`), merged into `corpus.happening_words_languages`, whose rules they follow: a
past, a decision told or a halt reported, never a plan ("終わらせる予定", "将签署") nor a condition.
Pure standard library.
"""

from __future__ import annotations

from corpus.chinese_plan_words import ZH_NOT_PLANNED
from corpus.happening_words_stems import JA_NOT_IF

_JA_DONE = r"(?:した|しました|され(?:た|ました|、)|し、)"
# Chinese: a plan before the verb keeps it from being told ("将宣布中止", "拟叫停": `ZH_NOT_PLANNED`); the pact
# as the object, with or without a demonstrative and brackets ("中止该协定", "中止《軍情協定》")
_ZH_THE_PACT = (r"(?=(?:[这這该該此](?:一|[个個项項份])?)?[《「“\"]?[^\W\d_]{0,12}?(?:[协協]定|[协協]议|[协協]議"
                r"|GSOMIA))")
_ZH_SIGN = r"(?:[签簽](?:署|[订訂]|字))"

# Timeline round 81: a signing dated by a full date that opens its sentence, the place and the signers in up to
# two clauses after it ("2016年11月23日,在首尔国防部大楼,韩方与日方代表正式签署"); no letter of a plan, a wish, a
# refusal or a push between ("原定", "打算", "拒绝", "推动", "同意", "不"), nor "签署前", "签署仪式"
# (nor a statement: "2019年8月23日,发言人表示,两国当年签署的" dates the saying; "会" of
# "will", not of "会议室")
_ZH_NOT_A_PLAN_LETTER = (r"(?:(?![将將拟擬要预預计計准準定算望盼欲拒反未没沒不推同能可应應须須需称稱说說]|表示|指出|透露"
                         r"|[报報]道|[会會](?![议議谈談见見晤场場]))[^\W\d_])")
_ZH_FULL_DATE_THEN_SIGNED = (r"(?<![\d年月])\d{4}年\d{1,2}月\d{1,2}日[,，](?:" + _ZH_NOT_A_PLAN_LETTER
                             + r"{1,30}[,，]){0,2}" + _ZH_NOT_A_PLAN_LETTER + r"{0,30}?(?:正式)?"
                             + r"[签簽](?:署|[订訂])(?![前后後仪儀])")
# ... and the end announced as a refusal to renew, the announcement its verb ("22日表示,将不再与日本续签",
# "宣布,将不与日本续签"): the decision itself, not a plan; a condition between ("表示,如果…,将不") is none
_ZH_REFUSED_TO_RENEW = (ZH_NOT_PLANNED + r"(?:宣[布佈]|表示)[,，]?[将將]不(?:再)?(?:[与與和同跟](?:日本|日方|[韩韓][国國]|[韩韓]方))?"
                        r"(?:[续續](?:签|簽|约|約)|延[长長续續])")
UNSPACED: dict[str, tuple[str, ...]] = {
    # an agreement reached in substance: "具体的な中身で実質的に合意しました", "大筋で合意した"
    # round 47: a Chinese signing dated in its clause, "這項協定在 2016 年 11 月簽署" (not "将在", "预计在", "预定在", "定于")
    "sign": (r"(?<![将將拟擬要会會计計准準划劃备備算望])(?:(?<![预預]定)在|(?<!定)[于於])\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?"
             r"(?:\s*\d{1,2}\s*日)?(?:正式)?" + _ZH_SIGN + r"(?![仪儀]式)", _ZH_FULL_DATE_THEN_SIGNED),
    "agree": (r"(?:大筋で|実質的に|基本的に)合意" + _JA_DONE,),
    # the end announced or decided: "協定を終わらせると発表した" (not "終わらせると発表する予定")
    "terminate": (r"終わらせる(?:と|ことを)(?:発表|決定|通告|通知)" + _JA_DONE + JA_NOT_IF,
                  r"終わらせる(?:と|ことを)決め(?:た|ました|、)" + JA_NOT_IF,
                  # Chinese: an end announced with the pact its object, "曾宣布中止该协定" (not "中止通知的效力")
                  ZH_NOT_PLANNED + r"(?:宣[布佈]|[决決]定)中止" + _ZH_THE_PACT,
                  # round 47: the decision named, "GSOMIAを終わらせるという韓国政府の決定" (see corpus.presupposition)
                  r"(?:終わらせる|終了させる|終了する|破棄する)という(?:[^\W\d_]{0,12}の)?決定", _ZH_REFUSED_TO_RENEW),
    # the notice's effect to be stopped, announced: "破棄通告の効力を止めると明らかにした"
    "extend": (r"(?:通告|通知|破棄|終了)の効力を(?:止め|停止(?:さ)?)る(?:と|ことを)"
               r"(?:明らかにし|発表し|決め|決定し|表明し)(?:た|ました|、)" + JA_NOT_IF,
               # round 47: the pact kept, in easy Japanese: "GSOMIAをつづけることにした" (decided to go on with it)
               r"(?:GSOMIA|ジーソミア|協定)を(?:続|つづ)けることに(?:した|しました|決めた|決めました)",
               # round 55: stopped for a while, told as past ("通告したうえで効力を一時止めていた")
               r"(?:通告|通知|効力)を一時(?:停止し|凍結し|止め)(?:て(?:いた|おり)|ていました|た|、)" + JA_NOT_IF),
    # the signing halted: "协定签署就此紧急喊停", "在最后一刻被韩方叫停"
    "collapse": (_ZH_SIGN + r"[^\W\d_]{0,6}?喊停", r"最[后後]一刻[^\W\d_]{0,6}?(?:叫停|喊停)",
                 # round 55: fell through, told as past or as what time is counted from ("2012年に頓挫してから")
                 r"頓挫(?:した|しました|し、|して(?:から|以来|いた|おり))" + JA_NOT_IF,
                 # round 56: the pact or its signing shelved, told as done ("但协定就此搁置"; not "可能被搁置")
                 r"(?:[协協]定|[签簽]署)(?:就此|因此|随即|隨即|一度|遂|便|就)?被?(?:搁置|擱置)(?![吗嗎])"),
    # round 56: the resumption put forward, told as done ("交渉再開を打ち出してから"; not "打ち出せば")
    "resume": (r"再開を打ち出し(?:た|て|、|ました)" + JA_NOT_IF,),
    # round 55: the normalization told to the other side ("正常化すると日本政府に伝えた"; not "伝えたい")
    "normalize": (r"正常化(?:する|させる)(?:と|ことを)[^\W\d_]{0,12}?(?:伝え|通知し|通告し|発表し)(?:まし)?(?:た|、)"
                  + JA_NOT_IF,),
    # passed, told as the "shi ... de" past: "这项协定是在国务会议上「秘密通过」的"
    "approve": (r"是在[^。，,；;]{0,20}?(?:会议|會議)上[「“\"]?(?:秘密)?通[过過][」”\"]?的",),
}
