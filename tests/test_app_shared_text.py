"""Shared text in the explorer: marks and header in the source pane, `o` for an outlet's own
passages, syndicated copies folded in the results; found in a worker, by keyboard and mouse,
at 80x24 and 60x20, with hostile outlet names and text as data."""

from __future__ import annotations

import threading

import pytest

from conftest import sample_timeline, settle, wait_for
from corpus.loader import Corpus, article_from_raw, load_bundled
from explorer.tui.app import GsomiaApp
from explorer.tui.widgets.shared_marks import SHARED_STYLE

SIZES = [(80, 24), (60, 20)]
HOSTILE_OUTLET = "[/]Herald [@click=app.quit]x[/] \x1b]0;pwned\x07"
WIRE = [
    "Defense Minister Han Min-koo and Ambassador Yasumasa Nagamine signed the Kwangju "
    "intelligence accord at a closed ceremony in the ministry building on Wednesday.",
    "The accord allows both militaries to swap classified data on ballistic launches and "
    "submarine movements without routing it through Washington first.",
    "Opposition lawmakers staged a sit-in outside the ministry gate and vowed to file a motion "
    "to dismiss the minister over the rushed process.",
]


def article(number: int, outlet: str, date: str, paragraphs: list[str]):
    raw = f"Kwangju accord report {number}\n\n" + "\n\n".join(paragraphs)
    return article_from_raw(raw, {"id": f"{number:04d}" * 4, "outlet": outlet, "date": date},
                            f"test:{number}")


def edited(sentence: str) -> str:
    return (sentence.replace("Defense", "Defence").replace("Han Min-koo", "Han Min Koo")
            .replace("[b]", ""))


@pytest.fixture(scope="module")
def copies_corpus():
    """A Yonhap wire story, three copies of it (one from an outlet with a hostile name, one
    with markup in its text) and an article that only mentions the accord."""
    wire = article(1, "Yonhap", "2016-11-23", WIRE)
    copies = [
        article(2, "The Korea Times", "2016-11-24", [edited(s) for s in WIRE]),
        article(3, HOSTILE_OUTLET, "2016-11-24",
                [edited(s) for s in WIRE[:2]] + ["[b]Kwangju[/b] critics [@click=app.quit]x[/]."]),
        article(4, "Arirang", "2016-11-25", ["SEOUL (Yonhap) -- " + WIRE[0]] + WIRE[1:]),
    ]
    apart = article(5, "The Diplomat", "2016-11-26", [
        "Analysts in Tokyo doubt the Kwangju accord will survive the next election cycle in "
        "Seoul, where public opinion of Japan remains cool."])
    return Corpus((wire, *copies, apart, *load_bundled().articles))


def make(root, corpus) -> GsomiaApp:
    return GsomiaApp(root, load_corpus=lambda: corpus, build_timeline=sample_timeline)


async def open_article(app, pilot, prefix: str):
    """The main screen once the article is in the source pane and the workers are done."""
    await settle(app, pilot)
    screen = app.screen
    screen.go_to_article(screen.engine.corpus.get(prefix).id)
    await settle(app, pilot)
    return screen


async def rows_for_kwangju(app, pilot):
    """The results list and its rows' text, once the app has searched `Kwangju`."""
    await settle(app, pilot, rounds=3)
    await pilot.press("slash", *"Kwangju", "escape")
    await settle(app, pilot)
    results = app.screen.results
    return results, [str(results.get_option_at_index(i).prompt)
                      for i in range(results.option_count)]


@pytest.mark.parametrize("size", SIZES)
async def test_shared_sentences_are_marked_and_the_header_says_with_whom(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_article(app, pilot, "e2bd")
        text = " ".join(screen.source.plain_text.split())  # as read, whatever the wrapping
        assert "22% shared: The Korea Herald 15%, unknown (81cfaf9f) 7%" in text
        assert "≈ also in unknown (81cfaf9f)" in text and "≈ also in The Korea Herald" in text
        body = screen.source.query_one("#source-body").render()
        marked = [body.plain[s.start:s.end] for s in body.spans if str(s.style) == SHARED_STYLE]
        assert any("Yasumasa" in piece for piece in marked)
        assert not any("took effect" in piece for piece in marked)  # passage 3: its own


@pytest.mark.parametrize("size", SIZES)
async def test_o_shows_only_the_outlets_own_passages_and_back(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_article(app, pilot, "e2bd")
        whole = screen.source.plain_text
        await pilot.press("o")
        own = screen.source.plain_text
        assert "its own passages only" in screen.source.status_text
        assert "Yasumasa" in whole and "Yasumasa" not in own and "also in" not in own
        assert "took effect" in own  # passage 3, which no other article carries
        await pilot.press("o")
        assert screen.source.plain_text == whole
        assert "own passages only" not in screen.source.status_text


async def test_the_pane_works_while_the_shared_text_is_computed(make_app, monkeypatch):
    """Until the worker is done the header says so and rows stay unfolded; typing and the
    source pane work meanwhile; then the marks arrive."""
    import index.overlap

    release, real = threading.Event(), index.overlap.shared_sentences

    def slow(corpus, location, cancelled=None):
        release.wait(30)
        return real(corpus, location, cancelled)

    monkeypatch.setattr(index.overlap, "shared_sentences", slow)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.engine is not None)
        await pilot.press("slash", *"Nagamine", "escape")
        await wait_for(pilot, lambda: screen.outcome and screen.outcome.total == 2)
        screen.go_to_article(screen.engine.corpus.get("e2bd").id)
        await pilot.pause()
        assert "shared text: computing…" in screen.source.plain_text
        await pilot.press("o")  # says it is not ready, changes nothing
        assert "own passages only" not in screen.source.status_text
        release.set()
        await settle(app, pilot)
        assert "22% shared" in screen.source.plain_text


@pytest.mark.parametrize("size", SIZES)
async def test_copies_fold_into_one_row_and_unfold_by_key(tmp_path, copies_corpus, size):
    app = make(tmp_path, copies_corpus)
    async with app.run_test(size=size) as pilot:
        results, rows = await rows_for_kwangju(app, pilot)
        assert len(rows) == 2  # the wire with its three copies, and the other article
        head = next(row for row in rows if "+3 copies" in row)
        assert head.startswith("▸") and ("Yonhap" in head or size == (60, 20))
        assert "/5 " in str(app.screen.results_pane.border_title)  # five hits, two rows
        results.focus()
        results.highlighted = rows.index(head)
        await pilot.pause()
        detail = str(app.screen.results_pane.query_one("#result-snippet").render())
        assert detail.startswith("+3 copies: The Korea Times, [/]Herald [@click=app.quit]x[/]")
        await pilot.press("space")
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert len(shown) == 5 and sum("↳" in row for row in shown) == 3
        assert shown[rows.index(head)].startswith("▾")
        assert any("[/]Herald" in row for row in shown) or size == (60, 20)  # as text
        await pilot.press("j", "enter")  # a copy opens like any result
        await settle(app, pilot)
        opened = app.screen.source.view.article
        assert opened.id in {"0002" * 4, "0003" * 4, "0004" * 4}
        assert "Yonhap 100%" in app.screen.source.plain_text
        app.screen.set_focus(results)
        await pilot.press("space")  # on a copy: folds back, the cursor on the head
        assert results.option_count == 2
        assert "+3 copies" in str(results.highlighted_option.prompt)


@pytest.mark.parametrize("size", SIZES)
async def test_copies_unfold_by_mouse(tmp_path, copies_corpus, size):
    app = make(tmp_path, copies_corpus)
    async with app.run_test(size=size) as pilot:
        results, rows = await rows_for_kwangju(app, pilot)
        row = next(i for i, prompt in enumerate(rows) if "+3 copies" in prompt)
        await pilot.click(results, offset=(0, row))  # the ▸ mark
        await pilot.pause()
        assert results.option_count == 5
        assert app.screen.source.view is None or app.screen.focused is results  # not opened
        await pilot.click(results, offset=(0, row))
        await pilot.pause()
        assert results.option_count == 2
        await pilot.click(results, offset=(8, row))  # elsewhere on the row: opens it
        await settle(app, pilot)
        assert app.screen.source.view.article.id == "0001" * 4


async def test_hostile_outlet_names_are_shown_as_text(tmp_path, copies_corpus):
    from conftest import rendered_screen

    app = make(tmp_path, copies_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot, rounds=3)
        app.screen.go_to_article("0001" * 4)
        await settle(app, pilot)
        text = app.screen.source.plain_text
        assert "[/]Herald [@click=app.quit]x[/]" in text  # in the header and the marks
        assert "\x1b" not in text and "\x07" not in text
        _, raw = rendered_screen(app)
        assert "\x1b]" not in raw
        assert app.is_running


async def test_the_footer_offers_space_on_rows_with_copies_only(tmp_path, copies_corpus):
    app = make(tmp_path, copies_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        results, rows = await rows_for_kwangju(app, pilot)
        head = rows.index(next(row for row in rows if "+3 copies" in row))
        results.focus()
        for row in (1 - head, head, 1 - head):
            results.highlighted = row
            await settle(app, pilot)
            assert footer_offers_copies(app) == (row == head)


async def test_moving_between_rows_without_copies_leaves_the_footer_alone(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Japan ", "escape")
        await settle(app, pilot)
        results = app.screen.results
        assert results.option_count > 2 and not results.folded
        refreshed = []
        refresh = results.refresh_bindings
        results.refresh_bindings = lambda: (refreshed.append(1), refresh())
        for row in range(1, results.option_count):
            results.highlighted = row
            await settle(app, pilot)
            assert app.screen.source.view.article.id == results.highlighted_id
        assert refreshed == [] and not footer_offers_copies(app)  # (it rebuilds every key)


def footer_offers_copies(app) -> bool:
    from textual.widgets._footer import FooterKey

    return any(key.action == "toggle_copies" for key in app.screen.query(FooterKey))
