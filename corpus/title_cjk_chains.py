"""A Korean or Japanese sentence whose clauses in the past, joined, each tell a happening of their own day ("이 조약은
2010년 5월 1일 체결됐으며, 정부는 지난해 3월 처음으로 연장한 바 있다"): a proposed event's title (`corpus.event_titles`)
is made from the clause of its own date alone. Pure standard library.

    >>> dated_clause("이 조약은 2010년 5월 1일 체결됐으며, 정부는 지난해 3월 처음으로 연장했다.", (6, 19), None)[0]
    '이 조약은 2010년 5월 1일 체결됐으며'
"""

from __future__ import annotations

import re

# A Korean past's ending that joins its clause to the next ("...체결됐으며", "...통보했다가", "...했고"): read here and
# where a title ends on one (`corpus.event_titles`)
KOREAN_JOINED_PAST = r"(?<=[했됐었았였졌왔갔겼렸켰쳤셨냈섰봤줬])(?:고|으며|지만|는데|으나|다가)"
# Where a clause in the past joins the next: "...체결됐으며, ", "...통보했다가 ", "...했고, ", "...通知しましたが、"
_JOINT = re.compile(rf"{KOREAN_JOINED_PAST},?\s++|(?<=た)が、")
# A date of a clause's own ("11월", "2010年", "그해", "지난해"); not a span of days ("2日間", "사흘째") nor "every year",
# nor a count of years (one digit, not before "ago" or "after": "1년 연장", "2年連続", not "5년 전") or of any unit
# before what counts it ("10년 만에", "3日連続")
CJK_DATE = (r"(?<![\d.])(?!\d\s?(?:년|年)(?!\s?(?:전|前|후|後)))\d{1,4}\s?(?:년|월|일|年|月|日)(?!간|間|째|동안|ぶり|ごと|마다|\d)"
            r"(?!\s?(?:만에|연속|씩|이상|넘게|連続|连续|以上))|그해|同年|その年|지난해|昨年|去年")
_A_DATE = re.compile(CJK_DATE)


def dated_clause(sentence: str, date_span: tuple[int, int], verb_span: tuple[int, int] | None
                 ) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
    """The clause of `sentence` that holds its date, when another of its joined clauses holds a date of its own, with
    the spans moved (the verb's dropped when it lies in another clause); else all as it was."""
    starts = [0, *(joint.end() for joint in _JOINT.finditer(sentence))]
    if len(starts) == 1:
        return sentence, date_span, verb_span
    clauses = list(zip(starts, [*starts[1:], len(sentence)]))
    own = next((clause for clause in clauses if clause[0] <= date_span[0] < clause[1]), None)
    if own is None or not any(_A_DATE.search(sentence, *clause) for clause in clauses if clause != own):
        return sentence, date_span, verb_span
    start, end = own
    verb_span = (verb_span[0] - start, verb_span[1] - start) if verb_span and start <= verb_span[0] < end else None
    return sentence[start:end].rstrip(" ,\u3001"), (date_span[0] - start, date_span[1] - start), verb_span
