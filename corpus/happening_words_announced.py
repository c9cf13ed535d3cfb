"""A restart of the talks announced, and Japan's rule over Korea named, in Europe's languages and Indonesian
(timeline round 90, from the links missed on Spanish, German, French and Indonesian pages).

An announcement that talks will resume is the event (`corpus.happenings.STATEMENT_KINDS`): "anunciou que vai retomar
as negociações", "a annoncé qu'il reprendrait les négociations", "ha annunciato che riprenderà i negoziati",
"kündigte an, die Verhandlungen ... wieder aufzunehmen", "mengumumkan akan melanjutkan kembali perundingan", the
talks as the subject ("explicó que las conversaciones se reanudarán") or the source told after ("retomarán las
negociaciones ..., según dijo hoy un portavoz"). Only a verb of announcing makes it one ("quiere retomar", "podría
reanudar" stay plans) and a denial between ("que não vai retomar", "no se reanudarán") unmakes it.
Japan's rule named as a noun with its adjective ("el fin del dominio japonés", "la domination japonaise",
"ách cai trị thực dân") words the liberation; its date still has to be 1945 (a span "de 1910 a
1945" dates nothing; Indonesian "penjajahan Jepang" is left out: it linked a page whose labels do not have the
liberation). Merged into `corpus.happening_words_languages`. Pure standard library.
"""

from __future__ import annotations

_FEW = r"(?:[\w()'\u2019.,-]+\s+){0,4}?"
_NOT = r"(?!(?:no|não|non|ne|n['\u2019]|nicht|kein\w*|tidak|belum)\b)"
_SOME = r"(?:" + _NOT + r"[\w'\u2019-]+\s+)"
_ES_TALKS = r"(?:las\s+)?(?:negociaciones|conversaciones|pláticas)"
_PT_TALKS = r"(?:as\s+)?(?:negociações|conversações|conversas|tratativas)"
_FR_TALKS = r"(?:les\s+)?(?:négociations|discussions|pourparlers)"
_IT_TALKS = r"(?:i\s+|le\s+)?(?:negoziati|colloqui|trattative)"
_DE_TALKS = r"(?:die\s+)?(?:Verhandlungen|Gespräche)"
_ID_TALKS = r"(?:perundingan|negosiasi|pembicaraan)"
# ... and no condition or another pact's talks after it ("si Japón lo acepta", "del tratado de libre comercio")
_NOT_AFTER = (r"(?![^.!?;]{0,80}?\b(?:si|s['\u2019]il|s['\u2019]ils|se|wenn|falls|sofern|jika|apabila|kalau"
              r"|asalkan|libre\s+comercio|livre\s+comércio|libre-échange|libero\s+scambio|Freihandel\w*"
              r"|perdagangan\s+bebas)\b)")
_ES_TOLD = r"(?:dijo|dijeron|informó|informaron|anunció|anunciaron|explicó|indicó|confirmó|señaló)"

RESUME_ANNOUNCED = (
    # Spanish: the source after ("retomarán las negociaciones ..., según dijo hoy un portavoz")
    r"(?:retomar|reanudar)(?:á|án)\s+" + _ES_TALKS + r"\b" + _NOT_AFTER
    + r"(?=[^.!?;]{0,160}?,\s+según\s+" + _ES_TOLD + r"\b)",
    # ... the talks as the subject ("explicó este jueves que las conversaciones se reanudarán en breve")
    r"(?:anunci|inform|comunic|confirm|explic|indic)(?:ó|aron)\s+" + _FEW + r"que\s+" + _ES_TALKS + r"\s+"
    + _SOME + r"{0,8}?se\s+(?:reanudar|retomar)(?:án|ían)\b" + _NOT_AFTER,
    # Portuguese: "anunciou nesta quinta-feira que vai retomar as negociações"
    r"(?:anunci|inform|comunic|confirm)(?:ou|aram)\s+" + _FEW + r"que\s+" + _SOME + r"{0,3}?"
    r"(?:(?:vai|vão|iria|iriam)\s+retomar|retomará|retomarão|retomaria|retomariam)\s+" + _PT_TALKS + _NOT_AFTER,
    # French: "a annoncé jeudi qu'il reprendrait les négociations"
    r"(?:a|ont|avait|avaient)\s+annoncé\s+" + _FEW + r"qu(?:e\s+|['\u2019])" + _SOME + r"{0,3}?"
    r"(?:reprendr(?:a|ont|ait|aient)|(?:allait|allaient)\s+reprendre)\s+" + _FR_TALKS + _NOT_AFTER,
    # Italian: "ha annunciato giovedì che riprenderà i negoziati"
    r"(?:ha|hanno|aveva|avevano)\s+annunciato\s+" + _FEW + r"che\s+" + _SOME + r"{0,3}?"
    r"(?:riprender(?:à|anno|ebbe|ebbero))\s+" + _IT_TALKS + _NOT_AFTER,
    # German: "kündigte am Donnerstag an, die Verhandlungen ... wieder aufzunehmen"; "die Ankündigung der Regierung,
    # die Verhandlungen mit Japan wieder aufzunehmen"
    r"(?:kündigte|kündigten)\s+" + _FEW + r"an,\s+" + _DE_TALKS + r"\s+" + _SOME + r"{0,12}?wieder\s+aufzunehmen\b",
    r"Ankündigung\s+" + _FEW + _DE_TALKS + r"\s+" + _SOME + r"{0,12}?wieder\s+aufzunehmen\b",
    # Indonesian: "mengumumkan akan melanjutkan kembali perundingan"
    r"mengumumkan\s+(?:bahwa\s+)?" + _SOME + r"{0,3}?akan\s+(?:melanjutkan|membuka|memulai)\s+kembali\s+" + _ID_TALKS
    + _NOT_AFTER,
)

LIBERATION_NAMED = (
    r"(?:ocupación|dominio|dominación|yugo|colonización)\s+japon(?:és|esa)\b",
    r"(?:ocupação|domínio|dominação|jugo|colonização)\s+japon(?:ês|esa)\b",
    r"(?:occupation|domination|colonisation|tutelle)\s+japonaise\b",
    r"(?:occupazione|dominazione|dominio|colonizzazione)\s+giapponese\b",
    r"japanische[nr]?\s+(?:Besatzung|Besetzung|Herrschaft|Fremdherrschaft)\b",
    r"(?:ách\s+)?cai\s+trị\s+thực\s+dân\b", r"ách\s+đô\s+hộ\b",
    r"японск\w+\s+(?:оккупаци|колониальн\w+\s+(?:правлени|господств)|господств|правлени)\w*",
    r"Japon\s+(?:işgali|sömürge\w*)",
    r"(?:okupacj\w+|panowani\w+|rządów)\s+japońsk\w+",
)

SPACED: dict[str, tuple[str, ...]] = {"resume": RESUME_ANNOUNCED, "liberate": LIBERATION_NAMED}
