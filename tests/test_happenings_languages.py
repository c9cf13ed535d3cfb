"""The wordings of other languages (corpus.happening_words_languages): found as having
happened only in their forms of a thing done, and never slow on hostile text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.happenings import find_happenings
from tests.hostile_timing import assert_runs_quickly

ROUND_14 = Path(__file__).parent / "fixtures" / "happening_frames_fourteenth_round.json"
ROUND_15 = Path(__file__).parent / "fixtures" / "happening_frames_fifteenth_round.json"


@pytest.mark.parametrize("text, kind, frame", [
    ("La Corée du Sud et le Japon ont signé l'accord.", "sign", "reported"),
    ("Korea Selatan akan menandatangani perjanjian itu.", "sign", "planned"),
    ("Korea Selatan tidak menandatangani perjanjian itu.", "sign", "denied"),
    ("Il governo non ha firmato l'accordo.", "sign", "denied"),
    ("정부는 협정을 종료하기로 결정했다.", "terminate", "reported"),
    ("政府は協定の終了を決定した。", "terminate", "reported"),
    # German, Spanish, Portuguese, Russian, Vietnamese, Arabic and Chinese
    # (corpus.happening_words_more_languages), and the takings of effect
    ("Südkorea und Japan haben das Abkommen unterzeichnet.", "sign", "reported"),
    ("Das Abkommen soll am Mittwoch unterzeichnet werden.", "sign", None),
    ("Seoul hat das Abkommen nicht unterzeichnet.", "sign", "denied"),
    ("El pacto fue firmado en Seúl.", "sign", "reported"),
    ("Corea del Sur no firmó el acuerdo.", "sign", "denied"),
    ("Соглашение будет подписано в среду.", "sign", "planned"),
    ("Стороны не подписали соглашение.", "sign", "denied"),
    ("Hai nước đã ký hiệp định.", "sign", "reported"),
    ("Hai nước sẽ được ký hiệp định.", "sign", "planned"),
    ("韩日两国正式签署了协定。", "sign", "reported"),
    ("韩日两国将于23日签署协定。", "sign", "planned"),  # (a plan, found since timeline round 85)
    ("Corea del Sur ha dado por terminado el acuerdo.", "terminate", "reported"),
    ("Seúl contestó negándose a renovar el acuerdo.", "terminate", "reported"),
    ("A Coreia do Sul decidiu não renovar o acordo.", "terminate", "reported"),
    ("Сеул решил прекратить действие соглашения.", "terminate", "reported"),
    ("قررت كوريا الجنوبية إنهاء الاتفاقية.", "terminate", "reported"),
    ("韩国政府决定终止协定。", "terminate", "reported"),
    ("韩国政府拟决定终止协定。", "terminate", None),
    ("Der Beschluss, den Pakt nicht zu verlängern, wurde auf Eis gelegt.", "extend", "reported"),
    ("Сеул приостановил решение о выходе из соглашения.", "extend", "reported"),
    ("韩国宣布暂停终止协定。", "extend", "reported"),
    ("Das Abkommen ist in Kraft getreten.", "take-effect", "reported"),
    ("El acuerdo entró en vigor en noviembre.", "take-effect", "reported"),
    ("Соглашение вступило в силу.", "take-effect", "reported"),
    ("협정은 2016년 11월 23일 발효됐다.", "take-effect", "reported"),
    ("協定は同日発効した。", "take-effect", "reported"),
    ("该协定于当日生效。", "take-effect", "reported"),
    ("该协定将于23日正式生效。", "take-effect", "planned"),
    ("该协定即将生效。", "take-effect", None),
    ("Văn kiện có hiệu lực ngay từ ngày ký.", "take-effect", "reported"),
    ("Văn kiện sẽ có hiệu lực từ ngày ký.", "take-effect", "planned"),
    ("この協定は話し合いが棚上げになっていた。", "collapse", "reported"),
    ("韩日曾推动签署该协定,但因舆论反对而作罢。", "collapse", "reported"),
    ("双方此前已完成草签。", "agree", "reported"),
    ("Южная Корея решила в полном объеме вернуть в действие соглашение.", "normalize", "reported"),
    ("South Korea on Tuesday restored in full its pact with Japan.", "normalize", "reported"),
    ("Seoul informed Tokyo that it would pull back its notice of withdrawal.", "extend", "reported"),
    ("Seoul clears way for a formal signing on Wednesday.", "sign", "planned"),
    # (and timeline round 14's: tests/fixtures/happening_frames_fourteenth_round.json)
    *map(tuple, json.loads(ROUND_14.read_text(encoding="utf-8"))["cases"]),
    # (and round 15's stems and endings: tests/fixtures/happening_frames_fifteenth_round.json)
    *map(tuple, json.loads(ROUND_15.read_text(encoding="utf-8"))["cases"]),
])
def test_a_form_of_a_thing_done_is_reported_a_plan_or_denial_is_not(text, kind, frame):
    found = [(h.kind, h.frame) for h in find_happenings(text) if h.kind == kind]
    assert found == ([(kind, frame)] if frame else [])


@pytest.mark.parametrize("text", [
    "L'accord sera signé mercredi.", "La Corée du Sud et le Japon n'ont pas signé l'accord.",
    "정부는 협정을 종료할 예정이다.", "政府は協定の終了を検討している。", "両政府は仮署名する見通しだ。",
    "한 사람이 왔다. 그가 한 말을 들었다.",  # a past ending alone is no happening
    "The VA signed the lease on Monday.",  # (found, and no plan: "va" is French only in lower case)
])
def test_plans_denials_and_bare_endings_are_not_reported(text):
    reported = [h for h in find_happenings(text) if h.reported]
    assert all(text[h.start:h.end] == "signed" for h in reported)


@pytest.mark.parametrize("text", [
    "종료" + "결정" * 28 + "x", "종료" + " 결정" * 5000 + " x", "통보 " * 5000, "終了" + "を" * 5000,
    "a " * 20000 + "signé", "\uac00" * 50000,
    "Beschluss" + ", -" * 10000 + " auszusteigen", "Entscheidung" + " a-" * 10000 + " auf Eis",
    "Ausstieg" + "-" * 40000,
    "nahm " + "a " * 20000 + "zurück", "decidió " + "a " * 20000, "قرار " * 10000 + "إنهاء", "签署" * 20000 + "了",
    "đã " * 20000, "决定" * 20000, "将正式" * 20000 + "生效", "вернуть " * 10000, "pull back " * 10000,
    "clearing the way for " * 5000 + "signing",
    "signed " * 20000, "Seoul and Tokyo signed the pact, " * 5000,
    "decidió " * 5000 + "posponerlo", "decisión " * 5000 + "quedó", "Abkommen " * 5000 + "geschlossen",
    "于2016年11月23日" * 5000 + "签署", "延期を" * 5000 + "伝えた", "keep, for now, " * 5000 + "the pact",
    "rouvrent " * 5000 + "les négociations", "that it had pledged in August " * 3000 + "to leave",
    "23日" * 10000 + "签署", "未能" * 10000 + "签成", "签署" + "当天" * 10000 + "叫停", "宣布" * 10000 + "重启谈判",
    "решили " * 5000 + "не расторгать", "решение " * 5000 + "восстановить", "шаг " * 5000 + "был приостановлен",
    "được " * 10000 + "ký", "mettait en suspens " * 5000 + "sa décision", "다시 " * 10000 + "시작했다",
    "체결되지" + " 못" * 10000, "今年" * 10000 + "10月底",
])
@pytest.mark.usefixtures("happenings_pattern_built")
def test_hostile_runs_of_their_words_are_read_quickly(text):
    assert_runs_quickly(lambda: find_happenings(text), limit=5)
