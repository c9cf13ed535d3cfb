"""Timeline round 55 (issue 14): what the even halves of holdout83-85 missed, once read. Portuguese, Spanish,
Polish and Norwegian wordings of taking effect ("passou a valer", "zaczęła obowiązywać"), of the tentative deal
("chegaram ... a um entendimento"), of the 2012 collapse ("a assinatura foi suspensa", "i siste øyeblikk"), of the
2019 end ("anunciou ... que põe fim", "desfez o acordo") and of its suspension ("deixou em suspenso a decisão",
"dio marcha atrás en su decisión", German "Die Mitteilung, ... nicht mehr zu verlängern, sei nicht mehr wirksam")
(corpus/happening_words_european.py, corpus/events.json `once`); a decision named after a Portuguese or Spanish
article is one made (corpus/presupposition.py); Japanese "頓挫してから", "効力を一時止めていた", "正常化すると
...伝えた" (corpus/happening_words_cjk_reposts.py), and "終了決定を取り消す" names a decision made. Each pair: a page that reports the event, and beside it one
that does not (a denial, a study, a condition, another year, a decision still to take). Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # Portuguese and Polish: the pact took effect (not denied)
    ("takes-effect", "2016-11-23",
     "O acordo militar entre Seul e Tóquio passou a valer nesta quarta-feira.",
     "O acordo militar entre Seul e Tóquio não passou a valer nesta quarta-feira."),
    ("takes-effect", "2016-11-23",
     "Umowa wojskowa między Seulem a Tokio zaczęła obowiązywać w środę.",
     "Umowa wojskowa między Seulem a Tokio nie zaczęła obowiązywać w środę."),
    # Portuguese: an understanding reached on the text (not denied)
    ("tentative-agreement", "2016-11-14",
     "Seul e Tóquio chegaram nesta segunda-feira, em Tóquio, a um entendimento sobre o texto do acordo militar.",
     "Seul e Tóquio não chegaram nesta segunda-feira, em Tóquio, a um entendimento sobre o texto do acordo militar."),
    # Portuguese and Norwegian: the 2012 signing halted at the last hour (not in another year)
    ("collapse-2012", "2016-11-23",
     "O acordo militar com o Japão quase saiu em 2012, mas a assinatura foi suspensa por causa dos protestos.",
     "O acordo militar com o Japão quase saiu em 2015, mas a assinatura foi suspensa por causa dos protestos."),
    ("collapse-2012", "2016-11-23",
     "I 2012 skulle landene signere en militær avtale, men Seoul trakk seg i siste øyeblikk.",
     "I 2015 skulle landene signere en militær avtale, men Seoul trakk seg i siste øyeblikk."),
    # Japanese: fell through in 2012 (not only had it fallen through)
    ("collapse-2012", "2016-11-15",
     "日韓の軍事情報協定は2012年に頓挫してから4年ぶりに動き出した。",
     "日韓の軍事情報協定が2012年に頓挫していたら、状況は違っただろう。"),
    # Portuguese: the end announced in the present, the pact undone (not denied)
    ("termination-decision-2019", "2019-08-22",
     "O governo sul-coreano anunciou nesta quinta-feira que põe fim ao acordo militar com o Japão.",
     "O governo sul-coreano anunciou nesta quinta-feira que não põe fim ao acordo militar com o Japão."),
    ("termination-decision-2019", "2019-08-22",
     "Nesta quinta, Seul desfez o acordo militar com o Japão.",
     "Nesta quinta, Seul não desfez o acordo militar com o Japão."),
    # Portuguese, undated: the decision to end the GSOMIA left in suspense (not studied) ...
    ("termination-suspended-2019", None,
     "O governo de Seul deixou em suspenso a decisão de encerrar o GSOMIA com o Japão.",
     "O governo de Seul estuda deixar em suspenso a decisão de encerrar o GSOMIA com o Japão."),
    # ... which names the decision as made, on a page that names the GSOMIA (not one still to take)
    ("termination-decision-2019", None,
     "O governo de Seul deixou em suspenso a decisão de encerrar o acordo militar com o Japão. O GSOMIA vale desde 2016.",
     "O governo de Seul vai tomar a decisão de encerrar o acordo militar com o Japão. O GSOMIA vale desde 2016."),
    # Spanish, undated: the decision to let the pact lapse taken back (not only perhaps)
    ("termination-suspended-2019", None,
     "Seúl dio marcha atrás en su decisión de dejar que el acuerdo militar con Japón caducara.",
     "Seúl podría dar marcha atrás en su decisión de dejar que el acuerdo militar con Japón caducara."),
    # German, undated: the notice not to extend the pact no longer in effect (not still in effect)
    ("termination-suspended-2019", None,
     "Die Mitteilung an Japan, das Militärabkommen nicht mehr zu verlängern, sei nicht mehr wirksam, hieß es.",
     "Die Mitteilung an Japan, das Militärabkommen nicht mehr zu verlängern, sei weiter wirksam, hieß es."),
    # Japanese, a later page: the notice's effect stopped for a while (not on a condition)
    ("termination-suspended-2019", "2021-05-10",
     "韓国は日本に協定の破棄を通告したが、その効力を一時止めていた。",
     "韓国は日本に協定の破棄を通告したが、その効力を一時止めていたら、関係は違っただろう。"),
    # Japanese: the decision to end the GSOMIA named as what Seoul is asked to take back, the sentence's day
    # that of the asking (not a decision still to be made on that day)
    ("termination-decision-2019", "2019-11-06",
     "韓日軍事情報包括保護協定(GSOMIA)の期限が迫っている。同紙は6日、協定終了決定を取り消すよう米国から求められて"
     "いる韓国の立場を伝えた。",
     "韓日軍事情報包括保護協定(GSOMIA)の期限が迫っている。同紙は6日、協定終了決定を下すかどうか韓国が迷っていると"
     "伝えた。"),
    # Japanese: the normalization told to Japan (not only wished to be told)
    ("normalization-2023", "2023-03-21",
     "韓国政府は21日、GSOMIAを正常化すると日本側に伝えた。",
     "韓国政府は21日、GSOMIAを正常化すると日本側に伝えたいと述べた。"),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS,
                         ids=[f"{event}-{told[:24]}" for event, _, told, _ in PAIRS])
def test_a_happening_the_even_halves_missed(event: str, date: str | None, told: str, not_told: str):
    assert event in linked((told, date)), told  # (each fails before the round)
    assert event not in linked((not_told, date)), not_told  # (each passes before and after)
