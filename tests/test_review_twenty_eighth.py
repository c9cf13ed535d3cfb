"""Session 28's second look at what session 27 added. A `remove` whose article could not be kept
under removed/ said "nothing was removed" while the article was gone from the library, and a
second remove of the same id said only that there was no such article. The fields that run their
own editing keys left the cursor hidden after one (its blink was not restarted). In --help, two
examples ran their command into their description (one space between them), and at 60 columns a
description went on at another column than it began. Each was found wrong first, with what must
not change beside it. Texts of our own."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from conftest import settle
from corpus.library import data_root, load_corpus
from explorer.cli import main
from explorer.cli.help_format import TERM_AND_DESCRIPTION, FittingHelpFormatter
from explorer.cli.parser import MAIN_EXAMPLES
from tests.test_review_twenty_second import added_story
from tests.test_review_twenty_sixth import help_text


def search_finds(article_id: str, capsys) -> bool:
    capsys.readouterr()
    main(["search", "intelligence-sharing"])
    return article_id[:16] in capsys.readouterr().out


@pytest.mark.parametrize("blocking", ["removed", "removed/{id}"])
def test_a_remove_that_cannot_keep_the_article_leaves_it_in_the_library(tmp_path, capsys, blocking):
    article_id = added_story(tmp_path)
    in_the_way = data_root() / blocking.format(id=article_id)
    in_the_way.parent.mkdir(parents=True, exist_ok=True)
    in_the_way.write_text("a file where a folder goes", encoding="utf-8")
    capsys.readouterr()
    assert main(["remove", article_id[:8]]) == 1
    assert capsys.readouterr().err.strip().endswith("nothing was removed")
    assert load_corpus().get(article_id[:8]).id == article_id  # it was gone (and nothing kept)
    assert search_finds(article_id, capsys)
    in_the_way.unlink()
    assert main(["remove", article_id[:8]]) == 0  # once the way is clear, removed and kept
    assert (data_root() / "removed" / article_id / "meta.json").is_file()
    assert not search_finds(article_id, capsys)


def test_removing_again_says_it_was_removed_and_how_to_put_it_back(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["remove", article_id[:8]]) == 0
    capsys.readouterr()
    assert main(["remove", article_id[:8]]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"gsomia-tui: article {article_id[:8]} was removed already: `remove --undo {article_id[:8]}` "
        "puts it back"]
    assert main(["remove", "--undo", article_id[:8]]) == 0
    assert main(["remove", "feedbeef"]) == 2  # never added: as before
    assert "no article with id 'feedbeef'" in capsys.readouterr().err


async def test_the_explorer_reloads_an_article_put_back_from_another_terminal(tmp_path, make_app, capsys):
    article_id = added_story(tmp_path)
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        listed = app.screen.results.option_count
        for command, change in ((["remove"], -1), (["remove", "--undo"], 0)):
            assert main([*command, article_id[:8]]) == 0
            await pilot.press("r")
            await settle(app, pilot, rounds=3)
            assert app.screen.results.option_count == listed + change
        app.screen.search_box.set_query("intelligence-sharing")
        await settle(app, pilot)
        assert article_id in {article.id for _, article in app.screen.outcome.rows}


@pytest.mark.parametrize("key", ["left", "ctrl+a", "backspace", "ctrl+u"])
async def test_an_editing_key_shows_the_cursor_at_once(make_app, key):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"intel")
        box = app.screen.query_one("#query", Input)
        box._cursor_visible = False  # (the blink's hidden half)
        await pilot.press(key)
        assert box._cursor_visible  # it was left hidden until the blink came round
        await pilot.press("escape")  # the search box's own keys as before
        await pilot.pause()
        assert app.focused is not box


def test_every_main_example_keeps_its_command_and_description_apart():
    rows = [line for line in MAIN_EXAMPLES.split("\n\n")[0].splitlines()[1:]]
    assert rows and [row for row in rows if not TERM_AND_DESCRIPTION.match(row)] == []


OUR_NOTES = """\
notes:
  tool fold --every-page      folds every page of the book, front to back, twice
  tool fold --page 7 --corner-then-spine  one long term
  tool fit                    fits
"""


def test_a_wrapped_description_goes_on_at_its_own_column_or_under_its_term():
    fitted = FittingHelpFormatter("prog")._fill_text(OUR_NOTES, 50, "").splitlines()
    assert all(len(line) <= 50 for line in fitted)
    first = fitted.index("  tool fold --every-page      folds every page of")
    assert fitted[first + 1] == " " * 30 + "the book, front to"  # was at column 25
    long_term = fitted.index("  tool fold --page 7 --corner-then-spine")
    assert fitted[long_term + 1] == "      one long term"  # no room beside it: under it, set in
    assert fitted[-1] == "  tool fit                    fits"  # a row that fits: as written


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_the_main_examples_keep_one_column_at_every_width(columns, monkeypatch, capsys):
    shown = help_text("", columns, monkeypatch, capsys).split("examples:\n")[1].split("\n\n")[0]
    starts = {len(line) - len(line.lstrip(" ")) for line in shown.splitlines() if line.startswith("   ")}
    described = {TERM_AND_DESCRIPTION.match(line).end() for line in shown.splitlines()
                 if TERM_AND_DESCRIPTION.match(line)}
    assert len(described) == 1 and starts <= described
