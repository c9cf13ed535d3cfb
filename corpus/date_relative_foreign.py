"""Days counted from the page's in Spanish, Portuguese, French, Italian and Arabic, read as the English
"yesterday" and "today" are (`date_patterns.RELATIVE_DAY`): "firmaron ayer", "assinado ontem", "a signé
hier", "oggi", "أمس". Pure standard library.

Not a day: "hoy en día", "hoy día", "hoy por hoy", "hoje em dia", "nos dias de hoje", "al giorno d'oggi", "ancora
oggi", "oggi come oggi", "d'aujourd'hui" (nowadays); "hasta hoy", "hasta el día de hoy",
"até hoje", "fino a oggi", "jusqu'à aujourd'hui", "حتى اليوم" (a span up to now); the German "hier" (here:
the French one is read after a participle, before "soir" or "matin", or opening a sentence before its
comma); the Arabic "اليوم" as "the day" ("اليوم التالي", the next day; "في ذلك اليوم", on that day; the
paper "اليوم السابع").
"""

from __future__ import annotations

import re

from corpus.date_candidates import Candidate, day_value

_UNTIL = r"(?<!\bhasta\s)(?<!\bat\u00e9\s)(?<!\bfino\sa\s)(?<!\bad\s)(?<!\bjusqu'\u00e0\s)(?<!\bjusqu\u2019\u00e0\s)"
# ... nor in a phrase that means "nowadays" ("hoy (en) día", "hoy por hoy", "nos dias de hoje", "ancora oggi", "oggi
# come oggi") or up to now ("hasta el día de hoy"): asked after the word, where it stands, not at every character
_NOT_NOWADAYS_HOY = (r"(?<!\bhoy\spor\shoy)(?<!\bhasta\sel\sd\u00eda\sde\shoy)(?<!\bhasta\sel\sdia\sde\shoy)"
                     r"(?!\s+(?:en\s+)?d[i\u00ed]a\b|\s+por\s+hoy\b)")
_FRENCH_YESTERDAY = (r"(?:(?<=[\u00e9\u00c9]\s)|(?<=[\u00e9\u00c9][es]\s)|(?<=[\u00e9\u00c9]es\s)"
                     r"|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?]\s))(?=hier,)|(?=hier\s+(?:soir|matin)\b))hier")
_ARABIC_BEFORE = r"(?<!\u0641\u064a\s)(?<!\u062d\u062a\u0649\s)(?<!\u0630\u0644\u0643\s)(?<!\u0647\u0630\u0627\s)" \
    r"(?<!\u0645\u0646\u0630\s)(?<!\u0635\u062d\u064a\u0641\u0629\s)"  # في حتى ذلك هذا منذ صحيفة
FOREIGN_RELATIVE_DAY = re.compile(
    r"(?i)(?<![\w'\u2019])(?:"
    r"(?P<two_before>anteayer|antes\s+de\s+ayer|anteontem|avant-hier|l['\u2019]altro\s+ieri|altro\s+ieri"
    r"|\u0623\u0648\u0644\s+\u0623\u0645\u0633|\u0623\u0645\u0633\s+\u0627\u0644\u0623\u0648\u0644)"
    rf"|(?P<yesterday>ayer|anoche|ontem|ieri|{_FRENCH_YESTERDAY}"
    r"|[\u0648\u0641]?(?:\u0628\u0627\u0644)?\u0623\u0645\u0633|\u0627\u0644\u0628\u0627\u0631\u062d\u0629)"
    rf"|{_UNTIL}(?:hoy{_NOT_NOWADAYS_HOY}|hoje(?<!\bdias\sde\shoje)(?!\s+em\s+dia)"
    r"|oggi(?<!\bancora\soggi)(?<!\boggi\scome\soggi)(?!\s+come\s+oggi\b)|aujourd['\u2019]hui)"
    rf"|{_ARABIC_BEFORE}[\u0648\u0641]?\u0627\u0644\u064a\u0648\u0645(?!\s+\u0627\u0644)"
    r")(?![\w'\u2019-])"
)
# The words of a day a match off by one from the event's may be the event's, by another clock (`event_rules`):
# "yesterday" and "today", not the day before yesterday.
ONE_DAY_WORDS = (r"ayer|anoche|hoy|ontem|hoje|hier|aujourd['\u2019]hui|ieri|oggi"
                 r"|[\u0648\u0641]?(?:\u0628\u0627\u0644)?\u0623\u0645\u0633"
                 r"|[\u0648\u0641]?\u0627\u0644\u064a\u0648\u0645|\u0627\u0644\u0628\u0627\u0631\u062d\u0629")
# The words a match holds, for `date_scan`'s windows (found in the text folded to lower case).
TRIGGERS = ("ayer", "anoche", "ontem", "hoy", "hoje", "hier", "ieri", "oggi", "aujourd",
            "\u0623\u0645\u0633", "\u0627\u0644\u064a\u0648\u0645", "\u0627\u0644\u0628\u0627\u0631\u062d\u0629")


# A capitalised word after a word of its sentence is a name's ("escuche Hoy por Hoy", "el diario Hoy", "Italia Oggi").
_WORD_BEFORE = re.compile(r"[^\W\d_][,;]?[ \t]+$")
# ... as is one opening a run of capitalised words (through a short lower-case word: "por", "de") that ends its line or
# a quotation: a programme or a section in a menu ("Hoy por Hoy"), a title ("«Oggi»", '"Hoy Mismo"').
_A_NAME_RUN = re.compile(r"(?:[ \t]+(?:[a-z\u00e0-\u00ff]{1,3}[ \t]+)?[A-Z\u00c0-\u00de][\w'\u2019-]*){0,3}"
                         r"[ \t]*(?:\n|$|[\"\u00bb\u201d])")
_QUOTE_OPENS = "\"\u00ab\u201c"


def foreign_relative_day(match: re.Match, text: str) -> Candidate | None:
    """The page's day, the day before it or the one before that, as the English "today", "yesterday"; None for a
    name's word."""
    if _a_name(match, text):
        return None
    shift = -2 if match["two_before"] else -1 if match["yesterday"] else 0
    return Candidate(match.start(), match.end(), "date", lambda anchor: day_value(anchor, shift), relative=True)


def _a_name(match: re.Match, text: str) -> bool:
    """Whether the capitalised word is a name's: after a word of its sentence, or opening a run of capitalised words
    alone on its line or in quotation marks (not one alone on its line: "Hier," opens a sentence)."""
    if not match.group()[:1].isupper():
        return False
    if _WORD_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return True
    run = _A_NAME_RUN.match(text, match.end())
    if run is None:
        return False
    quoted = text[max(0, match.start() - 1):match.start()] in tuple(_QUOTE_OPENS)
    return quoted or bool(run.group().strip(" \t\n\"\u00bb\u201d"))
