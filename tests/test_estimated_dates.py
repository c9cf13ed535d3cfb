"""An article that prints no date shows its estimated date, marked as estimated, wherever a
user lists or sorts articles: `gsomia-tui articles`, `show`, the explorer's date sorts; never as
printed, and never kept as "set by you" by an edit (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import rendered_screen, settle
from corpus.library import add_paths, data_root, load_corpus
from explorer.cli import main
from explorer.tui.dialogs.edit_facts import EditFactsScreen
from explorer.tui.render import result_row
from explorer.tui.screens.background import SearchRequest, search
from index import estimated_dates as estimated_dates_module
from index.estimated_dates import estimate_articles, estimated_dates
from index.timeline_rows import EXTRA_KEY, kept_parts, update_parts
from index.search import SearchEngine

UNDATED = ("Allies seal intelligence pact\n\n"
           "South Korea and Japan signed the military intelligence agreement on November 23, 2016, "
           "in Seoul.\n\nCritics protested outside the defense ministry.\n")
NO_CLUE = "A quiet day in Seoul\n\nNothing much happened in the city, residents said.\n"


@pytest.fixture
def added(tmp_path):
    """(id of an undated article whose text dates it, id of one whose text does not)."""
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "no-clue.txt").write_text(NO_CLUE, encoding="utf-8")
    outcomes = add_paths([tmp_path / "undated.txt", tmp_path / "no-clue.txt"], {}, load_corpus())
    ids = {Path(outcome.source).name: outcome.article.id for outcome in outcomes}
    return ids["undated.txt"], ids["no-clue.txt"]


def test_articles_marks_the_estimate_and_never_prints_it_as_the_date(capsys, added):
    dated_by_text, no_clue = added
    assert main(["articles"]) == 0
    rows = {line.split("\t")[0]: line.split("\t") for line in capsys.readouterr().out.splitlines()}
    assert rows[dated_by_text][1] == "~2016-11-23"
    assert "estimated from the text" in rows[dated_by_text][4] and "November 23, 2016" in rows[dated_by_text][4]
    assert rows[no_clue][1] == ""
    assert main(["articles", "--json"]) == 0
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records[dated_by_text]["date"] is None
    assert records[dated_by_text]["estimated_date"] == "2016-11-23"
    assert "estimated" in records[dated_by_text]["estimated_date_provenance"]
    assert records[no_clue]["estimated_date"] is None
    assert all(r["estimated_date"] is None for r in records.values() if r["date"])


def test_show_gives_the_estimate_with_its_provenance(capsys, added):
    dated_by_text, _ = added
    assert main(["show", dated_by_text[:8]]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "~23 Nov 2016 (estimated)" in out[1]
    assert out[2].startswith("date estimated from the text: the latest day it reports")
    assert main(["show", dated_by_text[:8], "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["date"], record["estimated_date"]) == (None, "2016-11-23")


def test_an_edit_does_not_keep_the_estimate_as_set_by_you(capsys, added):
    dated_by_text, _ = added
    assert main(["edit", dated_by_text, "--outlet", "Le Monde"]) == 0
    meta = json.loads((data_root() / "articles" / dated_by_text / "meta.json").read_text())
    assert meta["set_by_you"] == {"outlet": "Le Monde"}
    article = load_corpus().get(dated_by_text)
    assert article.date is None
    assert estimated_dates(load_corpus())[dated_by_text].date == "2016-11-23"


def test_the_estimate_is_kept_with_the_articles_timeline_part_and_read_back_from_it(added, monkeypatch):
    """Worked out once, with the article's part of the timeline: gathering the estimates reads
    the kept parts, and estimates again only an article whose part is from other rules."""
    dated_by_text, no_clue = added
    store = load_corpus()
    update_parts(store)
    parts = kept_parts(store)
    assert parts[dated_by_text].estimate[0] == "2016-11-23"
    assert "November 23, 2016" in parts[dated_by_text].estimate[1]
    assert parts[no_clue].estimate is None
    estimated_again = []

    def estimate(articles, mentions):
        articles = list(articles)
        estimated_again.extend(a.id for a in articles)
        return estimate_articles(articles, mentions)

    monkeypatch.setattr(estimated_dates_module, "estimate_articles", estimate)
    found = estimated_dates_module._estimate_store(store)
    assert estimated_again == [] and found[dated_by_text].date == "2016-11-23" and no_clue not in found
    with store.writing() as writer:  # a part from other rules
        writer.put_extra(dated_by_text, EXTRA_KEY, "other-rules", "[[], []]")
    found = estimated_dates_module._estimate_store(store)
    assert estimated_again == [dated_by_text] and found[dated_by_text].date == "2016-11-23"


@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_the_explorer_sorts_an_estimated_date_among_the_printed_ones(tmp_path, added, sort):
    dated_by_text, no_clue = added
    store = load_corpus()
    engine = SearchEngine.open(store, tmp_path / "index")
    try:
        for query in ("", "pact OR Seoul"):
            outcome = search(engine, SearchRequest(query, sort))
            order = [article.id for _, article in outcome.rows]
            dates = [article.date or (outcome.estimates[article.id].date if article.id in outcome.estimates
                                      else None) for _, article in outcome.rows]
            assert dated_by_text in order and outcome.estimates[dated_by_text].date == "2016-11-23"
            known = [d for d in dates if d is not None]
            assert known == sorted(known, reverse=sort == "newest")
            assert dates[len(known):] == [None] * (len(dates) - len(known))  # no date at all: last
            if no_clue in order:
                assert no_clue not in outcome.estimates
            _, article = outcome.rows[order.index(dated_by_text)]
            row = result_row(None, article, estimate=outcome.estimates[dated_by_text]).plain
            assert "~23 Nov 2016" in row and " 23 Nov 2016" not in row.replace("~23", "")
    finally:
        engine.close()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_explorer_lists_it_marked_and_the_edit_dialog_leaves_its_date_empty(make_app, added, size):
    dated_by_text, _ = added
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        screen.sort = "oldest"
        screen.request_search()
        await settle(app, pilot, rounds=3)
        assert screen.results_pane.outcome.estimates[dated_by_text].label == "~23 Nov 2016"
        assert "~23 Nov 2016" in rendered_screen(app)[0], rendered_screen(app)[0]
        screen.go_to_article(dated_by_text)
        await settle(app, pilot)
        header = str(screen.source.query_one("#source-header").render())
        assert "~23 Nov 2016 (estimated)" in header
        assert "Source · ~23 Nov 2016" in rendered_screen(app)[0]
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditFactsScreen)
        assert dialog.query_one("#edit-date", Input).value == ""
        await pilot.press("escape")
        await pilot.pause()
