"""Frames on a pseudo-terminal, told apart by content: what `bench.tui_pty_keys` times.

A Textual app that knows the terminal supports synchronized output (it asks with
``ESC[?2026$p``; the benchmark answers as kitty, WezTerm, foot or iTerm2 would) brackets
every frame in ``ESC[?2026h`` ... ``ESC[?2026l``, and the terminal shows the frame when
the closing sequence arrives. So a frame is complete, and visible, at the read that carries
its end; nothing here waits for the terminal to go quiet.

Inside a frame Textual moves the cursor to the start of each changed stretch of a row
(``ESC[row;colH``, sometimes after ``\\r\\n``) and writes styled text. `rows_written` gives
the printable text written per row; `final_cursor` where the terminal cursor is left (for an
app whose focus is an `Input`: just after the typed text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SYNC_QUERY = b"\x1b[?2026$p"
SYNC_SUPPORTED = b"\x1b[?2026;2$y"  # "supported, currently reset": the answer to SYNC_QUERY
SYNC_START = b"\x1b[?2026h"
SYNC_END = b"\x1b[?2026l"

_MOVE = re.compile(rb"\x1b\[(\d+);(\d+)H")
_NEWLINE = b"\r\n"
# every other escape sequence (SGR colours, modes, OSC): no printable text, no position
_OTHER_ESCAPE = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
                           rb"|\x1b[P^_][^\x1b]*\x1b\\|\x1b[ -/]*[0-~]")
_TOKENS = re.compile(_MOVE.pattern + rb"|" + re.escape(_NEWLINE) + rb"|" + _OTHER_ESCAPE.pattern)


@dataclass(frozen=True)
class Frame:
    """One synchronized update: when its first and last bytes were read, and its bytes."""

    started: float
    ended: float
    data: bytes


@dataclass
class FrameReader:
    """Turns timed reads into complete frames; a marker split across two reads is found."""

    pending: bytes = b""
    started: float | None = None
    frames: list[Frame] = field(default_factory=list)

    def feed(self, when: float, data: bytes) -> list[Frame]:
        """The frames this read completed (also kept in `frames`)."""
        done = []
        self.pending += data
        while True:
            if self.started is None:
                start = self.pending.find(SYNC_START)
                if start < 0:  # keep a possible partial marker only
                    self.pending = self.pending[-(len(SYNC_START) - 1):]
                    break
                self.pending, self.started = self.pending[start + len(SYNC_START):], when
            end = self.pending.find(SYNC_END)
            if end < 0:
                break
            frame = Frame(self.started, when, self.pending[:end])
            self.pending, self.started = self.pending[end + len(SYNC_END):], None
            done.append(frame)
        self.frames.extend(done)
        return done


def _printable(text: bytes) -> str:
    return "".join(ch for ch in text.decode("utf-8", "replace") if ch >= " " and ch != "\x7f")


def rows_written(data: bytes) -> dict[int, str]:
    """Screen row (1-based) -> the printable text this frame wrote on it, in order (each
    stretch joined at its column: gaps between stretches are filled with spaces)."""
    rows: dict[int, dict[int, str]] = {}
    row, column = 1, 1
    position = 0
    for token in _TOKENS.finditer(data):
        _write(rows, row, column, data[position:token.start()])
        column += len(_printable(data[position:token.start()]))
        position = token.end()
        if token.group(1):
            row, column = int(token.group(1)), int(token.group(2))
        elif token.group(0) == _NEWLINE:
            row, column = row + 1, 1
    _write(rows, row, column, data[position:])
    out = {}
    for number, stretches in rows.items():
        line = ""
        for start in sorted(stretches):
            line = line.ljust(start - 1) + stretches[start]
        out[number] = line
    return out


def _write(rows: dict[int, dict[int, str]], row: int, column: int, text: bytes) -> None:
    printable = _printable(text)
    if printable:
        stretches = rows.setdefault(row, {})
        stretches[column] = stretches.get(column, "") + printable


def final_cursor(data: bytes) -> tuple[int, int] | None:
    """(row, column) of the last cursor move in the frame: where it leaves the cursor."""
    moves = _MOVE.findall(data)
    return (int(moves[-1][0]), int(moves[-1][1])) if moves else None


# Textual 8.2 leaves the terminal cursor one cell right of the Input's cursor cell (seen on
# the pty: " Nag" from column 1, cursor cell at 5, ESC[1;6H at the end of the frame).
CURSOR_SHIFT = 1


def shows_typed(frame: Frame, value: str, row: int, first_column: int,
                cursor_shift: int = CURSOR_SHIFT) -> bool:
    """Does `frame` echo the input's `value`: its text on `row` from `first_column`, and the
    cursor left just after it (which tells "Han" from "Han " and "Nag" from "Naga")?"""
    text = rows_written(frame.data).get(row)
    if text is None or not text[first_column - 1:].startswith(value):
        return False
    return final_cursor(frame.data) == (row, first_column + len(value) + cursor_shift)


def shows_line(frame: Frame, expected: str, row: int, compared: int = 60) -> bool:
    """Does `frame` write `expected` on `row` (its first `compared` characters: a line longer
    than the screen ends in an ellipsis)? Leading and trailing padding is ignored."""
    text = rows_written(frame.data).get(row)
    if text is None:
        return False
    wanted = expected.strip()[:compared]
    return text.strip().startswith(wanted) and bool(wanted)
