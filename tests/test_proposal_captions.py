"""Proposed events of timeline round 15 (index/proposals.py, corpus/event_titles.py): a photo's
caption never becomes an event, whatever its form (a picture described in the present, credited,
signed by a photo agency after "//"; and, since 2026-12-03, by a photographer's credit run into
it or a date set off by commas after the place, corpus/caption_forms.py); an era's name ("colonial rule") titles nothing; a later wording in a Korean sentence is dated by the date
after the comma of its connective ending. Sentences written for the purpose."""

from __future__ import annotations

import zlib

import pytest

from corpus.caption_forms import is_a_caption_by_its_form
from corpus.events import dated_mentions, load_event_specs
from corpus.loader import Corpus, article_from_raw
from index.proposals import _CAPTION
from index.timeline import timeline_of
from tests.hostile_timing import assert_runs_quickly

SPECS = load_event_specs()


def proposed(text: str, date: str) -> list[tuple[str, str]]:
    known = {"id": f"cap{zlib.crc32(text.encode()):08x}", "outlet": "Caption Wire", "headline": "Story",
             "date": date, "date_precision": "day", "date_provenance": "given by the test"}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:captions")
    made = timeline_of((article,), {article.id: dated_mentions(article)}, SPECS, tuple(Corpus((article,)).outlets()))
    return [(e.date, e.title) for e in made.events if e.proposed]


@pytest.mark.parametrize("text", [
    "Lee Min-ho, spokesman of the unification ministry, answers questions at a briefing in Seoul, March 4, 2021.",
    "Commuters watch a news broadcast about the launch of a missile at a railway station in Seoul on Tuesday.",
    "(Reuters) Protesters walk toward the embassy in Tokyo on Tuesday.",
    "FILE - A photo released by the agency, taken on Tuesday, shows the launch pad near the coast.",
    "In this March 2, 2021 file photo, the envoy arrived at the airport.",
    "An image provided by Planet Labs on Tuesday showed the reactor's cooling tower.",
    "The launch was detected near the coast on Tuesday.//EPA-EFE",
])
def test_a_photo_caption_proposes_nothing(text):
    assert proposed(text, "2021-03-04") == []


@pytest.mark.parametrize("text", [
    # dated as the agencies date a picture: after the place, set off by commas
    "The foreign minister briefs reporters at the airport in Tokyo, Japan, Tuesday, March 2, 2021.",
    "A fisherman mends his nets at the harbour in Busan, South Korea, 2 March 2021, after the storm passed.",
    # a photographer's credit run into the caption as copied
    "Jane Roe/ReutersThe two leaders met at the summit hall in Osaka on March 2, 2021.",
])
def test_a_caption_by_its_credit_or_its_date_proposes_nothing(text):
    assert proposed(text, "2021-03-04") == []


@pytest.mark.parametrize("text, title", [
    # (the ministers named: "The two ministers signed", no pair named before, points back, round 103)
    ("The trade ministers of Peru and Chile signed the trade accord on Tuesday, March 2, 2021, in Seoul.",
     "The trade ministers of Peru and Chile signed the trade accord"),
    ("SEOUL, March 2, 2021 (Test Wire) -- Storms flooded the port city of Busan on Tuesday.",
     "Storms flooded the port city of Busan"),
    ("The accord, signed March 2, 2021, lapsed on Tuesday.", "The accord"),
])
def test_prose_dated_in_full_still_proposes(text, title):
    titles = [found for _, found in proposed(text, "2021-03-04")]
    assert len(titles) == 1 and titles[0].startswith(title)


def test_a_report_of_the_same_happening_still_proposes_it():
    assert proposed("North Korea fired two ballistic missiles into the sea on Tuesday.", "2021-03-04") == [
        ("2021-03-02", "North Korea fired two ballistic missiles into the sea")]


def test_an_era_named_is_no_verb_to_title_another_date_by():
    text = ("O governo deve firmar nos próximos dias um acordo com Tóquio, o primeiro desde o fim do domínio "
            "colonial japonês, segundo uma fonte ouvida nesta quarta-feira.")
    assert proposed(text, "2021-03-04") == []


def test_a_korean_clause_after_its_connective_ending_is_dated_by_its_own_date():
    text = "이 조약은 2010년 5월 1일 체결됐으며, 정부는 지난해 3월 처음으로 연장한 바 있다."
    assert sorted(date for date, _ in proposed(text, "2021-03-04")) == ["2010-05-01", "2020-03"]


@pytest.mark.parametrize("text", ["A " * 20000 + "takes", "(" * 20000 + "x", "//" * 20000 + "EPA",
                                  "Jane Roe " * 5000 + "/", ", Tuesday, March 2," * 5000],
                         ids=["capitals", "brackets", "slashes", "names", "dates"])
def test_captions_are_read_quickly_on_hostile_text(text):
    """(the caption's form alone: reading a page of 40,000 slashes is slow before it, in the intake)"""

    def read() -> None:
        _CAPTION.search(text)
        is_a_caption_by_its_form(text)
    assert_runs_quickly(read, limit=1)
