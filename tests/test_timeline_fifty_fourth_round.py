"""Timeline round 54 (issue 14): what the odd halves of holdout83-85 still missed. On a page that prints no
date, a weekday with its day of the month ("el martes 1", "nesta quinta-feira (22)") dates a wording of the event
(corpus/date_weekday_and_day.py); the conditional suspension named in Spanish, Italian and Korean tells the 2019
suspension again, the halted signing of "the first military pact with Japan" the 2012 collapse (corpus/events.json
`once`); "ジーソミア" names the GSOMIA; "통과시켜 놓고도" is an approval done (corpus/happening_words_languages.py).
Each pair: a page that reports the event, and beside it one that does not (another day, a later year, a study, a
plan, a question). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # Spanish, undated: the talks resumed on Tuesday the 1st (1 November 2016), not on Tuesday the 8th
    ("talks-resumed", None,
     "Los negociadores de Seúl y Tokio volvieron a sentarse a la mesa el martes 1 para hablar del acuerdo militar.",
     "Los negociadores de Seúl y Tokio volvieron a sentarse a la mesa el martes 8 para hablar del acuerdo militar."),
    # Portuguese, undated: the decision of Thursday the 22nd (22 August 2019), not of Thursday the 15th
    ("termination-decision-2019", None,
     "O governo sul-coreano informou nesta quinta-feira (22) que vai desfazer o acordo militar com o Japão.",
     "O governo sul-coreano informou nesta quinta-feira (15) que vai desfazer o acordo militar com o Japão."),
    # ... nor on a page that names a later year (a Thursday the 22nd of another month)
    ("termination-decision-2019", None,
     "O governo sul-coreano informou nesta quinta-feira (22) que vai desfazer o acordo militar com o Japão.",
     "O governo sul-coreano informou nesta quinta-feira (22) que vai desfazer o acordo militar com o Japão, "
     "assinado em 2016 e suspenso em 2021."),
    # Spanish, undated: the end left in suspense on conditions (not a study of it)
    ("termination-suspended-2019", None,
     "El gobierno surcoreano decidió dejar en suspenso, con condiciones, el fin del acuerdo militar con Japón.",
     "El gobierno surcoreano estudia dejar en suspenso, con condiciones, el fin del acuerdo militar con Japón."),
    # Italian, undated: suspended on conditions the decision to end the pact (not "could suspend")
    ("termination-suspended-2019", None,
     "Il governo di Seul ha sospeso a determinate condizioni la decisione di porre fine all'accordo militare.",
     "Il governo di Seul potrebbe sospendere a determinate condizioni la decisione di porre fine all'accordo."),
    # Korean, undated: the suspension of the notice, notified (not planned)
    ("termination-suspended-2019", None,
     "정부는 일본에 '종료 통보'를 했다가 다시 '종료 통보의 정지'를 통보하면서 지소미아는 불안정한 상태로 남았다.",
     "정부는 일본에 '종료 통보의 정지'를 통보할 계획이라고 밝혔고 지소미아는 불안정한 상태로 남았다."),
    # Polish, undated: the signing of the first military pact with Japan halted (2012's; not any pact's)
    ("collapse-2012", None,
     "Rząd w Seulu w ostatniej chwili wstrzymał podpisanie pierwszego porozumienia wojskowego z Japonią.",
     "Rząd w Seulu w ostatniej chwili wstrzymał podpisanie porozumienia wojskowego z Japonią."),
    # Japanese: "ジーソミア" names the GSOMIA, whose end was decided (not only whether it will be)
    ("termination-decision-2019", "2019-11-22",
     "韓国政府がジーソミアの終了を決めた日からは、ちょうど3カ月になる。",
     "韓国政府がジーソミアの終了を決めるかどうかが焦点だ。"),
    # Korean: the cabinet passed the bill on the 26th and left it so (not a plan to)
    ("cabinet-approval-2012", "2012-06-29",
     "정부는 지난 26일 국무회의에서 체결안을 통과시켜 놓고도 이를 알리지 않았다.",
     "정부는 다음 국무회의에서 체결안을 통과시켜 놓을 계획이다."),
]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{event}-{told[:24]}" for event, _, told, _ in PAIRS])
def test_a_happening_the_odd_halves_missed(pair: tuple[str, str | None, str, str]):
    event, date, told, not_told = pair
    assert event in linked((told, date)), told  # (each fails before the round)
    assert event not in linked((not_told, date)), not_told  # (each passes before and after)
