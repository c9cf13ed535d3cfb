"""Correcting what was found: `gsomia-tui edit`, kept as "set by you" across re-indexing and
re-extraction; `add` ends by listing what it could not find, with the command that fixes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpus.edits as edits
from corpus.edits import SET_BY_YOU, EditError, edit_article, refresh_library
from corpus.library import add_paths, describe_received, load_corpus
from explorer.cli import main
from index.search import SearchEngine

GOOD = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture
def data(tmp_path):
    return tmp_path / "user-data"  # the library conftest's private_data_dir points the CLI at


def meta_of(data, article_id):
    return json.loads((data / "articles" / article_id / "meta.json").read_text())


def test_add_lists_what_it_did_not_find_with_the_command_that_fixes_it(capsys):
    assert main(["add", str(GOOD / "latin1.txt"), str(GOOD / "times.md")]) == 0
    out, err = capsys.readouterr()
    latin = next(line.split()[1] for line in out.splitlines() if "Séoul" in line)
    assert "1 article with no outlet or no date found; set what you know with:" in err
    assert (f"  gsomia-tui edit {latin} --outlet NAME --date YYYY-MM-DD   "
            "# Séoul et Tokyo signent un accord de défense") in err
    assert "Pact signed despite protests" not in err  # the Korea Times article has both


def test_edit_sets_the_facts_as_set_by_you_and_the_index_follows(capsys, data):
    main(["add", str(GOOD / "latin1.txt")])
    article_id = next(line.split()[1] for line in capsys.readouterr().out.splitlines())
    assert main(["edit", article_id, "--outlet", "Le Monde", "--date", "2016-11-23",
                 "--headline", "Séoul et Tokyo signent", "--url", "https://www.lemonde.fr/a"]) == 0
    assert capsys.readouterr().out.startswith(f"edited {article_id}  2016-11-23  Le Monde  ")
    assert main(["search", "Nagamine", "--json", "--outlet", "le monde"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (record["outlet"], record["date"]) == ("Le Monde", "2016-11-23")
    article = load_corpus(data).get(article_id)
    assert (article.headline, article.url) == ("Séoul et Tokyo signent", "https://www.lemonde.fr/a")
    assert article.date_provenance == SET_BY_YOU


@pytest.mark.parametrize("argv, message", [
    (["edit", "5dc3", "--outlet", "X"], "part of the bundled corpus"),
    (["edit", "zzzz", "--outlet", "X"], "no article with id 'zzzz'"),
    (["edit", "5dc3", "--date", "2016-02-30"], "is not a date"),
])
def test_edit_errors_are_one_line_with_exit_2(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_an_edit_with_nothing_to_change_is_refused(data, corpus):
    article = add_paths([GOOD / "latin1.txt"], {}, corpus, data)[0].article
    with pytest.raises(EditError, match="nothing to change"):
        edit_article(article.id[:8], {"outlet": "  "}, load_corpus(data), data)


def test_edits_survive_re_extraction_and_re_indexing(data, corpus, tmp_path, monkeypatch):
    herald = add_paths([GOOD / "herald_utf8_bom.txt"], {}, corpus, data)[0].article
    assert herald.outlet == "The Korea Herald"
    edit_article(herald.id, {"outlet": "Yonhap"}, load_corpus(data), data)
    # newer rules: every article's facts are found again, and the edit still wins
    monkeypatch.setattr(edits, "INTAKE_VERSION", edits.INTAKE_VERSION + 1)
    assert refresh_library(data, describe_received) == 1
    meta = meta_of(data, herald.id)
    assert (meta["outlet"], meta["outlet_provenance"]) == ("Yonhap", SET_BY_YOU)
    assert meta["date"] == "2016-11-23" and meta["date_provenance"] != SET_BY_YOU
    assert refresh_library(data, describe_received) == 0  # up to date now
    # a fresh index built from the library keeps it too
    engine = SearchEngine.open(load_corpus(data), tmp_path / "fresh-index")
    result = engine.search("intelligence", outlets=["yonhap"])
    assert herald.id in {hit.article_id for hit in result.hits}


def test_what_was_given_at_add_survives_re_extraction(data, corpus, monkeypatch):
    article = add_paths([GOOD / "latin1.txt"], {"outlet": "Le Monde"}, corpus, data)[0].article
    monkeypatch.setattr(edits, "INTAKE_VERSION", edits.INTAKE_VERSION + 1)
    refresh_library(data, describe_received)
    assert meta_of(data, article.id)["outlet"] == "Le Monde"
