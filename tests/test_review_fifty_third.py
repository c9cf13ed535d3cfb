"""Review 53 (speed): the date estimators' whole-page searches for what a listed event is about go through
`about_in` (the same matches as `about_pattern`, without the alternatives that cannot match in the page), and the
non-Latin wire datelines do not fetch the outlets' directory for an ASCII line; the bench finds a label's
names and domains by the name they stand for."""

from __future__ import annotations

import datetime

import pytest

import corpus.intake.datelines as datelines
from bench import label_names
from bench.label_names import outlet_printed
from corpus.about_words import about_in, about_pattern
from corpus.date_from_opening import _reports_a_later_kind
from corpus.date_later_events import later_listed_events
from corpus.date_officeholders import _reports_later_undated
from corpus.dates import DateValue
from corpus.events import load_event_specs
from corpus.happenings import Happening
from corpus.intake.outlets import OutletDirectory
from corpus.model import Article, Passage
from corpus.text_units import Sentence
from tests.hostile_timing import assert_runs_quickly

TEXTS = ("Seoul and Tokyo signed the GSOMIA on Wednesday; the GSOMIAs of others were not signed.",
         "한국과 일본은 2016년 11월 23일 군사정보보호협정(GSOMIA)에 서명했다. 4차 핵실험 뒤였다.",
         "日本と韓国は軍事情報包括保護協定に署名した。北朝鮮は核実験を強行した。",
         "North Korea carried out its fourth nuclear test in January, before the pact was initialled.")


def _span(match):
    return match.span() if match else None


@pytest.mark.parametrize("text", TEXTS)
def test_about_in_matches_as_the_whole_pattern_within_any_slice_of_the_text(text):
    # (the callers search a sentence or a paragraph of the page with the page's pattern; a slice's end may cut a
    # word, "GSOMIA|s", where the whole pattern matches)
    named = text.find("GSOMIA")
    cuts = [(0, len(text)), (5, len(text) // 2), (len(text) // 3, len(text) - 4), (named, named + 6),
            (len(text) // 2, len(text))]
    for spec in load_event_specs():
        page = about_in(spec, text)
        for start, end in cuts:
            assert _span(page.search(text, start, end)) == _span(about_pattern(spec).search(text, start, end)), \
                (spec.id, start, end)


def _hostile_page(text: str) -> Article:
    return Article("hostile", "Story", None, "unknown", None, None, "given by the test", None, None, "test", text, text,
                   (Passage("hostile", 1, 0, len(text), text),))


def test_the_whole_page_about_searches_read_a_hostile_page_quickly():
    # (the raw pattern of every event over 120 KB of "en el " took ~0.6-1.2 s in each of these)
    specs = tuple(load_event_specs())
    text = "en el " * 20_000
    page = _hostile_page(text)
    told = tuple(Happening(kind, 0, 2, Sentence(0, 2), "reported") for kind in sorted({spec.kind for spec in specs}))
    assert_runs_quickly(lambda: list(later_listed_events(page, told, specs, DateValue(2010))), limit=0.3,
                        what="later_listed_events")
    assert_runs_quickly(lambda: _reports_later_undated(page, told, specs, datetime.date(2010, 1, 1)), limit=0.3,
                        what="_reports_later_undated")
    assert_runs_quickly(lambda: _reports_a_later_kind(text, told, specs, specs[0]), limit=0.3,
                        what="_reports_a_later_kind")
    assert not list(later_listed_events(page, told, specs, DateValue(2010)))  # (and nothing named there)
    named = _hostile_page("Seoul and Tokyo signed the GSOMIA.")
    assert "signing" in [spec.id for spec in later_listed_events(named, told, specs, DateValue(2016, 11, 22))]


def _fetches(line: str, monkeypatch) -> tuple[object, int]:
    fetched = []
    directory = datelines.outlets
    monkeypatch.setattr(datelines, "outlets", lambda: fetched.append(1) or directory())
    return datelines.read_dateline(line), len(fetched)


def test_an_ascii_line_is_read_for_a_wire_dateline_without_the_outlets_directory(monkeypatch):
    assert _fetches("Seoul and Tokyo signed the pact on Wednesday, officials said.", monkeypatch) == (None, 0)
    assert _fetches("The ministry said on Thursday it would sign the pact.", monkeypatch) == (None, 0)
    # a wire's dateline in hangul or in Chinese is still read, with the directory
    korean, fetched = _fetches("도꾜 11월 12일발 신화통신: 회담이 열렸다.", monkeypatch)
    assert (korean.credit, korean.month, korean.day, fetched > 0) == ("신화통신", 11, 12, True)
    chinese, fetched = _fetches("新华社北京11月22日电 两国外长当天举行会谈。", monkeypatch)
    assert (chinese.credit, chinese.month, chinese.day, fetched > 0) == ("新华社", 11, 22, True)
    assert _fetches("도꾜 11월 12일발 모르는통신: 회담이 열렸다.", monkeypatch)[0] is None  # an unlisted wire


def test_the_label_s_names_and_domains_follow_the_directory_asked(monkeypatch):
    # (kept for the last directory only: another directory is read anew, and the first one again after it)
    small = OutletDirectory({"korea herald": "The Korea Herald"}, {})
    by_domain, in_hangul = "Contact reporter@koreaherald.com for more.", "코리아헤럴드 기자"
    assert outlet_printed(by_domain, ["The Korea Herald"]) and outlet_printed(in_hangul, ["The Korea Herald"])
    monkeypatch.setattr(label_names, "outlets", lambda: small)
    assert not outlet_printed(by_domain, ["The Korea Herald"]) and not outlet_printed(in_hangul, ["The Korea Herald"])
    assert outlet_printed("The Korea Herald reported", ["The Korea Herald"])
    monkeypatch.undo()
    assert outlet_printed(by_domain, ["Korea Herald"]) and outlet_printed(in_hangul, ["Korea Herald"])
    assert not outlet_printed(by_domain, ["Yonhap"])  # another outlet's domain is not the label's
