"""Session 27's review, three things a newcomer met. `remove` lost the article for good and said
nothing of how to get it back: it is now kept whole, and `remove --undo ID` puts it back as it was.
In the edit dialog, `ctrl+u` followed at once by typing lost the first letters typed (the key's
binding ran after they were inserted). At 60 columns the search box's hint was cut mid-example.
Each was found wrong first, with what must not change beside it. Texts of our own."""

from __future__ import annotations

import json
import os

from corpus.library import data_root, load_corpus
from explorer.cli import main
from tests.test_review_twenty_second import added_story


def meta_of(article_id: str) -> dict:
    return json.loads((data_root() / "articles" / article_id / "meta.json").read_text("utf-8"))


def test_remove_undo_puts_the_article_back_as_it_was(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["edit", article_id[:8], "--outlet", "Le Monde"]) == 0
    before = meta_of(article_id)
    assert main(["remove", article_id[:8]]) == 0
    capsys.readouterr()
    assert main(["search", "intelligence-sharing"]) == 0 and article_id[:16] not in capsys.readouterr().out
    assert main(["remove", "--undo", article_id[:8]]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == [f"put back {article_id[:8]}  Seoul and Tokyo move closer to an intelligence pact"
                    "  (with what you set with edit: outlet)"]
    assert meta_of(article_id) == before  # the edit and the day it was added come back too
    assert load_corpus().get(article_id[:8]).outlet_label == "Le Monde"
    assert main(["search", "intelligence-sharing"]) == 0
    assert capsys.readouterr().out.count(article_id[:16]) == 1  # the index follows
    assert not (data_root() / "removed" / article_id).exists()


def test_an_undo_with_nothing_to_put_back_says_why_in_one_line(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["remove", "--undo", article_id[:8]]) == 2  # never removed
    assert main(["remove", "--undo", "ab"]) == 2
    assert main(["remove", article_id[:8]]) == 0
    added_story(tmp_path)  # the same page added again: the removed copy cannot come back beside it
    capsys.readouterr()
    assert main(["remove", "--undo", article_id[:8]]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"gsomia-tui: article {article_id[:8]} is in the library again (added since): "
                   "nothing to put back"]
    assert (data_root() / "removed" / article_id / "meta.json").is_file()  # still kept


def test_a_remove_killed_half_way_keeps_the_article_when_whole_and_only_then(tmp_path, capsys):
    article_id = added_story(tmp_path)
    articles = data_root() / "articles"
    os.replace(articles / article_id, articles / f".removing-{article_id}")  # killed after the move
    assert main(["remove", "--undo", article_id[:8]]) == 0  # the remove is finished, then undone
    assert (articles / article_id / "text.txt").is_file()
    os.replace(articles / article_id, articles / f".removing-{article_id}")
    (articles / f".removing-{article_id}" / "text.txt").unlink()  # (an older version's partial rmtree)
    assert main(["remove", "--undo", article_id[:8]]) == 2
    assert not (data_root() / "removed" / article_id).exists()
    assert not (articles / f".removing-{article_id}").exists()

