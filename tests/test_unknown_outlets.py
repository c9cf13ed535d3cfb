"""Two articles whose outlet nothing names are two sources, never one "Unknown outlet"
(issue 13, issue 17): in the index's facets, the timeline, the CLI and the explorer."""

from __future__ import annotations

import pytest

from conftest import settle
from corpus.library import add_paths, load_corpus
from explorer.cli import main

UNKNOWN = "81cfaf9f"  # the bundled article without an outlet


@pytest.fixture
def second_unknown(corpus, tmp_path):
    """A copy of the bundled unknown-outlet article, filed again under another file name
    (one more paragraph, so that it is not a duplicate): a second source without an outlet."""
    article = corpus.get(UNKNOWN)
    copy = tmp_path / "wire-copy.txt"
    copy.write_text(article.raw_text.rstrip() + "\n\nThis copy was filed to a second newsroom.\n",
                    encoding="utf-8")
    [outcome] = add_paths([copy], {}, load_corpus())
    assert outcome.status == "added" and outcome.article.outlet is None
    return outcome.article


def test_each_unknown_outlet_is_its_own_facet_with_a_label_to_tell_it_apart(second_unknown,
                                                                            tmp_path):
    from index.search import SearchEngine

    engine = SearchEngine.open(load_corpus(), tmp_path / "index")
    facets = {f.key: f for f in engine.search("Nagamine").outlet_facets}
    unknown = [f for key, f in facets.items() if key.startswith("unknown")]
    assert len(unknown) == 2 and all(f.count == 1 for f in unknown)
    labels = {f.label for f in unknown}
    assert labels == {f"unknown ({UNKNOWN})",
                      f"unknown (wire-copy.txt, {second_unknown.id[:8]})"}
    filtered = engine.search("Nagamine", outlets=[unknown[0].key])
    assert filtered.total == 1


def test_the_timeline_counts_two_unknown_outlets(second_unknown, tmp_path):
    from index.search import SearchEngine
    from index.timeline import build_timeline

    timeline = build_timeline(SearchEngine.open(load_corpus(), tmp_path / "index"))
    signing = timeline.event("signing")
    unknown = [oid for oid in signing.outlet_ids if oid.startswith("unknown")]
    assert len(unknown) == 2
    stops = [item.article_id[:8] for item in signing.first_by_outlet()
             if item.outlet_id in unknown]
    assert sorted(stops) == sorted([UNKNOWN, second_unknown.id[:8]])  # ¶ once from each
    assert set(unknown) <= set(timeline.matrix()["signing"])
    assert set(unknown) <= {oid for oid, _ in timeline.outlets}


def test_the_cli_names_each_unknown_source(second_unknown, capsys):
    assert main(["search", "Nagamine"]) == 0
    outlets = [line.split("\t")[2] for line in capsys.readouterr().out.strip().split("\n")]
    assert f"unknown ({UNKNOWN})" in outlets
    assert f"unknown (wire-copy.txt, {second_unknown.id[:8]})" in outlets
    assert main(["events", "signing"]) == 0
    assert "reported by 4 outlets" in capsys.readouterr().out


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_explorer_steps_and_compares_two_unknown_outlets(make_app, second_unknown,
                                                                  size):
    from explorer.tui.dialogs.compare import CompareScreen

    app = make_app(load_corpus=load_corpus)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert len([oid for oid, _, _ in screen.outcome.facets if oid.startswith("unknown")]) == 2
        signing = screen.timeline.event("signing")
        screen.go_to_event(signing.id)
        await pilot.pause()
        seen = set()
        for _ in signing.first_by_outlet():
            seen.add(screen.source.view.article.id[:8])
            await pilot.press("right_square_bracket")
            await pilot.pause()
        assert {UNKNOWN, second_unknown.id[:8]} <= seen
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        titles = [str(card.border_title) for card in app.screen.query(".card")]
        assert len(titles) == len(signing.outlet_ids) == 4
        assert sum("unknown" in title for title in titles) == 2
