"""The labels of Seoul's word of 27-28 June 2012 and of the cabinet's closed-door approval follow one reading (the
development set's README, "Seoul's word of 27 June 2012"). `seoul-says-it-will-sign-2012` is a statement: a page of
the 2012 story that has Seoul's government (its foreign ministry, a spokesman, an official or source of the government,
its ambassador in Tokyo) say before the ceremony that the pact will be signed lists it, whatever the language; a page
telling the signing only as planned or due, or Seoul's word after the delay (to sign once parliament is consulted),
does not. A page naming the cabinet's closed-door handling of the pact lists `cabinet-approval-2012`.
Checked on the readable sets only (the default sets, without the unread even halves)."""

from __future__ import annotations

import re

import pytest

from tests.readable_labels import READABLE, events_of, text_of

EVENT = "seoul-says-it-will-sign-2012"
CABINET = "cabinet-approval-2012"
SIGN_EN = r"(?:will sign|will be signed|planned to sign|getting ready to sign|signing could take place)"
SEOUL_EN = r"(?:Foreign Ministry|spokesman|officials?|source|government|ambassador)"
SEOUL_SAYS = re.compile("|".join((
    SEOUL_EN + r"\b[^.]{0,60}?\b(?:said|told|announced)\b[^.]{0,60}?" + SIGN_EN,
    SIGN_EN + r"[^.]{0,120}?\b" + SEOUL_EN + r"\b[^.]{0,40}?\bsaid\b",
    SIGN_EN + r"[^\"]{0,60}\"?,\"? (?:the )?[\w ]{0,30}" + SEOUL_EN + r" said",
    r"vão assinar oficialmente[^\"]{0,60}\", disse a fonte",
    r"대변인은 2[78]일[^.]{0,80}서명하게 될 것이라고 말했다",
    r"政府筋の話として、署名は",
    r"發言人[^,]{0,10}[昨今]天[^。]{0,80}說[^。]{0,60}簽署",
    r"ministère sud-coréen des Affaires étrangères avait annoncé que l'accord[^.]{0,80}serait signé",
    r"Citant des sources gouvernementales[^.]{0,120}se préparaient à signer",
    r"عن مسؤول حكومي أن[^.]{0,60}سيضعان توقيعهما",
    r"Un funcionario surcoreano dijo[^.]{0,80}la firma",
    r"Các nguồn tin cho biết[^.]{0,80}có thể được ký",
)), re.I)
# The signing told as the governments' plan or as due, with no one of Seoul saying it.
ONLY_PLANNED = re.compile(
    r"서명할 계획이었?다|署名する運びだ|署名する段取りになっていた|doit donc avoir lieu cet après-midi|"
    r"had planned to sign a pact|was due to be signed on Friday"
)
# Seoul's word after the delay: a signing again, once parliament has been consulted.
AFTER_THE_DELAY = re.compile(
    r"would be signed after further consultation|push for the signing after consultations|"
    r"se firmará cuando concluyan nuevas consultas|국회와 협의한 후 서명을 추진하기로"
)
CLOSED_DOOR_CABINET = re.compile(r"국무회의 비공개 처리|국무회의에서 협정안을 조용히 처리|國務\(內閣\)會議上「秘密通過」")


def _pages_of_2012():
    return [(pid, text) for pid, text, label in READABLE if label["story"].startswith("gsomia-2012")]


def test_a_page_telling_seouls_word_that_it_will_sign_lists_it():
    told = [pid for pid, text in _pages_of_2012() if SEOUL_SAYS.search(text)]
    gained_and_kept = {"holdout/001", "holdout9/003", "holdout17/004", "holdout79/001", "holdout87/008",
                       "holdout19/008"}
    assert gained_and_kept <= set(told)
    assert [pid for pid in told if EVENT not in events_of(pid)] == []


@pytest.mark.parametrize("form", [ONLY_PLANNED, AFTER_THE_DELAY])
def test_a_signing_only_planned_or_promised_after_the_delay_does_not_list_it(form):
    pages = [pid for pid, text in _pages_of_2012() if form.search(text) and not SEOUL_SAYS.search(text)]
    assert len(pages) >= 3
    assert [pid for pid in pages if EVENT in events_of(pid)] == []


def test_a_page_naming_the_cabinets_closed_door_handling_lists_the_approval():
    named = [pid for pid, text, _ in READABLE if CLOSED_DOOR_CABINET.search(text)]
    assert {"holdout19/007", "holdout87/005", "holdout79/001"} <= set(named)
    assert [pid for pid in named if CABINET not in events_of(pid)] == []


@pytest.mark.parametrize("page_id, phrase, listed", [
    # Seoul's word before the ceremony: gained on 2026-12-07
    ("holdout/001", "the foreign ministry here had said the two countries planned to sign", True),
    ("holdout2/004", "A senior official said the two sides are getting ready to sign", True),
    ("holdout9/003", "will sign the pact on Friday,\" the South Korean Foreign Ministry official", True),
    ("holdout17/003", "聯合ニュースは政府筋の話として、署名は「遅くとも来週」", True),
    ("holdout17/004", "Shin Kak-soo, South Korea's ambassador in Tokyo, told the New York Times", True),
    ("holdout79/001", "南韓外交通商部發言人趙炳珶昨天在例行記者會上還說", True),
    ("holdout81/007", "Citant des sources gouvernementales, l'agence sud-coréenne Yonhap a indiqué le 27 juin", True),
    ("holdout82/001", "ونقلت وكالة أنباء يونهاب عن مسؤول حكومي", True),
    ("holdout87/001", "Un funcionario surcoreano dijo a la agencia nipona Kyodo", True),
    ("holdout87/003", "Theo các nguồn tin chính phủ Hàn Quốc", True),
    ("holdout87/008", "le ministère sud-coréen des Affaires étrangères avait annoncé", True),
    # listed before, kept
    ("holdout19/008", "조병제 외교부 대변인은 28일 정례 브리핑에서", True),
    ("holdout10/001", "disse a fonte à \"Yonhap\"", True),
    # the signing only planned or due, or Seoul's word after the delay: unlisted, kept
    ("holdout85/001", "두 나라는 이날 오후 도쿄의 일본 외무성에서 협정문에 서명할 계획이다", False),
    ("holdout13/001", "両国はこの日の午後、東京の外務省で協定に署名する運びだ", False),
    ("dev/007", "A Foreign Ministry official said the pact would be signed after further consultation", False),
    ("holdout83/001", "La diplomacia surcoreana sostiene que el acuerdo se firmará cuando concluyan", False),
])
def test_the_phrase_that_decides_a_page_decides_its_label(page_id, phrase, listed):
    assert phrase in text_of(page_id)
    assert (EVENT in events_of(page_id)) is listed
