"""Hostile pages at size (session 16): a page of one short string repeated thousands of times is
read in time linear in the page. Each case timed out (many seconds) on the code before: a Chinese
picture credit's pattern read a long line again from each of its characters
(corpus/intake/picture_credits.py), overlapping dates were weighed against every date kept before
(corpus/dates.py), the sentence around each office holder's name split its whole line again
(corpus/text_units.py), and a long sentence's verbs were read again for each date it prints
(index/plain_verbs.py). Part two bounds what a page's reading meets (`corpus.page_lines`): lines cut
at `LONGEST_LINE`, the intake's officeholders read from a page's head and foot."""

from __future__ import annotations

import time

from corpus.cleaning import clean_page
from corpus import dates
from corpus.dates import find_dates
from corpus import text_units
from corpus.intake import office_years
from corpus.intake.office_years import named_in_office
from corpus.intake.picture_credits import is_picture_credit
from corpus.page_lines import LONGEST_LINE, cut_line
from corpus.text_units import sentence_at, sentences
from index.plain_verbs import plain_verbs
from tests.hostile_timing import assert_runs_quickly


def test_a_line_of_one_chinese_character_is_no_picture_credit_read_at_once():
    line = "中" * 20000  # 9 s before

    def read() -> None:
        assert not is_picture_credit(line, (line,))
    assert_runs_quickly(read, limit=1.0)


def test_a_chinese_picture_credit_is_still_read():
    assert is_picture_credit("■ 韩国民众在街头观看电视 新华社 发", ())
    assert is_picture_credit("首尔街头 (新华社发)", ())
    assert not is_picture_credit("新华社 发", ())


def _dates_timed(repeats: int) -> float:
    """The best of two times to find the dates of a line of `repeats` dates."""
    text = "December 12, 2023 / " * repeats
    best = float("inf")
    for _ in range(2):
        dates.forget_what_was_read()  # (perf31: a text's dates are kept; each time here is a reading)
        began = time.process_time()
        found = find_dates(text, None)
        best = min(best, time.process_time() - began)
    assert sum(expression.kind == "date" for expression in found) == repeats
    return best


def test_thousands_of_dates_in_one_line_are_found_in_linear_time():
    # 100k characters; minutes before. Four times the text takes about four times as long, not
    # sixteen (a ratio, robust on a shared machine); the cap only catches minutes.
    quarter, whole = _dates_timed(1250), _dates_timed(5000)
    assert whole < 10.0
    assert whole < 8 * max(quarter, 0.01)


def test_the_sentence_of_each_name_in_a_long_line_is_found_at_once():
    text = "President Yoon Suk Yeol said it. " * 5000  # 165k characters, 5,000 sentences
    found: list = []

    def read() -> None:
        found[:] = [sentence_at(text, offset, 0, len(text)) for offset in range(0, len(text), 165)]
    assert_runs_quickly(read, limit=1.0, forget=text_units._sentences_and_starts.cache_clear)  # (split once a try)
    units = sentences(text)
    assert found == [units[offset // 33] for offset in range(0, len(text), 165)]
    assert sentence_at(text, len(text) - 1) == units[-1]  # the space after the last: the last


def test_a_long_sentence_is_read_for_its_verbs_once():
    sentence = "Seoul signed it on " + "December 12, 2023 / " * 5000  # 100k characters

    def read() -> None:
        for _ in range(1000):  # once for each date it prints; 20 s before
            assert plain_verbs(sentence, "event") == ((6, 12),)
    assert_runs_quickly(read, limit=1.0, forget=plain_verbs.cache_clear)  # (read once a try, kept for the rest)


# Part two (session 16): bounds by meaning, so that no page's reading grows with its square.


def test_a_line_longer_than_the_bound_is_cut_at_spaces_keeping_every_word():
    line = "the pact was signed and the deal was extended " * 2000  # 92k characters, no sentence end
    pieces = cut_line(line)
    assert len(pieces) > 1 and all(len(piece) <= LONGEST_LINE for piece in pieces)
    assert " ".join(pieces) == line  # each cut at a space, the space dropped
    cjk = "北韩在2016年11月23日签署了军事情报保护协定。" * 2000  # no space: cut after a sentence's end
    pieces = cut_line(cjk)
    assert "".join(pieces) == cjk and all(piece.endswith("。") and len(piece) <= LONGEST_LINE for piece in pieces)
    assert cut_line("中" * 9000) == ["中" * 4000, "中" * 4000, "中" * 1000]


def test_a_page_of_one_long_sentence_is_read_in_bounded_paragraphs():
    text = "Seoul and Tokyo signed the pact and the deal was extended and " * 16000  # 1 MB, no sentence end
    pages = []
    assert_runs_quickly(lambda: pages.append(clean_page("Headline\n\n" + text)), limit=10.0)  # 100 s for `add` before
    page = pages[-1]
    assert all(len(paragraph) <= LONGEST_LINE for paragraph in page.paragraphs)
    assert " ".join(page.paragraphs).split() == text.split()


def test_the_days_named_by_a_lead_of_thousands_of_dates_are_read_at_once():
    text = "December 12, 2023 / " * 20000  # 400k characters; over 120 s for `add` before
    pages = []
    assert_runs_quickly(lambda: pages.append(clean_page("Headline\n\n" + text)), limit=10.0)
    page = pages[-1]
    assert len(page.paragraphs) == 100


def test_the_officeholders_of_a_page_of_megabytes_are_read_from_its_head_and_foot():
    text = "SEOUL, Dec. 12 (Yonhap) -- " * 40000 + "\nPresident Yoon Suk Yeol said it."  # 1.1 MB

    def read() -> None:
        named = named_in_office(text)  # 222 officeholders' patterns over the page: 20-40 s before
        assert [holder.name for holder in named] == ["Yoon Suk Yeol"]  # (in its foot)
    assert_runs_quickly(read, limit=8.0, forget=office_years._named_in_office.cache_clear)


# Part three (session 21): a chronology of thousands of dated sentences pasted as one line, as `add` reads it.


def _chronology(sentences: int) -> str:
    """One line of `sentences` dated sentences of our own (a new day, month and year each)."""
    months = ("January", "March", "May", "July", "September", "November")
    verbs = ("met in Seoul", "talked in Tokyo", "signed a memo", "held a meeting")
    return " ".join(f"On {1 + n % 28} {months[n % 6]} {2010 + n % 11} the ministers {verbs[n % 4]}."
                    for n in range(sentences)) + "\n"


def test_a_chronology_of_thousands_of_dated_sentences_is_added_in_seconds():
    from corpus.derive import derive
    from index.timeline_rows import part_kept_with

    text = _chronology(10000)  # 480k characters: each candidate event checked every date before
    assert_runs_quickly(lambda: part_kept_with(derive(text, {}, "chronology.txt")), limit=20.0)  # 5 CPU s; 57 s before


def test_a_pages_dates_are_read_to_the_end_of_the_passage_at_the_bound():
    from corpus.derive import derive
    from corpus.events import DATES_READ_WITHIN

    sentences = DATES_READ_WITHIN // 47 + 400  # each sentence 46-49 characters with its space
    derived = derive(_chronology(sentences), {}, "chronology.txt")
    article = derived.article
    crossing = article.passage_at(DATES_READ_WITHIN)
    assert len(article.clean_text) > DATES_READ_WITHIN + 8000 and crossing is not None
    assert max(m.end for m in derived.mentions) > DATES_READ_WITHIN  # the passage crossing the bound read whole
    assert all(m.start < crossing.end for m in derived.mentions)
    assert crossing.end - derived.mentions[-1].end < 60  # its last date read


def test_every_date_of_a_long_page_under_the_bound_is_read():
    from corpus.derive import derive

    sentences = 1500  # 70k characters
    derived = derive(_chronology(sentences), {}, "chronology.txt")
    assert len(derived.mentions) == sentences
    assert derived.mentions[-1].text == "16 November 2013"  # (the 1,500th: n = 1499)
