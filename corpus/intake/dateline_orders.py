"""The order of a numeric date line's parts when the page's own dateline decides it.

"11.02.2016  11:13" reads 11 February or 2 November; under it the wire's dateline
"新华网北京2月11日电" prints the month and day: the reading that falls on the dateline's day is
the page's, so the page's order is day first. When both or neither reading falls on it (the
page updated on another day), or the page's numeric dates disagree, nothing is decided.

Else the ambiguous date's own line may say where it was written: a clock of the countries that
write the day first ("13:30 Uhr", "10h49", "16:31 IST", "08:15 WIB") or a label in a language
that does ("atualizado em", "Publié le", "aktualisiert"), as in "1.7.2019 13:30 Uhr" or
"Camille Dornelles - 01/10/2017 10h49", or the date in dots with a four-digit year ("04.07.2023", "09.05.2017 -
16:58": the day first on every labelled page so written), on a page without a dated dateline (whose day neither
reading falls on: a stamp of another day). Every such line must say so ("03.10.17 2 hours ago" says nothing, and
English pages write slashes and short years in both orders), and none may carry a US zone's time or a twelve-hour
clock ("5/12/2019 at 9:00 ET (15:00 CET)": an American time converted); "10h49" counts right after the date or a
separator only ("5/12/2019 Race time 1h30" is a duration). A page telling a time by the twelve-hour clock on another
line ("Updated 10:30 a.m. ET") leaves a date in dots unread (review 43).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.intake.date_readings import Reading, numeric
from corpus.intake.datelines import Dateline, find_dateline
from corpus.intake.languages import FOREIGN_PUBLISHED, FOREIGN_UPDATED
from corpus.intake.printed_dates import MAX_DATE_LINE, numeric_order_of


def page_numeric_order(lines: Sequence[str]) -> str:
    """"dmy" or "mdy": as the page's own numeric dates decide it (a part over 12), else as its
    dateline does (`_order_by_dateline`), else as the ambiguous dates' own lines' clocks or labels
    do (`_order_by_locale`), else ""."""
    if order := numeric_order_of(lines):
        return order
    ambiguous = _ambiguous_dates(lines)
    if not ambiguous:
        return ""  # (before the dateline is looked for: most pages print no ambiguous date)
    dateline = _dated_dateline(lines)  # (found once, for both readings)
    return _order_by_dateline(ambiguous, dateline) or _order_by_locale(lines, ambiguous, dateline is not None)


def _ambiguous_dates(lines: Sequence[str]) -> list[tuple[str, Reading]]:
    """The short lines' numeric dates that read in both orders, with their lines."""
    return [(line, reading) for line in lines if len(line) <= MAX_DATE_LINE
            for reading in [numeric(line)] if reading and len(reading.values) == 2]


def _dated_dateline(lines: Sequence[str]) -> Dateline | None:
    dateline = find_dateline(list(lines))
    return dateline if dateline is not None and dateline.dated else None


def _order_by_dateline(ambiguous: list[tuple[str, Reading]], dateline: Dateline | None) -> str:
    """"dmy" or "mdy" when the dated dateline falls on exactly one reading of each ambiguous numeric date, the same
    for all, else ""."""
    if dateline is None:
        return ""
    orders = set()
    for _, reading in ambiguous:
        fitting = [order for order, value in zip(("dmy", "mdy"), reading.values)
                   if (int(value[5:7]), int(value[8:10])) == (dateline.month, dateline.day)]
        orders.add(fitting[0] if len(fitting) == 1 else "")
    return orders.pop() if len(orders) == 1 else ""


# A clock or a label of a country or language that writes the day first: Germany's "Uhr", the
# French and Portuguese "10h49" (right after the date or a separator: "Race time 1h30" is a duration), India's,
# Ireland's or Israel's "IST", Indonesia's "WIB"/"WITA", Central Europe's "CET"/"CEST"; the date labels of the
# languages `corpus.intake.languages` reads; any word in Cyrillic ("10:00 04.07.2022 Источник: ТАСС"); a byline's
# word opening the line in such a language ("Por Lusa | 03.10.17", "Von dpa | 03.10.17").
_DAY_FIRST_CLOCK = re.compile(
    r"(?<!\w)(?:Uhr|IST|WIB|WITA|CEST|CET)(?!\w)|^\s*(?:Por|Von|Par|Oleh)\s+(?=[^\W\d_])"
    r"|(?:(?<=\d )|(?<=[-–—|,·•] )|(?<= à )|(?<= às ))[0-2]?\d[hH][0-5]\d(?![\d:])"
    rf"|(?i:(?<!\w)(?:{FOREIGN_PUBLISHED}|{FOREIGN_UPDATED})(?!\w))"
    r"|(?<!\w)[А-Яа-яЁё]{3,}")  # a word in Cyrillic: Russian, Ukrainian, Bulgarian and Serbian write the day first
# A US zone's time or a twelve-hour clock: "5/12/2019 at 9:00 ET (15:00 CET)" converts an American time.
_MONTH_FIRST_CLOCK = re.compile(r"(?<!\w)(?:E|C|M|P|AK|H)[SD]?T(?!\w)|\d\s?[AaPp]\.?[Mm]\.?(?!\w)")

# A day, a month and a four-digit year in dots, as the reading prints them ("04.07.2023"): the order of the countries
# that write the day first; a month first in dots is written with a short year ("03.10.17", Uproxx's).
_DOTTED_FULL_YEAR = re.compile(r"[0-3]?\d\.[01]?\d\.(?:19|20)\d\d")
# ... unless the page's other short lines tell an American's time ("Updated 10:30 a.m. ET", review 43)
_TWELVE_HOUR_CLOCK = re.compile(r"\d:[0-5]\d[ \u00a0]?[AaPp]\.?[Mm]\.?(?!\w)")


def _order_by_locale(lines: Sequence[str], ambiguous: list[tuple[str, Reading]], dated_dateline: bool) -> str:
    """"dmy" when every short line of `lines` holding an ambiguous numeric date also holds a clock or a label of a
    country or language that writes the day first, or prints it in dots with a four-digit year (on a page without a
    dated dateline nor a twelve-hour clock), and none a US zone or a twelve-hour clock, else ""."""
    if any(_MONTH_FIRST_CLOCK.search(line) for line, _ in ambiguous):
        return ""
    if all(_DAY_FIRST_CLOCK.search(line) for line, _ in ambiguous):
        return "dmy"
    # "04.07.2023", "… | DW | 11.01.2020": each labelled page's date so written is day first (8 of 8 on the readable
    # sets); a page with a dated dateline leaves the order to it (`_order_by_dateline`): a reading of neither order on
    # the dateline's day is a stamp of another day, whose order nothing on the page tells
    dotted = all(_DOTTED_FULL_YEAR.fullmatch(line, reading.start, reading.end) or _DAY_FIRST_CLOCK.search(line)
                 for line, reading in ambiguous)
    return "dmy" if dotted and not dated_dateline and not _tells_twelve_hour_time(lines) else ""


def _tells_twelve_hour_time(lines: Sequence[str]) -> bool:
    return bool(_TWELVE_HOUR_CLOCK.search("\n".join(line for line in lines if len(line) <= MAX_DATE_LINE)))
