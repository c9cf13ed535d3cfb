"""Timeline round 59 (issue 14): what the even halves of holdout86-87 missed or linked wrongly, once read. Two
wrong links made more careful: a happening advised or suggested in the subjunctive ("the advice that Korea walk
away from its pact", corpus/happenings.py) and "sign" as a noun after a determiner ("read as a sign that ...",
corpus/happening_words.py). Forms added: the 2012 collapse as the signing given up in French ("ont renoncé à
signer"), failed in German ("Die Unterzeichnung scheiterte", "ist gescheitert") and folded in Korean ("체결을
접은"); the signing in Indonesian ("meneken", "membubuhkan tanda tangan") and in English with its preposition left
at the end ("which the two entered into in 2016"). Each pair: a page that reports the event (or, for the two
made careful, the one that still does), and beside it one that does not. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # English: a walk-away done (not advised in the subjunctive)
    ("termination-decision-2019", "2019-08-23",
     "On Thursday South Korea walked away from its GSOMIA with Japan.",
     "On Thursday Moon heard his aides' advice that South Korea walk away from its GSOMIA with Japan."),
    ("termination-decision-2019", "2019-08-23",
     "On Thursday South Korea walked away from its GSOMIA with Japan.",
     "On Thursday an aide suggested that South Korea walk away from its GSOMIA with Japan."),
    # English: the pact signed (not "a sign that" of something else)
    ("signing", "2016-11-24",
     "On Wednesday the two ministers sign the GSOMIA in Seoul, officials said.",
     "On Wednesday the envoy's visit was read as a sign that the GSOMIA talks had moved on, officials said."),
    # ... entered into, its preposition at the end (not in another year)
    ("signing", "2019-11-22",
     "Washington urged Seoul to keep the GSOMIA, which the two countries entered into in 2016.",
     "Washington urged Seoul to keep the GSOMIA, which the two countries entered into in 2014."),
    # French: the signing given up in 2012 (not denied)
    ("collapse-2012", "2012-06-29",
     "La Corée du Sud et le Japon ont renoncé pour l'instant à signer l'accord militaire GSOMIA vendredi.",
     "La Corée du Sud et le Japon n'ont pas renoncé à signer l'accord militaire GSOMIA vendredi."),
    # German: the signing failed in 2012 (not in another year; not denied)
    ("collapse-2012", "2016-11-14",
     "Im Jahr 2012 scheiterte die Unterzeichnung des Militärabkommens GSOMIA am Widerstand der Opposition.",
     "Im Jahr 2015 scheiterte die Unterzeichnung des Militärabkommens GSOMIA am Widerstand der Opposition."),
    ("collapse-2012", "2016-11-14",
     "Im Jahr 2012 ist die Unterzeichnung des Militärabkommens GSOMIA gescheitert.",
     "Im Jahr 2012 ist die Unterzeichnung des Militärabkommens GSOMIA nicht gescheitert."),
    # Korean: the signing folded in 2012 (not one to fold)
    ("collapse-2012", "2016-11-01",
     "2012년 정부는 거센 반발에 부딪혀 군사정보보호협정 체결을 접은 바 있다.",
     "2012년 정부는 거센 반발에 부딪히면 군사정보보호협정 체결을 접을 생각이었다."),
    # Indonesian: signed (not to be signed)
    ("signing", "2016-11-23",
     "Seoul dan Tokyo resmi meneken GSOMIA pada hari Rabu (23/11/2016) di Seoul.",
     "Seoul dan Tokyo akan meneken GSOMIA pada hari Rabu (23/11/2016) di Seoul."),
    ("signing", "2016-11-23",
     "Menteri Han Min-koo dan Duta Besar Nagamine membubuhkan tanda tangan pada GSOMIA pada hari Rabu.",
     "Menteri Han Min-koo dan Duta Besar Nagamine akan membubuhkan tanda tangan pada GSOMIA pada hari Rabu."),
]


@pytest.mark.parametrize("event, date, page", [(event, date, reports) for event, date, reports, _ in PAIRS])
def test_a_page_that_reports_the_event_is_linked_to_it(event, date, page):
    assert event in linked((page, date))


@pytest.mark.parametrize("event, date, page", [(event, date, does_not) for event, date, _, does_not in PAIRS])
def test_the_page_beside_it_is_not(event, date, page):
    assert event not in linked((page, date))
