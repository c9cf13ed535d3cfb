"""The explorer's counts read as the CLI's ("10,005"), and `remove` says how to put back the article
and what the user set with `edit` (ui25, review27). Texts of our own."""

from __future__ import annotations

import pytest

from explorer.cli import main
from explorer.tui.screens.background import SearchOutcome, SearchRequest, reload_summary
from explorer.tui.widgets.search_box import status_line
from tests.test_review_twenty_second import added_story


@pytest.mark.parametrize("total, shown, said", [
    (10_005, 50, "10,005 articles (showing 50)"),
    (1_000, 1_000, "1,000 articles"),
    (999, 50, "999 articles (showing 50)"),  # what must not change: small counts as they were
    (1, 1, "1 article"),
])
def test_the_status_line_counts_with_thousands_separators(total, shown, said):
    outcome = SearchOutcome(SearchRequest("pact"), rows=((None, None),) * shown, total=total)
    line = status_line(outcome, "all outlets", "best match first").plain
    assert line.startswith(f"{said} · ")


def test_a_reload_counts_with_thousands_separators():
    old = {f"id{n}": "same" for n in range(1_204)}
    assert reload_summary(old, {**old, "new": "x"}) == "1,205 articles loaded: 1 added"
    assert reload_summary({"a": "1", "b": "1"}, {"a": "2", "b": "1"}) == "2 articles loaded: 1 changed"


def test_remove_says_that_what_you_set_with_edit_is_kept_with_the_article(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["edit", article_id[:8], "--outlet", "Le Monde", "--date", "2016-11-02"]) == 0
    capsys.readouterr()
    assert main(["remove", article_id[:8]]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"removed {article_id[:8]}  ")
    assert out[1:] == [f"  kept, with what you set with edit (outlet, date): `gsomia-tui remove --undo "
                       f"{article_id[:8]}` puts it back"]


def test_remove_of_an_article_never_edited_says_only_how_to_undo_it(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["remove", article_id[:8]]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [f"  kept: `gsomia-tui remove --undo {article_id[:8]}` puts it back"]  # no more


def test_removes_help_says_how_to_put_the_article_back(capsys):
    with pytest.raises(SystemExit):
        main(["remove", "--help"])
    assert "`remove --undo ID` puts it back with what you set for it with `edit`" in capsys.readouterr().out
