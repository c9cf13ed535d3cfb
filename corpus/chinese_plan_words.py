"""The Chinese words of a plan, in one place for every rule that reads them (timeline round 88): the date rules'
clause looking ahead (`corpus.date_patterns_foreign.CJK_AHEAD`: "将于23日签署" is a day to come), the happenings'
wording ahead of its verb (`corpus.happenings`: "拟决定", "预定", "准备"), and the verbs kept from being told as
done by the plan right before them (`ZH_NOT_PLANNED`: "将宣布中止", "拟叫停", "即将生效"). Each character in its
simplified and its traditional form. Regular-expression fragments; pure standard library.
"""

from __future__ import annotations

# A plan, an expectation, an intention, in any clause: "计划签署" (plans to sign), "预计" (expected), "拟" (intends).
ZH_PLANNED = r"[计計][划劃]|[预預][计計]|[拟擬]"
# "Will" with its time or its place, "about to": "将于23日", "将在首尔", "即将生效" (not 将 alone, which also marks
# an object: "将协定延长").
ZH_WILL_AT = r"[将將][于於在]|即[将將]"
# What right before a verb makes it a plan, not a thing done: "将签署", "拟终止", "要", "会", "即将", "计划", "准备";
# but "会" ending a body's name is no "will": "国家安全委员会决定终止" (the security council decided), "大会", "理事会"
# ("国会" is left: "韩国会决定" is far likelier "Korea will decide" than "the Korean parliament decided").
_BEFORE_A_PLANNED_VERB = ("将", "拟", "要", "將", "擬", "即将", "即將", "计划", "計劃", "准备", "準備")
_WILL_NOT_A_BODY = r"(?<!(?<![员員大协協理])[会會])"
ZH_NOT_PLANNED = "".join(f"(?<!{word})" for word in _BEFORE_A_PLANNED_VERB) + _WILL_NOT_A_BODY
