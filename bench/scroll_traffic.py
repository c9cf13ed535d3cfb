"""Bytes `gsomia-tui` writes to a pseudo-terminal for one `End` in the source pane, with
scrolling animated (TEXTUAL_ANIMATIONS=full, Textual's default) and as the explorer ships it
(not animated). Bytes are what an SSH link carries; both runs happen in one process, so
their ratio holds on a loaded machine.

    python -m bench.scroll_traffic
"""

from __future__ import annotations

from bench.tui_common import Scratch, explorer_command, explorer_ready, spawn

QUIET_S = 0.5  # no output for this long: the scroll (and any animation) is over
END_KEY = b"\x1b[F"


def end_key_bytes(env: dict[str, str]) -> int:
    """Open the first result (enter), then press End: the bytes written for the End."""
    terminal = spawn(explorer_command(), env)
    try:
        if terminal.read_until(explorer_ready, timeout=60.0) is None:
            raise RuntimeError("gsomia-tui never listed its articles")
        terminal.read_quiet(1.0)
        terminal.write(b"\r")
        terminal.read_quiet(QUIET_S, first_within=10.0)
        terminal.write(END_KEY)
        return sum(len(data) for _, data in terminal.read_quiet(QUIET_S, first_within=10.0))
    finally:
        terminal.stop()


def main() -> None:
    with Scratch() as scratch:
        animated = end_key_bytes({**scratch.env, "TEXTUAL_ANIMATIONS": "full"})
        shipped = end_key_bytes(scratch.env)
    print(f"End in the source pane: animated {animated / 1024:.1f} KB, "
          f"not animated (the default) {shipped / 1024:.1f} KB "
          f"({animated / max(shipped, 1):.0f}x)")


if __name__ == "__main__":
    main()
