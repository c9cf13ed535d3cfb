"""Wordings searched where a word starts, dispatched on its first letter (`corpus.word_starts`):
the same matches, and so the same happenings, as each kind's whole pattern searched over the
whole text."""

from __future__ import annotations

import json
import random
import re
import zlib
from pathlib import Path

import pytest

import corpus.happenings as happenings
from bench import generate
from corpus.happening_words import VOCABULARY
from corpus.loader import BUNDLED_DIR
from corpus.word_starts import SUFFIX, Wordings, _by_next_letter, _unparsed

FIXTURES = Path(__file__).parent / "fixtures"


def coverage_sentences() -> list[str]:
    pages = json.loads((FIXTURES / "event_sentences.json").read_text(encoding="utf-8"))["pages"]
    return [sentence["text"] for page in pages for sentence in page["sentences"]]


def paraphrases() -> list[str]:
    events = json.loads((FIXTURES / "event_paraphrases.json").read_text(encoding="utf-8"))["events"]
    return [text for sets in events.values() for texts in sets.values() for _, text in texts]


PAGES_COMPARED = 1000


def pages_compared() -> list[Path]:
    """A fixed-size sample of the fixture sets' pages, the same on every run and drawn from every
    set (by a hash of each page's path): the comparison stays broad without growing with the sets."""
    pages = sorted((FIXTURES / "pages").glob("**/*.txt"))
    by_hash = sorted(pages, key=lambda path: zlib.crc32(path.relative_to(FIXTURES).as_posix().encode()))
    return sorted(by_hash[:PAGES_COMPARED])


def texts_we_have() -> list[str]:
    """1,000 pages of the fixture sets (only searched: no rule is read from them), the bundle,
    the sentences and paraphrases of the events' tests and 100 generated articles."""
    paths = sorted(BUNDLED_DIR.glob("*.txt")) + pages_compared()
    return ([path.read_text(encoding="utf-8", errors="replace") for path in paths] + coverage_sentences()
            + paraphrases() + [raw for raw, _ in generate.generate_raw(100, seed=15)])


def matches(found) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in found]


def whole_text_matches(wordings: Wordings, text: str) -> dict[str, list]:
    """What each kind's whole pattern finds in the whole text (what `matches` must equal)."""
    return {kind: list(pattern.finditer(text)) for kind, pattern in wordings.patterns.items()}


def assert_same_matches(text: str, wordings: Wordings = happenings._WORDINGS,
                        whole: dict[str, list] | None = None) -> None:
    found = wordings.matches(text)
    assert list(found) == list(wordings.patterns)
    whole = whole_text_matches(wordings, text) if whole is None else whole
    for kind in wordings.patterns:
        assert matches(found[kind]) == matches(whole[kind]), (kind, text[:200])


@pytest.fixture(autouse=True)
def dispatched_from_the_first_character(monkeypatch):
    """(the whole patterns are what the tests compare with: `matches` must dispatch)"""
    monkeypatch.setattr(happenings._WORDINGS, "whole_search_left", 0)


def test_the_first_characters_are_searched_with_the_whole_patterns_then_the_one_pattern():
    wordings = Wordings({"sign": (r"sign(?:ed)?",)}, whole_search_left=20)
    assert matches(wordings.matches("they signed it")["sign"]) == [(5, 11, "signed")]
    assert "_dispatch" not in vars(wordings)  # (not built: 14 characters of 20)
    assert matches(wordings.matches("signed and sign")["sign"]) == [(0, 6, "signed"), (11, 15, "sign")]
    assert "_dispatch" in vars(wordings) and wordings.whole_search_left == -1
    assert matches(wordings.matches("sign")["sign"]) == [(0, 4, "sign")]  # (4 characters would fit: built)
    assert wordings.whole_search_left == -1


def test_every_kind_is_dispatched():
    assert happenings._WORDINGS.dispatched_kinds == set(VOCABULARY)


def test_the_same_matches_and_happenings_on_every_text_we_have(monkeypatch):
    texts = texts_we_have()
    assert len(texts) > 1300
    # each text's whole-pattern matches, found once: the reference for the dispatched matches,
    # then what `matches` answers in place of the dispatch (a fresh copy each call)
    whole = {}
    for text in texts:
        whole[id(happenings._WORDINGS), text] = whole_text_matches(happenings._WORDINGS, text)
        assert_same_matches(text, whole=whole[id(happenings._WORDINGS), text])
    dispatched = [happenings.find_happenings(text) for text in texts]

    def undispatched(wordings, text):
        found = whole.get((id(wordings), text)) or whole_text_matches(wordings, text)
        return {kind: list(matched) for kind, matched in found.items()}

    monkeypatch.setattr(Wordings, "matches", undispatched)
    assert [happenings.find_happenings(text) for text in texts] == dispatched
    assert sum(map(len, dispatched)) > 3000  # (texts that word happenings: the test can fail)


@pytest.mark.parametrize("text", [
    "\u017figned the pact", "the \u0130ntelligence pact was \u017fcrapped", "\u212aEPT ALIVE", "SIGNED THE PACT",
    "Seoul \u017fuspended the termination of GSOMIA", "\u0131nked the deal", "signed", "signed.", "-signed x signed",
    "co-signed it, re-signed it", "the pact ENDED by South Korea", "they Ended the deal; they End the pact",
    "signed \U0001f600 the pact", "\U0001d400 signed", "signed\U0001d400signed", "\u00e9signed \u00e9 signed",
    "deal struck, pact forged", "The deal struck. It was dropped after protests", "stay in force, in force",
    "a\u0301signed", "\u2160signed \u24b6signed \u24d0 signed", "\n\nsigned\n\nSigned", "_signed 1signed ''signed",
    "pushed back down the deal",  # a match at the start holds another
])
def test_the_same_on_letters_and_marks_that_case_rules_or_word_edges_touch(text):
    assert_same_matches(text)


def test_a_text_beyond_the_basic_plane_is_searched_with_the_whole_patterns():
    assert matches(happenings._WORDINGS.matches("they signed \U0001f600")["sign"]) == [(5, 11, "signed")]


def test_random_runs_of_the_vocabulary_words():
    words = sorted({word for alternatives in VOCABULARY.values() for alternative in alternatives
                    for word in re.findall(r"[a-z]{2,}", alternative)})
    rng = random.Random(15)
    glue = [" ", " ", " ", "-", ", ", ". ", "\n", "'", "\u2019", " the ", " its ", " pact ", "(", " \u017f", "K"]
    for _ in range(3000):
        text = "".join(rng.choice([word, word.upper(), word.title()]) + rng.choice(glue)
                       for word in rng.choices(words, k=rng.randint(1, 12)))
        assert_same_matches(text)


REWRITTEN = [
    (r"(?:ab|a)?b", r"b(?:a|)"),  # an optional first element, tried first
    (r"(?:a )??a", r"(?:b )?b"),  # ... and a lazy one, tried last
    (r"(?:a|ab)(?:b|)a", r"(?:b|ba)a"),  # a leading branch spread over what follows it
    (r"(?<=x\s)(?:ab|b)", r"(?<!a)ba", r"(?:(?<=a-)|(?<=b ))a"),  # lookbehinds one character later
    (r"(?-i:Ab)a", r"(?-i:a|B)b", r"(?:a(?-i:B)|(?-i:b)A)"),  # a letter's case kept where it counts
    (r"[ab]b", r"[a-c]a", r"a(?=b)", r"b(?!a\b)", r"-a"),
]
# (the last two: a class of every letter but two, one that may start where a match ends)
NOT_REWRITTEN = [(r"\s+a",), (r"(?=a)a",), (r"a*b",), (r"\ba",), (r"[^\WaB]a",), (r"a", r"\.a")]


def random_texts(count: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choices("aAbB x-\n", k=rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize("alternatives", REWRITTEN)
def test_rewritten_alternatives_find_what_the_whole_pattern_finds(alternatives):
    wordings = Wordings({"one": alternatives}, whole_search_left=0)
    assert wordings.dispatched_kinds == {"one"}
    for text in random_texts(3000):
        assert_same_matches(text, wordings)


def test_kinds_searched_together_each_find_what_their_whole_pattern_finds():
    """(each kind's matches overlap others' and follow one another apart)"""
    wordings = Wordings({str(number): alternatives for number, alternatives in enumerate(REWRITTEN + NOT_REWRITTEN)},
                        whole_search_left=0)
    assert wordings.dispatched_kinds == {str(number) for number in range(len(REWRITTEN))}
    for text in random_texts(3000):
        assert_same_matches(text, wordings)


@pytest.mark.parametrize("alternatives", NOT_REWRITTEN)
def test_a_first_element_not_rewritten_leaves_the_whole_pattern(alternatives):
    wordings = Wordings({"one": alternatives}, whole_search_left=0)
    assert wordings.dispatched_kinds == set() and wordings.dispatched is None
    assert_same_matches("a -a  a", wordings)


def test_what_can_follow_a_first_letter_is_grouped_behind_its_next_letters_as_exact_sets():
    """(the engine skips a branch that opens with a set by the next character: a case-blind rest it enters)"""
    assert _by_next_letter(("ign", "eal", "ead", "s?")) == "(?:[Ii\u0130-\u0131](?i:gn)|[Ee](?i:al|ad)|(?i:s?))"


def test_a_repeat_of_one_or_more_splits_as_its_first_then_any_more():
    assert _by_next_letter(("a+b", "b{1,3}a", "a{2,3}b")) == "(?:[Aa](?i:a*b)|[Bb](?i:b{0,2}a)|(?i:a{2,3}b))"


@pytest.mark.parametrize("rests", [("ign", "eal", "ead"), ("", "b"), ("s?", r"\s+a"), ("(?-i:A)b", "a(?=b)", "[ab]a"),
                                   ("(?:ab|b)a", "(?<=a)b", "(?:a )??b"), ("\u017fa", "\u212ab", "\u0130a"),
                                   ("a+b", "b{1,3}a", r"\s+a", "a{2,3}b", "(?:ab)+a")])
def test_rests_grouped_by_their_next_letters_match_where_the_rests_do(rests):
    grouped = re.compile(f"(?={_by_next_letter(rests)}(?i:{SUFFIX}))")
    plain = re.compile(f"(?=(?i:{'|'.join(rests)})(?i:{SUFFIX}))")
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choices("aAbBsS x-\u017f\u212a\u0130\u0131ign", k=rng.randint(0, 8)))
        assert [bool(grouped.match(text, at)) for at in range(len(text) + 1)] == \
               [bool(plain.match(text, at)) for at in range(len(text) + 1)], (rests, text)


def test_the_wordings_are_written_back_as_they_were_parsed():
    from re import _compiler, _parser

    for alternative in (alternative for alternatives in VOCABULARY.values() for alternative in alternatives):
        parsed = _parser.parse(alternative, re.IGNORECASE)
        again = _parser.parse(_unparsed(list(parsed)), re.IGNORECASE)
        assert _compiler._code(again, re.IGNORECASE) == _compiler._code(parsed, re.IGNORECASE), alternative
