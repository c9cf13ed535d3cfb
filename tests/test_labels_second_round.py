"""The labels of Japan's cabinet of 29 June 2012 follow one reading (the development set's README, "Japan's cabinet of
29 June 2012"): `japan-cabinet-due-2012` is the cabinet's approval of the pact that morning, so a page telling it as
done lists it, whatever the language, and a page telling it only as due, planned or expected ("would approve on
Friday", "waiting for the Japanese Cabinet to endorse it", Japan to finish its procedures this week) does not.
Checked on the readable sets only (the default sets, without the unread even halves)."""

from __future__ import annotations

import re

import pytest

from tests.readable_labels import READABLE, events_of, text_of

EVENT = "japan-cabinet-due-2012"
PACT = r"(?:the|an|this) (?:[\w-]+ ){0,3}(?:pact|agreement|accord)\b"
JAPAN_EN = r"\b(?:Japan's|Tokyo's|Japanese|both governments') (?:cabinets?|government)"
# Japan's own press says only "政府" for its government; the day, the 29th, tells its cabinet from Seoul's of the 26th.
TOLD_DONE = re.compile("|".join((
    JAPAN_EN + r"(?: had)? (?:approved|signed off on|cleared|endorsed) " + PACT,
    JAPAN_EN + r" gave its approval\b",
    r"政府は29日(?:午前)?の閣議で[^。]{0,80}?(?:決定|了承|承認)した",
    r"일본 (?:내각회의|정부)\w*[^.]{0,40}?(?:통과시켰다|처리했다|의결했다|각의\(내각회의\)를 열고)",
    r"(?:gouvernement|Gobierno|Gabinete|kabinet) (?:japonais|japonés|Jepang) [^.]{0,20}?"
    r"(?:a approuvé|diera (?:hoy )?luz verde|aprobó|memberikan lampu hijau)",
)), re.I)
TOLD_DUE = re.compile("|".join((
    JAPAN_EN + r" (?:would|will|is due to|is to|is expected to) (?:approve|endorse)",
    r"\bwaiting for the Japanese Cabinet to endorse",
    r"se prevé que el Gabinete de [\w ]+ haga lo mismo",
    r"\b(?:le Japon|Tokyo) (?:devait|doit) [^.]{0,20}boucler|Tokyo cũng dự kiến xong các thủ tục",
    r"일본이 (?:국내 )?절차를 마치면",
)), re.I)


def test_a_page_telling_that_japans_cabinet_approved_the_pact_lists_it():
    told_done = [pid for pid, text, _ in READABLE if TOLD_DONE.search(text)]
    assert {"holdout2/002", "holdout13/001", "holdout21/004", "holdout87/004", "holdout11/002"} <= set(told_done)
    assert [pid for pid in told_done if EVENT not in events_of(pid)] == []


def test_a_page_telling_japans_cabinet_only_as_due_does_not_list_it():
    told_due = [pid for pid, text, _ in READABLE if TOLD_DUE.search(text) and not TOLD_DONE.search(text)]
    assert {"holdout9/003", "holdout15/002", "holdout87/001", "holdout81/007", "holdout19/008"} <= set(told_due)
    assert [pid for pid in told_due if EVENT in events_of(pid)] == []


@pytest.mark.parametrize("page_id, phrase, listed", [
    # told as done, in English: gained on 2026-12-07
    ("holdout2/002", "Japan's Cabinet approved the agreement on Friday", True),
    ("holdout2/003", "Tokyo's Cabinet signed off on the agreement on Friday", True),
    ("holdout13/005", "Tokyo's cabinet approved the agreement on Friday", True),
    ("holdout17/005", "Japan's Cabinet gave its approval on Friday", True),
    ("holdout2/001", "Both governments' cabinets had cleared", True),
    ("holdout15/003", "the Japanese government had approved an agreement", True),
    # told as done, in Japanese, Korean, Spanish: gained, or kept as they were
    ("holdout13/001", "日本政府は29日の閣議で", True),
    ("holdout85/001", "일본 정부도 29일 각의(내각회의)를 열고", True),
    ("holdout83/001", "el Gobierno japonés diera hoy luz verde al texto", True),
    # only due: lost (15/002) or kept unlisted
    ("holdout15/002", "waiting for the Japanese Cabinet to endorse it", False),
    ("holdout9/003", "the Japanese Cabinet would approve the accord on Friday", False),
    ("holdout87/001", "se prevé que el Gabinete de Yoshihiko Noda haga lo mismo", False),
])
def test_the_phrase_that_decides_a_page_decides_its_label(page_id, phrase, listed):
    assert phrase in text_of(page_id)
    assert (EVENT in events_of(page_id)) is listed
