"""How news in German, Spanish, Portuguese, Russian, Vietnamese and Arabic words each kind of
happening (`SPACED`: whole words, searched with the English of `corpus.happening_words`), and
Chinese (`UNSPACED`: found anywhere in a run of letters, as Japanese is). Merged into
`corpus.happening_words_languages`, whose rules they follow: only a past or a perfect
("unterzeichnete", "ha firmado", "assinou", "подписали", "đã ký", "签署了"), a passive past
("wurde unterzeichnet", "fue firmado", "подписано"), a decision made ("Beschluss, ... nicht zu
verlängern", "decidió no renovar", "决定终止") or a noun only a done happening has ("la
reanudación de las negociaciones"). A plan ("wird unterzeichnet", "será firmado", "будет
подписано", "sẽ ký", "将签署") or a denial ("не подписали", "không ký", "no firmó") is none:
their words before a verb are `PLANNED_BEFORE` and `DENIED_BEFORE`; the participle a modal
governs after it ("soll unterzeichnet werden") is kept out by the wording itself, and Chinese,
which has no spaces to find the words before, by its own lookbehinds. Pure standard library.
"""

from __future__ import annotations

from corpus.chinese_plan_words import ZH_NOT_PLANNED
from corpus.happening_words_stems import VI_NOT_FOR

# German participles that a future or modal passive does not follow: "unterzeichnet" but not
# "soll unterzeichnet werden" ("unterzeichnet worden" is a perfect).
_DE_NOT_PLANNED = r"(?!\s+(?:werden|zu\s+werden))"
# A German decision and what follows it, a few words on: "der Beschluss, den GSOMIA-Pakt nicht zu verlängern".
_DE_DECISION = r"(?:Beschlu(?:ss|ß)(?:es)?|Entscheidung|beschlo(?:ss|ß)(?:en)?|entschied(?:en)?|entschieden)"
_DE_TO_END = (r"(?:nicht\s+(?:mehr\s+)?zu\s+verlängern|(?:aufzu)?kündigen|zu\s+kündigen|zu\s+beenden|auszusteigen"
              r"|auslaufen\s+zu\s+lassen)")
_FEW_WORDS = r"(?:[\w-]+,?\s+){0,5}?"
# Spanish and Portuguese: a perfect's auxiliary ("ha firmado", "foi assinado").
_ES_HAS = r"(?:ha|han|había|habían|haber|habiendo|fue|fueron|ha\s+sido|han\s+sido)\s+"
_PT_HAS = r"(?:tem|têm|tinha|tinham|foi|foram|havia|haviam)\s+"
# A decision made ("ha resuelto este viernes dejar en suspenso la ruptura"), and what a suspension halts.
_ES_DECIDED = r"(?:decidió|decidieron|resolvió|resolvieron|(?:ha|han)\s+(?:decidido|resuelto)|optó\s+por|optaron\s+por)\s+"
_ES_ENDING = r"(?:decisión|terminación|fin|ruptura|salida|retirada|expiración|caducidad|denuncia|anulación)"
_ES_TO_END = (r"(?:no\s+renovar(?:lo|la)?|no\s+prorrogar(?:lo|la)?|poner(?:le|les)?\s+(?:punto\s+(?:y\s+)?)?fin(?:al)?"
              r"|dejar(?:lo|la)?\s+sin\s+efecto|terminar(?:lo|la)?|romper(?:lo|la)?"
              r"|rescindir(?:lo|la)?|abandonar(?:lo|la)?|retirarse|salir"
              # round 55: let it lapse ("dejar que el pacto caducara")
              r"|dejar\s+que\s+(?:el|la|lo|los)\s+(?:[\w-]+\s+){0,2}?(?:caduc|expir|venc)(?:ara|iera|ase|iese|e|a))")
_PT_TO_END = r"(?:não\s+renovar|não\s+prorrogar|pôr\s+fim|encerrar|terminar|romper|rescindir|abandonar|sair)"
# Russian: a past of the perfective ("подписали"), a short passive participle ("подписано").
# ... a decision or an intent and its infinitive, a few words on ("решил в полном объёме
# восстановить", "намерена выйти из соглашения"; not "решил не выходить"; round 47: "постановил не продлевать").
_RU_DECIDED = (r"(?:решил[аио]?|постановил[аио]?|решени\w*|намерен[аы]?|объявил[аио]?\s+о\s+решении)\s+"
               r"(?:(?!не\s)[\w-]+\s+){0,3}?")
# ... a step halted in the passive ("этот шаг был приостановлен"), or not to be taken ("решили пока
# не расторгать", "условились не прекращать действие"), or its process halted ("прекратили процесс разрыва").
_RU_HALTED = (r"(?:решени|шаг|выход|прекращени|разрыв)\w*\s+(?:[\w-]+\s+){0,2}?(?:был[аио]?\s+)?"
              r"(?:приостановлен|заморожен|отложен)[аоы]?")
_RU_KEPT = (r"(?:решил[аио]?|условил[иа]?сь|договорил[иа]?сь)\s+(?:[\w-]+\s+){0,2}?не\s+"
            r"(?:расторгать|прекращать|разрывать|выходить)|прекра(?:ща|ти)\w*\s+процесс\s+(?:разрыва|выхода|прекращения)")
# Arabic words take a conjunction before them ("ووقعت": and it signed).
_AR_AND = r"[وف]?"

SPACED: dict[str, tuple[str, ...]] = {
    "sign": (
        r"unterzeichnet(?:e|en)?" + _DE_NOT_PLANNED, r"unterschrieben" + _DE_NOT_PLANNED, r"unterschrieb(?:en)?",
        r"besiegelt(?:e|en)?" + _DE_NOT_PLANNED,  # "den Vertrag geschlossen zu haben" (concluded, not closed)
        r"(?:Abkommen|Vertrag|Pakt|Vereinbarung)\w*\s+(?:[\w.-]+\s+){0,6}?(?:ab)?geschlossen" + _DE_NOT_PLANNED,
        _ES_HAS + r"(?:firmad|suscrit|rubricad)[oa]s?", r"(?:firm|suscrib|rubric)(?:ó|aron)", r"suscribió|suscribieron",
        _PT_HAS + r"(?:assinad|firmad)[oa]s?", r"(?:assin|firm)(?:ou|aram)",
        r"(?:firmad|suscrit|assinad)[oa]s?",  # "El GSOMIA, firmado en 2016" ("será firmado": planned before it)
        r"подписал[аио]?", r"подписан[аоы]?", r"подписанн\w+",
        # concluded (round 47: "Соглашение заключили в 2016 году"; not "заключил, что", nor "заключён под стражу")
        r"заключил[аио]?(?!\s*,?\s*что\b)", r"заключ[её]н[аоы]?(?!\s+(?:под\s+стражу|в\s+тюрьму))",
        r"đã\s+(?:chính\s+thức\s+)?ký(?:\s+kết)?", r"được\s+ký" + VI_NOT_FOR,
        _AR_AND + r"وقع(?:ت|وا|تا)?\s+(?:\S+\s+){0,3}?(?:على\s+)?(?:ال)?اتفاق(?:ية)?", _AR_AND + r"تم\s+توقيع",
    ),
    "collapse": (
        r"(?:verschoben|abgesagt)" + _DE_NOT_PLANNED, r"verschob",
        # round 59: the signing failed, "Die Unterzeichnung scheiterte damals" ("scheitert", a present, is not read)
        r"scheiterte(?:n)?",
        r"(?:ist|sind|war|waren)\s+(?:(?!nicht\b|nie\b)[\w.-]+\s+){0,6}?gescheitert" + _DE_NOT_PLANNED,
        _ES_HAS + r"(?:aplazad|pospuest|cancelad)[oa]s?",
        r"(?:aplazó|aplazaron|pospuso|pospusieron|canceló|cancelaron)",
        _PT_HAS + r"(?:adiad|cancelad)[oa]s?", r"(?:adi|cancel)(?:ou|aram)",
        # "la firma se suspendió en el último minuto" (a suspended decision is an "extend" besides)
        r"(?:se\s+)?suspend(?:ió|ieron)", _ES_HAS + r"suspendid[oa]s?", r"suspendeu|suspenderam",
        # "decidió de forma inesperada posponerlo"
        _ES_DECIDED + r"(?:[\w-]+\s+){0,4}?(?:posponer|aplazar|suspender|cancelar|postergar)(?:lo|la|los|las)?",
        r"(?:en\s+el\s+|a\s+(?:la\s+)?)(?:último\s+(?:minuto|momento)|última\s+hora)",
        r"(?:no|à)\s+(?:último\s+(?:minuto|momento)|última\s+hora)",
        r"(?:отложил[аио]?|отложен[аоы]?|сорвал[аио]?с[ья])", r"đã\s+(?:bị\s+)?(?:hoãn|hủy)",
        _AR_AND + r"(?:تأجيل|أرجأ|أرجأت|ألغى|ألغت)",
    ),
    "terminate": (
        _DE_DECISION + r"(?:\s*,)?\s+" + _FEW_WORDS + _DE_TO_END,
        r"(?:Entscheidung|Beschlu(?:ss|ß))\s+(?:zum|zur|über\s+den|über\s+die)\s+(?:Ausstieg|Kündigung|Beendigung)",
        r"(?:auf)?gekündigt" + _DE_NOT_PLANNED, r"kündigte\s+(?:[\w-]+\s+){1,5}?auf",
        r"(?:decidió|decidieron|ha\s+decidido|decisión\s+de)\s+(?:[\w-]+\s+){0,3}?" + _ES_TO_END,
        r"(?:negándose|se\s+negó|se\s+ha\s+negado)\s+a\s+(?:renovar|prorrogar)",
        _ES_HAS + r"(?:dado\s+por\s+terminad[oa]|roto|puesto\s+fin)",
        r"dio\s+por\s+terminad[oa]", r"(?:puso|pusieron)\s+fin",
        # a decision told in reported speech: "comunicó a Tokio que no renovaría el GSOMIA"
        r"no\s+(?:renovar|prorrogar)(?:ía|á|ían|án)\b", r"não\s+(?:renovar|prorrogar)(?:ia|á|iam|ão)\b",
        r"(?:decidiu|decidiram|decisão\s+de)\s+(?:[\w-]+\s+){0,3}?" + _PT_TO_END,
        r"(?:pôs|puseram)\s+fim", r"rompeu\s+(?:o\s+)?(?:acordo|pacto)",
        _RU_DECIDED + r"(?:не\s+продлевать|не\s+продлить|выйти|прекратить|разорвать|расторгнуть)",
        # an intent or decision made known to the partner (round 47: "известила Токио о намерении выйти из него")
        r"(?:известил|уведомил|сообщил)[аио]?\s+(?:[\w-]+\s+){0,3}?о\s+(?:сво[её]м\s+)?(?:намерении|решении)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:выйти|прекратить|расторгнуть|разорвать|не\s+продлевать|не\s+продлить)",
        r"процесс\s+(?:разрыва|выхода|прекращения)",  # (a process halted tells it was begun)
        r"(?:вышл[аи]|вышел)\s+из\s+(?:соглашени|пакт|договор)\w*", r"(?:расторг(?:ла|ли|ло)?|разорвал[аио]?)",
        r"(?:quyết\s+định|đã)\s+(?:chấm\s+dứt|hủy\s+bỏ|rút\s+khỏi|không\s+gia\s+hạn)",
        # (not a draft resolution, nor one calling for it: "مشروع قرار يدعو إلى إلغاء" is a demand)
        _AR_AND + r"(?<!مشروع\s)(?:قرار|قررت|قرر)\s+(?:(?!يدعو|تدعو|يطالب|تطالب)\S+\s+){0,2}?"
        r"(?:إنهاء|الانسحاب|عدم\s+تجديد|إلغاء)",
    ),
    "extend": (
        # "seit der Beschluss ... vorerst auf Eis gelegt worden sei", "nahm die Entscheidung zum Ausstieg zurück"
        r"(?:Beschlu(?:ss|ß)|Entscheidung|Kündigung|Ausstieg)\w*\W+(?:\w+\W+){0,8}?auf\s+Eis\s+(?:gelegt|legte)",
        r"nahm\s+(?:[\w-]+\s+){0,4}?(?:Entscheidung|Beschlu(?:ss|ß)|Kündigung)\s+(?:[\w-]+\s+){0,6}?zurück",
        # "die Kündigung des Abkommens wurde ausgesetzt", "setzte die Kündigung aus"
        r"(?:Kündigung|Ausstieg|Entscheidung|Beschlu(?:ss|ß))\w*\s+(?:[\w-]+\s+){0,4}?ausgesetzt" + _DE_NOT_PLANNED,
        r"setzte\s+(?:[\w-]+\s+){0,3}?(?:Kündigung|Ausstieg|Entscheidung|Beschlu(?:ss|ß))\w*\s+(?:[\w-]+\s+){0,4}?aus\b",
        r"(?:(?:dej(?:ó|aron)\s+en\s+suspenso|suspendió|suspendieron|congeló|congelaron|aplazó|aplazaron)"
        r"|" + _ES_DECIDED + r"(?:[\w-]+\s+){0,3}?(?:dejar\s+en\s+suspenso|suspender|congelar|aplazar|posponer))\s+"
        r"(?:[\w-]+\s+){0,3}?" + _ES_ENDING,
        _ES_DECIDED + r"(?:[\w-]+\s+){0,3}?(?:mantener|prorrogar|renovar|no\s+(?:romper|abandonar|terminar))\s+"
        r"(?:(?:el|su|este|dicho)\s+)?(?:acuerdo|pacto|GSOMIA)",
        r"(?:salv(?:ó|aron|an|a)|mantuv(?:o|ieron))\s+(?:(?:el|su)\s+)?(?:acuerdo|pacto|GSOMIA)",
        _ES_ENDING + r"\s+(?:[\w-]+\s+){0,3}?(?:qued(?:ó|aron)|(?:ha|había)\s+quedado)\s+(?:\w+\s+)?"
        r"(?:en\s+suspenso|suspendid[oa]|congelad[oa])",
        r"(?:suspendeu|congelou|adiou)\s+(?:[\w-]+\s+){0,3}?(?:decisão|término|fim)",
        r"договорились\s+сохранить",
        r"(?:приостановил[аио]?|отложил[аио]?)\s+(?:[\w-]+\s+){0,3}?(?:решени|выход|прекращени)\w*", _RU_HALTED, _RU_KEPT,
        r"(?:hoãn|tạm\s+dừng|đình\s+chỉ)\s+(?:\w+\s+){0,3}?(?:quyết\s+định|việc\s+chấm\s+dứt|chấm\s+dứt)",
        _AR_AND + r"(?:علقت|علق|جمدت|جمد|تعليق|تجميد)\s+(?:\S+\s+){0,2}?(?:قرار|إنهاء)",
    ),
    "approve": (
        r"(?:dad[oa]|dio|dieron)\s+(?:su\s+)?luz\s+verde",  # ... and what it came after (round 82):
        r"después\s+de\s+que\s+(?:[\w-]+\s+){0,4}?dier(?:a|an)\s+(?:hoy\s+|ayer\s+)?(?:su\s+)?luz\s+verde",
        _ES_HAS + r"aprobad[oa]s?", r"aprob(?:ó|aron)",
        _PT_HAS + r"aprovad[oa]s?", r"aprov(?:ou|aram)", r"(?:gebilligt|genehmigt|abgesegnet)" + _DE_NOT_PLANNED,
        r"billigte|genehmigte", r"(?:одобрил|утвердил)[аио]?",
        # the past subjunctive of a deed reproached ("reprochan que aprobara el texto"), not one wished for
        r"(?<!para que )(?<!\bsi )aprobar(?:a|an)(?=\s+(?:el|este|dicho|su)\s+(?:texto|acuerdo|pacto))",
        r"(?:đã|vừa)\s+thông\s+qua",
    ),
    "agree": (
        r"paraphiert(?:e|en)?" + _DE_NOT_PLANNED, r"парафировал[аио]?",  # (German and Russian: initialled)
        # "cerraron en Tokio el acuerdo para firmar", "pactaron el texto", "un preacuerdo"
        r"(?:cerr(?:aron|ó)|alcanz(?:aron|ó)|(?:ha|han)\s+(?:cerrado|alcanzado))\s+(?:[\w-]+\s+){0,3}?(?:el|un)\s+acuerdo",
        r"(?:pact(?:aron|ó)|acord(?:aron|ó)|(?:ha|han)\s+(?:pactado|acordado))\s+(?:[\w-]+\s+){0,3}?(?:el|un)\s+texto",
        r"(?:acord(?:aron|ó)|pact(?:aron|ó))\s+firmar", r"pre-?acuerdo",
        r"acuerdo\s+(?:provisional|preliminar|de\s+principio)", r"acordo\s+(?:provisório|preliminar)",
        r"(?:fech(?:aram|ou)|alcanç(?:aram|ou))\s+(?:[\w-]+\s+){0,3}?(?:o|um)\s+acordo",
    ),
    "take-effect": (
        r"in\s+Kraft\s+getreten", r"trat\s+(?:[\w-]+\s+){0,5}?in\s+Kraft",
        r"(?:entró|entraron|ha\s+entrado|había\s+entrado)\s+en\s+vigor", r"(?:entrou|entraram)\s+em\s+vigor",
        r"вступил[аио]?\s+в\s+силу", r"(?:đã|chính\s+thức)\s+có\s+hiệu\s+lực",
        r"có\s+hiệu\s+lực\s+(?:ngay\s+)?(?:từ|kể\s+từ)\s+ngày",  # ("sẽ có hiệu lực từ ngày" is planned)
        _AR_AND + r"(?:دخل|دخلت)\s+حيز\s+(?:التنفيذ|النفاذ)",
    ),
    "resume": (
        r"(?:Wiederaufnahme\s+der|nahmen\s+(?:[\w-]+\s+){0,4}?wieder\s+auf|wieder\s*aufgenommen)",
        r"(?:reanudación\s+de\s+las|reanud(?:ó|aron)\s+(?:las\s+)?)(?:negociaciones|conversaciones)",
        r"(?:retomada\s+das|retom(?:ou|aram)\s+(?:as\s+)?)(?:negociações|conversações)",
        r"возобновил[аио]?\s+переговоры", r"đã\s+nối\s+lại", _AR_AND + r"(?:استأنف|استأنفت|استئناف)\s+(?:ال)?مفاوضات",
    ),
    "normalize": (
        r"(?:vollständig\s+)?(?:normalisiert|wiederhergestellt)" + _DE_NOT_PLANNED, r"Normalisierung\s+(?:des|der)",
        r"(?:normalizó|normalizaron|restableció|restablecieron)", _ES_HAS + r"(?:normalizad|restablecid)[oa]s?",
        r"(?:normalizou|normalizaram|restabeleceu)",
        # "ha devuelto este martes la plena vigencia al acuerdo", "restableció plenamente"
        r"(?:devuelto|devolvió|devolvieron|devuelve|devuelven)\s+(?:[\w-]+\s+){0,3}?(?:la\s+)?plena\s+vigencia",
        r"(?:restableci(?:ó|eron|do)|restablece|restablecen)\s+(?:[\w-]+\s+){0,2}?plenamente|plenamente\s+(?:restablecid|normalizad)[oa]", r"(?:нормализовал[аио]?|восстановил[аио]?)",
        r"(?:полном|полное|полного)\s+(?:объ[её]ме\s+)?(?:возобновлени|восстановлени)\w*",
        _RU_DECIDED + r"(?:восстановить|нормализовать)", r"нормализаци[яи]\s+(?:соглашени|пакт|договор)\w*",
        r"(?:вернуть|вернул[аио]?)\s+в\s+действие",
        r"đã\s+(?:bình\s+thường\s+hóa|khôi\s+phục)", _AR_AND + r"(?:أعادت|أعاد)\s+(?:\S+\s+){0,2}?(?:العمل|تفعيل)",
    ),
}

# Chinese, in a run of letters: past forms ("签署了", "已签署") and decisions ("决定终止"); a plan
# ("将签署", "拟终止", "即将生效") is kept out by `ZH_NOT_PLANNED`'s lookbehinds.
# (each character in its simplified and its traditional form: "签署" and "簽署", "终止" and "終止")
_ZH_TALKS = r"(?:[谈談]判|磋商|[会會][谈談])"
_ZH_ENDING = r"(?:[终終]止|[废廢](?:除|弃|棄|止)|退出|[结結]束)"
# The pact's ending put off, after "推迟了" (timeline round 35): "推迟了协定的终止", "推迟了终止" (its end, no collapse)
_ZH_ENDING_PUT_OFF = r"(?:[^，,。；]{0,8}的)?" + _ZH_ENDING
# A notice (of ending) halted, its effect named after it: "中止“通知效力”", "暂停终止通知的效力", and
# after a demonstrative (timeline round 25): "改為中止這一“通知效力”", "暂停该通知的效力", "中止了这一“终止通知”的效力"
ZH_NOTICE_HALTED = (r"(?:中止|[暂暫]停|停止|[冻凍][结結])了?(?:[这這该該此](?:一|[个個项項份])?)?"
                    r"[“\"「『]?(?:[终終]止)?通[知告]")
# Timeline round 79: passed behind closed doors, a manner only a done approval is told in ("以“非公开”方式通过"; not
# "将以非公开方式通过").
ZH_PASSED_BEHIND_CLOSED_DOORS = ZH_NOT_PLANNED + r"以[“\"「]?(?:不公[开開]|非公[开開]|秘密)[”\"」]?(?:的)?方式通[过過]"
UNSPACED: dict[str, tuple[str, ...]] = {
    "sign": (r"(?:[签簽](?:署|[订訂]|字))了", r"已(?:[经經])?(?:正式)?[签簽](?:署|[订訂])",
             r"[签簽](?:署|[订訂])(?:[仪儀]式)(?:上|[后後])",
             r"[于於](?:\d{4}年)?\d{1,2}月\d{1,2}日(?:正式)?[签簽](?:署|[订訂])",  # ("将于23日签署": planned)
             # a sentence opened by its year: "2016年，时任国防部长韩民求与日本驻韩大使长岭安政签署《协定》"
             r"(?<![\d年月])\d{4}年[，,][^。；！？将將拟擬要会會]{0,40}?[签簽](?:署|[订訂])(?![仪儀]式)"),
    "collapse": (r"(?:推[迟遲]|延期|[搁擱]置|取消)了(?!" + _ZH_ENDING_PUT_OFF + ")", r"(?:[临臨]时|[临臨]時|突然)(?:推[迟遲]|延期|取消)",
                 ZH_NOT_PLANNED + r"(?:作罢|作罷|告吹|[搁擱]浅|[搁擱]淺)",
                 # a decision to put it off: "政府随即决定推迟签署" (not "将决定推迟")
                 ZH_NOT_PLANNED + r"[决決]定(?:暂缓|暫緩|推[迟遲]|延期|[搁擱]置)"),
    "agree": (r"已(?:[经經])?(?:完成)?草[签簽]", r"草[签簽]了"),
    "approve": (r"(?:批准|通[过過]|核准)了", r"已(?:[经經])?(?:正式)?(?:批准|核准)",
                ZH_PASSED_BEHIND_CLOSED_DOORS),
    # (the partner may stand between: "宣布不再與日本續簽《軍事情報保護協定》")
    "terminate": (ZH_NOT_PLANNED + r"(?:[决決]定|宣[布佈])(?:不再(?:[与與和同跟](?:日本|[韩韓][国國]|日方|[韩韓]方))?"
                  r"(?:延[长長续續]|[续續](?:签|簽|约|約))|不[续續](?:签|簽|约|約)|" + _ZH_ENDING + ")",
                  # a notice sent: "当年8月通知日方终止军情协定" (not "将通知", nor "撤回终止通知")
                  ZH_NOT_PLANNED + r"(?:通知|通告|知[会會])(?:日方|日本|[韩韓]方|[韩韓][国國]|[对對]方)?(?:政府)?"
                  + _ZH_ENDING),
    "extend": (r"(?:[暂暫](?:停|[缓緩])|[搁擱]置|[冻凍][结結])(?:了)?" + _ZH_ENDING,
               # "推迟了协定的终止": the ending put off, no collapse
               ZH_NOT_PLANNED + r"(?:推[迟遲]|延[缓緩])了?" + _ZH_ENDING_PUT_OFF,
               # "有条件暂停终止协定" (a suspension on conditions; round 35 left it in a comment by mistake; review 39)
               ZH_NOT_PLANNED + r"有[条條]件(?:地)?(?:延[长長]|[暂暫]停)",
               # the notice's effect stopped: "随后又改口中止“通知效力”", "暂停终止通知的效力"
               ZH_NOT_PLANNED + ZH_NOTICE_HALTED + r"[”\"」』]?(?:的)?效力"),
    # ("生效以后": once it takes effect)
    "take-effect": (ZH_NOT_PLANNED + r"(?<!将正式)(?<!将于)(?<!將正式)(?<!將於)(?:正式)?生效了?(?![日期后後]|以[后後])",),
    "resume": (r"(?:恢[复復]|重[启啟])了" + _ZH_TALKS, r"已(?:[经經])?(?:恢[复復]|重[启啟])" + _ZH_TALKS),
    "normalize": (r"(?:已|全面)恢[复復](?:正常|效力)", r"正常化了"),
}

# Before a verb, unchanged, in lower case: "wird unterzeichnet", "será firmado", "vai assinar",
# "будет подписано", "sẽ ký"; and denied: "nicht unterzeichnet", "no firmó", "не подписали",
# "không ký", "chưa ký", "لم يوقع".
PLANNED_BEFORE = ("wird", "werden", "würde", "würden", "soll", "sollen", "sollte", "sollten", "será", "serán",
                  "sería", "vai", "vão", "deberá", "deberían", "debería", "podría", "debe", "deben", "ser", "sea", "sean", "будет", "будут", "должн[аоы]?",
                  "sẽ", "سوف")
DENIED_BEFORE = ("nicht", "kein", "keine", "keinen", "nie", "niemals", "nunca", "não", "не", "ни",
                 "không", "chưa", "لم", "لن", "ما")
