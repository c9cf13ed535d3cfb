"""An event worded as already done when the page's own news came ("이미 가서명을 마친 협정은 ...",
"由于双方此前已草签协定", "the two sides had already initialled the text"): the page looks back at it
from a later step, so it may appear somewhat after the week a report of the event lags it (round 65:
the initialling of 14 Nov 2016 told so on the 22nd, when Seoul's cabinet passed the pact). For
`corpus.event_rules`, on a passage with no date of its own. Pure standard library.
"""

from __future__ import annotations

import datetime
import re

from corpus.dates import DateValue
from corpus.dates_counted_from_the_page import qualified_bounds
from corpus.events import ReportingDate
from corpus.happenings import Happening

# How long after the event a page that tells it as already done may have appeared.
ALREADY_WITHIN_DAYS = 14
# The words for "already" or "before now" (not Chinese 已 alone: it only marks a verb as done),
# then the happening's own words, with no break of clause between.
_ALREADY = re.compile(r"(?:\b(?:already|previously)\b|이미|此前|之前|早已|已经|已經|業已|业已|既に|すでに)"
                      r"[^,，、;；.。!?！？\n]*\Z", re.IGNORECASE)
_REACH_BEFORE = 12  # characters before the happening's words where the "already" may stand


def told_as_already_done(text: str, ways: list[Happening], published: ReportingDate | None,
                         event: DateValue) -> bool:
    """Whether a wording of the event tells it as already done, on a page of a printed day from the
    event's last day to ALREADY_WITHIN_DAYS after it."""
    if published is None or published.estimated or published.earliest or published.value.granularity != "day":
        return False
    day, last = published.value.bounds()[0], qualified_bounds(event)[1]
    if not last <= day <= last + datetime.timedelta(days=ALREADY_WITHIN_DAYS):
        return False
    return any(_ALREADY.search(text, max(way.sentence.start, way.start - _REACH_BEFORE), way.end) for way in ways)
