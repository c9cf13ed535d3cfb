"""The date rules searched only around their trigger words (corpus.date_scan) find exactly
what scanning the whole text with each rule finds."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from corpus import date_carried as carried, date_chronology as chronology
from corpus import date_patterns as p, date_patterns_foreign as foreign, date_weekdays_cjk as cjk_weekdays
from corpus import date_relative_foreign as relative_foreign, date_years_ago as years_ago
from corpus.date_readers import RULES
from corpus.date_scan import SCOPES, TOKEN, Tokens, folded, opens_beyond_ascii, scoped_matches
from corpus.loader import BUNDLED_DIR

FIXTURES = Path(__file__).parent / "fixtures"
# (the held-out sets written after this module are left unread: they measure the intake)
PAGE_SETS = ("dev", "holdout", "dev2", "holdout2")

# Per rule, the longest form it takes: the bound (`reach`) must hold it with one token to spare.
LONGEST = {
    chronology.CHRONOLOGY_FIGURES_DAY: "12.31.",
    p.DAY_PATTERNS[0]: "Wednesday, Nov. 23, 2016",
    p.DAY_PATTERNS[1]: "Wednesday, 23rd of November, 2016",
    p.DAY_PATTERNS[2]: "2016-11-23",
    p.DAY_PATTERNS[3]: "23 Nov. 2016",
    p.MONTH_YEAR: "November, of 2016",
    p.MONTH_RELATIVE_YEAR: "February this year",
    p.HOLIDAY: "last new year's eve",
    p.RELATIVE_DAY: "the day before yesterday",
    p.WEEKDAY_MENTION: "earlier on Monday's morning",
    p.RELATIVE_PERIOD: "early - the current year",
    p.AGO: "more than a couple of years ago",
    years_ago.YEARS_AGO: "IL Y A quatre ANS",
    p.YEAR_RANGES[0]: "from 2016 through 2017",
    p.YEAR_RANGES[1]: "between 2016 and 2017",
    p.DECADE: "early-1990s",
    p.WEEKDAY_SET: "every Monday",
    p.SET: "twenty-five times per year",
    p.DAY_OF_MONTH: "on the 16th",
    p.ANAPHORIC: "a couple of years later",
    p.DURATION: "the past a couple of more years-long",
    p.MONTH_ALONE: "the beginning of November",
    p.QUALIFIED_YEAR: "the beginning of 2016",
    p.PLAIN_YEAR: "2016",
    foreign.FOREIGN_DAY_PATTERNS[0]: "segunda-feira, 14 de noviembre de 2016",
    foreign.FOREIGN_DAY_PATTERNS[1]: "2019 년 8 월 22 일",
    foreign.FOREIGN_DAY_PATTERNS[2]: "14/11/2016",
    foreign.FOREIGN_DAY_PATTERNS[3]: "23. November 2016",
    foreign.FOREIGN_DAY_PATTERNS[4]: "ngày 23 tháng 11 năm 2016",
    foreign.FOREIGN_MONTH_PATTERNS[0]: "2014 年 12 月",
    foreign.FOREIGN_MONTH_PATTERNS[1]: "tháng 11 năm 2016",
    foreign.FOREIGN_MONTH_PATTERNS[2]: "تشرين الثاني del, 2016",
    foreign.CJK_YEAR_PATTERN: "2012 年",
    foreign.JA_ERA_YEAR: "平成 24 年",
    foreign.CJK_DAY_OF_MONTH: "14 일",
    foreign.CJK_RELATIVE_DATE: "지난해 8 월 말",
    foreign.CJK_MONTH_ALONE: "오는 8 월 말",
    carried.CARRIED_CJK: "같은 해 11 월 23 일",
    carried.CARRIED_ENGLISH: "September 23, of the following year",
    carried.CARRIED_THAT_MONTH: "THAT   Sept.",
    carried.RELATIVE_YEAR_DAY: "지난해 8 월 23 일",
    foreign.FOREIGN_WEEKDAY: "el pasado segunda-feira passado",
    cjk_weekdays.CJK_WEEKDAY: "지난 주 수요일",
    cjk_weekdays.CJK_WEEKDAY_SET: "毎週の 水曜日",
    foreign.FOREIGN_YEAR_RANGES[0]: "entre los años 1910 y 1945",
    foreign.FOREIGN_YEAR_RANGES[1]: "desde 1910 hasta 1945",
    relative_foreign.FOREIGN_RELATIVE_DAY: "ANTES de ayer",
}
VOCABULARY = (
    "the past last next this early mid late earlier later on of in a couple few several "
    "twenty-five five 5 23rd 16th 23 2016 16 1990s '90s November Nov. Sept Jan May March Monday "
    "Monday's Mondays morning day days year years month week ago more than times per each every "
    "other once twice between and from through to new year's eve christmas Thanksgiving "
    "yesterday today tonight tomorrow - \u2013 , . % percent GMT hours 2016-11-23 mid-2016 long "
    "old that same previous following decade century since April Kim June-hyuck $2000 "
    "chri\u017ftmas YEARS \u017feveral DAYS t\u0131mes \u0130n \u212aelvin AGO about dozens "
    "novembre NOVEMBRE Kas\u0131m mercredi segunda-feira de del 1er 14/11/2016 11/23/2016 2019\ub144 8\uc6d4 22\uc77c "
    "8\u6708 22\u65e5 \u5e74 \uc6d4 \u4eca\u5e7410\u6708\u5e95 \uc9c0\ub09c\ud574 \ub9d0 \uc9c0\ub09c\ub2ec 27\uc77c \u672c\u670823\u65e5 "
    "23. 5. M\u00e4rz t\u00e1ng th\u00e1ng ng\u00e0y n\u0103m 2014\u5e7412\u6708 12\u6708 / "
    "\u043c\u0430\u0440\u0442\u0430 \u043d\u043e\u044f\u0431\u0440\u0435 \u0646\u0648\u0641\u0645\u0628\u0631 "
    "\u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u062b\u0627\u0646\u064a"
    " \u7fcc8\u6708 \uc624\ub294 \uadf8\ud574 \ub0b4\ub144 \uae4c\uc9c0 \u307e\u3067"  # 翌8月 오는 그해 내년 까지 まで
    " 수요일 지난 주 매주 마다 周三 上周三 每周三 水曜日 先週の 毎週 23日（水） 23일(수) (5日) 周三( 日本周五 검은"
    " 4年前 四年前 年前半 4 년 전에 전보다 hace años año há anos il y a ans vor Jahren anni fa cuatro quatre vier"
    " ayer AYER hoy en día ontem hoje em hier Hier soir signé ieri l'altro oggi aujourd'hui jusqu'à أمس أول اليوم حتى"
).split()
SEPARATORS = (" ", "  ", "-", " - ", "\n", "\u2013", ", ", "\t", "   \n  ", "", "\u00a0")


def spans(matches) -> list[tuple]:
    return [(match.span(), match.groupdict()) for match in matches]


def assert_same_matches(text: str) -> None:
    tokens = Tokens(text)
    for pattern, _ in RULES:
        assert spans(scoped_matches(pattern, text, tokens)) == spans(pattern.finditer(text)), \
            (pattern.pattern[:60], text[:200])


def test_every_rule_has_a_scope_and_a_longest_form():
    assert set(SCOPES) == {pattern for pattern, _ in RULES} == set(LONGEST)


@pytest.mark.parametrize("pattern", list(LONGEST), ids=lambda pattern: pattern.pattern[:30])
def test_the_longest_form_of_each_rule_is_within_its_reach(pattern):
    form = LONGEST[pattern]
    assert pattern.fullmatch(form), form
    assert len(TOKEN.findall(form)) < SCOPES[pattern].reach
    assert_same_matches(f"They said {form} and {form}, then {form}.")


def test_the_same_matches_on_the_articles_and_pages_we_have():
    paths = sorted(BUNDLED_DIR.glob("*.txt")) + [
        path for folder in PAGE_SETS for path in sorted((FIXTURES / "pages" / folder).glob("*.txt"))]
    assert len(paths) > 50
    for path in paths:
        assert_same_matches(path.read_text(encoding="utf-8", errors="replace"))


def test_the_same_matches_on_random_runs_of_date_words():
    rng = random.Random(15)
    for _ in range(3000):
        assert_same_matches("".join(rng.choice(VOCABULARY) + rng.choice(SEPARATORS)
                                    for _ in range(rng.randint(1, 14))))


@pytest.mark.parametrize("text", [
    "day " * 3000,
    " " * 5000 + "November" + " " * 5000 + "23, 2016",
    "five" + " - " * 2000 + "years ago",
    "Monday" * 2000,
    "2016" * 2000,
    "a " * 3000 + "couple of years ago",
    "",
    "\u0130\u0130\u0130 DAY\u017f ago",
])
def test_the_same_matches_on_hostile_text(text):
    assert_same_matches(text)


def test_folding_finds_every_letter_a_case_blind_pattern_finds():
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    text = "".join(re.findall("(?i)[a-z]", everything))
    lowered = folded(text)
    assert len(lowered) == len(text)
    for original, letter in zip(text, lowered):
        assert "a" <= letter <= "z" and re.fullmatch(f"(?i){letter}", original), original
    assert len(folded("\u0130stanbul")) == len("\u0130stanbul")


def test_a_trigger_that_opens_beyond_ascii_is_not_sought_in_an_ascii_text():
    assert opens_beyond_ascii(re.compile("[年년]")) and opens_beyond_ascii(re.compile("昭和|平成|令和"))
    assert opens_beyond_ascii(re.compile("\u212a"))  # (the Kelvin sign, read as it is)
    for pattern in (r"(?i)[年\u212a]", "[年]|", "[^a]", "年?", "(?:年)?x", r"\d年", "(?i)年"):
        assert not opens_beyond_ascii(re.compile(pattern)), pattern
    year = next(scope for scope in SCOPES.values() if scope.pattern is not None
                and scope.pattern.pattern == "[年년]")
    assert Tokens("In 2016, not 2016 年.").triggers(year, "In 2016, not 2016 年.") == [18]
    assert Tokens("In 2016 nothing.").triggers(year, "In 2016 nothing.") == []


def test_an_ascii_text_finds_what_each_rule_finds_in_it():
    text = "On Nov. 23, 2016, three years ago, the 16th; 14/11/2016 and 23. November 2016 (1990s)."
    for pattern in SCOPES:
        assert [m.span() for m in scoped_matches(pattern, text, Tokens(text))] == \
            [m.span() for m in pattern.finditer(text)], pattern.pattern
