"""Timeline round 56 (issue 14): what the odd halves of holdout86-87 missed, once read. The 2012 collapse worded in
French ("a fait marche arrière", "au dernier moment"), in Spanish as a side of the pact asking for the signing to
be put off ("Corea del Sur pidió aplazar la firma"), in Korean as a halt in the passive ("체결 직전 중단되었다") or
the pact named as the one halted ("멈췄던 협정"), in Chinese as shelved ("协定就此搁置"); talks resumed with the
talks as subject ("Les négociations ... ont repris"), reopened ("reabriram as conversas"), a decision to resume
("decidiu retomar as negociações") and Japanese "交渉再開を打ち出してから"; the tentative deal as a pledge to sign
("se comprometieron a firmar"); English "has chosen to end", "led Seoul to decide to end" (corpus/happening_words.py,
happening_words_european.py, happening_words_stems.py, happening_words_cjk_reposts.py). Each pair: a page that reports the event, and beside it one that does not (a
denial, another year, a party that is no side of the pact, a possibility, a condition, a study). Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # French: Seoul backed down in 2012, at the last moment (not in another year)
    ("collapse-2012", "2016-11-14",
     "En 2012, Séoul et Tokyo allaient signer l'accord militaire, mais Séoul a fait marche arrière.",
     "En 2015, Séoul et Tokyo allaient signer l'accord militaire, mais Séoul a fait marche arrière."),
    ("collapse-2012", "2016-11-14",
     "En 2012, Séoul a renoncé au dernier moment à l'accord militaire avec Tokyo.",
     "En 2015, Séoul a renoncé au dernier moment à l'accord militaire avec Tokyo."),
    # Spanish: a side of the pact asked to put the signing off (not a party)
    ("collapse-2012", "2016-10-28",
     "En 2012, Corea del Sur pidió aplazar la firma del acuerdo militar con Japón.",
     "En 2012, la oposición pidió aplazar la firma del acuerdo militar con Japón."),
    # Korean: halted right before the signing, in the passive (not denied)
    ("collapse-2012", "2016-11-10",
     "군사정보보호협정은 2012년 체결 직전 중단되었다.",
     "군사정보보호협정은 2012년 체결 직전 중단되지 않았다."),
    # ... the pact named as the one halted (not talks of another kind)
    ("collapse-2012", "2016-11-10",
     "2012년 여론 반발 끝에 멈췄던 군사정보보호협정을 정부가 다시 추진한다.",
     "2012년 여론 반발 끝에 멈췄던 논의를 정부가 다시 추진한다."),
    # Chinese: the pact shelved (not only possibly)
    ("collapse-2012", "2016-11-10",
     "两国原定2012年6月签署军事情报协定,但协定就此搁置。",
     "两国原定2012年6月签署军事情报协定,但协定可能被搁置。"),
    # French: the talks, as the subject, resumed (not denied)
    ("talks-resumed", "2016-11-02",
     "Les négociations sur l'accord militaire avec Tokyo ont repris mardi.",
     "Les négociations sur l'accord militaire avec Tokyo n'ont pas repris mardi."),
    # Portuguese: talks reopened (not denied), a decision to resume them (not a study)
    ("talks-resumed", "2016-11-02",
     "O Japão e a Coreia do Sul reabriram as conversas sobre o acordo militar.",
     "O Japão e a Coreia do Sul não reabriram as conversas sobre o acordo militar."),
    ("talks-resumed", "2016-11-02",
     "A Coreia do Sul decidiu retomar as negociações do acordo militar com o Japão.",
     "A Coreia do Sul estuda retomar as negociações do acordo militar com o Japão."),
    # Japanese: the resumption put forward, a month counted from it (not on a condition)
    ("talks-resumed", "2016-11-24",
     "韓国政府が軍事情報包括保護協定の交渉再開を打ち出してから一か月。",
     "韓国政府が軍事情報包括保護協定の交渉再開を打ち出していたら、状況は違った。"),
    # Spanish: bound themselves to sign (not denied)
    ("tentative-agreement", "2016-11-15",
     "El lunes, Tokio y Seúl se comprometieron a firmar el acuerdo militar GSOMIA.",
     "El lunes, Tokio y Seúl no se comprometieron a firmar el acuerdo militar GSOMIA."),
    # English: the end chosen (not denied), a decision as what something led to (not what it could lead to)
    ("termination-decision-2019", "2019-08-23",
     "On Thursday President Moon has chosen to end GSOMIA with Japan.",
     "On Thursday President Moon has not chosen to end GSOMIA with Japan."),
    ("termination-decision-2019", "2019-08-23",
     "On Thursday Japan's export controls led Seoul to decide to end the GSOMIA with Japan.",
     "On Thursday Japan's export controls could lead Seoul to decide to end the GSOMIA with Japan."),
]


@pytest.mark.parametrize("event, date, reports, does_not", PAIRS)
def test_the_page_reports_the_event_and_the_one_beside_it_does_not(event, date, reports, does_not):
    assert event in linked((reports, date))
    assert event not in linked((does_not, date))
