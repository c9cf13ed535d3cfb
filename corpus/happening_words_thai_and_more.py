"""How Thai news words a happening (`UNSPACED`: Thai leaves no spaces between words, so its
wordings are found anywhere in a run of letters, as Japanese and Chinese are), and more forms in
Arabic, Indonesian, Portuguese and Japanese (`SPACED`: whole words) than
`corpus.happening_words_languages` held (timeline round 44). Merged into it, whose rules they
follow: only a past, a passive past, a decision told or a notice sent, never a plan ("จะลงนาม",
"akan ditandatangani", "سوف يوقع") nor a denial ("ไม่ได้ลงนาม", "belum ditandatangani").
Pure standard library.
"""

from __future__ import annotations

# Thai tells a past by "ได้" before the verb ("ได้ลงนาม", did sign) or "แล้ว" after it ("ลงนาม...แล้ว",
# signed already); "จะ" (will) and "ไม่" (not) before either keep it from happening.
_TH_NOT_PLANNED_OR_DENIED = r"(?<!จะ)(?<!ไม่)(?<!ยัง)"
# ... the thing signed, a run of letters up to "แล้ว" ("ลงนามในความตกลงว่าด้วย...ทางทหารแล้ว")
_TH_THEN_ALREADY = r"[\u0e00-\u0e7f]{0,60}?แล้ว"

# Arabic: a past with its dual and plural endings and an object pronoun ("وقعا الاتفاق", "أرجأته"),
# the pact in any case ending ("اتفاقا"), after a conjunction ("ووقعت": and it signed).
_AR_AND, _AR_PAST = r"[وف]?", r"(?:ت|ا|تا|وا)?(?:ه|ها)?"
# ... the pact and the talks, with or without their article
_AR_PACT, _AR_TALKS = r"(?:ال)?(?:اتفاق(?:ية|ا|اً)?|معاهدة)", r"(?:ال)?(?:محادثات|مفاوضات|مباحثات)"
# Indonesian verbs take "-nya" (it) as their object: "memutuskan untuk menghentikannya".
_ID_IT = r"(?:nya)?"
_ID_TO_END = r"(?:mengakhiri|menghentikan|keluar\s+dari|tidak\s+(?:lagi\s+)?memperpanjang|membatalkan)" + _ID_IT

# Urdu (round 48): a decision made, "کا فیصلہ کیا" / "کا فیصلہ کر لیا" (not "کرے گا", will), to end the pact or not
# to extend its term ("معاہدے کی مدت نہ بڑھانے کا فیصلہ کیا تھا"), or to keep it ("جاری رکھنے کا فیصلہ کر لیا ہے").
_UR_DECIDED = r"\s+کا\s+فیصلہ\s+(?:کیا|کر\s+لیا)"

SPACED: dict[str, tuple[str, ...]] = {
    "sign": (
        # (Arabic's signing, the subject and a day between: corpus.happening_words_middle_east, never initialled)
        r"ditandatangani",  # (passive: "yang ditandatangani pada 2016"; "akan ditandatangani" is planned)
    ),
    "agree": (
        # "توصلت سيول وطوكيو إلى اتفاق" (reached an agreement), "اتفاق مبدئي" (a preliminary one),
        # "وقعت ... مبدئيا" (signed in principle: initialled)
        _AR_AND + r"توصل" + _AR_PAST + r"\s+(?:\S+\s+){0,4}?إلى\s+(?:ال)?اتفاق",
        r"(?:ال)?اتفاق\s+(?:ال)?مبدئي", _AR_AND + r"وقع" + _AR_PAST + r"\s+(?:\S+\s+){0,3}?مبدئيا",
    ),
    "collapse": (
        _AR_AND + r"(?:أرجأ|ألغى|ألغت|أجل|أجلت)" + _AR_PAST, r"في\s+اللحظة\s+الأخيرة",
    ),
    "resume": (
        # "عاد الجانبان إلى طاولة المحادثات" (went back to the table), "استأنفا المحادثات"
        _AR_AND + r"عاد" + _AR_PAST + r"\s+(?:\S+\s+){0,3}?إلى\s+طاولة\s+" + _AR_TALKS,
        _AR_AND + r"(?:استأنف" + _AR_PAST + r"|استئناف)\s+" + _AR_TALKS,
    ),
    "terminate": (
        # the decision announced or stated: "mengumumkan akan mengakhiri perjanjian", "menyatakan akan keluar dari"
        # (as English "said it would end the pact": the decision made known)
        r"(?:mengumumkan|memutuskan|menyatakan)\s+(?:akan\s+|untuk\s+)?" + _ID_TO_END,
        r"(?:memutuskan|keputusan)\s+(?:untuk\s+)?" + _ID_TO_END,
        # told in reported speech: "comunicou ao Japão que não pretendia renovar o tratado"
        r"não\s+(?:pretendia|pretendiam|iria|iriam)\s+(?:renovar|prorrogar|estender)",
        _AR_AND + r"(?:أعلن|أبلغ)" + _AR_PAST + r"\s+(?:\S+\s+){0,2}?(?:إنهاء|الانسحاب\s+من|عدم\s+تجديد)",
        r"(?:ختم\s+کرنے|(?:مدت\s+)?نہ\s+بڑھانے|توسیع\s+نہ\s+کرنے)" + _UR_DECIDED,
    ),
    "extend": (
        # "Seul desiste do pedido de saída", "decidiram manter o GSOMIA"
        r"desist(?:e|em|iu|iram)\s+d[oa]\s+(?:pedido\s+de\s+)?(?:saída|decisão|término|rescisão|encerramento)",
        r"(?:decidiu|decidiram|aceitaram|aceitou|optou\s+por|optaram\s+por)\s+manter\s+(?:o\s+)?"
        r"(?:acordo|pacto|tratado|GSOMIA)",
        r"(?:memutuskan|keputusan)\s+(?:untuk\s+)?(?:tetap\s+)?(?:mempertahankan|memperpanjang|melanjutkan)" + _ID_IT,
        # decided to go on sharing: "memutuskan untuk tetap berbagi intelijen dengan Jepang"
        r"(?<!belum\s)(?<!tidak\s)(?:memutuskan|keputusan)\s+(?:untuk\s+)?tetap\s+(?:berbagi|bertukar)",
        r"(?<!ختم\s)(?:جاری\s+رکھنے|برقرار\s+رکھنے)" + _UR_DECIDED,
    ),
}

# Indonesian: a nuclear test held or carried out ("menggelar uji coba nuklir kelimanya", "melakukan uji coba senjata
# nuklir keempat"); not a plan or a threat ("akan", "segera", "berencana"), nor a denial ("belum", "tidak").
_ID_NOT_PLANNED_OR_DENIED = "".join(rf"(?<!{word}\s)" for word in (
    "akan", "bakal", "untuk", "belum", "tidak", "bisa", "dapat", "ingin", "hendak", "segera", "berencana", "siap"))
SPACED["nuclear-test"] = (
    _ID_NOT_PLANNED_OR_DENIED + r"(?:telah\s+|sudah\s+)?(?:menggelar|melakukan|meledakkan)\s+"
    r"uji\s*coba\s+(?:senjata\s+|bom\s+|hulu\s+ledak\s+)?nuklir",
)

UNSPACED: dict[str, tuple[str, ...]] = {
    "sign": (_TH_NOT_PLANNED_OR_DENIED + r"ได้(?:ทำการ)?ลงนาม",
             _TH_NOT_PLANNED_OR_DENIED + r"(?<!การ)ลงนาม" + _TH_THEN_ALREADY),
    # "มีผลบังคับใช้ทันที" (took effect at once), "มีผลบังคับใช้แล้ว" (in force already)
    # "ได้ตัดสินใจยกเลิกข้อตกลง" (did decide to cancel the pact)
    "terminate": (_TH_NOT_PLANNED_OR_DENIED + r"ได้ตัดสินใจ(?:ที่จะ)?(?:ยกเลิก|ยุติ|ไม่ต่ออายุ)",),
    "take-effect": (_TH_NOT_PLANNED_OR_DENIED + r"มีผลบังคับใช้(?:ทันที|แล้ว)",),
    # a cabinet that "dealt with" the pact passed it: "政府が26日の閣議で案件を公開しないまま処理した"
    "approve": (r"閣議で[^\W\d_]{0,20}?処理(?:した|され|し、)",),
}
