"""A full date glued to the lead as copied, its element and the text's run together: "<title> April 15, 2019Fire
tore through ...", "June 29, 2012SOUTH KOREASeoul said ...", "18 Aralık 2022Katar'daki ..." (`glued_date`).
"""

from __future__ import annotations

import re

from corpus.intake.date_readings import MONTH_NAME, decide, read_date, weekday_named, worded
from corpus.intake.languages import MONTH_NAMES
from corpus.intake.printed_dates import PrintedDate

_GLUED_DATE = re.compile(rf"^(?P<date>{MONTH_NAME}\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d"
                         rf"|[0-3]?\d\s+{MONTH_NAME}\.?,?\s+(?:19|20)\d\d)(?=[A-Z][a-z]|[A-Z]{{3,}})")
# The same in the Latin-script languages whose day stands first: "18 Aralık 2022Katar'daki …", "2 octubre 2016El …".
_GLUED_FOREIGN_DATE = re.compile(rf"^(?P<date>[0-3]?\d\.?\s+(?:de\s+)?(?i:{'|'.join(MONTH_NAMES)})\s+(?:de\s+)?"
                                 r"(?:19|20)\d\d)(?=[A-ZÀ-ÖØ-ÞÇĞİŞ][^\W\d_])")


def glued_date(line: str, title: str = "") -> PrintedDate | None:
    """A full date glued to the lead as copied, alone or after the repeated title:
    "<title> April 15, 2019Fire tore through ..." (the date and the text were two elements),
    or to a section's name in capitals: "June 29, 2012SOUTH KOREASeoul said ..."."""
    head = line[len(title):].lstrip() if title and line.startswith(title) else line
    match = _GLUED_DATE.match(head)
    if match is None and (foreign := _GLUED_FOREIGN_DATE.match(head)):
        value = read_date(foreign["date"])
        return PrintedDate(value, foreign["date"], line) if value and len(value) == 10 else None
    if match is None or not (reading := worded(match["date"])) or reading.start:
        return None
    value = decide(reading, weekday_named(match["date"]), "")
    return PrintedDate(value, match["date"], line) if value else None
