"""The day of a story a page pastes with its byline: a writer's name and a listed outlet on a line of their own, the
day alone on the next line and the story's lead after it, as a forum post or a blog copies the original's head under
its own stamp:

    >>> from corpus.intake.outlets import outlets
    >>> lines = ("Mon Jul 8, 2019, 07:58 AM", "By Isabel Reynolds and Jihye Lee Bloomberg", "July 7, 2019,",
    ...          "In his first public comments on the row, South Korean President Moon Jae-in called on Japan to lift "
    ...          "its new export restrictions.")
    >>> pasted_byline_date(lines, outlets())
    ('2019-07-07', 'By Isabel Reynolds and Jihye Lee Bloomberg')

The day is the original's (its byline's), the page's own stamp the day it was pasted. The byline names a writer
before the outlet: a byline of the outlet alone ("By Reuters") is the site's own form, a byline without a listed
outlet ("By Daniel Uria" over another story's day) credits no original, and a source the writer cites ("By Jane Roe,
Citing Reuters") is not the writer's outlet. The day's line holds the day alone (a comma after it, a time at most):
"Updated …", "Published …" lines are the page's own stamps, read by the date lines' rules. The line after the day is
prose, the pasted story's lead (review 42): a box of other stories prints a byline and a day over the next one's
headline, and its day is another story's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.cleaning import is_prose
from corpus.intake.credits import NOT_IN_A_WRITER_S_NAME
from corpus.intake.outlets import OutletDirectory
from corpus.intake.printed_dates import find_date_line

_MAX_BYLINE = 120
_MAX_DAY_LINE = 40
_MAX_OUTLET_WORDS = 4
# "By <names> <outlet>", "By <names>, <outlet>", "By <names> / <outlet>": words in capitals, "and" between names
_BYLINE = re.compile(r"^By\s+(?P<words>[A-Z][\w.'’-]*+(?:(?:\s|,\s?|\s[/|]\s)(?:and\s)?[A-Z][\w.'’-]*+){1,11})$")


def pasted_byline_date(lines: Sequence[str], directory: OutletDirectory) -> tuple[str, str] | None:
    """(the ISO day, the byline) of the first byline naming a writer and a listed outlet that stands over a day alone
    and the story's lead among `lines`, or None."""
    for byline, day_line, lead in zip(lines, lines[1:], lines[2:]):
        if _names_writer_and_outlet(byline, directory) and is_prose(lead) and (day := _day_alone(day_line)):
            return day, byline.strip()
    return None


def _names_writer_and_outlet(line: str, directory: OutletDirectory) -> bool:
    match = _BYLINE.match(line.strip()) if len(line) <= _MAX_BYLINE else None
    if not match:
        return False
    words = re.split(r"[\s,/|]+", match["words"])
    return any(directory.named_alone(" ".join(words[-count:])) and NOT_IN_A_WRITER_S_NAME.isdisjoint(words[:-count])
               for count in range(1, min(_MAX_OUTLET_WORDS, len(words) - 1) + 1))


def _day_alone(line: str) -> str | None:
    text = line.strip().rstrip(",")
    printed = find_date_line(text) if len(text) <= _MAX_DAY_LINE else None
    if printed is None or printed.label or printed.rest or printed.before or len(printed.value) != len("YYYY-MM-DD"):
        return None
    return printed.value
