"""perf32: a run of blanks and a page naming thousands of days, read in time linear in the page and fast. The whole
patterns of the vocabulary (what a process searches first, `corpus.word_starts`) tried every alternative at each blank
after a blank (50,000 spaces: ~1.4 s of CPU); a weekday's sentence and clause were read again for each weekday, 400
characters by four patterns ("viernes " × 20,000: ~7 s). Same answers (docs/timeline-rounds.md, perf round 32)."""

from __future__ import annotations

import datetime

import pytest

from corpus import date_patterns, dates
from corpus.date_ahead_foreign import sentence_looks_ahead
from corpus.date_patterns import SENTENCE_END, sentence_after
from corpus.date_readers import tense
from corpus.dates import find_dates
from corpus.happening_words import VOCABULARY
from corpus.word_starts import BLANKS, Wordings
from tests.hostile_timing import assert_runs_quickly

WEDNESDAY = datetime.date(2016, 11, 16)


def _spans(found: dict[str, list]) -> dict[str, list[tuple[int, int]]]:
    return {kind: [match.span() for match in matches] for kind, matches in found.items()}


def _whole(wordings: Wordings, text: str) -> dict[str, list[tuple[int, int]]]:
    return _spans({kind: list(pattern.finditer(text)) for kind, pattern in wordings.patterns.items()})


def _new_wordings() -> Wordings:
    """A new process's vocabulary (searched with its whole patterns)."""
    wordings = Wordings(VOCABULARY)
    assert wordings._starting_with_no_blank  # (read once a process: ~0.08 s)
    return wordings


BLANK_RUNS = {
    "spaces": " " * 50_000 + "firmara",
    "ideographic full stops": "\u3002" * 50_000 + " signed",
    "ideographic spaces": "\u3000" * 50_000 + "서명했다",
    "punctuation": "!?.,;:()[]\"'" * 5_000 + "they signed it",
    "lines": "\n" * 50_000 + "terminated",
}


@pytest.mark.parametrize("name", BLANK_RUNS)
def test_a_run_of_blanks_is_searched_for_wordings_quickly_with_the_same_matches(name):
    searched, found = [], []  # (a new vocabulary each try: the one searched counts the characters it searched)
    assert_runs_quickly(lambda: found.append(searched[-1].matches(BLANK_RUNS[name])),
                        forget=lambda: searched.append(_new_wordings()))  # ~1.4 s on main
    wordings, found = searched[-1], found[-1]
    assert _spans(found) == _whole(wordings, BLANK_RUNS[name])
    assert "_dispatch" not in vars(wordings)  # (the one pattern not built: ~1 s)


def test_words_between_runs_of_blanks_are_all_found():
    text = ("  " * 3_000 + "Seoul and Tokyo signed the pact; Japan terminated\u3000\u3000it. ") * 4
    wordings = _new_wordings()
    found = wordings.matches(text)
    assert len(found["sign"]) == 4 and len(found["terminate"]) == 4
    assert _spans(found) == _whole(wordings, text)


def test_a_word_after_a_character_no_word_follows_and_no_blank_is_still_found():
    text = " " * 3_000 + "\u0345sign \U0001f600sign -sign ·sign _sign"
    wordings = Wordings({"sign": (r"sign", r"\u0345sign", r"-sign", r"\U0001f600sign")})
    assert _spans(wordings.matches(text)) == _whole(wordings, text)
    assert len(wordings.matches(text)["sign"]) == 4  # not "_sign": a word character before


def test_a_wording_that_can_start_with_a_blank_is_searched_whole():
    wordings = Wordings({"odd": (r"\s+sign", r"ink"), "sign": (r"sign",)})
    text = " " * 3_000 + "sign and ink"
    assert wordings._starting_with_no_blank == ("sign",)
    assert _spans(wordings.matches(text)) == _whole(wordings, text) == {"odd": [(0, 3_004), (3_009, 3_012)],
                                                                        "sign": [(3_000, 3_004)]}


def test_a_page_of_prose_is_searched_as_before():
    wordings = Wordings(VOCABULARY)
    text = "Seoul and Tokyo signed the pact.\n\n  Japan said it would terminate it.\n" * 100
    assert _spans(wordings.matches(text)) == _whole(wordings, text)
    assert "_starting_with_no_blank" not in vars(wordings)  # (few blanks after a blank: not read)


def test_no_blank_is_a_word_character_or_a_hyphen():
    assert not any(character.isalnum() or character in "_-" for character in BLANKS)


def test_thousands_of_weekdays_have_their_sentences_read_quickly():
    text = "viernes " * 20_000  # 160,000 characters

    def read() -> None:
        for start in range(0, len(text), 8):
            sentence_looks_ahead(text, start, start + 7)
            tense(text, start, start + 7)
    assert_runs_quickly(read, forget=date_patterns.tense_of_the_clause.cache_clear)  # ~5 s on main


def test_thousands_of_weekdays_are_dated_in_time_linear_in_the_page():
    text = "viernes " * 20_000
    readings = []
    # ~7 s on main; ~0.8 s here (each of the 20,000 dates resolved)
    assert_runs_quickly(lambda: readings.append(find_dates(text, WEDNESDAY)), limit=3.0,
                        forget=dates.forget_what_was_read)
    found = readings[-1]
    assert len(found) == 20_000 and found[-1].value == found[0].value


def test_each_weekday_is_read_by_its_own_sentence():
    text = "Firmarán el viernes. Firmaron el viernes. They will meet on Friday. They met on Friday."
    values = [expression.value for expression in find_dates(text, WEDNESDAY) if expression.kind == "date"]
    assert [value.day for value in values] == [18, 11, 18, 11]  # (the same windows' words decide, not their place)


@pytest.mark.parametrize("text", ["It will be signed on Friday; officials said so.",
                                  "On Friday the talks will resume. Then",
                                  "Friday" + "x" * 300 + ". After"])
def test_the_sentence_after_is_cut_as_before(text):
    end = text.index("Friday") + 6
    assert sentence_after(text, end) == SENTENCE_END.split(text[end : end + 200], maxsplit=1)[0]
