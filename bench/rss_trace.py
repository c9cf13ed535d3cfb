"""Each process's resident memory while a command runs, to find which stage peaks where.

    python -m bench.rss_trace [--every 0.5] [--window 60] -- COMMAND ...

Runs COMMAND (its output discarded, its standard error lines kept with their times); every
`--every` seconds reads the resident memory (VmRSS) of it and of each of its descendants from
/proc, and prints, per `--window` seconds, the largest of the command itself and of its
children and of all of them together (what the machine must hold), so that the stages of a long `gsomia-tui add` (storing, the Whoosh writer processes,
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

from bench.common import exit_with

MENTION_FROM_MB = 40  # processes listed at the end: those that reached this size


def descendants(pid: int) -> list[int]:
    found = []
    for task in _listing(Path(f"/proc/{pid}/task")):
        for child in _text(Path(f"/proc/{pid}/task/{task}/children")).split():
            found += [int(child), *descendants(int(child))]
    return found


def rss_and_pss_mb(pid: int) -> tuple[float, float]:
    """The process's resident MB and its proportional share: pages it shares with others (a
    forked writer and the command it was forked from) counted a share each, so that a sum counts
    them once. Both from one read of smaps_rollup: read apart, a process growing between the two
    reads showed a share larger than its whole."""
    rollup = _text(Path(f"/proc/{pid}/smaps_rollup"))
    rss = _field_mb(rollup, "Rss:") or _field_mb(_text(Path(f"/proc/{pid}/status")), "VmRSS:")
    return rss, min(_field_mb(rollup, "Pss:"), rss)


def _field_mb(text: str, field: str) -> float:
    for line in text.splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0


def process_name(pid: int) -> str:
    """The process's command line, shortened (which stage it is)."""
    words = _text(Path(f"/proc/{pid}/cmdline")).split("\0")
    return " ".join(word.rsplit("/", 1)[-1] for word in words if word)[:60]


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
    """Samples (seconds, the command's MB, its largest child's MB, all of them together, all
    of them together with shared pages counted once), each process's life and peak, and
    stderr lines with times."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[tuple[float, str]] = []

    def read_errors() -> None:
        for raw in process.stderr:
            lines.append((time.perf_counter() - started, raw.decode("utf-8", "replace").rstrip()))

    reader = threading.Thread(target=read_errors, daemon=True)
    reader.start()
    samples = []
    processes: dict[int, dict] = {}
    while process.poll() is None:
        now = time.perf_counter() - started
        children = descendants(process.pid)
        memory = {pid: rss_and_pss_mb(pid) for pid in [process.pid, *children]}
        sizes = {pid: rss for pid, (rss, _) in memory.items()}
        own = sizes[process.pid]
        samples.append((now, own, max((sizes[pid] for pid in children), default=0.0),
                        sum(sizes.values()), sum(pss for _, pss in memory.values())))
        _note_processes(processes, sizes, now)
        time.sleep(every)
    reader.join(timeout=5)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"status": process.returncode, "wall_s": time.perf_counter() - started,
            "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "samples": samples, "processes": processes, "stderr": lines}


def _note_processes(processes: dict[int, dict], sizes: dict[int, float], now: float) -> None:
    for pid, size in sizes.items():
        seen = processes.setdefault(pid, {"name": process_name(pid), "from": now, "peak_mb": 0.0})
        seen["to"], seen["peak_mb"] = now, max(seen["peak_mb"], size)


def windows(samples: list[tuple[float, ...]], width: float) -> list[tuple[float, ...]]:
    """(window start, the command's peak, its largest child's peak, the peak of all together,
    of all together with shared pages counted once) per `width` seconds."""
    peaks: dict[int, tuple[float, ...]] = {}
    for seconds, *sizes in samples:
        key = int(seconds // width)
        before = peaks.get(key, (0.0,) * len(sizes))
        peaks[key] = tuple(max(old, new) for old, new in zip(before, sizes))
    return [(key * width, *sizes) for key, sizes in sorted(peaks.items())]


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
    for start, own, child, together, shared_once in windows(report["samples"], args.window):
        print(f"{start:6.0f} s  command {own:6.0f} MB  largest child {child:6.0f} MB  "
              f"all together {together:6.0f} MB ({shared_once:6.0f} MB shared pages once)")
    for pid, seen in sorted(report["processes"].items(), key=lambda item: item[1]["from"]):
        if seen["peak_mb"] >= MENTION_FROM_MB:
            print(f"  {seen['from']:6.0f}-{seen['to']:6.0f} s  pid {pid:7d}  "
                  f"peak {seen['peak_mb']:5.0f} MB  {seen['name']}")
    together_peak = max((sample[3] for sample in report["samples"]), default=0.0)
    shared_once_peak = max((sample[4] for sample in report["samples"]), default=0.0)
    print(f"exit {report['status']}, wall {report['wall_s']:.1f} s, CPU {report['cpu_s']:.1f} s, "
          f"largest process's peak {report['peak_mb']:.0f} MB, "
          f"all processes together {together_peak:.0f} MB "
          f"({shared_once_peak:.0f} MB with shared pages counted once)")
    return 0 if report["status"] == 0 else 1


if __name__ == "__main__":
    exit_with(main)
