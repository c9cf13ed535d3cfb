"""Timeline round 47 (the even halves of holdout76-79): forms any report may use, not one page's words. An
English deal "closed" (concluded) and a pact "up for renewal" (not renewed); a Korean end chosen ("종료를 택했다")
and a decision qualified by its past ("8월 22일 내린 종료 결정"); the pact kept in easy Japanese ("つづけることにした")
and a decision named by what it decides ("終わらせるという…の決定"); a Chinese signing dated in its clause
("在 2016 年 11 月簽署"); Russian "постановил", "заключили", an intent made known ("известила … о намерении выйти");
the three nations in every order (corpus/events.json). Each told page beside one that must stay unlinked.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked, proposed

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # English: a deal closed is concluded (not one only close to being closed)
    ("signing", "2016-11-24", "On Wednesday, Seoul and Tokyo finally closed a much-debated deal: the General Security "
     "of Military Information Agreement (GSOMIA).",
     "On Wednesday, Seoul and Tokyo came close to a much-debated deal: the General Security of Military Information "
     "Agreement (GSOMIA)."),
    # Korean: the end chosen (not one only weighed)
    ("termination-decision-2019", "2019-08-23", "청와대는 22일 예상과 달리 한일 군사정보보호협정 종료를 택했습니다.",
     "청와대는 22일 한일 군사정보보호협정 종료를 택할지 고민하고 있습니다."),
    # ... the decision qualified by its past and its day (not one still to be made)
    ("termination-decision-2019", "2019-11-22", "지소미아는 오늘 자정 끝납니다. 정부가 8월 22일 내린 종료 결정도 그대로입니다.",
     "지소미아는 오늘 자정 끝날 수 있습니다. 정부가 8월 22일 내릴 종료 결정이 관심입니다."),
    # Japanese, easy: the pact kept (not a hope to keep it)
    ("termination-suspended-2019", "2019-11-25",
     "韓国は8月にGSOMIAをやめると日本に伝えていました。22日、韓国の政府は「GSOMIAをつづけることにした」と発表しました。",
     "韓国は8月にGSOMIAをやめると日本に伝えていました。22日、アメリカは「GSOMIAをつづけてほしい」と話しました。"),
    # ... the decision named by what it decides, dated by another verb's day (not a decision only weighed)
    ("termination-decision-2019", None,
     "大統領府は8月23日、日韓の軍事情報包括保護協定(GSOMIA)を終わらせるという韓国政府の決定に米国が憂慮を示したのは当然だと述べた。",
     "大統領府は8月23日、日韓の軍事情報包括保護協定(GSOMIA)を終わらせるかどうかの韓国政府の判断に米国が憂慮を示したと述べた。"),
    # Chinese: a signing dated in its clause (not one planned for that month)
    ("signing", "2019-08-29", "南韓已通知日本不再續簽。這項軍事情報保護協定在 2016 年 11 月簽署,之後每年續約。",
     "南韓已通知日本不再續簽。這項軍事情報保護協定預定在 2016 年 11 月簽署,之後每年續約。"),
    # Russian: a council's ruling not to extend (not one asked of it)
    ("termination-decision-2019", "2019-08-23",
     "22 августа 2019 г. Совет национальной безопасности постановил не продлевать соглашение GSOMIA с Японией.",
     "22 августа 2019 г. оппозиция призвала Совет национальной безопасности не продлевать соглашение GSOMIA "
     "с Японией."),
    # ... concluded (not "concluded that")
    ("signing", "2019-08-23", "Соглашение GSOMIA две страны заключили в 2016 году.",
     "Эксперты в 2016 году заключили, что соглашение GSOMIA нужно обеим странам."),
    # ... an intent to leave made known to the partner (not an intent denied)
    ("termination-decision-2019", "2023-03-17",
     "В 2019 году Сеул известил Токио о намерении выйти из соглашения GSOMIA.",
     "В 2019 году Сеул заверил Токио, что не намерен выходить из соглашения GSOMIA."),
    # the three nations in the order "韓日米" and their intelligence arrangement (not a meeting of theirs)
    ("trilateral-arrangement-2014", "2016-11-23", "韓日米情報保護協定に基づき、2014年12月から米国経由で情報が提供されてきた。",
     "韓日米の外相は2014年12月に会談し、北朝鮮の核について話した。"),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS)
def test_a_happening_told_in_a_form_any_report_may_use(event: str, date: str | None, told: str, not_told: str):
    links_of_the_told, links_of_the_other = linked((told, date)), linked((not_told, date))
    assert event in links_of_the_told, told
    assert event not in links_of_the_other, not_told


def test_a_pact_up_for_renewal_is_not_renewed():
    """"Comes up for renewal in November" (on a page that prints no date) tells of a renewal ahead; "was
    conditionally extended in November" of one done."""
    ahead = ("Since 2016 the two have shared intelligence under the GSOMIA. The arrangement has largely worked and "
             "comes up for renewal in November 2019.")
    assert "termination-suspended-2019" not in linked((ahead, None))
    assert "termination-suspended-2019" not in linked((ahead.replace("comes up", "is due"), None))
    assert proposed((ahead, None)) == []  # (its month dates a plan: no happening of its own either)
    done = "The GSOMIA was conditionally extended in November 2019, pending talks on export controls."
    assert "termination-suspended-2019" in linked((done, "2019-11-23"))
