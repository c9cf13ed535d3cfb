"""corpus.required_text: a pattern asked only of lines holding the texts every match needs
gives the same answers as the pattern asked of every line."""

import random
import re
from pathlib import Path

import pytest

from corpus.intake import furniture, pitch_lines, site_notices
from corpus.required_text import Gated, required_texts

PAGES = Path(__file__).parent / "fixtures" / "pages"
GATED = [furniture._DATED_CAPTION, site_notices._COMMENT_POLICY, site_notices._CONSENT, *pitch_lines._PITCHES]


def _fixture_lines() -> list[str]:
    lines: dict[str, None] = {}
    for page in sorted(PAGES.glob("*/*.txt")):
        for line in page.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                lines[line] = None
    return list(lines)


def _hostile_lines(words: list[str], seed: int) -> list[str]:
    """Lines of the patterns' words in every case, with the characters beyond ASCII a case-blind
    pattern takes for an ASCII letter, the letters that fold to two characters, and long runs."""
    rng = random.Random(seed)
    odd = ["\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\u0149", " ", "  ", ".", "'", "-", "\n", "1"]
    lines = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(words + odd)
            word = "".join(rng.choice((c, c.upper(), c.lower())) for c in word)
            if rng.random() < 0.2 and word:
                at = rng.randrange(len(word))
                word = word[:at] + rng.choice(odd[:6]) + word[at + 1:]
            parts.append(word)
        lines.append(rng.choice(("", " ")).join(parts))
    lines += [word * 400 for word in words[:20]] + [" ".join(words) * 30]
    return lines


def _words_of(gated: Gated) -> list[str]:
    texts = [text for condition in gated.conditions for text in condition]
    return texts + re.findall(r"[a-z]{2,}", gated.pattern.pattern)


@pytest.mark.parametrize("gated", GATED, ids=lambda gated: gated.pattern.pattern[:30])
def test_gated_patterns_answer_as_the_plain_ones(gated):
    assert gated.conditions  # (each has texts to gate by: else the test compares a pattern with itself)
    lines = _fixture_lines() + _hostile_lines(_words_of(gated), seed=len(gated.pattern.pattern))
    for line in lines:
        assert (gated.match(line) is None) == (gated.pattern.match(line) is None), line[:200]
        assert (gated.search(line) is None) == (gated.pattern.search(line) is None), line[:200]


def test_lines_of_each_form_still_match():
    assert site_notices.is_site_notice("Comments are moderated. Please keep your remarks civil.")
    assert site_notices.is_site_notice("By clicking submit you agree to our Terms of Use and PRİVACY POLİCY.")
    assert pitch_lines.is_pitch_line("Independent journalism costs money. For only R75 per month you can help.")
    assert pitch_lines.is_pitch_line("Get the news app in your pocket. DOWNLOAD NOW and get started!")
    assert not pitch_lines.is_pitch_line("She said she would download now the files the court asked for in detail.")


class _Counted:
    """A pattern that counts the lines it is asked."""

    def __init__(self, pattern: str) -> None:
        self.compiled = re.compile(pattern)
        self.pattern, self.flags, self.asked = self.compiled.pattern, self.compiled.flags, 0

    def match(self, line):
        self.asked += 1
        return self.compiled.match(line)


def test_a_line_without_the_texts_is_not_asked():
    counted = _Counted(r"(?i)^(?=.*\bjournalism\b).{0,200}\bfor\s+only\b")
    gated = Gated(counted)
    assert gated.match("The talks resumed in Seoul on Monday.") is None
    assert counted.asked == 0
    assert gated.match("Our JOURNALISM for only a little") is not None
    assert counted.asked == 1


@pytest.mark.parametrize("pattern, conditions", [
    (r"(?i)^(?=.*\bcomments?\s+(?:are|is)\s+moderated)", (("moderated",), ("comment",))),
    (r"^.{0,300}\bdownload\s+now\b", (("download",), ("now",))),
    (r"(?:terms|privacy)\s+policy", (("policy",), ("terms", "privacy"))),
])
def test_required_texts_read_from_the_pattern(pattern, conditions):
    assert required_texts(re.compile(pattern)) == conditions


@pytest.mark.parametrize("pattern", [
    r"(?i)^(?:newsletter)?\W*$",  # an optional group: no text needed
    r"^(?:terms|x)\s+of\b",  # a branch with a short text: "of" shorter than three
    r"^(?!.*privacy).*$",  # a negative lookahead
    r"(?:download)*now?",
    r"[a-z]{3,}",
])
def test_nothing_required_where_a_match_may_lack_the_text(pattern):
    conditions = required_texts(re.compile(pattern))
    assert all("download" not in condition and "privacy" not in condition and "terms" not in condition
               and "newsletter" not in condition for condition in conditions)
