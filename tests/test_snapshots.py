"""Snapshots of every view at 80x24 (and the main screen at 60x20).

They use the test timeline (`conftest.sample_timeline`) so that they do not change when the
core's timeline does; the Input cursor does not blink; nothing else varies with time.
Update with `pytest tests/test_snapshots.py --snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

import pytest

from conftest import sample_timeline, settle
from explorer.tui.app import GsomiaApp


@pytest.fixture
def app(tmp_path_factory):
    return GsomiaApp(tmp_path_factory.getbasetemp() / "snapshot-index",
                     build_timeline=sample_timeline)


def keys(*pressed):
    """A `run_before` that waits for loading, presses keys and lets the app settle."""

    async def run_before(pilot):
        await settle(pilot.app, pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot.app, pilot)

    return run_before


SEARCH = ("slash", *"Nagamine", "escape")
EVENT = ("tab", "down", "down", "down", "down", "enter")


def test_main_screen(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys(*SEARCH))


def test_main_screen_narrow(snap_compare, app):
    assert snap_compare(app, terminal_size=(60, 20), run_before=keys(*SEARCH, "enter", "n"))


def test_event_view(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24),
                        run_before=keys(*EVENT, "right_square_bracket"))


def test_compare(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys(*EVENT, "c"))


def test_matrix(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys("m", "down", "right"))


def test_help(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys("question_mark"))
