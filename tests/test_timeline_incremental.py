"""The timeline kept up to date as articles come and go equals the one built from scratch.

Each article's part of the timeline is derived when it is added and kept in the store
(`index.timeline_rows`); the timeline is merged from the parts. Here the bundle and the
development pages (tests/fixtures/pages/dev) are added one by one, some removed, and after
each change the merged timeline is compared with `timeline_of` over every article, which
reads no kept part and no cache.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from corpus.events import load_event_specs
from corpus.library import add_paths
from corpus.removals import remove_article
from corpus.store_sync import open_store
from explorer.cli.main import main
from index.timeline import timeline_of
from index.timeline_cache import kept_timeline, store_timeline
from index.timeline_rows import (
    EXTRA_KEY,
    _derive_part,
    kept_parts,
    part_kept_with,
    part_rules,
    timeline_from_store,
    update_parts,
)

DEV_PAGES = sorted((Path(__file__).parent / "fixtures" / "pages" / "dev").glob("*.txt"))


def from_scratch(store):
    """The timeline of the store's articles, built without any kept part."""
    return timeline_of(store.articles, store.mentions(), load_event_specs(), tuple(store.outlets()))


def kept_count(store) -> int:
    return sum(part is not None for part in kept_parts(store).values())


@pytest.fixture
def root(tmp_path):
    return tmp_path / "data"


def test_pages_added_one_by_one_and_removed_give_the_timeline_built_from_scratch(root):
    store = open_store(root)
    assert timeline_from_store(store) == from_scratch(store)  # the bundle alone
    added = []
    for page in DEV_PAGES:
        outcomes = add_paths([page], {}, store, root)
        added += [o.article.id for o in outcomes if o.status == "added"]
        assert update_parts(store) == sum(o.status == "added" for o in outcomes)
        assert timeline_from_store(store) == from_scratch(store), page.name
    assert len(added) >= 40
    full = from_scratch(store)
    assert any(event.proposed for event in full.events) and full.anticipated  # all kinds merged
    for article_id in added[::7]:
        remove_article(article_id, store, root)
        assert kept_count(store) == len(store)
        with sqlite3.connect(root / "articles.sqlite3") as db:  # its part went with it
            assert db.execute("SELECT count(*) FROM article_extras").fetchone()[0] == len(store)
        assert timeline_from_store(store) == from_scratch(store)
    assert store_timeline(store) == from_scratch(store)  # merged, then kept whole
    assert kept_timeline(store) == from_scratch(store)  # with its anticipated events too


def test_the_parts_kept_are_read_back_rather_than_derived(root, monkeypatch):
    store = open_store(root)
    add_paths(DEV_PAGES[:12], {}, store, root)
    assert update_parts(store) == len(store)
    assert update_parts(store) == 0
    expected = from_scratch(store)
    import index.timeline_rows as rows

    monkeypatch.setattr(rows, "_derive_part", lambda job: pytest.fail("derived again"))
    assert timeline_from_store(store) == expected


def test_parts_derived_as_the_articles_are_added_equal_those_derived_from_the_store(root, tmp_path):
    store = open_store(root)
    export = tmp_path / "export.jsonl"  # many articles at once: derived in worker processes
    export.write_text("".join(json.dumps({"text": page.read_text(encoding="utf-8"), "outlet": "Kyodo"}) + "\n"
                              for page in DEV_PAGES), encoding="utf-8")
    outcomes = add_paths([export] + DEV_PAGES[:3], {}, store, root, extras=part_kept_with)
    added = [o.article.id for o in outcomes if o.status == "added"]
    assert len(added) >= 40
    kept = kept_parts(store)
    assert all(kept[article_id] is not None for article_id in added)  # kept with each (one dated by the span)
    for article_id, version, value in store.extras_of(EXTRA_KEY, added):
        assert value == _derive_part((store.get(article_id), store.mentions([article_id])[article_id]))
    assert update_parts(store) == len(store) - len(added)  # the bundle's alone
    assert timeline_from_store(store) == from_scratch(store)


def test_parts_from_other_rules_or_damaged_are_derived_again(root, monkeypatch):
    store = open_store(root)
    add_paths(DEV_PAGES[:10], {}, store, root)
    update_parts(store)
    expected = from_scratch(store)
    first = next(iter(kept_parts(store)))
    with store.writing() as writer:  # one part damaged, as a killed or buggy writer might leave it
        writer.put_extra(first, EXTRA_KEY, part_rules(), "{not json")
    assert kept_count(store) == len(store) - 1
    assert timeline_from_store(store) == expected
    assert kept_count(store) == len(store)  # and kept again
    import index.timeline_rows as rows

    monkeypatch.setattr(rows, "part_rules", lambda: "other-rules")  # the event rules changed
    assert kept_count(store) == 0
    assert update_parts(store) == len(store)
    assert timeline_from_store(store) == expected


def test_a_store_from_before_parts_were_kept_is_upgraded_in_place(root):
    store = open_store(root)
    add_paths(DEV_PAGES[:8], {}, store, root)
    expected = from_scratch(store)
    store.close()
    with sqlite3.connect(root / "articles.sqlite3") as db:  # as an older gsomia-tui left it
        db.execute("DROP TRIGGER article_extras_removed")
        db.execute("DROP TABLE article_extras")
    store = open_store(root)
    assert kept_count(store) == 0
    reported = []
    timeline = timeline_from_store(store, progress=lambda done, total: reported.append((done, total)))
    assert timeline == expected
    assert reported[-1] == (len(store), len(store))  # with progress
    assert kept_count(store) == len(store)


def _events_json(*argv: str) -> list[dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main([*argv, "events", "--json"]) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_add_keeps_the_new_articles_parts_and_events_merges_them(tmp_path, monkeypatch):
    base = ["--index", str(tmp_path / "index"), "--data", str(tmp_path / "data")]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main([*base, "add", *map(str, DEV_PAGES[:6])]) == 0
    store = open_store(tmp_path / "data")
    assert kept_count(store) == len(store)  # written by the add itself
    before = _events_json(*base)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main([*base, "add", str(DEV_PAGES[6])]) == 0
    import index.timeline_rows as rows

    monkeypatch.setattr(rows, "_derive_part", lambda job: pytest.fail("derived by events"))
    after = _events_json(*base)
    assert after != before
    expected = from_scratch(open_store(tmp_path / "data"))
    assert [e["id"] for e in after] == [e.id for e in expected.events + expected.anticipated]


def test_the_explorers_event_list_is_merged_from_the_kept_parts(tmp_path, monkeypatch):
    from explorer.tui.screens.background import build_timeline
    from index.search import SearchEngine

    root = tmp_path / "data"
    store = open_store(root)
    add_paths(DEV_PAGES[:5], {}, store, root)
    update_parts(store)  # as `add` leaves them
    import index.timeline_rows as rows

    monkeypatch.setattr(rows, "_derive_part", lambda job: pytest.fail("derived by the explorer"))
    timeline, problem = build_timeline(SearchEngine.open(store, tmp_path / "index"), None)
    assert problem is None and timeline == from_scratch(store)


def test_the_explorer_closing_stops_finding_events_after_the_batch_at_hand(tmp_path, monkeypatch):
    from explorer.tui.screens.background import TimelineStopped, build_timeline
    from index.search import SearchEngine
    import index.timeline_rows as rows

    root = tmp_path / "data"
    store = open_store(root)
    add_paths(DEV_PAGES[:6], {}, store, root)  # no parts kept: as a library from before
    monkeypatch.setattr(rows, "BATCH", 2)
    engine = SearchEngine.open(store, tmp_path / "index")
    with pytest.raises(TimelineStopped):
        build_timeline(engine, None, cancelled=lambda: True)
    assert kept_count(store) == 2  # the batch at hand is kept, no more is found
    timeline, problem = build_timeline(engine, None)  # the next start finds the rest
    assert problem is None and timeline == from_scratch(store) and kept_count(store) == len(store)


def test_the_explorer_is_told_how_far_finding_the_events_is(tmp_path, monkeypatch):
    from explorer.tui.screens.background import build_timeline
    from index.search import SearchEngine
    import index.timeline_rows as rows

    root = tmp_path / "data"
    store = open_store(root)
    add_paths(DEV_PAGES[:4], {}, store, root)
    monkeypatch.setattr(rows, "BATCH", 4)
    reported = []
    timeline, problem = build_timeline(SearchEngine.open(store, tmp_path / "index"), None,
                                       progress=lambda done, total: reported.append((done, total)))
    total = len(store)
    assert problem is None and reported == [(n, total) for n in range(4, total, 4)] + [(total, total)]


async def test_the_event_list_shows_that_progress_until_the_timeline_comes():
    from textual.app import App

    from explorer.tui.widgets.event_list import EventList

    class OneList(App):
        def compose(self):
            yield EventList(id="events")

    async with OneList().run_test(size=(60, 20)) as pilot:
        events = pilot.app.query_one(EventList)
        events.loading = True
        events.progress_from_thread(3072, 10005)
        await pilot.pause()
        assert not events.loading
        assert [str(events.get_option_at_index(n).prompt) for n in range(events.option_count)
                ] == ["finding events:", "3,072 of 10,005"]
