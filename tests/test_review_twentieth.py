"""Session 20's review by a demanding newcomer: what an SSH user met with the commands and the
explorer, each found wrong first, with what must not change beside it."""

from __future__ import annotations

import codecs
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.formats import Unreadable, decode

STORY = ("Seoul and Tokyo signed the military intelligence pact on Wednesday in a closed ceremony "
         "at the Defense Ministry.\n\nThe deal took effect later that day.\n")


def _add_with_a_terminal_for_stderr(tmp_path: Path, page: Path) -> tuple[str, str]:
    """`gsomia-tui add PAGE > file` typed at a terminal: stderr a terminal, stdout a file."""
    primary, secondary = pty.openpty()
    out = tmp_path / "added.txt"
    env = {**os.environ, "GSOMIA_TUI_DATA": str(tmp_path / "data"),
           "GSOMIA_TUI_INDEX": str(tmp_path / "index"), "GSOMIA_TUI_SEARCH": "thread"}
    try:
        with open(out, "w", encoding="utf-8") as stdout:
            done = subprocess.run([sys.executable, "-m", "explorer.cli", "add", str(page)],
                                  stdout=stdout, stderr=secondary, stdin=subprocess.DEVNULL,
                                  env=env, timeout=180)
        os.close(secondary)
        seen = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(primary)
    assert done.returncode == 0, seen
    return out.read_text(encoding="utf-8"), seen.decode("utf-8", "replace")


def test_what_add_prints_goes_to_a_redirected_stdout_not_to_the_bar(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(f"Pact signed\n\n{STORY}", encoding="utf-8")
    printed, terminal = _add_with_a_terminal_for_stderr(tmp_path, page)
    assert printed.startswith("added ") and "Pact signed" in printed
    assert "added " not in terminal  # (the terminal has the summary only)
    assert "1 added, 0 duplicates, 0 skipped" in terminal


def test_a_byte_order_mark_that_lies_is_not_trusted():
    for tail in (b"", b"."):  # (an odd length cannot be UTF-16; an even one reads as CJK)
        text, encoding = decode(b"\xff\xfe\xfa" + STORY.encode("ascii") + tail)
        assert "signed the military intelligence pact" in text and "utf-16" not in encoding
    with pytest.raises(Unreadable, match="binary"):  # (controls, with a mark or without)
        decode(b"\xff\xfe" + bytes(range(1, 32)) * 41)
    utf8_bom_then_latin1 = codecs.BOM_UTF8 + "Caf\xe9 Seoul ".encode("latin-1") + STORY.encode()
    text, _ = decode(utf8_bom_then_latin1)
    assert text.startswith("Café Seoul")


def test_a_true_byte_order_mark_is_still_trusted():
    for encoded in (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
                    codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
                    codecs.BOM_UTF8 + STORY.encode("utf-8")):
        text, encoding = decode(encoded)
        assert text == STORY and encoding in ("utf-16", "utf-8-sig")
    chinese = "日韩两国签署军事情报保护协定。"
    assert decode(codecs.BOM_UTF16_LE + chinese.encode("utf-16-le")) == (chinese, "utf-16")


def _footer_keys(screen) -> list[str]:
    from textual.widgets._footer import FooterKey

    return [key.description for key in screen.query(FooterKey)]


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_dialog_over_the_main_screen_shows_its_own_keys(make_app, size):
    from conftest import settle

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        main_keys = _footer_keys(app.screen)
        assert "Quit" in main_keys  # (the main screen's footer is unchanged)
        for key, closes in (("question_mark", "Close help"), ("e", "Cancel")):
            await pilot.press(key)
            await settle(app, pilot)
            shown = _footer_keys(app.screen)
            assert closes in shown and "Quit" not in shown and "Sort" not in shown, (key, shown)
            await pilot.press("escape")
            await settle(app, pilot)
        assert _footer_keys(app.screen) == main_keys


class _Holder:
    """Another gsomia-tui holding the library (a thread: flock locks one open file against
    another even in one process), telling how far it has got while `moving`."""

    def __init__(self, root: Path, task: str, steps: int, moving: bool = True) -> None:
        import threading

        self.root, self.task, self.steps, self.moving = root, task, steps, moving
        self.holding = threading.Event()
        self.thread = threading.Thread(target=self._hold, daemon=True)

    def __enter__(self):
        self.thread.start()
        self.holding.wait(5)
        return self

    def __exit__(self, *exc) -> None:
        self.thread.join(30)

    def _hold(self) -> None:
        import time

        from corpus.library_lock import library_lock, telling_progress

        with library_lock(self.root, task=self.task):
            told = telling_progress(self.root, None)
            self.holding.set()
            for done in range(self.steps):
                if self.moving:
                    told(done * 100, self.steps * 100)
                time.sleep(0.25)


@pytest.fixture
def reports(monkeypatch):
    import corpus.library_lock as lock

    told: list[tuple[str, object]] = []
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 1.0)
    lock.report_waits(lambda line, holder: told.append((line, holder)))
    yield told
    lock.report_waits(None)


def test_one_that_waits_for_a_reread_says_so_at_once_and_waits_while_it_moves_on(tmp_path, reports):
    import time

    from corpus.library_lock import ADDING, REREADING, library_lock

    with _Holder(tmp_path, REREADING, steps=12):  # (3 s: three times the wait for others)
        started = time.monotonic()
        with library_lock(tmp_path, task=ADDING):
            waited = time.monotonic() - started
    assert waited > 2.0  # (not given up on after 1 s)
    line, holder = reports[0]
    assert line.startswith(f"another gsomia-tui is {REREADING} (") and "of 1,200 read" in line
    assert "waiting until it has finished (Ctrl-C stops waiting)" in line
    assert reports[-1] == ("", None)  # (the wait is over)
    progress = reports[1:-1]
    assert len(progress) > 3 and not any(line for line, _ in progress)  # (then its progress)
    assert [holder.done for _, holder in progress] == sorted(holder.done for _, holder in progress)


def test_the_bar_of_the_holders_re_read_goes_when_the_wait_is_over(monkeypatch, capsys):
    import explorer.cli.progress as progress
    from corpus.library_lock import REREADING, Holder

    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: True, raising=False)
    shown = []

    class Bar:
        def __init__(self, label, total):
            shown.append(("open", label, total))

        def __enter__(self):
            return lambda steps: shown.append(steps)

        def __exit__(self, *exc):
            shown.append("closed")

    monkeypatch.setattr(progress, "_bar", Bar)
    report = progress.wait_reporter()
    report("another gsomia-tui is …; waiting until it has finished", Holder(REREADING, 0, 448))
    report("", Holder(REREADING, 256, 448))
    report("", None)  # (the holder let go before telling 448)
    assert shown == [("open", "the other gsomia-tui re-reading", 448), 0, 256, 192, "closed"]
    assert capsys.readouterr().err == "gsomia-tui: another gsomia-tui is …; waiting until it has finished\n"


@pytest.mark.parametrize("task, moving", [("adding articles", True), (
    "reading its articles again with newer rules (once, after an upgrade)", False)])
def test_a_holder_that_does_not_move_on_is_still_given_up_on(tmp_path, reports, task, moving):
    from corpus.library_lock import LibraryBusy, library_lock

    with _Holder(tmp_path, task, steps=10, moving=moving):
        with pytest.raises(LibraryBusy, match=f"another gsomia-tui is {re.escape(task)}.*waited 1 s"):
            with library_lock(tmp_path):
                pass
    assert reports and reports[0][0].endswith(
        "waiting up to 1 s (Ctrl-C stops waiting)" if moving else "until it has finished "
        "(Ctrl-C stops waiting)")


def test_ctrl_c_while_a_command_waits_says_nothing_was_changed(tmp_path, monkeypatch, capsys):
    import importlib

    cli = importlib.import_module("explorer.cli.main")  # (the package's `main` is the function)
    from corpus.library_lock import REREADING, report_waits

    def stopped_at_once(line, holder):
        print(f"gsomia-tui: {line}", file=sys.stderr)
        raise KeyboardInterrupt

    monkeypatch.setattr("explorer.cli.library_commands.wait_reporter", lambda: stopped_at_once)
    try:
        with _Holder(tmp_path, REREADING, steps=8):
            status = cli.main(["--data", str(tmp_path), "--index", str(tmp_path / "index"),
                               "add", str(tmp_path / "none.txt")])
    finally:
        report_waits(None)
    err = capsys.readouterr().err
    assert status == 130 and "Traceback" not in err
    assert f"gsomia-tui: another gsomia-tui is {REREADING}" in err
    assert err.strip().endswith(f"interrupted: stopped waiting for another gsomia-tui at {tmp_path}; "
                                "nothing was added")


@pytest.mark.parametrize("query", ['""', "^2", "~2", '"" ^3'])
def test_a_query_of_marks_alone_is_told_it_has_no_word(engine, query):
    from index.results import QueryError

    with pytest.raises(QueryError, match="the query has no word in it"):
        engine.search(query)


@pytest.mark.parametrize("query", ["the of and", '"the of"', "the^3"])
def test_a_query_of_common_words_is_still_told_they_are_too_common(engine, query):
    from index.results import QueryError

    with pytest.raises(QueryError, match="too common to be indexed"):
        engine.search(query)


def test_the_too_small_screen_resumed_before_its_message_is_mounted_does_not_fail():
    from textual.geometry import Size

    from explorer.tui.screens.too_small import TooSmallScreen

    TooSmallScreen()._show(Size(30, 8))  # (found by test_monkey under load: NoMatches)
