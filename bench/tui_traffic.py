"""Terminal traffic: the bytes `gsomia-tui` writes to a pseudo-terminal per typed character
(how it is measured: `bench.tui_bench`)."""

from __future__ import annotations

from bench.common import ms, p50, p95
from bench.tui_common import (
    TERMINAL_SIZE,
    TYPED,
    explorer_command,
    explorer_ready,
    rows_touched,
    spawn,
)

QUIET_PTY_S = 0.3  # pseudo-terminal: no output for this long = the update is complete
ECHO_WAIT_S = 10.0  # every typed character is echoed: wait this long for its first byte
BYTES_TARGET = 2048


def measure_traffic(env: dict[str, str], queries=TYPED) -> dict:
    terminal = spawn(explorer_command(), env)
    try:
        if terminal.read_until(explorer_ready, timeout=60.0) is None:
            raise RuntimeError(f"gsomia-tui never listed its articles:\n{terminal.output[-2000:]!r}")
        terminal.read_quiet(0.5)
        idle = terminal.read_quiet(1.0, timeout=1.0)
        written = terminal.write(b"/")
        focus = terminal.read_quiet(QUIET_PTY_S)
        chars = []
        for query in queries:
            for position, char in enumerate(query):
                written = terminal.write(char.encode("utf-8"))
                reads = terminal.read_quiet(QUIET_PTY_S, first_within=ECHO_WAIT_S)
                chars.append({"query": query[:position + 1],
                              "bytes": sum(len(d) for _, d in reads),
                              "rows": rows_touched(b"".join(d for _, d in reads)),
                              "writes": len(reads),
                              "last_byte_ms": ms(reads[-1][0] - written) if reads else None})
            terminal.write(b"\x15")  # ctrl+u: clear the input (not counted)
            terminal.read_quiet(QUIET_PTY_S)
    finally:
        terminal.stop()
    sizes = [c["bytes"] for c in chars]
    latency = [c["last_byte_ms"] for c in chars if c["last_byte_ms"] is not None]
    heaviest = sorted(chars, key=lambda c: -c["bytes"])[:3]
    return {
        "terminal": f"{TERMINAL_SIZE[0]}x{TERMINAL_SIZE[1]}",
        "characters": len(chars),
        "bytes_per_char_p50": int(p50(sizes)), "bytes_per_char_p95": int(p95(sizes)),
        "bytes_per_char_max": max(sizes), "bytes_total": sum(sizes),
        "focus_search_bytes": sum(len(d) for _, d in focus),
        "idle_bytes_per_s": sum(len(d) for _, d in idle),
        "key_to_last_byte_ms_p50": round(p50(latency), 2) if latency else None,
        "key_to_last_byte_ms_p95": round(p95(latency), 2) if latency else None,
        "target_bytes": BYTES_TARGET,
        "bytes_per_char_mean": int(sum(sizes) / len(sizes)),
        # the figures are medians: the typical key; p95, max and mean say the rest
        "met": p50(sizes) <= BYTES_TARGET,
        "rows_touched_p50": p50([len(c["rows"]) for c in chars]),
        "heaviest": [{"query": c["query"], "bytes": c["bytes"], "rows": c["rows"]}
                     for c in heaviest],
        "per_char": chars,
    }
