"""Session 22's review by a demanding user correcting what was found in a big library and reading
the timeline: a report dated only to its month called "first" and the others weeks late; `add`'s
advice that, copied, looks in another library than the one given with --data; an edit that could
not be undone; an edit refusing a date that `add` reads; an explorer silent about a user's outlets
file it does not use. Each was found wrong first, with what must not change beside it. Texts of
our own."""

from __future__ import annotations

import json
import shlex
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import settle, wait_for
from corpus.edits import SET_BY_YOU
from corpus.library import add_paths, data_root, load_corpus
from explorer.cli import main
from explorer.tui.dialogs.edit_facts import EditFactsScreen
from explorer.tui.dialogs.palette import best_matches as palette_matches
from explorer.tui.screens.outlet_stops import OutletStops
from index.results import Coverage, TimelineEvent, lag_label, reports_summary
from tests.test_app_edit import open_added_article, replace_field

LATIN1 = Path(__file__).parent / "fixtures" / "ingest" / "latin1.txt"  # no outlet, no date
STORY = ("---\ntitle: Seoul and Tokyo move closer to an intelligence pact\ndate: 2016-11-01\n---\n"
         "South Korea and Japan held a second round of working-level talks on a military "
         "intelligence-sharing agreement in Tokyo on Tuesday, officials said.\n")


def covering(outlet: str, date: str | None, estimated: bool = False) -> Coverage:
    return Coverage(f"{outlet}-article", outlet.lower(), outlet, date, "Pact signed", 1, 0, 10, (),
                    estimated)


def signing(*coverage: Coverage) -> TimelineEvent:
    return TimelineEvent("signing", "South Korea and Japan sign the pact", "2016-11-23", "23 Nov 2016",
                         "day", False, coverage)


def test_a_report_dated_only_to_its_month_is_neither_first_nor_makes_the_others_late():
    event = signing(covering("Monthly", "2016-11"), covering("Herald", "2016-11-23"),
                    covering("Radio", "2016-11-27"))
    assert reports_summary(event) == "Herald first, Radio +4 d, Monthly 2016-11, day unknown"
    assert [report.lag_days for report in event.reports()] == [0, 4, None]


def test_a_report_dated_only_to_its_year_says_so_and_whether_the_year_is_estimated():
    event = signing(covering("Yearly", "2016", estimated=True), covering("Herald", "2016-11-23"))
    assert reports_summary(event) == "Herald first, Yearly 2016, day unknown (estimated date)"


def test_the_outlet_stops_begin_with_the_first_report_not_with_a_month():
    event = signing(covering("Monthly", "2016-11"), covering("Herald", "2016-11-23"),
                    covering("Radio", "2016-11-27"))
    stops = OutletStops.at(event)
    assert [item.outlet_label for item in stops.stops] == ["Herald", "Radio", "Monthly"]
    assert stops.where == "outlet 1/3: Herald · first"
    assert stops.step(-1).where == "outlet 3/3: Monthly · 2016-11, day unknown"


def test_reports_dated_to_the_day_keep_their_lags_and_the_undated_stay_last():
    event = signing(covering("Herald", "2016-11-23"), covering("Radio", "2016-11-24", estimated=True),
                    covering("Blog", None))
    assert reports_summary(event) == "Herald first, Radio +1 d (estimated date), Blog undated"


def test_an_outlets_report_dated_to_the_day_counts_before_its_own_dated_to_the_month():
    event = signing(covering("Monthly", "2016-11"), covering("Monthly", "2016-11-24"),
                    covering("Herald", "2016-11-25"))
    assert reports_summary(event) == "Monthly first, Herald +1 d"


def added_id(out: str) -> str:
    return next(line.split()[1] for line in out.splitlines() if line.startswith("added "))


def test_adds_advice_names_the_library_given_with_data(tmp_path, capsys):
    library = tmp_path / "my library"
    assert main(["--data", str(library), "add", str(LATIN1)]) == 0
    out, err = capsys.readouterr()
    advice = next(line for line in err.splitlines() if " edit " in line)
    assert advice.startswith(f"  gsomia-tui --data '{library}' edit {added_id(out)} --outlet NAME")
    copied = shlex.split(advice.split("#")[0])[1:5]  # gsomia-tui --data DIR edit ID
    assert main([*copied, "--outlet", "Le Monde"]) == 0  # it finds the article


def test_adds_advice_without_data_names_no_library(capsys):
    assert main(["add", str(LATIN1)]) == 0
    out, err = capsys.readouterr()
    assert f"  gsomia-tui edit {added_id(out)} --outlet NAME" in err and "--data" not in err


def meta_of(article_id: str) -> dict:
    return json.loads((data_root() / "articles" / article_id / "meta.json").read_text())


def added_story(tmp_path) -> str:
    page = tmp_path / "story.md"
    page.write_text(STORY, encoding="utf-8")
    return add_paths([page], {}, load_corpus())[0].article.id


def test_an_edit_is_undone_field_by_field_and_the_page_gives_its_facts_again(tmp_path, capsys):
    article_id = added_story(tmp_path)
    found = meta_of(article_id)
    assert main(["edit", article_id[:8], "--date", "2016-11-23", "--outlet", "Le Monde"]) == 0
    assert main(["edit", article_id[:8], "--undo", "date"]) == 0
    meta = meta_of(article_id)
    assert (meta["date"], meta["date_provenance"]) == (found["date"], found["date_provenance"])
    assert meta["set_by_you"] == {"outlet": "Le Monde"} and meta["outlet_provenance"] == SET_BY_YOU
    assert main(["edit", article_id[:8], "--undo", "all"]) == 0
    assert meta_of(article_id)["outlet"] == found["outlet"]
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"edited {article_id[:8]}  {found['date']}")


@pytest.mark.parametrize("argv, message", [
    (["--undo", "outlet"], "nothing to undo: no outlet of"),
    (["--undo", "all"], "nothing to undo: nothing of"),
    (["--outlet", ""], "--outlet is empty: give the right outlet, or --undo outlet"),
    (["--date", " "], "is not a date"),
])
def test_an_undo_of_nothing_or_an_empty_value_is_one_line_and_changes_nothing(tmp_path, capsys,
                                                                              argv, message):
    article_id = added_story(tmp_path)
    before = meta_of(article_id)
    assert main(["edit", article_id[:8], *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert meta_of(article_id) == before


def test_edit_reads_a_date_as_add_does(tmp_path, capsys):
    article_id = added_story(tmp_path)
    assert main(["edit", article_id[:8], "--date", "2016-1-5"]) == 0
    assert meta_of(article_id)["date"] == "2016-01-05"
    assert main(["edit", article_id[:8], "--date", "2016-1-32"]) == 2  # no calendar has it


async def emptied_in_the_dialog(app, pilot, field: str, was: str) -> EditFactsScreen:
    """`E`, then `field` (which begins with `was`) emptied and the dialog submitted."""
    await pilot.press("E")
    await pilot.pause()
    dialog = app.screen
    assert dialog.query_one(f"#edit-{field}", Input).value.startswith(was)
    await replace_field(pilot, dialog, field, "")
    dialog.query_one(f"#edit-{field}", Input).focus()
    await pilot.press("enter")
    await pilot.pause()
    return dialog


async def test_a_field_emptied_in_the_dialog_undoes_what_was_set_there(make_app):
    [outcome] = add_paths([LATIN1], {}, load_corpus())
    article_id = outcome.article.id
    assert main(["edit", article_id[:8], "--outlet", "Le Monde", "--date", "2016-11-23"]) == 0
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.screen.go_to_article(article_id)
        await settle(app, pilot)
        await emptied_in_the_dialog(app, pilot, "outlet", was="Le Monde")
        await settle(app, pilot, rounds=3)
        assert not isinstance(app.screen, EditFactsScreen)
        assert meta_of(article_id)["set_by_you"] == {"date": "2016-11-23"}
        assert app.screen.engine.corpus.get(article_id).outlet is None


async def test_a_found_field_emptied_in_the_dialog_is_refused_in_one_line(make_app):
    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        article_id = await open_added_article(app, pilot)
        dialog = await emptied_in_the_dialog(app, pilot, "headline", was="Séoul et Tokyo")
        assert app.screen is dialog
        problem = str(dialog.query_one("#edit-problem").render())
        assert "no headline of" in problem and "set by you" in problem
        assert "set_by_you" not in meta_of(article_id)


def notified(app, text: str) -> bool:
    return any(text in str(notification.message) for notification in app._notifications)


@pytest.mark.parametrize("content", ['{"outlets": [', '[{"name": "Harbour Times", "aliases": "HT"}]'])
async def test_the_explorer_says_the_users_outlets_file_is_not_used(make_app, tmp_path, monkeypatch,
                                                                    content):
    monkeypatch.setenv("GSOMIA_TUI_CONFIG", str(tmp_path))
    (tmp_path / "outlets.json").write_text(content, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await wait_for(pilot, lambda: notified(app, "outlets.json: not used ("))
        assert notified(app, str(tmp_path / "outlets.json"))


async def test_the_explorer_says_nothing_of_a_good_outlets_file_or_none(make_app, tmp_path, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_CONFIG", str(tmp_path))
    (tmp_path / "outlets.json").write_text('[{"name": "Harbour Times", "aliases": ["東港時報"]}]',
                                           encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert not notified(app, "outlets.json")


async def test_the_palette_matches_off_the_ui_thread_and_shows_the_best_few(make_app, monkeypatch):
    import threading

    from textual.command import CommandList, CommandPalette
    from textual.fuzzy import FuzzySearch

    import explorer.tui.dialogs.palette as palette

    threads, match = set(), FuzzySearch.match

    def watched(self, query, candidate):
        if candidate.startswith("Go to"):  # (not Textual's own commands)
            threads.add(threading.current_thread() is threading.main_thread())
        return match(self, query, candidate)

    monkeypatch.setattr(FuzzySearch, "match", watched)
    monkeypatch.setattr(palette, "HITS_SHOWN", 3, raising=False)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"go to")  # every article, event and outlet matches
        await settle(app, pilot, rounds=4)
        await wait_for(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        assert app.screen.query_one(CommandList).option_count == 3
        assert threads == {False}  # (every headline matched in a thread, none on the UI's)


def test_a_palette_search_a_newer_key_replaced_stops_early():
    targets = [(f"Go to article: headline {number}", number) for number in range(2000)]
    asked = []

    def still_wanted():
        asked.append(1)
        return len(asked) < 2

    assert palette_matches("head", targets, still_wanted) == []
    assert len(asked) == 2  # (asked every 256 targets: it stopped at the second time)
    best = palette_matches("headline 19", targets, lambda: True, limit=5)
    assert len(best) == 5 and [score for score, *_ in best] == sorted((s for s, *_ in best), reverse=True)


def many_outlets_event(corpus, outlets: int) -> TimelineEvent:
    article = corpus.articles[0]
    passage = article.passage(1)
    return signing(*(Coverage(article.id, f"outlet-{n}", f"Outlet {n}", f"2016-11-{23 + n % 5}", "Pact",
                              1, passage.start, passage.end, ()) for n in range(outlets)))


@pytest.mark.parametrize("outlets", [11, 3])
async def test_compare_keeps_each_outlets_card_readable_and_scrolls_to_it(make_app, corpus, outlets):
    from explorer.tui.dialogs.compare import CompareScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(CompareScreen(many_outlets_event(corpus, outlets), corpus))
        await settle(app, pilot, rounds=3)
        cards = list(app.screen.query(".card"))
        assert len(cards) == outlets and all(20 <= card.size.width <= 40 for card in cards)
        assert len({card.region.y for card in cards}) == 1  # side by side
        cards[-1].focus()
        await pilot.pause()
        assert cards[-1].region.right <= 80 and cards[-1].region.width >= 20  # scrolled to it


def long_named_event(references: int) -> TimelineEvent:
    event = signing(*(covering(name, f"2012-06-2{n}") for n, name in enumerate(
        ("Korea JoongAng Daily", "The Korea Herald", "KBS World Radio"))))
    coverage = tuple(replace(event.coverage[0], passage=n) for n in range(1, references + 1))
    return replace(event, id="seoul-says-it-will-sign-2012", coverage=event.coverage + coverage)


@pytest.mark.parametrize("columns", [80, 60])
def test_the_timeline_on_a_narrow_terminal_cuts_no_word_and_lists_a_few_passages(monkeypatch, capsys,
                                                                                  columns):
    from explorer.cli.event_commands import _print_timeline_table

    monkeypatch.setenv("COLUMNS", str(columns))
    _print_timeline_table((long_named_event(references=20),))
    out = capsys.readouterr().out
    assert max(map(len, out.splitlines())) <= columns
    words = " ".join(out.split())
    assert ("reported by: Korea JoongAng Daily first, The Korea Herald +1 d, KBS World Radio +2 d"
            in words)
    assert words.count("#") == 6 and "… +17 (gsomia-tui events seoul-says-it-will-sign-2012)" in words


def test_the_timeline_on_a_wide_terminal_is_still_a_table_of_every_passage(monkeypatch, capsys):
    from explorer.cli.event_commands import _print_timeline_table

    monkeypatch.setenv("COLUMNS", "160")
    _print_timeline_table((long_named_event(references=20),))
    out = capsys.readouterr().out
    assert "Reported by (lag)" in out and out.count("#") == 23


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_each_outlets_lag_is_on_screen_as_brackets_move_across_the_signing(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        main = app.screen
        event = next(e for e in main.timeline.events if e.id == "signing")
        main.go_to_event(event.id)
        await pilot.pause()
        for report in event.reports():
            status = main.source.query_one("#source-status")
            shown = " ".join(main.source.status_text.split())
            assert shown.endswith(f"{report.outlet_label} · {lag_label(report)}"), shown
            wrapped = status.render().wrap(status.content_size.width)
            assert status.content_size.height >= len(wrapped), shown  # no line of it cut off
            await pilot.press("right_square_bracket")
            await pilot.pause()
