"""The dates that `corpus.dates` reads in the text of pages in other languages: a day and a
month named as French, Spanish, Italian, Indonesian or Turkish pages name them ("mercredi 23
novembre", "14 Kasım 2016", "22 nov."; their names are the intake's, `corpus.intake.languages`), Korean and
Japanese calendar dates ("2019년 8월 22일", "2019年8月22日", "8月22日"), and a day written in
figures whose order no reading doubts ("14/11/2016": no month is 14; "11/23/2016"). A date
without its year is resolved as "Nov. 23" is.

    >>> FOREIGN_DAY_PATTERNS[0].search("ont signé mercredi 23 novembre un accord")["month"]
    'novembre'
"""

from __future__ import annotations

import re

from corpus.chinese_plan_words import ZH_PLANNED, ZH_WILL_AT
from corpus.intake.languages import MONTH_NAMES, WEEKDAY_NAMES, foreign_month
from corpus.japanese_plan_words import JAPANESE_PLAN
from corpus.korean_ahead import KOREAN_AHEAD

# Russian months (genitive "21 марта", prepositional "в ноябре 2016 года") and Arabic ones (the
# Egyptian and the Levantine names), read in article text only.
_TEXT_MONTHS = {
    **{name: number for number, names in enumerate(
        (("января", "январе"), ("февраля", "феврале"), ("марта", "марте"), ("апреля", "апреле"), ("мая", "мае"),
         ("июня", "июне"), ("июля", "июле"), ("августа", "августе"), ("сентября", "сентябре"),
         ("октября", "октябре"), ("ноября", "ноябре"), ("декабря", "декабре")), 1) for name in names},
    **{name: number for number, names in enumerate(
        (("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "ابريل", "إبريل", "نيسان"),
         ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"), ("أغسطس", "اغسطس", "آب"),
         ("سبتمبر", "أيلول"), ("أكتوبر", "اكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"),
         ("ديسمبر", "كانون الأول")), 1) for name in names},
}
_GERMAN_MONTHS = {"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
                  "september": 9, "oktober": 10, "november": 11, "dezember": 12}
# (not Malay's "Mac", a name in English text: "3 Mac computers")
_MONTH_NAMES = sorted((set(MONTH_NAMES) - {"mac"}) | set(_TEXT_MONTHS), key=len, reverse=True)
_MONTH = r"(?P<month>(?i:" + "|".join(name.replace(" ", r"\s+") for name in _MONTH_NAMES) + r"))(?!\w)"
# Months cut short with a full stop, in lower case as these languages write them ("Roma, 22 nov.").
# (not Italian's "ago.", which English ends sentences with)
_ABBREVIATED = {"gen": 1, "genn": 1, "janv": 1, "ene": 1, "feb": 2, "febbr": 2, "févr": 2, "fév": 2, "mar": 3,
                "apr": 4, "avr": 4, "abr": 4, "mag": 5, "giu": 6, "lug": 7, "juil": 7, "set": 9,
                "sett": 9, "sept": 9, "ott": 10, "oct": 10, "okt": 10, "nov": 11, "dic": 12, "déc": 12, "dez": 12}
_MONTH_OR_ABBREVIATED = (_MONTH[:-len(r"))(?!\w)")] + r"))(?!\w)"
                         + r"|(?P<abbreviated>" + "|".join(sorted(_ABBREVIATED, key=len, reverse=True)) + r")\.")
_WEEKDAY = r"(?:(?i:" + "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True)) + r")(?!\w),?\s+)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?!\d)"
_CJK_YEAR = r"(?:(?P<year>1[5-9]\d\d|20\d\d)\s*[年년]\s*)?"
_DAY_NOT_MONTH = r"(?:1[3-9]|2\d|3[01])"  # a number no month has
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"

FOREIGN_DAY_PATTERNS = (
    # "mercredi 23 novembre", "23 novembre 2016", "14 de noviembre de 2016", "1er décembre"
    re.compile(rf"(?<![\w.:,/]){_WEEKDAY}(?P<day>[0-3]?\d)(?:er|º)?\.?\s+(?:de\s+)?(?:{_MONTH_OR_ABBREVIATED})"
               rf"(?:\.?,?\s+(?:(?i:de|del)\s+)?{_YEAR})?"),
    # "2019년 8월 22일", "2019年8月22日", "8月22日"
    re.compile(rf"(?<!\d){_CJK_YEAR}(?P<month>{_MONTH_NUMBER})\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"),
    # "14/11/2016" (day first) and "11/23/2016" (month first), never "11/12/2016"
    re.compile(rf"(?<![\w/.])(?:(?P<day>{_DAY_NOT_MONTH})/(?P<month>{_MONTH_NUMBER})"
               rf"|(?P<month_first>{_MONTH_NUMBER})/(?P<day_second>{_DAY_NOT_MONTH}))/{_YEAR}(?![\w/])"),
    # German, its day with a full stop: "am 23. November 2016" (its months spelt as English's too)
    re.compile(rf"(?<![\w.:,/])(?P<day>[0-3]?\d)\.\s+(?P<month>(?i:{'|'.join(_GERMAN_MONTHS)}))(?!\w)(?:\s+{_YEAR})?"),
    # Vietnamese: "ngày 23 tháng 11 năm 2016", "23 tháng 11"
    re.compile(rf"(?<![\w/.])(?:(?i:ngày)\s+)?(?P<day>[0-3]?\d)\s+(?i:tháng)\s+(?P<month>{_MONTH_NUMBER})(?!\d)"
               rf"(?:\s*(?:(?i:năm)\s+|,\s*){_YEAR})?"),
)
# A month of a year: "2014年12月" (no day after it), "tháng 11 năm 2016", "noviembre de 2016", "ноябре 2016 года".
FOREIGN_MONTH_PATTERNS = (
    re.compile(rf"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)\s*[年년]\s*(?P<month>{_MONTH_NUMBER})\s*[月월](?!\s*\d)"),
    re.compile(rf"(?<![\w/.])(?i:tháng)\s+(?P<month>{_MONTH_NUMBER})(?:\s*(?:(?i:năm)|,|/)\s*){_YEAR}"),
    re.compile(rf"(?<![\w.]){_MONTH}(?:\s+(?i:de|del))?,?\s+{_YEAR}"),
)
# A month of this year or the last in Chinese, Japanese or Korean, and its part: "今年10月底" (late
# October this year), "ことし8月に", "올해 8월", "去年11月" (not "今年8月22日", a day); and a day of this
# month or the last: "本月23日", "今月23日", "이달 23일", "지난달 27일"; and this month or the last with no
# day: "지난달 4차 핵실험 때처럼" (as at last month's fourth test), "先月の核実験", "上个月的核试验"; and a month
# named as the latest past one ("지난 5월": May of this year on a page of June, of the last on one of March).
CJK_YEAR_SHIFTS = {"今年": 0, "ことし": 0, "本年": 0, "올해": 0, "去年": -1, "昨年": -1, "작년": -1, "지난해": -1}
CJK_MONTH_SHIFTS = {"本月": 0, "今月": 0, "이달": 0, "上月": -1, "上个月": -1, "上個月": -1, "先月": -1, "지난달": -1}
CJK_MONTH_PARTS = {"底": "late", "末": "late", "下旬": "late", "말": "late", "初": "early", "上旬": "early",
                   "초": "early", "中旬": "mid"}
CJK_RELATIVE_DATE = re.compile(rf"(?P<relation>{'|'.join(CJK_YEAR_SHIFTS)})\s*(?P<month>{_MONTH_NUMBER})\s*[月월]"
                               rf"(?!\s*\d)(?:\s*(?P<part>{'|'.join(CJK_MONTH_PARTS)}))?"
                               rf"|(?P<month_relation>{'|'.join(CJK_MONTH_SHIFTS)})\s*(?P<day>[0-3]?\d)\s*[日일]"
                               rf"|(?P<month_alone>{'|'.join(CJK_MONTH_SHIFTS)})(?!\s*\d{1,2}\s*[日일]|球)"
                               # ... and Korean's last month of a number, the latest past one ("지난 5월"; round 53)
                               rf"|(?<![^\W\d_])지난\s+(?P<latest_month>{_MONTH_NUMBER})\s*월(?!\s*\d)")
CJK_MONTH_WORD = re.compile(r"[月월달]")
# A month named alone in Chinese, Japanese or Korean, read as "in April" is ("4月に北朝鮮が発射した", "韓國政府8月以",
# "11월에는"; round 80), or as the month after the one named before it ("2019年7月 ... 翌8月"), the coming one
# ("오는 9월"), one up to which a thing lasts ("12月末まで", "11월까지"); not a month of a year, of a year word, a day
# or a range ("2019年8月", "내년 11월", "8月22日", "1~2월": the longer readings win, or none), nor a fiscal term,
# an issue or a monthly ("3月期", "5月号", "월간").
_AFTER_A_YEAR_WORD = r"(?<![年년])(?<![年년]\s)(?<![그올새난듬음]해)(?<![그올새난듬음]해\s)"  # ("내년 11월", not "정해 오는 9월")
CJK_MONTH_ALONE = re.compile(rf"(?:(?:(?P<following>翌)|(?P<coming>오는|来る))\s*)?(?<![\d０-９~〜\-\u2013・·.,/])"
                             rf"{_AFTER_A_YEAR_WORD}(?P<month>{_MONTH_NUMBER})\s*[月월]"
                             rf"(?!\s*\d|[期号號刊間间간호])(?:\s*(?P<part>{'|'.join(CJK_MONTH_PARTS)}))?"
                             r"(?P<until>(?=\s*(?:まで|까지)))?")
# A clause looking ahead in Chinese, Japanese or Korean ("11月に署名する予定",
# "11월에 서명할 계획", "将于11月签署"): a plan, an expectation, an aim (not Chinese 将 alone, which also marks an object;
# nor a plan kept or beaten, a deed done: "予定通り署名した", "예정대로 서명했다").
# Beside the words every reader shares (`corpus.japanese_plan_words`, `corpus.korean_ahead`), a month's clause
# also takes an aim, a target, "as early as" ("11月の署名を目指す", "빠르면 11월"), and a plan or an outlook named
# without its verb ("11월 서명 방침", "11월 체결 전망"): a month is a time to come in them.
CJK_AHEAD = re.compile(rf"{JAPANESE_PLAN}|目指|めど|目途|早ければ|{KOREAN_AHEAD}|방침|전망|빠르면"
                       rf"|{ZH_WILL_AT}|{ZH_PLANNED}|打算|最快|最早")
# A day of the month alone, as Korean, Japanese and Chinese news date the happenings of its days
# ("韓日両政府が14日に仮署名した", "국방부가 14일 가서명한"), read as "on the 14th" is; not a count of
# days ("14日間", "3일 동안", "5일째", "2日目") nor a day after its month ("8月22日": the calendar's).
CJK_DAY_OF_MONTH = re.compile(r"(?<![\d月월.,/-])(?<![月월]\s)(?P<day>3[01]|[12]\d|[1-9])\s?[日일]"
                              r"(?![間间째간目分連连以]|\s*(?:동안|이내|연속|넘게|만에|前|前后))")
CJK_DAY_WORD = re.compile(r"[日일]")
# A year alone in Chinese, Japanese or Korean: "于2012年推动", "2012년에" (not "2014年12月", a month).
CJK_YEAR_PATTERN = re.compile(r"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)\s*[年년](?!\s*\d)")
CJK_YEAR = re.compile(r"[年년]")
# A year of a Japanese era: "平成24年" (2012), "令和元年" (2019), "昭和20年" (1945); not before a month ("平成24年6月").
JA_ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}
JA_ERA_YEAR = re.compile(r"(?P<era>昭和|平成|令和)\s*(?P<year>[1-9]\d?|元)\s*年(?!\s*\d)")
JA_ERA = re.compile("|".join(JA_ERA_START))
# A weekday alone, as French, Spanish, Italian, Portuguese, German and Indonesian news date a
# happening of its week ("jeudi", "el martes", "am Donnerstag"), or the week before ("jeudi
# dernier", "el pasado jueves", "letzten Donnerstag"); not before a date's figures ("el miércoles
# 15", "Senin (14/11/2016)"), nor the words that are also others
# (Indonesian "minggu", a week; Turkish "pazar", a market, "cuma", only).
_TEXT_WEEKDAYS = sorted(set(WEEKDAY_NAMES) - {"minggu", "pazar", "cuma"}, key=len, reverse=True)
FOREIGN_WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<last_before>(?i:el\s+pasado|letzten|vergangenen|lo\s+scorso))\s+)?"
    rf"(?!Domingo\b)(?P<weekday>(?i:{'|'.join(_TEXT_WEEKDAYS)}))(?![\w-])(?!,?\s*\(?\d)"  # ("Senin (14/11/2016)": the figures'; "Domingo", a name)
    r"(?:\s+(?P<last>(?i:dernier|passé|pasado|scorso|passato|lalu|passad[oa]))(?!\w))?")
# A span of years, never two dates: "entre 1910 y 1945", "de 1910 a 1945", "von 1910 bis 1945", "de 1910 à
# 1945" (two years joined by "and" alone, "en 2012 y 2016", are two dates).
_FIRST_YEAR = r"(?<![\d$])\b(?P<first>1[5-9]\d\d|20\d\d)"
_LAST_YEAR = r"(?P<last>\d\d(?:\d\d)?)(?!\d)"
FOREIGN_YEAR_RANGES = (
    re.compile(rf"\b(?i:entre|tra|fra|antara|zwischen)\s+(?:(?i:los\s+años|il|gli\s+anni|tahun)\s+)?{_FIRST_YEAR}"
               rf"\s+(?i:y|e|et|und|dan|ve)\s+(?:(?i:il|l['\u2019])\s*)?{_LAST_YEAR}"),
    re.compile(rf"(?:\b(?i:de|desde|del|von|vom|dal|dari|du)\s+)?{_FIRST_YEAR}\s+"
               rf"(?i:a|al|à|au|hasta|bis|sampai|hingga|ao)\s+{_LAST_YEAR}"),
)
# What each pattern's every match holds: where `corpus.date_scan` looks for them.
# (in lower case, as `corpus.date_scan` finds them in a text folded to it: "kasım" is "kasim")
MONTH_WORDS = tuple(sorted({name.lower().replace("\u0131", "i").replace("\u0130", "i").split()[0]
                            for name in (*_MONTH_NAMES, *(f"{short}." for short in _ABBREVIATED))}))
WEEKDAY_WORDS = tuple(sorted({name.lower().replace("\u0131", "i") for name in _TEXT_WEEKDAYS}))
CJK_MONTH = re.compile(r"[月월]")
VIETNAMESE_MONTH = ("tháng",)
GERMAN_DAY = re.compile(r"\d\.\s+(?i:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)")
FIGURES_DATE = re.compile(r"\d/\d")


def month_of(match: re.Match) -> int:
    """The month's number of a match of `FOREIGN_DAY_PATTERNS`."""
    groups = match.groupdict()
    if groups.get("abbreviated"):
        return _ABBREVIATED[groups["abbreviated"]]
    month = match["month"] or groups.get("month_first")
    if month.isdigit():
        return int(month)
    name = " ".join(month.lower().split())
    return _TEXT_MONTHS.get(name) or _GERMAN_MONTHS.get(name) or foreign_month(month)


def day_of(match: re.Match) -> int:
    return int(match["day"] or match.groupdict().get("day_second"))
