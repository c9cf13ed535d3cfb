"""Nuclear tests told as the earlier ones a report of a later test counts back to (timeline round 104): "where the
four earlier tests took place, the last of them in January", "The North's earlier detonations came in October 2006,
May 2009, February 2013 and in January this year", "The test came after four earlier ones, the most recent in January
2016". The noun is bare ("tests", "detonations", "ones"), so the wording is a nuclear test only after a nuclear word
in the text just before it ("its fifth nuclear test", "a nuclear warhead"), and not in a sentence of missiles or
rockets ("Earlier missile tests came in May", "earlier launches"). What the earlier tests were is told by the
sentence's dates: the event's date condition is unchanged (a fourth test of January 2016 is linked by "January",
"January 2016" or "in January this year", not by "earlier tests came in 2006, 2009 and 2013"). Pure standard library.

    >>> import re
    >>> text = "It staged its fifth nuclear test. The four earlier tests took place there, the last in January."
    >>> match = re.search(EARLIER_TESTS, text)
    >>> match.group(), not_after_a_nuclear_word(text, 34, match)
    ('earlier tests', False)
"""

from __future__ import annotations

import re

# earlier tests told as having come or taken place, or followed by the last of them: not "earlier tests showed"
EARLIER_TESTS = (r"(?:earlier|previous|prior)\s+(?:underground\s+)?(?:tests|detonations|blasts|explosions|ones)"
                 r"(?=\s+(?:came|took\s+place|were\s+(?:conducted|carried\s+out|staged))\b"
                 r"|,\s+the\s+(?:last|latest|most\s+recent)\b)")
_EARLIER = re.compile(r"(?i)(?:earlier|previous|prior)\s")
# the nuclear word looked for before the wording, and how far back
_NUCLEAR = re.compile(r"(?i)\b(?:nuclear|atomic|hydrogen|thermonuclear|H-bomb)\b")
_NUCLEAR_BEFORE = 600
_NOT_NUCLEAR = re.compile(r"(?i)\b(?:missiles?|rockets?|launch\w*|satellites?|firings?)\b")


def not_after_a_nuclear_word(text: str, sentence_start: int, match: re.Match) -> bool:
    """Whether a wording of `EARLIER_TESTS` (a bare "earlier tests") is not told of nuclear tests: no nuclear word in
    the text just before it, or a missile, rocket or launch named in its sentence before it."""
    if not _EARLIER.match(match.group()):
        return False  # (another wording of the kind)
    start = match.start()
    return not _NUCLEAR.search(text, max(0, start - _NUCLEAR_BEFORE), start) \
        or bool(_NOT_NUCLEAR.search(text, sentence_start, start))
