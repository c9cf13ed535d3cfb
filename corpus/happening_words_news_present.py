"""The present a headline tells the day's news in, and the end or restart a ministry announces (timeline round 84,
from paraphrases written blind to the vocabulary): Spanish, French, German and Russian verbs in their present or
announced forms ("firman un pacto", "aplaza la firma", "kündigt Abkommen", "nimmt die Verhandlungen wieder auf",
"anuncia que reanudará las negociaciones"), a postponement asked of the other side ("일본 측에 연기를 요청했다",
"延期するよう日本側に申し入れた", "突然要求推迟"). Each verb takes what it governs right after it (the pact, the
signing, the talks), so a present of another story's verb is no wording here; a plan is no present ("va a firmar",
"will ... kündigen" put the verb last) and a denial stands before the verb (`DENIED_BEFORE`). Merged into
`corpus.happening_words_languages`. Pure standard library.
"""

from __future__ import annotations

from corpus.happening_words_stems import DE_PACT

_FEW = r"(?:[\w()'\u2019.-]+,?\s+){0,4}?"
_ES_PACT = r"(?:pacto|acuerdo|tratado|convenio)"
_ES_ANNOUNCED = r"(?:anunci|inform|comunic|confirm)(?:a|an|ó|aron)\s+" + _FEW + r"que\s+(?:(?!no\s)[\w-]+\s+){0,3}?"
_FR_ANNOUNCED = (r"(?:a|ont|avait|avaient)\s+annoncé\s+(?:[\w'\u2019-]+\s+){0,3}?qu(?:e\s+|['\u2019])"
                 r"(?:[\w'\u2019-]+\s+){0,3}?")
# "met fin" of a page's day is its news ("ne met pas fin" puts "pas" between); "mettrait fin" only as announced.
_FR_TO_END = r"\s+(?:fin|un\s+terme)\s+(?:à|au|aux)"
_FR_ENDS = r"(?:met|mettent|mettait|mettaient)" + _FR_TO_END
_FR_ENDS_ANNOUNCED = r"(?:met|mettent|mettait|mettaient|mettrait|mettraient)" + _FR_TO_END
_DE_PACT = DE_PACT + r"s?"  # (the genitive: "am Ende des Abkommens")
_DE_NOT_NOT = r"(?:(?!nicht\b|kein\w*\b)[\w-]+\s+)"
_RU_TOLD = r"(?:сообщил|заявил|объявил|информировал)\w*"

SPACED: dict[str, tuple[str, ...]] = {
    "sign": (
        # "Corea del Sur y Japón firman un pacto" (not the noun: "la firma del acuerdo", "una firma")
        r"(?<!\bla\s)(?<!\buna\s)(?<!\bsu\s)firman?\s+(?:un|el|su|este|dicho)\s+(?:[\w-]+\s+){0,3}?" + _ES_PACT,
    ),
    "collapse": (
        # "Corea del Sur aplaza en el último minuto la firma"
        r"(?:aplaza|pospone|posterga|suspende|cancela)n?\s+(?:[\w-]+\s+){0,5}?la\s+(?:firma|suscripción)",
        # Korean: a postponement asked of the other side ("일본 측에 연기를 요청했다"; a party's wish names no side)
        r"(?:일본|한국)\s*(?:측|정부)?에\s*(?:[^\s.]+\s+){0,2}?(?:서명\s*)?(?:연기|보류)(?:를|을)?\s*(?:요청|요구)(?:했|하였)\w*",
    ),
    "terminate": (
        _ES_ANNOUNCED + r"(?:pone|ponen|pondrá|pondría|pondrán)\s+fin\s+(?:a|al)\b",
        _FR_ANNOUNCED + _FR_ENDS_ANNOUNCED,
        _FR_ENDS + r"\s+(?:son\s+|l['\u2019]|cet\s+|leur\s+)(?:[\w-]+\s+)?(?:accord|pacte)",
        # "Südkorea kündigt Geheimdienstabkommen mit Japan" (not "kündigt an": the pact right after the verb)
        r"kündig(?:t|te|ten)\s+(?:(?:das|sein|ihr|den|seinen|ihren)\s+)?" + _DE_PACT + r"\b",
    ),
    "extend": (
        # the pact kept: "mantiene a última hora su pacto", "a décidé de maintenir son accord", "hält am Abkommen fest"
        r"(?:manti(?:ene|enen|uvo|uvieron)|decidi(?:ó|eron)\s+mantener)\s+(?:[\w-]+\s+){0,3}?(?:su|el)\s+" + _ES_PACT,
        r"(?:a|ont|avait|avaient)\s+(?:[\w-]+\s+){0,2}?décidé\s+(?:[\w'\u2019-]+\s+){0,2}?de\s+maintenir\s+"
        r"(?:son|l['\u2019]|leur|cet)\s*(?:accord|pacte)",
        r"h(?:ält|alten|ielt|ielten)\s+" + _DE_NOT_NOT + r"{0,3}?(?:am|an\s+(?:dem|seinem|ihrem))\s+" + _DE_PACT
        + r"\s+" + _DE_NOT_NOT + r"{0,5}?fest\b",
    ),
    "resume": (
        # "Seúl anuncia que reanudará las negociaciones" (as "said it will resume talks": the announcement is the news)
        _ES_ANNOUNCED + r"(?:reanuda|reanudan|reanudará|reanudarán|reanudaría|reanudarían|retoma|retomará|retomarán)"
        r"\s+(?:las\s+)?(?:negociaciones|conversaciones)",
        # "Südkorea nimmt die Verhandlungen mit Japan ... wieder auf"
        r"n(?:immt|ehmen|ahm|ahmen)\s+(?:[\w-]+\s+){0,3}?(?:Verhandlungen|Gespräche)\s+(?:[\w-]+\s+){0,8}?"
        r"wieder\s+auf\b",
        # "возобновит переговоры ..., сообщило министерство"; "объявила, что возобновит переговоры"
        r"возобнов(?:ит|ят)\s+переговоры\b(?=[^.!?]{0,160}?,\s+(?:—\s+)?" + _RU_TOLD + r")",
        _RU_TOLD + r",?\s+что\s+(?:(?!не\s)[\w-]+\s+){0,3}?возобнов(?:ит|ят|ил[аио]?)\s+переговоры",
    ),
    "approve": (r"aprueban?\b",),  # "El Gobierno surcoreano aprueba ... un pacto" ("que apruebe" is a wish)
    "normalize": (
        r"normaliza(?:n)?\b",  # "normaliza por completo su pacto" (the present; "normalizar" is no form of it)
        r"(?:a|ont|avait|avaient|avoir)\s+\w+ment\s+(?:rétabli|normalisé)e?s?",  # "avoir pleinement rétabli"
        r"wieder\s+(?:vollständig\s+|voll\s+|uneingeschränkt\s+)?in\s+Kraft\s+gesetzt(?!\s+(?:werden|zu\s+werden))",
    ),
}

UNSPACED: dict[str, tuple[str, ...]] = {
    # "署名を延期するよう日本側に申し入れた", "突然要求推迟签署", "向日方提出推迟签署"
    "collapse": (r"(?:延期|見送る|見送り)(?:する|の)?よう(?:に)?(?:日本|韓国)(?:側|政府)に(?:求め|要請し|申し入れ)(?:た|て|、|ました)",
                 r"(?:突然|临时|臨時|最后一刻|最後一刻)(?:要求|决定|決定|宣[布佈])(?:推[迟遲]|延期|暂缓|暫緩)",
                 r"向(?:日方|日本|[韩韓]方|[韩韓][国國])(?:提出|要求)(?:推[迟遲]|延期|暂缓|暫緩)"),
    "normalize": (r"(?<![将將])完全恢[复復]正常",),
}
