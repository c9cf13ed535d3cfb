"""Photo captions by the forms of their credits and dates, as agencies print them: a sentence
that is a caption describes a picture, so it proposes no event (`index/proposals.py` holds the
forms read from the caption's wording: "(L)", "FILE -", a picture described in the present).

- A photographer's credit opening it, as copied (the credit run into the caption): "Jane
  Roe/Reuters South Korean President ... at the summit in Osaka, Japan, on June 28, 2019."
- A date with its year set off by commas after the place, as the agencies date a picture and
  prose never dates a happening: "... at the presidential office in Seoul, South Korea, Tuesday,
  March 21, 2023.", "... at a shelter in Gwangju, South Korea, 27 December 2019, while ...".
  Not "on Wednesday, Nov. 23, 2016," (a weekday with its preposition is prose) nor a dateline
  ("TOKYO, Nov. 22, 2016 (Xinhua) --", "SEOUL, Nov. 23, 2016 -")."""

from __future__ import annotations

import re

from corpus.date_patterns import WEEKDAYS
from corpus.prose_lines import MONTH

_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_YEAR = r"(?:19|20)\d\d"
_CREDIT_OPENING = re.compile(r"^\s*[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){1,3}/[A-Z]")
_DATED_AFTER_THE_PLACE = re.compile(
    rf"(?<!day),\s(?:{_WEEKDAY},\s)?(?:{MONTH}\s\d{{1,2}},\s{_YEAR}|\d{{1,2}}\s{MONTH}\s{_YEAR})"
    r"(?=\s*(?:[.,;]|$))")


def is_a_caption_by_its_form(sentence: str) -> bool:
    """Whether a sentence is a picture's caption by its credit or the way it is dated."""
    return bool(_CREDIT_OPENING.search(sentence) or _DATED_AFTER_THE_PLACE.search(sentence))
