"""Session 29's newcomer's look: a fresh clone, the explorer at 80x24 and 60x20 by keyboard alone, then
`add` of a folder of pages. What read badly: the edit commands `add` advises named each article by its
headline, so a folder's many pages that show none were all "# (no headline)", told apart by nothing;
the advised `--outlet NAME`, copied as written, set the outlet to "NAME"; and `articles` at 80 columns
folded "(estimated" from its ")". Each was found wrong first, with what must not change beside it.
And the one weekday reader that the date rules now share. Texts of our own."""

from __future__ import annotations

import json

import pytest

from corpus.date_patterns import weekday_number
from corpus.library import data_root
from corpus.model import ArticleSummary
from explorer.cli import main
from explorer.cli.commands import _print_article_table
from index.estimated_dates import EstimatedDate

NO_TITLE = ("The two governments signed the long delayed agreement on sharing military secrets after four "
            "years of talks that had stalled over public anger, officials in both capitals said on the day "
            "the pact was signed, adding that it would take effect at once.\n\n"
            "Protesters gathered outside the ministry in the rain.\n")
TITLED = ("Harbour cities sign a ferry pact\n\n"
          "PORTVILLE -- The two harbour cities signed a ferry pact on Wednesday, officials said.\n\n"
          "The deal lets their boats call at each other's piers.\n")


def added(tmp_path, capsys, pages: dict[str, str]) -> tuple[dict[str, str], str]:
    """Adds `pages` (file name -> text): each file's article id, and what `add` said on stderr."""
    paths = []
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    capsys.readouterr()
    main(["add", *paths])
    out, err = capsys.readouterr()
    ids = {}
    for line in out.splitlines():
        article_id = line.split()[1]
        ids[next(name for name in pages if name in line or pages[name].split("\n")[0] in line)] = article_id
    return ids, err


def outlet_of(article_id: str) -> str | None:
    metas = list((data_root() / "articles").glob(f"{article_id}*/meta.json"))
    return json.loads(metas[0].read_text(encoding="utf-8"))["outlet"]


def test_the_advised_edit_tells_an_article_with_no_headline_by_its_file(tmp_path, capsys):
    ids, err = added(tmp_path, capsys, {"plain-notes.txt": NO_TITLE, "ferry.txt": TITLED})
    advice = [line for line in err.splitlines() if " edit " in line]
    assert f"  gsomia-tui edit {ids['plain-notes.txt']} --outlet NAME --date YYYY-MM-DD   " \
           "# (no headline: plain-notes.txt)" in advice
    # a headline found still names its article, as before
    assert f"  gsomia-tui edit {ids['ferry.txt']} --outlet NAME --date YYYY-MM-DD   " \
           "# Harbour cities sign a ferry pact" in advice


def test_the_outlet_placeholder_copied_from_the_advice_is_refused(tmp_path, capsys):
    ids, _ = added(tmp_path, capsys, {"ferry.txt": TITLED})
    article_id = ids["ferry.txt"]
    assert main(["edit", article_id, "--outlet", "NAME", "--date", "2016-11-23"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == ["gsomia-tui: --outlet NAME stands for the outlet's name: give it, "
                                "as in --outlet 'The Korea Herald'"]
    assert outlet_of(article_id) is None  # nothing was set, the date neither
    assert main(["edit", article_id, "--outlet", "Harbour Gazette"]) == 0  # a name is set, as before
    assert outlet_of(article_id) == "Harbour Gazette"


def summary(article_id: str, date: str | None, provenance: str) -> ArticleSummary:
    return ArticleSummary(id=article_id, headline="Harbour cities sign a ferry pact", outlet="Harbour Gazette",
                          outlet_id="harbour-gazette", date=date, date_precision="day" if date else None,
                          date_provenance=provenance, byline=None, url=None, section=None,
                          source="/home/me/pages/ferry.txt", passage_count=3)


def date_cells(out: str) -> list[str]:
    """The Date column's cell lines of a printed `articles` table."""
    return [line.split("│")[3].strip() for line in out.splitlines() if line.count("│") == 6]


@pytest.mark.parametrize("columns", ["80", "100"])
def test_the_articles_table_keeps_an_estimate_whole(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    listed = [summary("a1" * 8, None, "unknown: no date found"),
              summary("b2" * 8, "2016-11-24", "printed on the page: \"24 November 2016\""),
              summary("c3" * 8, "2016-11-23", "inferred from the text: \"on Wednesday\"")]
    _print_article_table(listed, {"a1" * 8: EstimatedDate("2016-11-22", "the latest day it reports")})
    cells = date_cells(capsys.readouterr().out)
    assert "(estimated)" in cells and ")" not in cells
    assert "~22 Nov 2016" in cells  # the estimate's date on its own line
    assert "2016-11-24" in cells and "(inferred)" in cells  # printed and inferred dates, as before


def test_one_reader_turns_an_english_weekday_into_its_number():
    assert [weekday_number(name) for name in ("Monday", "sunday", "THURSDAY", "Wed", "FRI", "sat")] == \
           [0, 6, 3, 2, 4, 5]
    assert [weekday_number(name) for name in ("Mond", "Weekday", "lundi", "", "Thurs")] == [None] * 5
