"""Timeline round 51 (issue 14): the pact's names and its past happenings in Turkish, Persian, Swahili and Hausa
(corpus/events.json's `pact` and `gsomia` aliases; corpus/happening_words_middle_east.py). A past or a decision made
links; beside each, a plan (Turkish "-ecek", Persian "خواهد", Swahili "-ta-", Hausa "za"), a denial or another
pact stays unlinked. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date, a page that reports it, a page beside it that does not)
PAIRS = [
    # Turkish: the pact's full name, ended (a page after 2019 reports the decision), not another pact ended
    ("termination-decision-2019", "2021-05-01",
     "Güney Kore, Japonya ile Askeri Bilgi Güvenliği Genel Anlaşması'nı feshetti.",
     "Güney Kore, Japonya ile balıkçılık anlaşmasını feshetti."),
    # ... the intelligence-sharing pact ended (not to be ended: "-ecek")
    ("termination-decision-2019", "2021-05-01",
     "Güney Kore, Japonya ile askeri istihbarat paylaşım anlaşmasını feshetti.",
     "Güney Kore, Japonya ile askeri istihbarat paylaşım anlaşmasını feshedecek."),
    # Persian: signed (not "will sign", "امضا خواهند کرد")
    ("signing", "2016-11-23",
     "کره جنوبی و ژاپن امروز توافقنامه امنیت عمومی اطلاعات نظامی را امضا کردند.",
     "کره جنوبی و ژاپن فردا توافقنامه امنیت عمومی اطلاعات نظامی را امضا خواهند کرد."),
    # ... ended (not "did not end", "پایان نداد")
    ("termination-decision-2019", "2019-08-23",
     "سئول به پیمان تبادل اطلاعات نظامی با ژاپن پایان داد.",
     "سئول به پیمان تبادل اطلاعات نظامی با ژاپن پایان نداد."),
    # Swahili: they signed (not "watatia saini", they will sign)
    ("signing", "2016-11-23",
     "Korea Kusini na Japan walitia saini mkataba wa kubadilishana taarifa za kijasusi leo.",
     "Korea Kusini na Japan watatia saini mkataba wa kubadilishana taarifa za kijasusi kesho."),
    # ... announced that it will end the pact: the decision made known (a bare "itasitisha" is a plan)
    ("termination-decision-2019", "2019-08-23",
     "Korea Kusini imetangaza kuwa itasitisha makubaliano yake na Japan ya kupeana taarifa za kijasusi.",
     "Korea Kusini itasitisha makubaliano yake na Japan ya kupeana taarifa za kijasusi."),
    # ... has ended it (not "has not ended it", "haijasitisha")
    ("termination-decision-2019", "2019-08-23",
     "Korea Kusini imesitisha makubaliano yake na Japan ya kupeana taarifa za kijasusi.",
     "Korea Kusini haijasitisha makubaliano yake na Japan ya kupeana taarifa za kijasusi."),
    # Hausa: they signed (not "za su", they will)
    ("signing", "2016-11-23",
     "Koriya ta Kudu da Japan sun sanya hannu kan yarjejeniyar musayar bayanan sirri na soja.",
     "Koriya ta Kudu da Japan za su sanya hannu kan yarjejeniyar musayar bayanan sirri na soja."),
    # ... she signed (not "ba ta ... ba", she did not)
    ("signing", "2016-11-23",
     "Koriya ta Kudu ta sa hannu kan yarjejeniyar musayar bayanan sirri da Japan.",
     "Koriya ta Kudu ba ta sa hannu kan yarjejeniyar musayar bayanan sirri da Japan ba."),
    # ... cancelled the pact (not "za ta soke", will cancel)
    ("termination-decision-2019", "2019-08-23",
     "Koriya ta Kudu ta soke yarjejeniyar musayar bayanan sirri da Japan.",
     "Koriya ta Kudu za ta soke yarjejeniyar musayar bayanan sirri da Japan."),
]


@pytest.mark.parametrize(("event", "date", "told", "not_told"), PAIRS)
def test_a_happening_told_in_turkish_persian_swahili_or_hausa(event: str, date: str, told: str, not_told: str):
    assert event in linked((told, date)), told
    assert event not in linked((not_told, date)), not_told
