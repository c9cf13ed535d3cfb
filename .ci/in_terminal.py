"""Run one shell command on a pseudo-terminal (80x24) as a person would, then quit the explorer.

Usage: python3 .ci/in_terminal.py 'COMMAND'. Whatever the command prints first (an install, say)
is passed through; once the explorer has taken the screen (the alternate screen is entered) and
has been quiet for a moment, `escape` then `q` are typed. Exits with the command's own status, or
1 when the explorer never appeared or did not quit in time. Standard library only.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

ALT_SCREEN = b"\x1b[?1049h"
START_TIMEOUT, QUIT_TIMEOUT, QUIET = 600.0, 30.0, 2.0


def main(command: str) -> int:
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("bash", ["bash", "-c", command])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = _read_until_drawn(fd)
    if seen is None:
        done, status = _reap(pid, wait=5.0)
        if not done:
            os.kill(pid, 9)
            print("\nci: the explorer did not take the screen in time", file=sys.stderr)
            return 1
        code = os.waitstatus_to_exitcode(status)
        print(f"\nci: the command ended (status {code}) before the explorer appeared",
              file=sys.stderr)
        return code or 1
    os.write(fd, b"\x1b")
    time.sleep(0.5)
    os.write(fd, b"q")
    done, status = _reap(pid, QUIT_TIMEOUT, fd)
    if done:
        code = os.waitstatus_to_exitcode(status)
        print(f"\nci: the explorer drew {seen} bytes and quit with status {code}")
        return code
    print("\nci: the explorer did not quit on `q`", file=sys.stderr)
    os.kill(pid, 9)
    return 1


def _read_until_drawn(fd: int) -> int | None:
    """Bytes the explorer drew once its screen was up and quiet, or None on a timeout/exit."""
    deadline, drawn, last = time.monotonic() + START_TIMEOUT, None, time.monotonic()
    while time.monotonic() < deadline:
        chunk = _drain(fd, 0.2)
        if chunk is None:
            return None
        if chunk:
            last = time.monotonic()
            if drawn is None and ALT_SCREEN in chunk:
                drawn = 0
            if drawn is not None:
                drawn += len(chunk)
            else:
                sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
        elif drawn and time.monotonic() - last > QUIET:
            return drawn
    return None


def _reap(pid: int, wait: float, fd: int | None = None) -> tuple[int, int]:
    """(pid, status) once the command has ended within `wait` seconds, else (0, 0)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return done, status
        if fd is None or _drain(fd, 0.2) is None:
            time.sleep(0.2)
    return 0, 0


def _drain(fd: int, wait: float) -> bytes | None:
    ready, _, _ = select.select([fd], [], [], wait)
    if not ready:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:  # the command ended and closed the terminal
        return None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
