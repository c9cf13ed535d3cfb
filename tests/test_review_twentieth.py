"""Session 20's review by a demanding newcomer: what an SSH user met with the commands and the
explorer, each found wrong first, with what must not change beside it."""

from __future__ import annotations

import codecs
import os
import pty
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
