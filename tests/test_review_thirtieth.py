"""Review round 30: forms written twice now stand once, and what they find is the same.

* round 70's source or credit line ("Fuente: agencias", "Autor: … / Źródło: …") is read by contact_lines' source
  line beside round 73's, no longer by european_widgets: the furniture is the same;
* a reporter's address is read with contact_lines' e-mail form;
* the standard library's parser of regular expressions is imported once, by corpus.regex_parser.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

from corpus import regex_parser
from corpus.intake.contact_lines import is_source_line
from corpus.intake.furniture import is_furniture
from corpus.intake.outlets import outlets
from corpus.intake.reporter_addresses import email_credit


@pytest.mark.parametrize("line", ["Fuente: agencias efe", "FUENTE Y FOTOS: Diario del Puerto",
                                  "Autor: Jan Nowak / Źródło: agencja prasowa", "Kilde: NTB"])
def test_a_source_or_credit_line_of_round_seventy_is_a_source_line(line):
    assert is_source_line(line) and is_furniture(line)


@pytest.mark.parametrize("line", ["Fuente del puerto: el agua vuelve a correr. El alcalde la inauguró ayer.",
                                  "Fuente: el gobierno dijo que el puerto abre hoy.",
                                  "Kaynak: officials said the talks would resume."])
def test_a_sentence_after_a_source_label_stays_a_passage(line):
    assert not is_source_line(line) and not is_furniture(line)


def test_a_reporters_address_names_the_outlet_of_its_domain():
    directory = outlets()
    assert email_credit("김 기자 kim@yna.co.kr", directory) == "Yonhap"
    assert email_credit("김 기자 kim@example.co.kr", directory) is None
    assert email_credit("▲ 2019.11.22 있다. 2019.11.22 kim@yna.co.kr", directory) is None  # a picture's caption


@pytest.mark.parametrize("name", ["word_starts", "about_words", "required_text", "date_scan"])
def test_the_rules_that_read_a_pattern_share_one_parser(name):
    module = importlib.import_module(f"corpus.{name}")
    assert module._sre_parse is regex_parser.sre_parse is not None and module._sre is regex_parser.sre
    assert "_parser as" not in inspect.getsource(module)  # (no import of its own beside the shared one)
