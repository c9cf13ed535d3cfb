"""Each process's resident memory while a command runs, to find which stage peaks where.

    python -m bench.rss_trace [--every 0.5] [--window 60] -- COMMAND ...

Runs COMMAND (its output discarded, its standard error lines kept with their times); every
`--every` seconds reads the resident memory (VmRSS) of it and of each of its descendants from
/proc, and prints, per `--window` seconds, the largest of the command itself and of its
children, so that the stages of a long `gsomia-tui add` (storing, the Whoosh writer processes,
the timeline's workers, the shared-text store) can be told apart by time. Ends with the wall
time, the CPU seconds of the command and its descendants and the largest process's peak.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import threading
import time
from pathlib import Path


def descendants(pid: int) -> list[int]:
    found = []
    for task in _listing(Path(f"/proc/{pid}/task")):
        for child in _text(Path(f"/proc/{pid}/task/{task}/children")).split():
            found += [int(child), *descendants(int(child))]
    return found


def rss_mb(pid: int) -> float:
    for line in _text(Path(f"/proc/{pid}/status")).splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _text(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:  # the process ended meanwhile
        return ""


def _listing(path: Path) -> list[str]:
    try:
        return [entry.name for entry in path.iterdir()]
    except OSError:
        return []


def trace(command: list[str], every: float = 0.5) -> dict:
    """Samples (seconds, the command's MB, its largest child's MB), stderr lines with times."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[tuple[float, str]] = []

    def read_errors() -> None:
        for raw in process.stderr:
            lines.append((time.perf_counter() - started, raw.decode("utf-8", "replace").rstrip()))

    reader = threading.Thread(target=read_errors, daemon=True)
    reader.start()
    samples = []
    while process.poll() is None:
        children = [rss_mb(child) for child in descendants(process.pid)]
        samples.append((time.perf_counter() - started, rss_mb(process.pid),
                        max(children, default=0.0)))
        time.sleep(every)
    reader.join(timeout=5)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"status": process.returncode, "wall_s": time.perf_counter() - started,
            "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "samples": samples, "stderr": lines}


def windows(samples: list[tuple[float, float, float]], width: float
            ) -> list[tuple[float, float, float]]:
    """(window start, the command's peak, its largest child's peak) per `width` seconds."""
    peaks: dict[int, tuple[float, float]] = {}
    for seconds, own, child in samples:
        key = int(seconds // width)
        before = peaks.get(key, (0.0, 0.0))
        peaks[key] = (max(before[0], own), max(before[1], child))
    return [(key * width, own, child) for key, (own, child) in sorted(peaks.items())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=float, default=0.5)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    report = trace(command, args.every)
    for seconds, line in report["stderr"]:
        print(f"{seconds:8.1f} s  {line}")
    for start, own, child in windows(report["samples"], args.window):
        print(f"{start:6.0f} s  command {own:6.0f} MB  largest child {child:6.0f} MB")
    print(f"exit {report['status']}, wall {report['wall_s']:.1f} s, CPU {report['cpu_s']:.1f} s, "
          f"largest process's peak {report['peak_mb']:.0f} MB")
    return 0 if report["status"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
