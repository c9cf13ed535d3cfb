"""The keystroke benchmark's detection logic, on byte streams recorded from the explorer under
a pseudo-terminal (`tests/fixtures/pty/explorer-typing-Nag.json`: `/` then `N`, `a`, `g`
typed on the bundle, 80x24, synchronized output answered; each read's time after the key
was written, base64) and on small made-up streams. No timing of this machine is asserted."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from bench.tui_frames import (SYNC_END, SYNC_START, Frame, FrameReader, final_cursor,
                              rows_written, shows_line, shows_typed)
from bench.tui_pty_keys import (INPUT_COLUMN, INPUT_ROW, STATUS_ROW, _Reader, type_key,
                                type_paced)

RECORDED = Path(__file__).parent / "fixtures" / "pty" / "explorer-typing-Nag.json"
NAG_STATUS = "2 articles · “Nag” (or longer) · all outlets · best match first"


def recorded_keys() -> list[tuple[str, list[tuple[float, bytes]]]]:
    keys = json.loads(RECORDED.read_text())
    return [(key["typed"], [(when, base64.b64decode(data)) for when, data in key["reads"]])
            for key in keys]


def frames_of(reads) -> list[Frame]:
    reader = FrameReader()
    for when, data in reads:
        reader.feed(when, data)
    return reader.frames


def test_a_frame_ends_at_the_read_that_carries_its_end_marker_even_split_across_reads():
    reads = [(1.0, b"noise" + SYNC_START[:4]), (2.0, SYNC_START[4:] + b"\x1b[1;1Hab"),
             (3.0, b"cd" + SYNC_END[:3]), (4.0, SYNC_END[3:] + SYNC_START + b"x"),
             (5.0, b"y" + SYNC_END)]
    frames = frames_of(reads)
    assert [(f.started, f.ended, f.data) for f in frames] == [
        (2.0, 4.0, b"\x1b[1;1Habcd"), (4.0, 5.0, b"xy")]


def test_an_unfinished_frame_is_not_a_frame():
    assert frames_of([(1.0, SYNC_START + b"\x1b[1;1HNag")]) == []


def test_rows_follow_cursor_moves_newlines_and_ignore_colours():
    data = (b"\x1b[2;1H\x1b[1;38;2;255;0;0m2 articles\x1b[0m \xc2\xb7 x\r\n"
            b"\x1b[5;41Hright\x1b[5;2Hleft\x1b[7;3H")
    rows = rows_written(data)
    assert rows[2] == "2 articles · x"
    assert rows[5] == " left" + " " * 35 + "right"
    assert final_cursor(data) == (7, 3)


def test_the_recorded_echo_of_each_key_is_found_and_only_for_its_own_value():
    typed = ""
    for char, reads in recorded_keys():
        typed += char
        frames = frames_of(reads)
        echoes = [f for f in frames if shows_typed(f, typed, INPUT_ROW, INPUT_COLUMN)]
        assert echoes, f"no echo of {typed!r}"
        first = echoes[0]
        # the frame is complete at its end marker: never before the first byte of it
        assert first.ended >= first.started >= reads[0][0]
        for other in (typed[:-1], typed + "a", typed + " "):
            assert not shows_typed(first, other, INPUT_ROW, INPUT_COLUMN)


def test_the_recorded_results_frame_is_told_by_its_status_line():
    (_, _), (_, _), (_, reads) = recorded_keys()
    frames = frames_of(reads)
    results = [f for f in frames if shows_line(f, NAG_STATUS, STATUS_ROW)]
    # the first results frame, and later the whole screen repainted (a scroll after layout)
    assert len(results) == 2 and results[0].ended < results[1].ended
    assert not shows_line(results[0], NAG_STATUS.replace("Nag", "Naga"), STATUS_ROW)
    assert not shows_line(results[0], NAG_STATUS, STATUS_ROW + 1)
    # the keys before only said "keep typing"
    (_, first_reads), *_ = recorded_keys()
    assert any(shows_line(f, "“N”: keep typing…", STATUS_ROW) for f in frames_of(first_reads))
    assert not any(shows_line(f, NAG_STATUS, STATUS_ROW) for f in frames_of(first_reads))


def test_a_line_longer_than_the_screen_is_matched_by_its_start():
    long_line = "5 articles · " + "“intelligence” and “sharing” (or longer) · " * 3
    shown = long_line[:77] + "…"
    frame = Frame(0.0, 0.0, b"\x1b[2;1H " + shown.encode())
    assert shows_line(frame, long_line, STATUS_ROW)
    assert not shows_line(frame, "4" + long_line[1:], STATUS_ROW)


class _ScriptedTerminal:
    """Plays recorded reads: what `type_key` sees of a real terminal."""

    def __init__(self, reads: list[tuple[float, bytes]]) -> None:
        self.script, self.reads, self.closed, self.written = list(reads), [], False, []

    def write(self, data: bytes) -> float:
        self.written.append(data)
        return 0.0  # the recorded times are already "after the key was written"

    def read(self, timeout: float) -> bool:
        if not self.script:
            return False
        self.reads.append(self.script.pop(0))
        return True


def test_type_key_times_echo_and_results_to_the_end_of_their_frames():
    (_, _), (_, _), (_, reads) = recorded_keys()
    terminal = _ScriptedTerminal(reads)
    key = type_key(terminal, _Reader(terminal), "g", "Nag", NAG_STATUS)
    frames = frames_of(reads)
    echo = next(f for f in frames if shows_typed(f, "Nag", INPUT_ROW, INPUT_COLUMN))
    results = next(f for f in frames if shows_line(f, NAG_STATUS, STATUS_ROW))
    assert terminal.written == [b"g"]
    assert key["complete"] and key["frames"] == len(frames)
    assert key["echo_ms"] == round(echo.ended * 1000, 2)
    assert key["results_ms"] == round(results.ended * 1000, 2)
    assert key["results_ms"] > key["echo_ms"]


def test_a_key_whose_results_are_not_expected_has_no_results_figure():
    (_, reads), *_ = recorded_keys()
    terminal = _ScriptedTerminal(reads)
    key = type_key(terminal, _Reader(terminal), "N", "N", None)
    assert key["complete"] and key["echo_ms"] is not None and key["results_ms"] is None


def test_a_results_line_that_never_comes_leaves_the_key_incomplete():
    (_, reads), *_ = recorded_keys()
    terminal = _ScriptedTerminal(reads)
    terminal.closed = True  # nothing more will come
    key = type_key(terminal, _Reader(terminal), "N", "N", NAG_STATUS)
    assert not key["complete"] and key["results_ms"] is None and key["echo_ms"] is not None


def test_paced_typing_times_every_echo_and_the_results_after_the_last_key():
    keys = recorded_keys()
    terminal = _ScriptedTerminal([read for _, reads in keys for read in reads])
    typed = type_paced(terminal, _Reader(terminal), "Nag", NAG_STATUS, pace=0.0)
    assert terminal.written == [b"N", b"a", b"g"]
    expected = []
    for value, (_, reads) in zip(("N", "Na", "Nag"), keys):
        frame = next(f for f in frames_of(reads) if shows_typed(f, value, INPUT_ROW, INPUT_COLUMN))
        expected.append(round(frame.ended * 1000, 2))
    assert typed["echo_ms"] == expected
    results = next(f for f in frames_of(keys[2][1]) if shows_line(f, NAG_STATUS, STATUS_ROW))
    assert typed["results_after_last_key_ms"] == round(results.ended * 1000, 2)
