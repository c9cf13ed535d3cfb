"""Terminals of every kind: very small ones (Pilot), and the installed `gsomia-tui` under
TERM=xterm, xterm-256color, screen, tmux-256color and linux, without COLORTERM, with
NO_COLOR, and in non-UTF-8 locales (tmux, read back with capture-pane).

The locale decision: gsomia-tui always draws in UTF-8. Under LANG=C / LC_ALL=C Python's
UTF-8 mode makes its stdio UTF-8, and terminals decode UTF-8 whatever the remote LANG says
(ssh seldom forwards it); with any other charset the app switches its output stream to UTF-8
and says so (`explorer.tui.app.draw_in_utf8`), rather than let Python write `\\u256d` escapes.
"""

from __future__ import annotations

import os
import re

import pytest
from conftest import rendered_screen, settle

from explorer.tui.screens.main import MainScreen
from explorer.tui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
from explorer.tui.widgets.results_list import ResultsList

# --- very small terminals (Pilot) ---------------------------------------------------------


def flat(text: str) -> str:
    return "".join(text.split())


async def test_below_the_minimum_a_centred_message_replaces_the_layout(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Nagamine")
        await settle(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and main.results.option_count == 2

        for width, height in ((20, 5), (39, 9), (39, 24), (80, 9)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert isinstance(app.screen, TooSmallScreen), (width, height)
            text, _ = rendered_screen(app)
            lines = text.splitlines()
            assert len(lines) == height and all(len(line) <= width for line in lines)
            expected = f"terminal too small: {width}×{height}; needs at least 40×10"
            assert flat(expected) in flat(text)
            assert not any(c in text for c in "╭│╰")  # nothing of the broken layout
            shown = [n for n, line in enumerate(lines) if line.strip()]
            assert abs(shown[0] - (height - 1 - shown[-1])) <= 1  # centred vertically
            for line in (lines[n] for n in shown):  # and each line horizontally
                left, right = len(line) - len(line.lstrip()), len(line.rstrip())
                assert abs(left - (width - right)) <= 1, line

        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        # the layout is back as it was: same screen, query, results and focus
        assert app.screen is main and main.search_box.value == "Nagamine"
        assert main.results.option_count == 2 and app.focused is main.search_box.input
        assert main.source.region.width >= 40 and main.source.region.height >= 19
        text, _ = rendered_screen(app)
        assert "2 articles" in text and "too small" not in text


async def test_starting_too_small_loads_anyway_and_growing_shows_it(make_app):
    app = make_app()
    async with app.run_test(size=(20, 5)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        main = app.screen
        assert isinstance(main, MainScreen) and main.has_class("-narrow")
        assert main.results.option_count == 5 and isinstance(app.focused, ResultsList)


async def test_keys_below_the_minimum_open_nothing_and_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")  # a dialog open while the terminal shrinks
        await pilot.resize_terminal(30, 8)
        await pilot.pause()
        await pilot.press("ctrl+p", "f1", "m", "slash", "escape", "tab")
        assert isinstance(app.screen, TooSmallScreen) and len(app.screen_stack) == 1
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"  # the dialog is still there
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.resize_terminal(20, 5)
        await pilot.pause()
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_minimum_size_is_usable(make_app):
    """At 40x10 every part is there: input, status, a result, the source, the footer."""
    app = make_app()
    async with app.run_test(size=(MIN_WIDTH, MIN_HEIGHT)) as pilot:
        await settle(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.results.region.height >= 2 and main.results.region.width >= 16
        assert main.source.region.width >= 16 and main.source.region.height >= 6
        assert main.query_one("#query").region.width == MIN_WIDTH
        text, _ = rendered_screen(app)
        assert "5 articles" in text and "Results" in text and "Source" in text
        await pilot.press("slash", *"Seoul", "escape")
        await settle(app, pilot)
        assert main.results.option_count > 0 and main.source.view is not None


# --- real terminals (tmux) --------------------------------------------------------------

from tmux_harness import installed_command  # noqa: E402

# SGR colour parameters as capture-pane -e reports what the app drew
TRUECOLOR = re.compile(r"\x1b\[[0-9;]*[34]8;2;")
COLOR_256 = re.compile(r"\x1b\[[0-9;]*[34]8;5;(\d+)")


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory):
    """One index for every run here (the first run builds it)."""
    return tmp_path_factory.mktemp("terminals-index")


def base_env(index, data) -> dict[str, str]:
    return {"GSOMIA_TUI_INDEX": str(index), "GSOMIA_TUI_DATA": str(data),
            "PATH": os.environ.get("PATH", ""), "HOME": str(data), "LANG": "C.UTF-8"}


PLAIN = ("COLORTERM", "NO_COLOR", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING")
# id: (variables set, variables unset, expected colours: 16 / 256 / truecolor / grey)
SCENARIOS = {
    "xterm": ({"TERM": "xterm"}, PLAIN, "16"),
    "xterm-256color": ({"TERM": "xterm-256color"}, PLAIN, "256"),
    "screen": ({"TERM": "screen"}, PLAIN, "16"),
    "tmux-256color": ({"TERM": "tmux-256color"}, PLAIN, "256"),
    "linux": ({"TERM": "linux"}, PLAIN, "16"),
    "colorterm-truecolor": ({"TERM": "xterm-256color", "COLORTERM": "truecolor"},
                            tuple(v for v in PLAIN if v != "COLORTERM"), "truecolor"),
    "no-color": ({"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"},
                 ("LC_ALL", "LC_CTYPE", "PYTHONIOENCODING"), "grey"),
    "lang-c": ({"TERM": "xterm-256color", "LANG": "C"}, PLAIN, "256"),
    "lc-all-c": ({"TERM": "xterm-256color", "LC_ALL": "C"},
                 tuple(v for v in PLAIN if v != "LC_ALL"), "256"),
    "latin-1-stdio": ({"TERM": "xterm-256color", "PYTHONIOENCODING": "latin-1"},
                      tuple(v for v in PLAIN if v != "PYTHONIOENCODING"), "256"),
}


def assert_colours(raw: str, expected: str) -> None:
    palette = {int(n) for n in COLOR_256.findall(raw)}
    if expected == "16":
        assert not TRUECOLOR.search(raw) and not palette, "more than 16 colours"
        assert re.search(r"\x1b\[[0-9;]*(3[0-7]|9[0-7]|4[0-7]|10[0-7])m", raw)
    elif expected == "256":
        assert not TRUECOLOR.search(raw) and palette
    elif expected == "truecolor":
        assert TRUECOLOR.search(raw)
    else:  # NO_COLOR: greys only, from the 256 palette's grey ramp or as r = g = b
        assert palette <= {0, 7, 8, 15, 16, 231} | set(range(232, 256)), sorted(palette)
        rgb = set(re.findall(r"[34]8;2;(\d+);(\d+);(\d+)", raw))
        assert palette or rgb
        assert all(r == g == b for r, g, b in rgb), sorted(rgb)


@pytest.mark.terminal
@pytest.mark.parametrize("scenario", SCENARIOS, ids=SCENARIOS.keys())
def test_starts_searches_and_quits(terminal, shared_index, tmp_path, scenario):
    variables, unset, colours = SCENARIOS[scenario]
    env = {**base_env(shared_index, tmp_path / "data"), **variables}
    terminal.start(installed_command(), env, unset)
    if scenario == "latin-1-stdio":  # a notice for 10 s from the start: before the index is up
        terminal.wait_for("draws in UTF-8", timeout=60)
    screen = terminal.wait_for("5 articles", timeout=60)  # the first run builds the index
    # drawn in UTF-8 whatever the locale: rounded borders, the middle dot, the footer's ⏎
    assert "╭─ Results" in screen and "│" in screen and " · " in screen and "⏎" in screen
    assert "\\u" not in screen  # no escaped characters (what a Latin-1 stream would write)
    terminal.keys("/")
    terminal.type("Nagamine")  # at once: `/` is a priority binding, nothing is lost
    screen = terminal.wait_for("2 articles · “Nagamine”")  # the word, not "Nagamin" (finds 2)
    assert_colours(terminal.colours(), colours)
    # the footer follows the focus: the input's keys, then (escape) the results' again; each
    # wait needs the footer to have changed (a footer not redrawn yet would let the q go out
    # right behind the escape, and arrive as alt+q)
    terminal.wait_for("esc Back to results")
    terminal.keys("Escape")
    terminal.wait_for("⏎ Open")
    terminal.keys("q")
    assert terminal.exit_status() == 0


@pytest.mark.terminal
def test_a_real_terminal_too_small_then_grown(terminal, shared_index, tmp_path):
    env = {**base_env(shared_index, tmp_path / "data"), "TERM": "xterm-256color"}
    terminal.start(installed_command(), env, PLAIN, size=(30, 8))
    screen = terminal.wait_for("too small")
    assert "30×8" in flat(screen) and "40×10" in flat(screen)
    terminal.tmux("resize-window", "-t", "app", "-x", "80", "-y", "24")
    terminal.wait_for("5 articles")
    terminal.tmux("resize-window", "-t", "app", "-x", "39", "-y", "9")
    terminal.wait_for("39×9")
    terminal.keys("q")
    assert terminal.exit_status() == 0
