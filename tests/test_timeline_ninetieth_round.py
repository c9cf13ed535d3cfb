"""Timeline round 90: a restart of the talks announced in Spanish, Portuguese, French, Italian, German and
Indonesian ("según dijo hoy un portavoz", "explicó que las conversaciones se reanudarán", "anunciou que vai
retomar", "a annoncé qu'il reprendrait", "ha annunciato che riprenderà", "kündigte an, ... wieder aufzunehmen",
"die Ankündigung, ... wieder aufzunehmen", "mengumumkan akan melanjutkan kembali"), and Japan's rule over Korea
named by a noun and its adjective ("el fin del dominio japonés en 1945", "la dominazione giapponese", "ách cai trị
thực dân", corpus/happening_words_announced.py). Sentences of our own, each failing on `landing`; beside them what
must stay unlinked (a denial, a condition, a wish, a plan, another pact's talks, a span of years, another
occupier); hostile texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.paraphrase_links import event_links, specs_by_id
from corpus.happening_words_announced import SPACED
from index.mention_cache import resolver_version
from tests.hostile_timing import assert_each_reads_quickly

SPECS = specs_by_id()
RESUMED, LIBERATED = ("talks-resumed", "2016-10-27"), ("liberation-1945", "2016-11-23")


@pytest.mark.parametrize("event, text", [
    (RESUMED, "Seúl y Tokio retomarán las negociaciones del acuerdo militar, según dijo hoy un portavoz."),
    (RESUMED, "El ministerio explicó el jueves que las conversaciones con Japón sobre el pacto se reanudarán pronto."),
    (RESUMED, "O governo anunciou nesta quinta-feira que vai retomar as negociações com o Japão sobre o acordo."),
    (RESUMED, "Le gouvernement a annoncé jeudi qu'il reprendrait les négociations avec le Japon sur l'accord."),
    (RESUMED, "Il governo ha annunciato giovedì che riprenderà i negoziati con il Giappone sull'accordo."),
    (RESUMED, "Die Regierung kündigte am Donnerstag an, die Verhandlungen mit Japan über das Abkommen zum Austausch "
              "militärischer Informationen wieder aufzunehmen."),
    (RESUMED, "Seit der Ankündigung der Regierung, die Verhandlungen über das Abkommen wieder aufzunehmen, sind heute "
              "keine Tage vergangen."),
    (RESUMED, "Pemerintah Korea Selatan mengumumkan akan melanjutkan kembali perundingan GSOMIA dengan Jepang."),
    (LIBERATED, "Es su primer pacto de defensa desde el fin del dominio japonés sobre la península en 1945."),
    (LIBERATED, "É o primeiro acordo militar desde o fim do domínio japonês sobre a Coreia em 1945."),
    (LIBERATED, "È il primo accordo militare dalla fine della dominazione giapponese sulla Corea nel 1945."),
    (LIBERATED, "Đây là văn kiện quân sự đầu tiên giữa Hàn Quốc và Nhật Bản kể từ khi ách cai trị thực dân chấm dứt "
                "năm 1945."),
], ids=lambda value: value[:40] if isinstance(value, str) else None)
def test_an_announced_restart_or_japans_rule_named_is_linked(event, text):
    assert event_links(SPECS, event[0], event[1], text)


@pytest.mark.parametrize("event, text", [
    # a condition, another pact's talks, a wish
    (RESUMED, "Seúl y Tokio retomarán las negociaciones si Japón lo acepta, según dijo hoy un portavoz."),
    (RESUMED, "Seúl y Tokio retomarán las negociaciones del tratado de libre comercio, según dijo hoy un portavoz."),
    (RESUMED, "Seúl quiere retomar las negociaciones sobre el acuerdo con Japón, según dijo hoy un portavoz."),
    (RESUMED, "El ministerio explicó que las conversaciones con Japón sobre el pacto no se reanudarán este año."),
    (RESUMED, "O governo anunciou que não vai retomar as negociações com o Japão sobre o acordo."),
    (RESUMED, "Le gouvernement a annoncé qu'il ne reprendrait pas les négociations avec le Japon sur l'accord."),
    (RESUMED, "Le gouvernement a annoncé qu'il reprendrait les négociations sur l'accord si le Japon le voulait."),
    (RESUMED, "Il governo ha annunciato che non riprenderà i negoziati con il Giappone sull'accordo."),
    (RESUMED, "Die Regierung kündigte an, die Verhandlungen über das Abkommen mit Japan nicht wieder aufzunehmen."),
    (RESUMED, "Die Regierung will die Verhandlungen über das Abkommen mit Japan wieder aufnehmen."),
    (RESUMED, "Pemerintah mengumumkan tidak akan melanjutkan kembali perundingan GSOMIA dengan Jepang."),
    # plans
    (RESUMED, "Las dos partes firmarán el acuerdo de intercambio de información militar la próxima semana."),
    (RESUMED, "Das Abkommen soll nach den Verhandlungen am Mittwoch unterzeichnet werden."),
    (RESUMED, "Соглашение будет подписано после переговоров в среду."),
    # a span of years, another occupier, another happening
    (LIBERATED, "Muchos surcoreanos recuerdan la ocupación japonesa de la península entre 1910 y 1945."),
    (LIBERATED, "La ocupación soviética del norte de Corea empezó en 1945."),
    (LIBERATED, "Japón y Corea del Sur firmaron el pacto en 2016."),
], ids=lambda value: value[:40] if isinstance(value, str) else None)
def test_a_denial_a_condition_a_plan_or_another_subject_is_not_linked(event, text):
    assert not event_links(SPECS, event[0], event[1], text)


NEW_WORDINGS = [re.compile(wording, re.IGNORECASE) for wordings in SPACED.values() for wording in wordings]


@pytest.mark.parametrize("text", [
    " " * 100_000, "retomarán las negociaciones " * 4_000, "explicó que las conversaciones " * 3_500,
    "anunciou que vai " * 6_000, "a annoncé qu'il " * 6_000, "ha annunciato che " * 6_000,
    "kündigte an, die Verhandlungen " * 3_500, "Ankündigung der Verhandlungen " * 3_500,
    "mengumumkan akan " * 6_000, "dominio japonés " * 6_000, "японской " * 10_000, "cai trị " * 12_000,
    "\x00\x07\x1b" * 33_000, "retomarán las negociaciones, según " * 3_000,
], ids=lambda text: f"{text[:12]!r}x{len(text)}")
def test_hostile_texts_are_read_quickly_by_each_new_wording(text):
    assert_each_reads_quickly(NEW_WORDINGS, text)


def test_the_cached_happenings_follow_every_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    before, read_bytes = resolver_version(), Path.read_bytes
    for source in ("happening_words_announced.py", "happening_words_european.py"):
        monkeypatch.setattr(Path, "read_bytes",
                            lambda path, source=source: read_bytes(path) + b"#" * (path.name == source))
        assert resolver_version() != before, source
