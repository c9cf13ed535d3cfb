"""An e-paper shop's note of the issue a story comes from, under the story it sells (Magzter's, in the language
of the reader's interface): "This story is from the December 05, 2024 edition of The Straits Times.", in Turkish
"Bu hikaye The Straits Times dergisinin December 05, 2024 sayısından alınmıştır." The paper is the outlet, and
the issue's day the story's.

    >>> note = issue_note("This story is from the December 05, 2024 edition of The Straits Times.")
    >>> note["credit"], note["date"]
    ('The Straits Times', 'December 05, 2024')
    >>> issue_note("Bu hikaye The Straits Times dergisinin December 05, 2024 sayısından alınmıştır.")["credit"]
    'The Straits Times'
    >>> issue_note("This story is from the archive of our partners.") is None
    True
"""

from __future__ import annotations

import re

_DAY = r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)"
_CREDIT = r"(?P<credit>(?:The\s+)?[A-Z][\w&.'’ -]{1,50}?)"
_ISSUE_NOTES = (
    re.compile(rf"^\W*This\s+(?:story|article)\s+is\s+from\s+the\s+{_DAY}\s+(?:edition|issue)\s+of\s+{_CREDIT}\.?\s*$"),
    re.compile(rf"^\W*Bu\s+(?:hikaye|makale)\s+{_CREDIT}\s+dergisinin\s+{_DAY}\s+sayısından\s+alınmıştır\.?\s*$"),
)
_LONGEST = 300


def issue_note(line: str) -> re.Match | None:
    """The note of the issue a story comes from on `line`, its paper as `credit` and its day as `date`."""
    if len(line) > _LONGEST:
        return None
    return next((match for form in _ISSUE_NOTES if (match := form.match(line.strip()))), None)
