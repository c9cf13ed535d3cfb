"""The timeline's rules on pages made to be slow: thousands of signings, a decision in every
passage, a sentence of thousands of names (`tests.test_timeline_rules` has the rules themselves)."""

from __future__ import annotations

import pytest

from corpus.event_titles import event_title
from corpus.happenings import find_happenings
from corpus.loader import article_from_raw
from tests.test_timeline_rules import timeline
from tests.hostile_timing import assert_runs_quickly


class _CountingHappenings(tuple):
    """A page's happenings that count how often they are walked."""

    walked = 0

    def __iter__(self):
        type(self).walked += 1
        return super().__iter__()


def test_a_page_signing_thousands_of_times_is_checked_for_suspensions_once_not_once_a_signing():
    from corpus.told_again import _told_of

    text = "The pact was signed in Seoul. " * 2_000
    signings = find_happenings(text)
    assert len(signings) == 2_000
    walked = _CountingHappenings(signings)
    assert _told_of(text, list(signings), walked) == list(signings)
    assert _CountingHappenings.walked == 1  # once in all: linear, where once a wording was 4 million steps
    sentence = "Seoul said it would suspend the termination of GSOMIA."
    suspended = find_happenings(sentence)
    assert _told_of(sentence, [h for h in suspended if h.kind != "extend"], suspended) == []


def test_a_page_naming_a_decision_in_every_passage_is_searched_for_the_gsomia_once():
    from corpus.told_again import page_names

    text = "\n\n".join(["Washington urged Seoul to reverse its decision to end the pact."] * 300)
    article = article_from_raw(f"Story\n\n{text}\n", {"id": "manydecisions", "outlet": "Form Wire",
                                                       "date": "2019-11-15", "date_precision": "day",
                                                       "date_provenance": "given by the test"}, "test:rules")
    assert len(article.passages) == 300
    page_names.cache_clear()
    assert not timeline(article).event("termination-decision-2019").coverage
    assert page_names.cache_info().misses == 1


@pytest.mark.parametrize("words", ["Alpha ", "Big Alpha (BA) "])
def test_a_title_is_made_quickly_of_a_sentence_of_thousands_of_names(words):
    sentence = "Seoul on Monday said " + words * 20000 + "signed the pact."
    verb = (sentence.index("signed"), sentence.index("signed") + 6)
    titles: list[str] = []
    assert_runs_quickly(lambda: titles.append(event_title(sentence, (9, 15), verb)), limit=5)
    assert len(titles[-1]) <= 81
