"""Hostile article text is shown literally, survives clicks, and never reaches the terminal."""

from __future__ import annotations

import os
import re
import signal
import time

import pytest

from conftest import rendered_screen, settle
from corpus.loader import Corpus, article_from_raw, load_bundled
from explorer.tui.app import GsomiaApp

MARKUP = "[/] [bold]loud[/bold] [@click=app.quit]x[/] [link='file:///etc/passwd']p[/link] arr[i]"
ESCAPES = "\x1b]52;c;aGk=\x07 \x1b]0;pwned\x07 \x1b[2J \x1b[6n \x9b31m \x00 \x7f"
RAW = f"""{MARKUP} GSOMIA headline {ESCAPES}

GSOMIA hostile passage one: {MARKUP} {ESCAPES} Nagamine signed.

A second passage about GSOMIA with [/] and {ESCAPES} again.
"""
KNOWN = {
    "id": "feedfacefeedface",
    "outlet": f"[/]Evil {ESCAPES}Outlet[b]",
    "outlet_id": "evil",
    "date": "2016-11-23",
    "date_precision": "day",
    "date_provenance": "inferred from the text: [/] test",
    "headline": f"GSOMIA {MARKUP} {ESCAPES}",
    "byline": "[@click=app.quit]Byline[/]",
    "url": "https://example.com/[/]",
}


@pytest.fixture(scope="module")
def hostile_corpus():
    hostile = article_from_raw(RAW, KNOWN, "test:hostile")
    return Corpus((hostile, *load_bundled().articles))


def hostile_timeline(engine):
    from index.results import Coverage, Timeline, TimelineEvent

    article = engine.corpus.get("feedfacefeedface")
    coverage = tuple(
        Coverage(article.id, article.outlet_id, article.outlet_label, article.date,
                 article.headline, p.number, p.start, p.end, ())
        for p in article.passages[:2])
    event = TimelineEvent("evil", f"Event {MARKUP}", "2016-11-23", "23 Nov 2016", "day", False,
                          coverage)
    return Timeline((event,), tuple(engine.corpus.outlets()))


def assert_terminal_safe(app) -> str:
    text, raw = rendered_screen(app)
    assert "\x1b]" not in raw  # no OSC (clipboard, title, hyperlink) at all
    for sequence in ("\x1b[2J", "\x1b[6n", "\x9b", "\x00", "\x07"):
        assert sequence not in raw
    return text


async def test_hostile_text_is_literal_and_harmless(hostile_corpus, tmp_path):
    app = GsomiaApp(tmp_path / "index", load_corpus=lambda: hostile_corpus,
                    build_timeline=hostile_timeline)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        main = app.screen
        article = main.engine.corpus.get("feedfacefeedface")
        assert "[@click=app.quit]x[/]" in article.clean_text
        await pilot.press("slash", *"hostile", "escape", "enter")
        await settle(app, pilot)
        assert main.source.view.article is article
        shown = main.source.plain_text
        assert "[@click=app.quit]x[/]" in shown and "[bold]loud[/bold]" in shown
        assert "[/]Evil" in shown and "arr[i]" in shown
        assert "[@click=app.quit]Byline[/]" in shown
        text = assert_terminal_safe(app)
        assert "[@click=app.quit]x[/]" in text

        # clicking all over the hostile text fires no action
        for widget in ("#source-header", "#source-body", "#results", "#search-status"):
            for x in (2, 20):
                await pilot.click(widget, offset=(x, 1))
        await pilot.pause()
        assert app.is_running and app.return_code is None

        # the event, compare, matrix and the palette draw it literally too
        main.events.focus()
        await pilot.press("down", "enter")
        assert "only [/]Evil" in main.source.status_text
        await pilot.press("c")
        await pilot.pause()
        assert "[/]Evil" in assert_terminal_safe(app)
        await pilot.press("escape", "m")
        await pilot.pause()
        assert "[/]Evil" in assert_terminal_safe(app)
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"click")
        await settle(app, pilot)
        assert "[@click=app.quit]" in assert_terminal_safe(app)
        await pilot.press("escape")

        # a hostile query and its error are shown literally
        await pilot.press("slash", *"[/] \x1b]0;t")
        await settle(app, pilot)
        assert_terminal_safe(app)
        await pilot.press("y")  # typed into the input, not a copy
        assert app.is_running and app.return_code is None


# --- the real app under a pseudo-terminal: the bytes a terminal would get ---------------

PTY_MARKUP = "[/] [@click=app.quit]x[/]"
PTY_HOSTILE = (f"Zanzibarite pact {PTY_MARKUP} \x1b]0;PWNED-TITLE\x07 headline\n\n"
               f"SEOUL, Nov. 23 -- Zanzibarite officials {PTY_MARKUP} signed the pact. "
               "\x1b]52;c;SGFja2Vk\x07 clipboard \x1b]0;PWNED-AGAIN\x1b\\ title "
               "\u009b31m c1 red \x07 bell back\x08\x08space.\n\n"
               f"A second Zanzibarite passage {PTY_MARKUP} \u009b2J with more \x07\x08.\n")
OWN_OSC = {b"22"}  # Textual's own: the mouse pointer shape (ESC ] 22 ; default BEL)


class PtyApp:
    """The installed gsomia-tui on a pseudo-terminal; every byte it writes is kept."""

    def __init__(self, env: dict[str, str], size: tuple[int, int] = (80, 24)) -> None:
        import fcntl
        import pty
        import struct
        import termios

        from test_terminal import installed_command

        command = installed_command()[0]
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the app
            os.execve(command, [command], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.output = bytearray()
        self.status: int | None = None

    def _read(self, seconds: float) -> bool:
        """Read for up to `seconds`; False once the app has closed the terminal."""
        import select

        ready, _, _ = select.select([self.fd], [], [], seconds)
        if ready:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:  # EIO: the app is gone
                return False
            if not chunk:
                return False
            self.output.extend(chunk)
        return True

    def send(self, data: bytes, then_wait_for: bytes | None = None, timeout: float = 20) -> None:
        start = len(self.output)
        os.write(self.fd, data)
        if then_wait_for is not None:
            self.wait_for(then_wait_for, timeout, start)

    def wait_for(self, text: bytes, timeout: float = 30, start: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output[start:]:
                return
            if not self._read(0.05):
                break
        raise AssertionError(f"{text!r} never came; the app wrote {len(self.output)} bytes, "
                             f"ending {bytes(self.output[-400:])!r}")

    def quiet(self, seconds: float = 0.6, timeout: float = 15) -> None:
        """Read until the app has written nothing for `seconds`: a search still painting its
        results (the ranked phase after the first matches) can otherwise take the next key."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            before = len(self.output)
            quiet_until = time.monotonic() + seconds
            while time.monotonic() < quiet_until and self._read(0.05):
                if len(self.output) != before:
                    break
            if len(self.output) == before:
                return

    def exit_status(self, timeout: float = 15) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._read(0.05)
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
        raise AssertionError("the app did not exit")

    def close(self) -> None:
        if self.status is None:  # still ours: not reaped, so the pid cannot be anyone else's
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


@pytest.mark.terminal
def test_no_hostile_sequence_reaches_a_real_terminal(tmp_path):
    from corpus.library import add_paths, load_corpus

    data, files = tmp_path / "data", tmp_path / "files"
    files.mkdir()
    (files / "zanzibarite.txt").write_text(PTY_HOSTILE, encoding="utf-8")
    outcomes = add_paths([files / "zanzibarite.txt"], {}, load_corpus(data), data)
    assert [o.status for o in outcomes] == ["added"], outcomes
    env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", ""),
           "HOME": str(tmp_path), "GSOMIA_TUI_INDEX": str(tmp_path / "index"),
           "GSOMIA_TUI_DATA": str(data)}
    app = PtyApp(env)
    try:
        app.wait_for(b"6 articles")
        app.send(b"/")
        # the whole word searched ("Zanzib" already finds the article, completed)
        app.send(b"Zanzibarite", then_wait_for="“Zanzibarite”".encode())
        app.wait_for(b"hit 1/", start=0)  # the hostile article, previewed with its hits
        app.quiet()
        app.send(b"\x1b", then_wait_for=b"Open")  # back on the results
        app.quiet()
        app.send(b"\r", then_wait_for=b"Next hit")  # the source pane, focused
        app.quiet()
        app.send(b"n", then_wait_for=b"hit 2/")
        app.send(b"\x10", then_wait_for=b"Search for commands")  # ctrl+p: the palette
        app.send(b"Zanzib", then_wait_for=b"Go to article")
        app.send(b"\x1b", then_wait_for=b"Next hit")
        app.send(b"q")
        assert app.exit_status() == 0
    finally:
        app.close()
    out = bytes(app.output)
    text = out.decode("utf-8", errors="replace")
    # shown, literally
    assert "[@click=app.quit]x[/]" in text and "Zanzibarite pact" in text
    # and none of the hostile sequences, nor what they carried
    for payload in (b"PWNED", b"SGFja2Vk"):
        assert payload not in out
    assert set(re.findall(rb"\x1b\](\d*)", out)) <= OWN_OSC
    own_removed = re.sub(rb"\x1b\]22;[^\x07\x1b]*(?:\x07|\x1b\\)", b"", out)
    assert b"\x07" not in own_removed  # BEL: only as the end of Textual's own OSC 22
    assert b"\x08" not in out and "\x9b" not in text and b"\xc2\x9b" not in out
