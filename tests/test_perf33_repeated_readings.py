"""perf33: the officeholders a text names in office read once for the intake and both timelines, their titles looked
up once per office; a review of the papers' headings read once for all the lines asked about (each line read every
pair of the page's lines again: quadratic in its lines; since review 46 each reader asks once for all its lines).
Same answers (docs/timeline-rounds.md, perf round 33)."""

from __future__ import annotations

import dataclasses

from corpus.intake import office_years, press_reviews
from corpus.intake.office_years import holders, holders_out_of_office, named_in_office
from corpus.intake.credit_lines import signed_credit
from corpus.intake.outlets import outlets
from corpus.intake.press_reviews import review_headings
from corpus.intake.site_signatures import about_box
from tests.hostile_timing import assert_runs_quickly

_REVIEW = ("Papers", "NZ Herald", "The New Zealand Herald calls it 'A City Under Water', with a picture.",
           "The Press", "The Press runs the headline 'Rain again' over a picture of the river.", "Weather")


def _latin_name(holder) -> str:
    return holder.name if holder.name.isascii() else ""


def _office_texts() -> list[str]:
    texts = []
    for holder in holders():
        for title in holder.latin_titles[:1]:
            texts += [f"{title} {_latin_name(holder)} said Tuesday.", f"The {title.lower()} said."]
        for name in holder.east_asian_names[:1]:
            texts += [f"{name} {title}" for title in holder.after_name_titles[:2]]
            texts += [f"{name}は述べた。", f"{name} 말했다."]  # a name without its title
    return texts + ["President Nobody said on Tuesday.", "대통령은 말했다.", "", "the weather in Seoul"]


def test_the_holders_that_may_be_named_hold_every_holder_a_text_names_in_order():
    texts = _office_texts()
    named = [[holder for holder in holders() if holder.pattern.search(text)] for text in texts]
    likely = [office_years._may_be_named(text) for text in texts]
    assert sum(map(bool, named)) > len(holders()) and likely.count([]) > 10  # (both kinds of text)
    assert all(set(each) <= set(may) for each, may in zip(named, likely))
    assert all(may == sorted(may, key=holders().index) for may in likely)


def test_an_east_asian_name_without_its_title_makes_no_holder_likely():
    holder = next(holder for holder in holders() if holder.east_asian_names and holder.after_name_titles)
    name, title = holder.east_asian_names[0], holder.after_name_titles[0]
    assert holder not in office_years._may_be_named(f"{name}は述べた。")
    assert holder in office_years._may_be_named(f"{name}{title}は述べた。")


def _counting_scans(monkeypatch) -> list[str]:
    office_years._named_in_office.cache_clear()
    scanned: list[str] = []
    named_so = office_years._named_so
    monkeypatch.setattr(office_years, "_named_so", lambda holder, text: scanned.append(holder.name)
                        or named_so(holder, text))
    return scanned


def test_a_text_s_holders_are_read_once_for_every_reader(monkeypatch):
    scanned = _counting_scans(monkeypatch)
    text = "SEOUL, Nov. 23 (Yonhap) -- Defense Minister Han Min-koo signed the pact on Wednesday."
    first = named_in_office(text)
    once = len(scanned)
    assert [holder.name for holder in first] == ["Han Min-koo"] and once >= 1
    first.clear()  # (a caller emptying its list changes no other's)
    assert [holder.name for holder in named_in_office(text)] == ["Han Min-koo"]
    assert [holder.name for holder in holders_out_of_office("2030-01-01", text)] == ["Han Min-koo"]
    assert len(scanned) == once  # (three readings of the text on landing)


def test_another_text_is_read_anew(monkeypatch):
    scanned = _counting_scans(monkeypatch)
    assert [holder.name for holder in named_in_office("Defense Minister Han Min-koo said.")] == ["Han Min-koo"]
    once = len(scanned)
    assert named_in_office("former Defense Minister Han Min-koo said.") == []
    assert once >= 1 and len(scanned) == 2 * once


def _counting_pairs(monkeypatch) -> list[str]:
    read: list[str] = []
    names_again = press_reviews._names_again
    monkeypatch.setattr(press_reviews, "_names_again", lambda heading, under, directory: read.append(heading)
                        or names_again(heading, under, directory))
    return read


def test_a_review_s_headings_are_read_once_for_all_its_lines(monkeypatch):
    read = _counting_pairs(monkeypatch)
    assert review_headings(_REVIEW, outlets()) == {"NZ Herald", "The Press"}
    assert len(read) == len(_REVIEW) - 1  # (each line read every pair on landing: 30)
    assert about_box(_REVIEW, outlets()) is None and signed_credit(_REVIEW, outlets()) is None
    assert len(read) == 3 * (len(_REVIEW) - 1)  # (once for all the lines each reader asks about)


def test_one_heading_alone_heads_no_review():
    alone = _REVIEW[:3]  # perhaps a masthead over its own story
    assert review_headings(alone, outlets()) == frozenset()
    assert review_headings(list(_REVIEW), outlets()) == review_headings(_REVIEW, outlets())
    unlisted = dataclasses.replace(outlets(), by_name={})  # "NZ Herald" heads the Herald's part only as listed
    assert review_headings(_REVIEW, unlisted) == frozenset()  # (then one heading is left)
    assert review_headings(("Papers", "NZ Herald", "Rain again over the river, with a picture.", "The Press",
                            "The Press runs the headline 'Rain again'."), outlets()) == frozenset()


def test_every_line_of_a_long_review_of_the_papers_is_asked_about_in_linear_time():
    under = "The New Zealand Herald calls it a deal for the region, with a picture of the harbour and the ships" \
        " in it, " * 2 + "and says the talks go on."
    lines = ("NZ Herald", under) * 400  # ~100 KB (minutes on landing: each line read every pair again)
    assert sum(map(len, lines)) > 90_000
    assert_runs_quickly(lambda: about_box(lines, outlets()), what="the 800 lines of a review of the papers")
    assert_runs_quickly(lambda: signed_credit(lines, outlets()), what="the review's lines signing it")
    assert review_headings(lines, outlets()) == {"NZ Herald"}
    assert about_box(lines, outlets()) is None  # (a paper reviewed, not the site's box)
