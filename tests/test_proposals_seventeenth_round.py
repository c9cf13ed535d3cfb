"""Proposed events of timeline round 17 (index/timeline_merge.py, index/proposals.py,
corpus/event_titles.py): reports of one happening on days next to each other are one proposed
event when they share more words (two time zones, either side of a midnight); a verb in the
clause that tells of a preposition's object titles that object; "his talks" takes the name told
before it. Sentences written for the purpose."""

from __future__ import annotations

import zlib

import pytest

from corpus.event_titles import event_title
from corpus.events import dated_mentions, load_event_specs
from corpus.loader import Corpus, article_from_raw
from index.timeline import timeline_of

SPECS = load_event_specs()


def proposed_from(*pages: tuple[str, str]) -> list[tuple[str, str, int]]:
    """(date, title, pages) of the events proposed from pages given as (text, date)."""
    articles = []
    for text, date in pages:
        known = {"id": f"p17{zlib.crc32(text.encode()):08x}", "outlet": f"Wire {len(articles)}",
                 "headline": "Story", "date": date, "date_precision": "day", "date_provenance": "given by the test"}
        articles.append(article_from_raw(f"Story\n\n{text}\n", known, f"test:p17:{len(articles)}"))
    made = timeline_of(tuple(articles), {a.id: dated_mentions(a) for a in articles}, SPECS,
                       tuple(Corpus(tuple(articles)).outlets()))
    return [(e.date, e.title, len({c.article_id for c in e.coverage})) for e in made.events if e.proposed]


def test_one_arrest_told_on_days_next_to_each_other_is_one_event():
    made = proposed_from(
        ("The former mayor of Busan, Kim Dae-sik, was arrested on bribery charges on Thursday, prosecutors said.",
         "2021-05-21"),
        ("Busan's former mayor Kim Dae-sik was arrested on Friday on charges of bribery and fraud.", "2021-05-21"))
    assert made == [("2021-05-20", "The former mayor of Busan, Kim Dae-sik, was arrested on bribery charges", 2)]


def test_one_storm_told_a_day_apart_by_two_wires_is_one_event():
    made = proposed_from(
        ("A powerful typhoon named Haishen slammed into the southern island of Kyushu on Sunday.", "2020-09-07"),
        ("Typhoon Haishen slammed into the southern island of Kyushu on Monday, cutting power.", "2020-09-07"))
    assert [(date, pages) for date, _, pages in made] == [("2020-09-06", 2)]


def test_a_proposal_is_compared_only_with_the_events_of_its_day_and_the_days_next_to_it(monkeypatch):
    """Every proposal was compared with every group made before it, whatever its date: 10 s for
    2,000 proposals on days over ten years, 189 s for 8,000 (0.1 s and 0.5 s now)."""
    import index.timeline_merge as merge

    compared = []
    same_happening = merge._same_happening
    monkeypatch.setattr(merge, "_same_happening",
                        lambda proposal, other: compared.append(other.value.iso()) or same_happening(proposal, other))
    made = proposed_from(
        ("A powerful typhoon named Haishen slammed into the southern island of Kyushu on Sunday.", "2020-09-07"),
        ("A lorry driver was injured in a crash on the coastal road on Friday.", "2021-01-09"),
        ("The former mayor of Busan, Kim Dae-sik, was arrested on bribery charges on Thursday, prosecutors said.",
         "2021-05-21"),
        ("Busan's former mayor Kim Dae-sik was arrested on Friday on charges of bribery and fraud.", "2021-05-21"))
    assert [(date, pages) for date, _, pages in made] == [("2020-09-06", 1), ("2021-01-08", 1), ("2021-05-20", 2)]
    assert compared == ["2021-05-20"]


@pytest.mark.parametrize("pages", [
    # other happenings on days next to each other: apart
    (("The former mayor of Busan was arrested on bribery charges on Thursday.", "2021-05-21"),
     ("A lorry driver was injured in a crash on the coastal road on Friday.", "2021-05-21")),
    # few words shared: apart as before, however near the days
    (("Kim Dae-sik was arrested on Thursday.", "2021-05-21"),
     ("Police in Daegu arrested two men at a karaoke bar on Friday over an unpaid bill.", "2021-05-21")),
    # the same words two days apart: two happenings
    (("The former mayor of Busan, Kim Dae-sik, was arrested on bribery charges on Wednesday.", "2021-05-21"),
     ("The former mayor of Busan, Kim Dae-sik, was arrested on bribery charges on Friday.", "2021-05-21")),
])
def test_other_happenings_or_days_further_apart_stay_apart(pages):
    assert len(proposed_from(*pages)) == 2


def titled(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # the verb tells of the preposition's object: the title is that object
    ("The row comes despite a deal the two capitals struck in May 2019 to end the fishing dispute.",
     "in May 2019", "struck", "A deal the two capitals struck to end the fishing dispute"),
    ("The strike goes on amid the anger the layoffs stirred on Monday among dockers.", "on Monday", "stirred",
     "The anger the layoffs stirred among dockers"),
    # the main clause's own verb: the sentence as it was
    ("Protests grew despite the curfew on Monday.", "on Monday", "grew", "Protests grew despite the curfew"),
    ("The vote went ahead despite the storm on Monday.", "on Monday", "went", "The vote went ahead despite the storm"),
    # "his" takes the name told before it
    ("\u201cWe turn a page today,\u201d Moreau said in Paris after his talks with Scholz on Tuesday.", "on Tuesday",
     "talks", "Moreau\u2019s talks with Scholz"),
    ("Ana Ruiz said in Madrid after her meeting with Sunak on Tuesday.", "on Tuesday", "meeting",
     "Ana Ruiz\u2019s meeting with Sunak"),
])
def test_titles_of_a_preposition_object_and_a_possessive(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a colon that opens the verb's clause: what follows it (2026-12-03, the lead)
    ("The risk is real: the North has fired six rockets since May, the latest on Sunday.", "on Sunday",
     "fired", "The North has fired six rockets since May"),
    ("OSLO, MONDAY 3 MAY 2021: The two envoys met in Oslo for talks on Monday.", "on Monday", "met",
     "The two envoys met in Oslo for talks"),
])
def test_titles_after_a_colon(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


def test_a_colon_too_far_from_the_verb_to_open_its_clause_is_not_where_the_title_starts():
    sentence = ("One thing is clear: after years of quarrels over fishing rights, quotas and the boundary "
                "between their waters, the two ministers signed the accord on Monday.")
    assert titled(sentence, "on Monday", "signed").startswith("One thing is clear: ")


def test_his_with_no_name_before_stays():
    assert titled("Prices fell after his talks with Scholz on Tuesday.", "on Tuesday", "talks") == "His talks with Scholz"


def test_one_storm_told_in_other_words_on_one_day_is_one_event():
    made = proposed_from(
        ("A powerful typhoon smashed into southern Japan on Sunday, cutting power to thousands of homes and "
         "forcing the evacuation of coastal towns.", "2020-09-07"),
        ("Typhoon Haishen made landfall in Japan on Sunday, grounding flights across Kyushu, officials said.",
         "2020-09-07"))
    assert [(date, pages) for date, _, pages in made] == [("2020-09-06", 2)]


@pytest.mark.parametrize("pages", [
    # only names shared
    (("North Korea fired a missile into the sea on Sunday, the military in Seoul said, adding that it flew some "
      "600 kilometres.", "2020-09-07"),
     ("North Korea held a parade in Pyongyang on Sunday to mark the founding of its ruling party, state media "
      "showed.", "2020-09-07")),
    # a verb shared, not a thing
    (("Police arrested a man in Osaka on Sunday after a knife attack at a busy shopping arcade injured three "
      "people.", "2020-09-07"),
     ("Police arrested a woman in Kobe on Sunday on suspicion of smuggling gold bars through the port, local "
      "media reported.", "2020-09-07")),
])
def test_titles_sharing_only_names_or_a_verb_stay_apart(pages):
    assert len(proposed_from(*pages)) == 2


def test_a_picture_described_in_the_present_proposes_nothing():
    text = ("Defense Secretary Lloyd Austin meets with Japan's defense minister in Manila, Philippines, "
            "July 28, 2024.")
    assert proposed_from((text, "2024-08-01")) == []


@pytest.mark.parametrize("text", [
    # the decision's date is the listed event's: the span's end is left to propose
    "Однако 22 августа Сеул решил не продлевать GSOMIA, и формально документ действует до 23 ноября 2019 г.",
    "Le 22 août, Séoul a décidé de dénoncer le GSOMIA, qui reste valable jusqu'au 23 novembre 2019.",
])
def test_a_date_after_until_in_another_language_dates_no_happening(text):
    assert "2019-11-23" not in [date for date, _, _ in proposed_from((text, "2019-11-16"))]
