"""The Japanese words of a plan, an expectation or a course set, one list for every reader (timeline round 99): a
month's clause looking ahead (`corpus.date_patterns_foreign.CJK_AHEAD`: "11月に署名する予定"), a clause after a name
that only foresees it (`corpus.foresight`: "取り決めに署名する予定"), a happening told beside a plan
(`corpus.date_officeholders`: "締結する方針"). Not a plan kept or beaten, a deed done: "予定通り署名した" (signed as
planned), "予定より早く" (earlier than planned). A regular-expression fragment; pure standard library.
"""

from __future__ import annotations

JAPANESE_PLAN = r"(?:予定|計画)(?!通り|どおり|より)|見通し|見込み|方針"
