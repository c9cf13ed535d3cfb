"""The words of date lines on pages in French, Spanish, Portuguese, Italian, German, Dutch,
Indonesian and Malay, and Turkish, and the months of Russian, Ukrainian and Arabic ones (read
by `corpus.intake.printed_dates`): their months'
names, the day first ("21 novembre 2019", "21 de noviembre de 2019", "21. Dezember 2019",
"21 Kasım 2019") or a blog's month first ("janvier 29, 2022"), their weekdays, and the labels
around them ("Publié le", "Actualizado", "Diterbitkan"). Months spelt as in English ("21
November 2019") are read with the English ones.

    >>> FOREIGN_DATE.search("Publié le 21 novembre 2019")["month"]
    'novembre'
"""

from __future__ import annotations

import re


def _folded(name: str) -> str:
    """A name in the form names are compared in: the letters that case-blind regular
    expressions take for i, s and k ("NİSAN", "maı", "ſeptembre") read as those letters."""
    return name.casefold().replace("\u0307", "").replace("ı", "i")


def _numbered(rows: tuple[str, ...], first: int) -> dict[str, int]:
    """Each name of each row (names apart by spaces) -> its row's number, counted from `first`."""
    return {name: number for number, names in enumerate(rows, first) for name in names.split()}


_MONTHS = _numbered((
    "janvier enero janeiro gennaio januar januari ocak",
    "février fevrier febrero fevereiro febbraio februar februari şubat subat",
    "mars marzo março marco märz maart maret mac mart",
    "avril abril aprile nisan",
    "mai mayo maio maggio mei mayıs mayis",
    "juin junio junho giugno juni haziran",
    "juillet julio julho luglio juli temmuz",
    "août aout agosto augustus agustus ogos ağustos agustos",
    "septembre septiembre setiembre setembro settembre eylül eylul",
    "octobre octubre outubro ottobre oktober ekim",
    "novembre noviembre novembro kasım kasim",
    "décembre decembre diciembre dezembro dicembre dezember desember disember aralık aralik",
), 1)
MONTH_NAMES = tuple(_MONTHS)  # (also read in article text: corpus.date_patterns_foreign)
# Months in other scripts, read on date lines and in datelines only: Russian and Ukrainian
# (the day's genitive, "21 марта 2023", and the nominative) and Arabic (the Egyptian and Gulf
# names, "22 نوفمبر 2019", and the Levantine ones of one word).
_MONTHS.update(_numbered((
    "января январь січня січень يناير",
    "февраля февраль лютого лютий فبراير شباط",
    "марта март березня березень مارس آذار",
    "апреля апрель квітня квітень أبريل ابريل إبريل نيسان",
    "мая май травня травень مايو أيار",
    "июня июнь червня червень يونيو يونيه حزيران",
    "июля июль липня липень يوليو يوليه تموز",
    "августа август серпня серпень أغسطس اغسطس آب",
    "сентября сентябрь вересня вересень سبتمبر أيلول",
    "октября октябрь жовтня жовтень أكتوبر اكتوبر",
    "ноября ноябрь листопада листопад نوفمبر",
    "декабря декабрь грудня грудень ديسمبر",
), 1))
# The Maghreb's Arabic names, from the French ones (intake round 93): Morocco's ("9 شتنبر 2023", "غشت", "دجنبر")
# and Algeria's and Tunisia's ("جانفي", "جوان", "أوت"), on date lines only.
_MONTHS.update(_numbered((
    "جانفي", "فيفري", "", "أفريل", "ماي", "جوان", "يوليوز جويلية", "غشت أوت", "شتنبر", "", "نونبر", "دجنبر",
), 1))
# Polish and Czech (the genitive: "22 listopada 2019", "22. listopadu 2019"), Greek (the
# genitive, "22 Νοεμβρίου 2019") and the Scandinavian names not spelt as English or German
# ones are ("22. marts 2019", "22 augusti 2019", "22 maj 2019"), on date lines only.
_MONTHS.update(_numbered((
    "stycznia ledna Ιανουαρίου", "lutego února Φεβρουαρίου", "marca března Μαρτίου marts",
    "kwietnia dubna Απριλίου", "maja května Μαΐου maj", "czerwca června Ιουνίου",
    "lipca července Ιουλίου", "sierpnia srpna Αυγούστου augusti", "września září Σεπτεμβρίου",
    "października října Οκτωβρίου", "listopada listopadu Νοεμβρίου", "grudnia prosince Δεκεμβρίου",
), 1))
# Chinese and Japanese month names, month first as a WordPress theme in Chinese prints its date
# line ("三月 14, 2023"; the US embassy's pages in Chinese), on date lines only.
_MONTHS.update(_numbered(("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                          "十一月", "十二月"), 1))
# Russian abbreviations, as a forum's post stamp prints them ("23 ноя 2019 11:55:06").
_MONTHS.update(_numbered(("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен сент",
                          "окт", "ноя нояб", "дек"), 1))
# Indonesian abbreviations not spelt as English ones are ("14 Agu 2014", "22 Nop 2019").
_MONTHS.update({"agu": 8, "agt": 8, "ags": 8, "okt": 10, "nop": 11, "des": 12})
_MONTH_NUMBERS = {_folded(name): number for name, number in _MONTHS.items()}
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))(?!\w)"
FOREIGN_DATE = re.compile(
    rf"(?<![\w.:,])(?P<day>[0-3]?\d)(?:er|º)?\.?\s+(?:de\s+)?{_MONTH}\.?,?\s+"
    r"(?:(?i:de|del)\s+)?(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*(?:г\.|года|р\.|року))?"
    rf"|(?<![\w.]){_MONTH.replace('month', 'month_first')}\s+"
    r"(?P<day_second>[0-3]?\d),\s+(?P<year_second>(?:19|20)\d\d)(?!\d)")  # "janvier 29, 2022"
# Their weekdays, Monday first (a weekday contradicting the date leaves it unread, as in English).
_WEEKDAY_NUMBERS = _numbered((
    "lundi lunes segunda-feira lunedì montag senin pazartesi",
    "mardi martes terça-feira martedì dienstag selasa salı",
    "mercredi miércoles miercoles quarta-feira mercoledì mittwoch rabu çarşamba",
    "jeudi jueves quinta-feira giovedì donnerstag kamis perşembe",
    "vendredi viernes sexta-feira venerdì freitag jumat cuma",
    "samedi sábado sabado sabato samstag sabtu cumartesi",
    "dimanche domingo sonntag minggu pazar",
), 0)
WEEKDAY_NAMES = tuple(_WEEKDAY_NUMBERS)  # (also read in article text: corpus.date_patterns_foreign)
# Weekdays in other scripts, on date lines only: Russian, Ukrainian, Arabic.
_WEEKDAY_NUMBERS.update(_numbered((
    "понедельник понеділок الاثنين الإثنين",
    "вторник вівторок الثلاثاء",
    "среда середа الأربعاء الاربعاء",
    "четверг четвер الخميس",
    "пятница п'ятниця الجمعة",
    "суббота субота السبت",
    "воскресенье неділя الأحد الاحد",
), 0))
_WEEKDAYS = "|".join(sorted(_WEEKDAY_NUMBERS, key=len, reverse=True))
_WEEKDAYS_FOLDED = {_folded(name): number for name, number in _WEEKDAY_NUMBERS.items()}
_WEEKDAY = re.compile(rf"(?i)(?<!\w)(?:{_WEEKDAYS})(?!\w)")
# A line's label saying the date is the first publication's, or an update's.
FOREIGN_PUBLISHED = (r"publi[ée]e?|créée?|publicad[oa]|pubblicato|ver[öo]ffentlicht|gepubliceerd"
                     r"|diterbitkan|yay[ıi]nlanma|publisert|publiceret|publicerad|opublikowano|publikováno"
                     r"|publikálva")
FOREIGN_UPDATED = (r"mis\s+à\s+jour|actualizad[oa]|atualizad[oa]|aggiornato|aktualisiert"
                   r"|bijgewerkt|diperbarui|g[üu]ncelleme|oppdatert|opdateret|uppdaterad|zaktualizowano"
                   r"|aktualizováno|frissítve|aktualizacja|aktual(?=\.)")  # (Poland's "23.11.2016 | aktual.: …")
# Every word that may stand around a date on a date line ("sábado, 15 de marzo de 2014",
# "Pubblicato il 21 dicembre 2019 alle 10:03", "21. Dezember 2019, 10:03 Uhr").
FOREIGN_DATE_WORDS = (rf"{FOREIGN_PUBLISHED}|{FOREIGN_UPDATED}|{_WEEKDAYS}|tarihi|le|il|el|em|um"
                      r"|à|às|a\s+las|alle|uhr|wib|wita|kl|godz"
                      # Vietnamese: the weekday ("Thứ Sáu", "Chủ Nhật"), "updated", "at", "posted"
                      r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập\s+nhật|lúc|đăng(?:\s+lúc)?")


def foreign_weekday(line: str) -> int | None:
    """The weekday (Monday 0) a line names in one of these languages, if it names exactly one."""
    named = {_WEEKDAYS_FOLDED[_folded(match.group(0))] for match in _WEEKDAY.finditer(line)}
    return named.pop() if len(named) == 1 else None


# Months as wires in these languages abbreviate them in a dateline ("Seúl, 22 nov (EFE).-",
# "Roma, 22 ott. (ANSA)", "Berlin, 22. Okt. (dpa)"): none stands for two months.
_ABBREVIATED = _numbered((
    "ene gen janv jän янв", "fev févr fevr фев", "mär мар", "abr avr апр", "mag", "giu июн",
    "lug juil июл", "ago agu авг", "set сен сент", "ott okt out окт", "ноя нояб", "dic déc dez des дек",
), 1)  # "agu", "des": Indonesian; "ноя": Russian ("МОСКВА, 23 ноя — РИА Новости.")
_DATELINE_MONTHS = {_folded(name): number for name, number in {**_MONTHS, **_ABBREVIATED}.items()}
# Their names and abbreviations, for a dateline's date (English ones are read apart).
DATELINE_MONTH = "|".join(sorted({**_MONTHS, **_ABBREVIATED}, key=len, reverse=True))


def dateline_month(name: str) -> int | None:
    """The month's number of a name or abbreviation `DATELINE_MONTH` matched ("dic" -> 12)."""
    return _DATELINE_MONTHS.get(_folded(name))


def foreign_month(name: str) -> int:
    """The month's number of a name `FOREIGN_DATE` matched ("Novembre" -> 11, "NİSAN" -> 4)."""
    return _MONTH_NUMBERS[_folded(name)]

