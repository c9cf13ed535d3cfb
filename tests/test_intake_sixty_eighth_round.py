"""Issue 13's sixty-eighth intake round, on texts of our own: headlines as a user sees them. A line above the story
that is never its headline (a picture's word or file, a caption by its credit, an advertisement's marker, a site's
button or label, a breadcrumb, a clock alone, an outlet's name alone, a byline) is not picked: the page's title
line is, and a page showing none has no headline found.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.headline_clutter import is_headline_clutter

EN_STORY = ("Rescue teams worked through the night after the river burst its banks, officials said on Tuesday, "
            "and the cause of the flooding is still not known.\n\n")
JA_STORY = "市当局によると、救助隊は夜通し作業を続けたが、事故の原因はまだ分かっていない。詳しいことは来週発表される見通しだという。\n\n"
KO_STORY = "소방당국은 구조대가 밤새 수색을 이어갔으며 사고 원인은 아직 밝혀지지 않았다고 밝혔다. 자세한 내용은 다음 주 발표된다.\n\n"

CLUTTER = [
    "写真", "thumbnail", "-- Advertisements --", "이미지 확대", "(イメージです。)", "Show Thumbnails", "1 of 10",
    "e0001234_15170000.jpg", "Search", "Loading...", "Send to", "print PRINT", "Cookie Control", "bar_progress",
    "본문 바로가기", "11:00 pm", "The Associated Press", "【読売新聞】", "By Jane Roe",
    "您现在的位置: 河畔网 >> 资讯 >> 正文", "example.com > World > Asia > Rivers",
    "Flood waters cover the river road in the town on Tuesday. © Reuters",
    "강변도로가 물에 잠겨 있다. [사진=연합뉴스]",
]
TITLES = [
    "River road closed after flooding", "川沿いの道が冠水で通行止めに", "강변도로 침수로 통제", "From Seoul, a pact at last",
    "Search goes on for two missing after the flood", "Home > the river's return", "\"다시 만나요\"… 강변의 작별",
    "Reuters reporters freed", "The King of Pop is dead",
]


@pytest.mark.parametrize("line", CLUTTER)
def test_a_line_that_is_never_a_headline_is_clutter(line):
    assert is_headline_clutter(line)


@pytest.mark.parametrize("line", TITLES)
def test_a_title_line_is_not_clutter(line):
    assert not is_headline_clutter(line)


@pytest.mark.parametrize("clutter, story", [("写真", JA_STORY), ("thumbnail", KO_STORY),
                                             ("-- Advertisements --", EN_STORY), ("読売新聞", JA_STORY)])
def test_a_page_showing_only_clutter_above_the_story_has_no_headline(clutter, story):
    assert clean_page(f"{clutter}\n\n{story * 3}").headline is None


@pytest.mark.parametrize("title, clutter, story", [
    ("River road closed after flooding", "The Associated Press", EN_STORY),
    ("川沿いの道が冠水で通行止めに", "写真", JA_STORY),
    ("강변도로 침수로 통제", "강변도로가 물에 잠겨 있다. 2025.3.3/뉴스1 © News1 김철수 기자", KO_STORY),
])
def test_the_title_line_is_the_headline_beside_clutter_a_page_repeats_or_that_is_longer(title, clutter, story):
    assert clean_page(f"{clutter}\n\n{title}\n\n{clutter}\n\n{story * 3}").headline == title


@pytest.mark.parametrize("title, story", [("River road closed after flooding", EN_STORY),
                                          ("강변도로 침수로 통제", KO_STORY)])
def test_a_page_with_its_title_alone_keeps_it_as_before(title, story):
    assert clean_page(f"{title}\n\n{story * 3}").headline == title


def _json_file(tmp_path, value) -> list:
    import json

    from corpus.formats import read_articles

    path = tmp_path / "labels.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    return list(read_articles(path))


def test_a_lone_json_object_that_is_not_an_article_is_told_as_the_files_one_object(tmp_path):
    (problem,) = _json_file(tmp_path, {"001_page.txt": {"outlet": ["Example Times"], "date": "2025-03-03"}})
    assert str(problem).startswith("one JSON object that is not an article") and "record 1" not in str(problem)


def test_a_list_of_records_without_text_is_still_told_record_by_record(tmp_path):
    problems = _json_file(tmp_path, [{"title": "One"}, {"title": "Two"}])
    assert [str(p) for p in problems] == [f"record {n} has no text (fields: text, body or content)" for n in (1, 2)]


def test_a_lone_json_article_is_still_read(tmp_path):
    (article,) = _json_file(tmp_path, {"title": "River road closed", "text": EN_STORY})
    assert article.stated["headline"] == "River road closed"
