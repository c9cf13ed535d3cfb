"""Europe's languages (timeline round 53): Polish, Czech, Hungarian, Dutch and the Scandinavian ones, and
forms of Spanish, Portuguese, German and Italian the older tables miss; merged into
`corpus.happening_words_languages`, whose rules they follow: a past, a passive past, a decision made or an
end announced; never a future ("zostanie podpisana", "skal undertegne", "zal ondertekenen") nor a denial
("nie podpisał", "ikke underskrevet", "niet ondertekend"): `PLANNED_BEFORE` and `DENIED_BEFORE` keep those
out. Pure standard library.
"""

from __future__ import annotations

# The Romance "could", "may", "will be able to": a happening they stand before is only foreseen or possible
# ("podría realizar dos ensayos nucleares", "poderá realizar dois testes nucleares", "potrebbe", "pourrait"; timeline
# rounds 108 and 110).
ROMANCE_COULD = r"pod(?:r[áa]n?|r[íi]an?)|poder(?:á|ão|ia|iam)|pourr(?:ait|aient|a|ont)|potr(?:ebbe|ebbero|à|anno)"

_FEW = r"(?:[\w()'\u2019.-]+,?\s+){0,4}?"
# Polish and Czech past endings of a verb's stem ("podpisał", "podpisali"; "podepsal", "podepsali").
_PL_PAST, _CS_PAST = r"(?:ł|ła|ło|li|ły)\b", r"(?:l|la|lo|li|ly)\b"
# The Scandinavian perfect's or passive's auxiliary ("har undertegnet", "blev underskrevet", "har beslutat").
_NORDIC_HAS = r"(?:har|hadde|havde|hade|er|var|ble|blei|blev|vart|blevet|blitt)\s+(?:(?!ikke|ikkje|inte)\w+\s+){0,2}?"
_NORDIC_PACT = r"(?:avtal(?:e|en|et|er)?|aftal(?:e|en|er)?|overenskomst\w*|överenskommelse\w*)"
# ... and the verbs a decision to end it takes ("besluttet at opgive", "beslutat att säga upp", "ikke forlænge").
_NORDIC_TO_END = (r"(?:opgive|oppgi|oppgje|avslutte|afslutte|avsluta|opsige|si\s+opp|säga\s+upp|skrote|skrota"
                  r"|trække\s+sig\s+ud|trekke\s+seg\s+ut|dra\s+sig\s+ur"
                  r"|ikke\s+forlænge|ikke\s+forlenge|inte\s+förlänga)")
# Polish: an end announced or decided ("ogłosiła, że wycofa się z umowy"; "postanowił nie przedłużać").
_PL_TO_END = r"(?:wycofa(?:ć)?\s+się|wypowie(?:dzieć)?|zerwie|zerwać|nie\s+przedłuż(?:y|ać|yć)|zakończy(?:ć)?)"
# Spanish and Portuguese: a past told to have undone the signing ("no llegó a firmarse", "não chegou a ser assinado").
_ES_NOT_SIGNED = r"no\s+lleg(?:ó|aron)\s+a\s+(?:firmarse|ser\s+firmad[oa]s?|firmar(?:lo|la)?)"
_PT_NOT_SIGNED = r"não\s+cheg(?:ou|aram)\s+a\s+(?:ser\s+assinad[oa]s?|ser\s+firmad[oa]s?|assinar|firmar)"
_PT_ANNOUNCED = r"(?:anunci|inform|comunic|confirm)(?:ou|aram)\s+" + _FEW + r"que\s+(?:vai|vão|iria|iriam|ia)\s+"
# Round 55: an end told in the present after "announced" ("anunciou nesta quinta-feira que põe fim ao pacto").
_PT_ENDS_NOW = r"que\s+(?:põe|põem)\s+fim\s+(?:a|ao|à|aos|às)"
# A side of the pact, as a Spanish subject names it (a party or a movement is not one).
_SIDE = r"(?:Corea\s+del\s+Sur|Seúl|Japón|Tokio|(?:el\s+)?[Gg]obierno(?:\s+surcoreano|\s+japonés)?)"
_PT_TO_END = (r"(?:abandonar|desfazer|encerrar|terminar|romper|rescindir|cancelar|sair\s+d[oa]|pôr\s+fim|"
              r"colocar\s+(?:um\s+)?ponto\s+final)")

SPACED: dict[str, tuple[str, ...]] = {
    "sign": (
        # Polish: "podpisały porozumienie", "umowa została podpisana" ("zostanie podpisana" is planned)
        r"podpisa" + _PL_PAST, r"(?:został[aoy]?|zostały|był[aoy]?)\s+podpisan[aeoy]\b",
        # Czech: "podepsali dohodu", "dohoda byla podepsána"
        r"podepsa" + _CS_PAST, r"(?:byl[aoy]?|byli)\s+podepsán[aoy]?\b",
        # Hungarian: "aláírták a megállapodást", "aláírta" (not "alá fogják írni")
        r"aláírt(?:a|ák|ta|ták)\b",
        # Dutch: "hebben ondertekend", "werd ondertekend" ("zal ondertekenen" is planned)
        r"(?:heeft|hebben|had|hadden|werd|werden|is|zijn|was|waren)\s+(?:(?!niet|geen)\w+\s+){0,6}?"
        r"(?:ondertekend|getekend)\b",
        r"ondertekend(?:e|en)\b",
        # Danish, Norwegian and Swedish: "har undertegnet", "blev underskrevet", "undertecknades"
        _NORDIC_HAS + r"(?:undertegnet|underskrevet|undertecknat|underskrivits|signert|signeret)\b",
        r"(?<!\bbli\s)(?<!\bblive\s)(?<!\bbliva\s)(?<!\bblir\s)"
        r"(?:undertegnet|underskrev|undertecknade|undertecknades|signerte|signerede|signerade)\b(?!\s+(?:af|av)\s+at)",
    ),
    "collapse": (
        # "wstrzymał podpisanie" (halted the signing), "w ostatniej chwili" (at the last minute)
        r"wstrzyma" + _PL_PAST + r"\s+(?:\w+\s+){0,2}?podpisani\w*", r"w\s+ostatniej\s+chwili",
        _ES_NOT_SIGNED, _PT_NOT_SIGNED,
        # "Seul recuou a menos de uma hora da cerimônia" (backed down), "dio marcha atrás"
        r"recu(?:ou|aram)\b", r"(?:dio|dieron)\s+marcha\s+atrás",
        # round 55: "a assinatura foi suspensa na última hora"; "trakk seg i siste øyeblikk"; Polish "ją odłożyły"
        r"(?:foi|foram|tinha\s+sido|havia\s+sido)\s+suspens[oa]s?",
        r"na\s+(?:última\s+hora|último\s+(?:minuto|momento))",
        r"i\s+(?:siste|sidste)\s+(?:øyeblikk|øjeblik|liten|stund)", r"i\s+sista\s+(?:stund|minuten|ögonblicket)",
        r"odłoży" + _PL_PAST,
        # round 56: French "avait fait marche arrière au dernier moment"; a side of the pact asked for the signing to
        # be put off ("Corea del Sur pidió aplazar la firma"; not any party: "la oposición pidió aplazar")
        r"(?:a|ont|avait|avaient)\s+fait\s+marche\s+arrière", r"au\s+(?:dernier\s+moment|dernière\s+minute)",
        _SIDE + r"\s+(?:[\w-]+\s+){0,2}?(?:pidió|solicitó|pidieron|solicitaron)\s+(?:aplazar|posponer|postergar)"
        r"\s+(?:la\s+firma|el\s+acuerdo|el\s+pacto)",
    ),
    "terminate": (
        # German: "dass der Pakt nicht verlängert werde" (reported: it would not be; a decision told)
        r"nicht\s+(?:mehr\s+)?verlängert\s+werde\b(?!\s+werden)",
        r"Mitteilung(?:\s*,)?\s+(?:[\w()'\u2019.-]+,?\s+){0,6}?nicht\s+(?:mehr\s+)?zu\s+verlängern",
        # Polish
        r"(?:ogłosi|poinformowa|zapowiedzia|oświadczy)" + _PL_PAST + r",?\s+" + _FEW + r"że\s+(?:\w+\s+){0,2}?"
        + _PL_TO_END,
        r"(?:zdecydowa|postanowi)" + _PL_PAST + r"\s+(?:\w+\s+){0,2}?" + _PL_TO_END,
        r"wycofa" + _PL_PAST + r"\s+się\s+z\s+(?:umowy|porozumienia|układu|paktu)", r"(?:wypowiedzia|zerwa)" + _PL_PAST,
        r"rezygnacj\w+\s+(?:\w+\s+){0,2}?z\s+przedłużenia",
        # Czech: "rozhodla se vypovědět dohodu", "vypověděla dohodu"
        r"(?:rozhod|rozhodl)" + _CS_PAST + r"\s+(?:se\s+)?(?:\w+\s+){0,2}?(?:vypovědět|ukončit|neprodloužit|odstoupit)",
        r"vypověděl" + r"(?:a|i|o|y)?\b",
        # Dutch: "besloot de overeenkomst op te zeggen", "heeft opgezegd"
        r"(?:besloot|besloten|heeft\s+besloten|hebben\s+besloten)\s+" + _FEW
        + r"(?:op\s+te\s+zeggen|niet\s+te\s+verlengen|te\s+beëindigen|uit\s+te\s+stappen)",
        r"(?:heeft|hebben)\s+(?:(?!niet)\w+\s+){0,3}?opgezegd",
        # Hungarian: "felmondta a megállapodást" (terminated)
        r"felmondt(?:a|ák)\b",
        # Danish, Norwegian and Swedish: "har besluttet at opgive en aftale", "besluttede at opsige"
        r"(?:" + _NORDIC_HAS + r"(?:besluttet|beslutta|beslutat|bestemt)|besluttede|bestemte|beslutade)"
        r"\s+(?:at|att|å)\s+"
        + r"(?:\w+\s+){0,2}?" + _NORDIC_TO_END,
        r"(?:opsagt|oppsagt|sagt\s+upp|opsagde|sa\s+opp)\s+(?:\w+\s+){0,2}?" + _NORDIC_PACT,
        # Spanish and Portuguese: an end announced ("anunció que lo daba por terminado", "anunciou que vai abandonar")
        r"(?:daba|dio|había\s+dado)\s+por\s+terminad[oa]", _PT_ANNOUNCED + _PT_TO_END,
        r"(?:anunci|inform|comunic|confirm)(?:ou|aram)\s+" + _FEW + _PT_ENDS_NOW,
        r"(?:desfez|desfizeram)\s+(?:o|a)\s+(?:acordo|pacto|arranjo|tratado)",
        r"(?:decidiu|decidiram|decisão\s+de)\s+(?:[\w-]+\s+){0,3}?colocar\s+(?:um\s+)?ponto\s+final",
        r"desist(?:iu|iram|ir)\s+de\s+renovar",
    ),
    "extend": (
        # Italian: "aveva sospeso a determinate condizioni la decisione di porre fine all'accordo"
        r"sospes[oa]\s+(?:[\w'\u2019-]+\s+){1,4}?(?:la\s+)?(?:decisione|disdetta|cessazione)",
        # Spanish: "resolvió dejar en suspenso, con condiciones, el fin del acuerdo" (commas between)
        r"(?:decidió|decidieron|resolvió|resolvieron)\s+(?:dejar\s+en\s+suspenso|suspender|congelar|aplazar)"
        r"(?:\s*,\s*(?:[\w-]+\s+){1,3}?[\w-]+\s*,)?\s+(?:el|la|su)\s+(?:fin|terminación|ruptura|decisión|salida)",
        # German: the notice of the end no longer holds ("Die ... Mitteilung, ... nicht zu verlängern, gelte nicht
        # mehr")
        r"(?:Mitteilung|Kündigung|Entscheidung)\w*,?\s+(?:[\w-]+,?\s+){0,10}?(?:(?:gelte|gilt)\s+nicht\s+mehr"
        r"|(?:sei|ist)\s+nicht\s+mehr\s+(?:gültig|wirksam|in\s+Kraft))\b",
        # round 55: a decision put on hold or taken back ("deixou em suspenso a decisão de encerrar",
        # "daba marcha atrás en su decisión de dejar que el pacto caducara")
        r"deix(?:ou|aram)\s+em\s+suspenso\s+(?:a|sua|essa)\s+decisão",
        r"(?:dio|dieron|daba|daban|(?:ha|han|había)\s+dado)\s+marcha\s+atrás\s+en\s+(?:su|la|esa)\s+decisión",
    ),
    "take-effect": (
        # "El tratado rige desde ese mismo momento"; Polish, Czech, Dutch, Nordic: "weszła w życie",
        # "vstoupila v platnost", "is in werking getreden", "trådte i kraft", "trädde i kraft"
        r"rige\s+desde", r"wesz(?:ła|ło|ły|li)\s+w\s+życie", r"vstoupil[aoy]?\s+v\s+platnost",
        r"in\s+werking\s+getreden", r"(?:trådte|trädde|trådde)\s+i\s+kraft", r"hatályba\s+lépett",
        # round 55: "passou a valer de imediato", "zaczęła obowiązywać od razu", "začala platit"
        r"pass(?:ou|aram)\s+a\s+(?:valer|vigorar)", r"zacz(?:ął|ęła|ęło|ęły|ęli)\s+obowiązywać",
        r"začal[aoy]?\s+platit",
    ),
    "agree": (
        # round 55: "chegaram nesta segunda-feira, em Tóquio, a um entendimento"; Polish "wstępnie uzgodniły"
        r"cheg(?:ou|aram)\s+(?:[\w-]+,?\s+){0,6}?a\s+um\s+(?:entendimento|acordo\s+(?:preliminar|provisório))",
        r"lleg(?:ó|aron)\s+(?:[\w-]+,?\s+){0,6}?a\s+un\s+(?:entendimiento|acuerdo\s+(?:preliminar|provisional))",
        r"wstępnie\s+(?:uzgodni|porozumia)" + _PL_PAST,
        # round 56: bound themselves to sign ("se comprometieron a firmar", "se comprometeram a assinar")
        r"se\s+(?:comprometi(?:ó|eron)\s+a\s+firmar|comprometeu\s+a\s+assinar|comprometeram\s+a\s+assinar)",
    ),
    "resume": (
        # "volvieron a sentarse a la mesa (de negociación)", "voltaram à mesa de negociações"
        r"volv(?:ió|ieron)\s+a\s+(?:sentarse\s+a\s+)?la\s+mesa", r"volt(?:ou|aram)\s+à\s+mesa",
        r"wznowi" + _PL_PAST + r"\s+(?:\w+\s+)?(?:rozmowy|negocjacje)",
        r"(?:hervat|hervatten)\s+(?:\w+\s+)?(?:de\s+)?(?:onderhandelingen|gesprekken)",
        # round 56: the talks as the subject ("Les discussions ont repris le 1er novembre"; "n'ont pas repris" is
        # denied), reopened ("reabriram as conversas") or a decision to resume ("decidiu retomar as negociações")
        r"(?:discussions|négociations|pourparlers|consultations)\s+(?:[\w'\u2019-]+\s+){0,8}?"
        r"(?:ont|avaient)\s+repris\b",
        r"(?:reabri(?:u|ram)|reabri(?:ó|eron))\s+(?:as\s+|las\s+)?(?:conversas|negociações|conversações|"
        r"conversaciones|negociaciones)",
        r"(?:decidi(?:u|ram)\s+retomar\s+(?:as\s+)?(?:negociações|conversas|conversações)"
        r"|decidi(?:ó|eron)\s+reanudar\s+(?:las\s+)?(?:negociaciones|conversaciones))",
    ),
    "normalize": (
        r"(?:decisión|decisão)\s+de\s+normalizar", r"(?:normaliz(?:ou|aram)|restabelece(?:u|ram))",
    ),
}

# Before a verb, unchanged, in lower case: "zal ondertekenen", "skal undertegne", "będzie podpisana",
# "zostanie podpisana", "bude podepsána", "fogja aláírni"; and denied: "niet", "ikke", "inte", "nem".
PLANNED_BEFORE = ("zal", "zullen", "zou", "zouden", "skal", "skall", "ska", "vil", "będzie", "będą", "zostanie",
                  "zostaną", "bude", "budou", "fogja", "fogják")
DENIED_BEFORE = ("niet", "geen", "ikke", "ikkje", "inte", "nem", "nebyl[aoy]?")
