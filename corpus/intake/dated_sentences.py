"""A Chinese or Japanese paragraph that opens with its full date is a sentence, not a date line:
"2019年8月22日，韩国政府宣布……。", "2016年11月23日、日韓両政府は……署名した。" (Xinhua's and Kyodo's way of
opening a paragraph on the day it tells), while "2019年8月22日 20:11 来源：新华网" and "发布时间：2019年8月22日"
stay date lines (`opens_dated_sentence`).
"""

from __future__ import annotations

import re

from corpus.intake.printed_dates import east_asian_sentence

# The full date opening the line, then at most a short phrase of its own ("の朝", "晚8时", "当地时间下午2时34分左右")
# before the clause's mark: a comma or 、 (a date line's fields stand after a space or a bar, never a comma).
_DATE_THEN_CLAUSE = re.compile(r"\s*(?:19|20)\d\d\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?日"
                               r"(?P<phrase>[^\s，,、。|｜:：]{0,12})[，,、](?P<clause>.*)")


def opens_dated_sentence(line: str) -> bool:
    """The line opens with a full Chinese or Japanese date ("2019年8月22日") followed by a clause (after a
    comma or 、, a short phrase of time before it at most) that ends on a stop, with enough words in it to be
    a sentence (`east_asian_sentence`; a question is a headline's form, not taken)."""
    match = _DATE_THEN_CLAUSE.match(line)
    if match is None:
        return False
    clause = match["clause"].rstrip()
    return clause.endswith(("。", "．")) and east_asian_sentence(clause)
