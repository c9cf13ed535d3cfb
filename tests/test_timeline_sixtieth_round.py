"""Timeline round 60 (issue 14): what the odd halves of holdout88-89 missed, once read: pages that retell the pact's
history name its happenings in passing. Korean: the termination put off by a decision ("종료를 미루기로 했다"), the
notice's effect stopped for a while ("효력을 잠시 멈췄다"), the 2012 signing come to nothing ("없던 일이 됐다"), its
ceremony cancelled as a twist lived through ("체결식이 취소되는 곡절을 겪었다"), and
Korea's liberation on a page that names the two lands as "한일". Japanese: the decision to end it conveyed
("破棄するとの決定を伝えた"), a headline's notice served ("破棄を日本に通告"), the lapse averted ("失効は、回避された"),
an initialling done as well ("仮署名も済ませた"). Spanish: a pact that gained force ("cobró vigor"), a signing annulled
("cuya firma se anuló"); Chinese: the signing given up ("被迫宣布放弃签约") (corpus/happening_words_retold.py,
corpus/events.json). Each pair: a page that reports the event, and beside it one that does not (a plan, a condition,
a denial, a possibility, another year, another matter). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # Korean: the end put off by a decision (not a decision only on a condition)
    ("termination-suspended-2019", "2019-11-23",
     "정부는 22일 지소미아 종료를 조건부로 미루기로 했다.",
     "정부가 22일 지소미아 종료를 조건부로 미루기로 했다면 사정은 달랐다."),
    # ... the notice's effect stopped for a while (not the pact's own effect, nor a plan)
    ("termination-suspended-2019", "2019-11-23",
     "정부는 22일 지소미아 종료 통보의 효력을 잠시 멈췄다.",
     "정부는 22일 지소미아 종료 통보의 효력을 잠시 멈출 계획이다."),
    # ... the 2012 signing come to nothing (not in another year; nor without a signing named)
    ("collapse-2012", "2019-08-23",
     "지소미아는 2012년 서명 직전까지 갔지만 비판이 거세지면서 없던 일이 됐다.",
     "지소미아는 2015년 서명 직전까지 갔지만 비판이 거세지면서 없던 일이 됐다."),
    # ... its ceremony cancelled, a twist lived through (not a cancellation of another event)
    ("collapse-2012", "2019-08-23",
     "지소미아는 2012년 밀실 논란 속에 체결식이 취소되는 곡절을 겪었다.",
     "지소미아는 2012년 밀실 논란 속에 기자회견이 취소되는 곡절을 겪었다."),
    # Korea's liberation, the lands named as "한일" (not another kind of year)
    ("liberation-1945", "2019-08-23",
     "한일 지소미아는 1945년 광복 이후 두 나라의 첫 군사 협정이다.",
     "한일 지소미아는 1965년 수교 이후 두 나라의 첫 군사 협정이다."),
    # Japanese: the decision to end it conveyed (not on a condition)
    ("termination-decision-2019", "2019-08-23",
     "韓国政府は23日、軍事情報包括保護協定(GSOMIA)を破棄するとの決定を日本に伝えた。",
     "韓国政府が23日、軍事情報包括保護協定(GSOMIA)を破棄するとの決定を日本に伝えた場合、影響は大きい。"),
    # ... a headline's notice served (not "通告へ", a plan)
    ("termination-decision-2019", "2019-08-23",
     "韓国、軍事情報包括保護協定の破棄を日本に通告\n韓国政府は23日、大使を呼んだ。",
     "韓国、軍事情報包括保護協定の破棄を日本に通告へ\n韓国政府は23日、大使を呼んだ。"),
    # ... the lapse averted (not asked whether it will be)
    ("termination-suspended-2019", "2019-11-23",
     "22日に期限を迎えるはずだったGSOMIAの失効は、ぎりぎりで回避された。",
     "22日に期限を迎えるGSOMIAの失効は、ぎりぎりで回避されるのか。"),
    # ... an initialling done as well (not a plan)
    ("tentative-agreement", "2016-11-14",
     "日韓両政府は14日、軍事情報包括保護協定(GSOMIA)の仮署名も済ませた。",
     "日韓両政府は14日、軍事情報包括保護協定(GSOMIA)の仮署名を済ませる予定だ。"),
    # Spanish: the pact gained force (not only will)
    ("takes-effect", "2016-11-23",
     "Seúl y Tokio firmaron el GSOMIA el miércoles 23. El pacto cobró vigor por la tarde.",
     "Seúl y Tokio firmaron el GSOMIA el miércoles 23. El pacto cobrará vigor más adelante."),
    # ... the 2012 signing annulled (not denied)
    ("collapse-2012", "2016-11-23",
     "El texto del GSOMIA difiere poco del borrador de 2012, cuya firma se anuló en el último momento.",
     "El texto del GSOMIA difiere poco del borrador de 2012, cuya firma no se anuló en el último momento."),
    # Chinese: the signing given up (not a plan to announce it)
    ("collapse-2012", "2019-08-23",
     "2012年6月,韩国政府在最后关头被迫宣布放弃与日本签署军事情报保护协定。",
     "2012年6月,韩国政府将宣布放弃与日本签署军事情报保护协定。"),
]


# (named by the event and the pair's place, rather than by their sentences)
CASES = [pytest.param(*pair, id=f"{pair[0]}-{place}") for place, pair in enumerate(PAIRS, 1)]


@pytest.mark.parametrize(("event", "date", "told", "untold"), CASES)
def test_a_retelling_names_the_happening_in_passing(event: str, date: str, told: str, untold: str):
    links_of_the_told, links_of_the_untold = linked((told, date)), linked((untold, date))
    assert (event in links_of_the_told, event in links_of_the_untold) == (True, False)
