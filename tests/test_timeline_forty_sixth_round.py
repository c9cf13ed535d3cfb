"""Timeline round 46 (the odd halves of holdout78 and holdout79): how Japanese portals and matome blogs and the
Chinese press of the mainland, Taiwan and Hong Kong word a happening as done (corpus/happening_words_cjk_reposts.py),
a Chinese signing dated by a day a few more words before it, a decision named as made in Japanese
(corpus/presupposition.py), and the pact's, the cabinet's, the three nations' and a minister's names in traditional
and simplified Chinese (corpus/events.json). Each positive case beside a plan or another thing that must stay unlinked.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

_SUSPENDED = "韓国政府は22日、日本との軍事情報包括保護協定について、韓国が出した破棄通告の効力を止めると明らかにした。"
_LEFT_OPEN = "韓国政府は22日、日本との軍事情報包括保護協定について、通告の効力を止めるかどうか明らかにしなかった。"

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # Japanese: an agreement reached in substance (not one only expected)
    ("tentative-agreement", "2016-11-14", "日韓両政府の担当者は14日に東京で協議し、協定の具体的な中身で実質的に合意しました。",
     "日韓両政府の担当者は来週協議し、協定の具体的な中身で実質的に合意する見通しです。"),
    # ... an end announced with "終わらせる" (not one to be announced)
    ("termination-decision-2019", "2019-08-22", "韓国政府は2019年8月22日、日本との軍事情報包括保護協定を終わらせると発表した。",
     "韓国政府は近く、日本との軍事情報包括保護協定を終わらせると発表する予定だ。"),
    # ... the notice's effect to be stopped, announced, and the notice named as issued (not left open)
    ("termination-suspended-2019", "2019-11-22", _SUSPENDED, _LEFT_OPEN),
    ("termination-decision-2019", "2019-11-22", _SUSPENDED, _LEFT_OPEN),
    # ... the pact qualified by a past relative clause: the decision made (another day's meeting dates it not)
    ("termination-decision-2019", "2019-11-16",
     "文政権が破棄を決めたGSOMIA(軍事情報包括保護協定)は、失効まで1週間を残すのみとなった。"
     "米国防長官が15日、ソウルで大統領と会い、維持を求めた。",
     "文政権が破棄を検討しているGSOMIA(軍事情報包括保護協定)は、来年8月に更新の期限を迎える。"
     "米国防長官が15日、ソウルで大統領と会い、維持を求めた。"),
    # Chinese: a signing dated by its day, the place and the signers between (not with a plan between)
    ("signing", "2016-11-23", "韩国国防部长官与日本驻韩大使23日上午在首尔代表两国签署《军事情报保护协定》。",
     "韩国国防部长官23日表示将于下周在首尔签署《军事情报保护协定》。"),
    # ... the pact's name in traditional characters tells of the decision on a page that prints no date
    ("termination-decision-2019", None,
     "南韓指日本的出口管制使兩國安全合作的條件出現嚴重變化,宣布終止與日本分享情報的《韓日軍事情報保護協定》。",
     "南韓指日本的出口管制使兩國安全合作的條件出現嚴重變化,考慮終止與日本分享情報的《韓日軍事情報保護協定》。"),
    # ... an end announced, the pact its object (not a plan to announce it)
    ("termination-decision-2019", "2019-08-22", "韩国政府22日宣布中止《军事情报保护协定》。",
     "韩国政府22日表示将宣布中止《军事情报保护协定》。"),
    # ... the signing halted at the last minute (not a halt ahead)
    ("collapse-2012", "2012-06-29", "原本預定今天下午在東京簽字的「軍事情報保護協定」,在最後一刻被韓方叫停。",
     "南韓執政黨表示,韓方將在最後一刻叫停「軍事情報保護協定」的簽署。"),
    # ... passed by the cabinet, told as "是...通過的" (not to be passed)
    ("cabinet-approval-2012", "2012-06-28", "民間團體召開記者會,指這項協定是在國務(內閣)會議上「秘密通過」的。",
     "民間團體召開記者會,指這項協定將在國務(內閣)會議上通過。"),
    # ... the three nations in traditional characters and their intelligence arrangement (not a meeting of theirs)
    ("trilateral-arrangement-2014", "2016-11-23", "韓美日三方曾於2014年12月簽署《韓美日關於朝鮮核與飛彈威脅的情報交流協議》。",
     "韓美日三方曾於2014年12月在華盛頓舉行外長會談。"),
    # ... Japan's defence minister of 2011 by his name in Chinese characters (not any visiting minister)
    ("talks-agreed-2011", "2011-01-10", "韩国国防部长官金宽镇10日与来访的日本防卫大臣北泽俊美在首尔会谈,讨论两国军事合作。",
     "韩国国防部长官金宽镇10日与来访的日本防卫大臣在首尔会谈,讨论两国军事合作。"),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS)
def test_a_happening_told_in_japanese_and_chinese(event: str, date: str | None, told: str, not_told: str):
    assert event in linked((told, date))
    assert event not in linked((not_told, date))


def test_a_notice_not_sent_is_no_decision():
    """"Neither side gave notice, so the pact went on" (2017) tells of no end decided (a page the pact's traditional
    name, "日韓…軍事情報保護協定", would otherwise have linked)."""
    page = "日韓軍事情報保護協定は、日韓どちらも終了を通告しなかったため、自動で延長されることになった。"
    assert "termination-decision-2019" not in linked((page, "2017-08-25"))
    assert "termination-decision-2019" in linked((page.replace("しなかったため", "したため"), "2019-08-23"))
