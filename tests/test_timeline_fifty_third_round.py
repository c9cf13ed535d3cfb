"""Timeline round 53 (issue 14): Europe's press and Korea's. A time given "as early as" ("이르면 23일 서명") is a
forecast, and "지난 5월" (last May) dates what it tells (corpus/happening_contexts.py, corpus/date_readers.py);
the pact's names in Polish, Czech, Dutch, the Scandinavian languages (corpus/events.json) and their past
happenings (corpus/happening_words_european.py). Each pair: a page that reports the event, and beside it one
that does not (a forecast, a plan, a denial, another month). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # Korean: a headline's bare noun at a line's end tells it done, unless the day is only "as early as"
    ("signing", "2016-11-23",
     "한일 군사정보보호협정, 오늘 오전 국방부에서 서명",
     "한일 군사정보보호협정, 이르면 23일 국방부에서 서명"),
    # ... "지난 5월" dates a putting-off to May, not to the page's June
    ("collapse-2012", "2012-06-29",
     "정부는 오늘 오후로 잡혀 있던 한일 정보보호협정 서명을 미뤘다.",
     "국방장관은 지난 5월 한일 정보보호협정에 서명할 예정이었으나 미뤘다."),
    # Norwegian: signed (not "will be signed", "vil bli undertegnet")
    ("signing", "2016-11-23",
     "Sør-Korea og Japan har undertegnet en avtale om å utveksle militær etterretning.",
     "Avtalen om å utveksle militær etterretning vil bli undertegnet av Sør-Korea og Japan."),
    # Danish: decided to give the pact up (not "has not decided")
    ("termination-decision-2019", "2019-08-22",
     "Sydkorea har i dag besluttet at opgive en aftale med Japan om at dele efterretninger.",
     "Sydkorea har ikke besluttet at opgive en aftale med Japan om at dele efterretninger."),
    # Polish: announced that it will withdraw (not "considers whether it will")
    ("termination-decision-2019", "2019-08-22",
     "Korea Południowa ogłosiła, że wycofa się z umowy o wymianie informacji wywiadowczych z Japonią.",
     "Korea Południowa rozważa, czy wycofa się z umowy o wymianie informacji wywiadowczych z Japonią."),
    # ... signed (not "did not sign", "nie podpisały")
    ("signing", "2016-11-23",
     "Korea Południowa i Japonia podpisały porozumienie o wymianie danych wywiadowczych.",
     "Korea Południowa i Japonia nie podpisały porozumienia o wymianie danych wywiadowczych."),
    # ... halted the signing (not "did not halt it")
    ("collapse-2012", "2012-06-29",
     "Seul wstrzymał podpisanie porozumienia wojskowego z Japonią.",
     "Seul nie wstrzymał podpisania porozumienia wojskowego z Japonią."),
    # Czech: signed (not "nepodepsali", did not)
    ("signing", "2016-11-23",
     "Jižní Korea a Japonsko podepsali dohodu o výměně vojenských informací.",
     "Jižní Korea a Japonsko nepodepsali dohodu o výměně vojenských informací."),
    # Dutch: have signed (not "will sign", "zullen ondertekenen"; not "niet ondertekend")
    ("signing", "2016-11-23",
     "Zuid-Korea en Japan hebben de overeenkomst over militaire inlichtingen ondertekend.",
     "Zuid-Korea en Japan hebben de overeenkomst over militaire inlichtingen niet ondertekend."),
    # German: steps out of a compound-named pact; an end told in reported speech (not a
    # plan to step out, nor a question weighed)
    ("termination-decision-2019", "2019-08-22",
     "Südkorea steigt aus einem Militärabkommen mit Japan aus.",
     "Südkorea will aus einem Militärabkommen mit Japan aussteigen."),
    ("termination-decision-2019", "2019-08-22",
     "Seoul gab bekannt, dass der Pakt mit Japan nicht verlängert werde.",
     "Seoul prüft, ob der Pakt mit Japan nicht verlängert werden soll."),
    # Portuguese: announced that it will abandon the pact (a bare "vai abandonar" is a plan)
    ("termination-decision-2019", "2019-08-22",
     "A Coreia do Sul anunciou nesta quinta-feira que vai abandonar o pacto com o Japão.",
     "A Coreia do Sul vai abandonar o pacto com o Japão."),
    # Spanish: never got signed in 2012 (the collapse), not in another year
    ("collapse-2012", "2016-11-01",
     "El acuerdo con Japón no llegó a firmarse en 2012.",
     "El acuerdo con Japón no llegó a firmarse en 2014."),
    # ... decided to suspend the end, with commas between (not only studying it)
    ("termination-suspended-2019", "2019-11-22",
     "Corea del Sur resolvió dejar en suspenso, con condiciones, el fin del acuerdo con Japón.",
     "Corea del Sur estudia dejar en suspenso, con condiciones, el fin del acuerdo con Japón."),
    # Italian: suspended, on conditions, the decision to end the pact (not "could suspend")
    ("termination-suspended-2019", "2019-11-22",
     "Seul ha sospeso a determinate condizioni la decisione di porre fine all'accordo con Tokyo.",
     "Seul potrebbe sospendere la decisione di porre fine all'accordo con Tokyo."),
]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{event}-{told[:24]}" for event, _, told, _ in PAIRS])
def test_a_happening_told_in_europes_press_or_koreas(pair: tuple[str, str, str, str]):
    event, date, told, not_told = pair
    assert event in linked((told, date)), told  # (each fails before the round)
    assert event not in linked((not_told, date)), not_told  # (each passes before and after)
