"""Review round 36: the timeline reads a hostile page in time linear in its size.

Steps that asked each date (or passage) of a page about every happening of the page, or about its whole sentence,
took time growing as the square of the page: a sentence of 5,000 dates "on Nov. 23, 2016," took 17 s to estimate as
if undated (`date_own_day.counts_years_since` read the sentence again at each date), 5,000 sentences "The talks
resumed on Tuesday." 10 s to link (`dates_of_other_verbs` scanned every happening at each date), 5,000 lines "The
pact was signed." 6 s (`named_before` and `event_rules._wordings` at each passage). They now read a sentence once
and find a date's or a passage's happenings through `corpus.happening_index`: the same answers.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.event_links_eval import read_page
from corpus import date_own_day, dates, text_units
from corpus.date_own_day import counts_years_since
from corpus.dates_of_other_verbs import dates_a_nearer_verb
from corpus.events import DatedMention, dated_mentions, load_event_specs
from corpus.happening_index import of_the_sentence_holding, reports_a, starting_within
from corpus.happenings import Happening, find_happenings
from corpus.named_before import named_in_the_sentence_before
from corpus.about_words import WholeWords
from corpus.model import Passage
from corpus.text_units import Sentence
from index.readings import read_article
from index.timeline import article_part
from tests.hostile_timing import assert_runs_quickly

_HEAD = "South Korea and Japan sign intelligence pact\n\nSEOUL, Nov. 23 (Yonhap) -- The two signed the pact.\n\n"


def _page(tmp_path, body: str):
    path = tmp_path / "hostile.txt"
    path.write_text(_HEAD + body, encoding="utf-8")
    return read_page(path)


def _linked(article) -> None:
    specs = load_event_specs()
    article_part(read_article(article, dated_mentions(article), specs), specs)


def test_a_sentence_of_five_thousand_dates_is_read_for_years_since_once():
    text = " ".join(["on Nov. 23, 2016,"] * 5_000) + "."
    days = [at for at in range(len(text)) if text.startswith("Nov.", at)]
    assert_runs_quickly(lambda: [counts_years_since(text, at, at + 16) for at in days], limit=1.0,
                        forget=date_own_day._years_counted_in.cache_clear)  # ~300 s on landing


@pytest.mark.parametrize("text, counted", [
    ("북한이 23일 연평도를 포격한 지 8년 만에 회담이 열렸다.", True),  # since its own happening, in the day's clause
    ("북한이 23일 연평도를 포격해, 정전협정이 체결된 지 57년 만에 긴장이 높아졌다.", False),  # a comma between
    ("The pact was signed on Nov. 23, eight years since it was proposed.", False),  # another clause's count
    ("The pact was signed on Nov. 23 eight years since it was proposed.", True),
    ("북한이 23일 연평도를 포격했다. 이후 13년이 지났다.", True),  # the next sentence points back, as past
    ("북한이 23일 연평도를 포격했다. 이후 1년이 지나면 협상한다.", False),  # ahead, on a condition
    ("The pact was signed on Nov. 23. Eight years on, it holds.", False),  # no pointing back
])
def test_years_since_read_as_before(text, counted):
    at = next(i for i, c in enumerate(text) if c.isdigit())
    assert counts_years_since(text, at, at + 2) is counted


def test_a_nearer_verb_is_found_without_scanning_every_happening():
    text = " ".join(["Seoul signed the pact after talks resumed on Tuesday."] * 5_000)
    happenings = find_happenings(text)
    ways = [h for h in happenings if h.kind == "sign"]
    mentions = [DatedMention("a", 1, at, at + 10, "on Tuesday", None, "event")
                for at in range(len(text)) if text.startswith("on Tuesday", at)]
    assert len(ways) == len(mentions) == 5_000
    answers: list[bool] = []
    assert_runs_quickly(lambda: answers.extend(dates_a_nearer_verb(text, m, "sign", ways, happenings)
                                               for m in mentions), limit=1.0)  # ~19 s on landing
    assert all(answers)  # "resumed", nearer to each Tuesday than "signed", is dated by it


def test_a_pronoun_is_looked_for_without_scanning_every_happening():
    text = " ".join(["The pact was signed."] * 5_000)
    happenings = find_happenings(text)
    passages = [Passage("a", i + 1, at, at + 20, text[at:at + 20]) for i, at in enumerate(range(0, len(text), 21))]
    about = WholeWords(("pact",))
    assert_runs_quickly(lambda: [named_in_the_sentence_before("resume", p, text, happenings, about)
                                 for p in passages], limit=0.5, forget=text_units._sentences_and_starts.cache_clear)


def test_a_page_of_five_thousand_lines_is_linked_in_a_second(tmp_path):
    article = _page(tmp_path, "\n".join(["The pact was signed."] * 5_000) + "\n")
    # ~6 s before review 36; 1.1-1.6 s since (session 30's rounds added ~15 %), 2.05 s once on CI's loaded workers
    assert_runs_quickly(lambda: _linked(article), limit=3.0)


def test_a_sentence_of_five_thousand_dates_is_estimated_in_a_few_seconds(tmp_path):
    article = _page(tmp_path, " ".join(["on Nov. 23, 2016,"] * 5_000) + ".\n")
    undated = replace(article, date=None, date_precision=None, date_provenance="unknown: no date found")
    specs = load_event_specs()
    assert_runs_quickly(lambda: read_article(undated, dated_mentions(undated), specs), limit=8.0,
                        forget=dates.forget_what_was_read)  # ~17 s on landing


def _happening_at(start: int, end: int, sentence: Sentence, kind: str = "sign", reported: bool = True):
    return Happening(kind, start, end, sentence, "reported" if reported else "planned")


def test_the_index_answers_as_a_scan_in_the_same_order():
    first, second = Sentence(0, 50), Sentence(50, 90)
    happenings = (_happening_at(30, 36, first), _happening_at(5, 11, first, "freeze"),
                  _happening_at(60, 66, second, reported=False), _happening_at(55, 58, second))
    assert list(of_the_sentence_holding(40, happenings)) == [happenings[0], happenings[1]]
    assert list(of_the_sentence_holding(95, happenings)) == [happenings[2], happenings[3]]  # its filter rules it out
    assert starting_within(0, 56, happenings) == [happenings[0], happenings[1], happenings[3]]  # their order
    assert starting_within(11, 30, happenings) == []
    assert reports_a("freeze", happenings) and not reports_a("resume", happenings)
    assert not reports_a("sign", happenings[2:3])  # told, not as done


def test_overlapping_sentences_are_all_asked_of():
    happenings = (_happening_at(30, 36, Sentence(0, 50)), _happening_at(45, 49, Sentence(40, 90)))
    assert of_the_sentence_holding(45, happenings) == happenings
