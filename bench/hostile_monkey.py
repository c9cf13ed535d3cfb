"""Hostile monkey: hostile files added, then random bytes written into the index, seeded.

    python -m bench.hostile_monkey --trials 20 --seed 1      # what the tests run
    python -m bench.hostile_monkey --trials 200 --seed 7 --big   # longer, with a 4 MB article

First every kind of hostile file that once hurt (`hostile_files`) is added with
`gsomia-tui add`: it must answer with one line per skip and no traceback. Then each trial
copies the built index, writes random bytes at a random place of one of its files (any of
them: segments, table of contents, checksums, side files) and runs the commands a user
runs. Every command must answer as it did on the undamaged index (same exit status, same
output), with at most one "rebuilt it" notice in the whole trial. Commands run in this
process (`explorer.cli.main`), so an exception is caught and reported with its trace.
A failure names the seed, the file and the offset, to turn into a regression test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.common import exit_with

COMMANDS = (("search", "pact"), ("search", "signed OR agreement", "--json", "--limit", "50"),
            ("search", "Nagam*"), ("events",), ("articles",))
WORDS = ("pact", "Seoul", "Tokyo", "minister", "signed", "intelligence", "agreement", "defense",
         "officials", "talks", "military", "Wednesday", "treaty", "reporters", "government")


@dataclass
class Answer:
    status: int | str  # the exit status, or the exception's name
    out: str
    err: str
    trace: str = ""
    seconds: float = 0.0


@dataclass
class Trial:
    seed: int
    file: str
    offset: int
    size: int
    notices: int = 0
    failures: list[str] = field(default_factory=list)


def run_cli(*argv: str) -> Answer:
    """`gsomia-tui ARGV` in this process: its exit status and output, or its exception."""
    from explorer.cli import main

    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status: int | str = main(list(argv))
            trace = ""
        except SystemExit as exit_:
            status, trace = int(exit_.code or 0), ""
        except BaseException as error:  # the very thing this monkey looks for
            status, trace = type(error).__name__, traceback.format_exc()
    return Answer(status, out.getvalue(), err.getvalue(), trace,
                  round(time.perf_counter() - started, 2))


def sentence(rng: random.Random, words: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def story(rng: random.Random, title: str) -> str:
    body = "\n\n".join(" ".join(sentence(rng) for _ in range(3)) for _ in range(2))
    return f"{title}\n\n{body}\n"


def hostile_files(folder: Path, rng: random.Random, big_bytes: int = 200_000) -> Path:
    """One file for each hostile input of issues 13 and 16, worded by `rng`."""
    folder.mkdir(parents=True)
    outside = folder.parent / "outside"
    outside.mkdir()
    write = lambda name, text: (folder / name).write_text(text, encoding="utf-8")  # noqa: E731
    spaces = " " * rng.randint(10_000, 30_000)
    write("spaces.txt", story(rng, "Spaces story").replace(" pact ", f" pact{spaces}pact ", 1)
          + spaces + "\n")
    write("dates.json", json.dumps([{"text": story(rng, f"Dated {d}"), "date": d}
                                    for d in ("2016-1-5", "2016-1", "2016-02-30")]))
    write("escapes.txt", story(rng, "Escapes story").replace(" ", " \x1b]0;", 1)
          .replace(". ", ". \x90 \x9d \u061c\u2028 \U000e0041 soft\u00adhyphen ", 1))
    write("nested.json", "[" * 10_000 + "]" * 10_000)
    (folder / os.fsdecode(b"bad-\xff-name.txt")).write_text(story(rng, "Bad name"))
    write("-dash.txt", story(rng, "Dash story"))
    write("nbsp.txt", story(rng, "Nbsp story").replace(" ", "\u00a0", 40))
    lines = [json.dumps({"text": story(rng, f"Line {n}")}) for n in range(3)]
    write("records.jsonl", "\n".join(lines[:1] + ["{not json"] + lines[1:]) + "\n")
    (outside / "secret.txt").write_text(story(rng, "Outside story"), encoding="utf-8")
    (folder / "outside-link.txt").symlink_to(outside / "secret.txt")
    twin = story(rng, "Twin story")
    write("twin.txt", twin)
    write("twin-spaced.txt", twin.replace(" ", "  ").replace("\n", "\r\n").replace(" ", "\t", 3))
    write("latin1-byte.txt", "")
    (folder / "latin1-byte.txt").write_bytes(
        story(rng, "\u201cQuoted\u201d story").encode("utf-8") + b" caf\xe9 " + b"pact\n")
    write("big.txt", "Big story\n\n" + "pact " * (big_bytes // 5) + "\n")
    return folder


def damage(location: Path, rng: random.Random) -> tuple[Path, int, int]:
    """Random bytes over a random stretch of a random file of the index."""
    files = sorted(p for p in location.iterdir() if p.is_file() and p.stat().st_size
                   and not p.name.endswith("LOCK"))
    target = rng.choice(files)
    length = target.stat().st_size
    size = rng.randint(1, min(64, length))
    offset = rng.randrange(0, length - size + 1)
    with open(target, "r+b") as handle:
        handle.seek(offset)
        handle.write(rng.randbytes(size))
    return target, offset, size


def one_trial(number: int, seed: int, pristine: Path, data: Path, expected: dict,
              work: Path) -> Trial:
    from index.store import index_location

    rng = random.Random(seed * 10_000 + number)
    root = work / f"trial-{number}"
    shutil.copytree(pristine, root, symlinks=True)
    target, offset, size = damage(index_location(root), rng)
    trial = Trial(seed, target.name, offset, size)
    for command in COMMANDS:
        answer = run_cli("--index", str(root), "--data", str(data), *command)
        trial.notices += answer.err.count("rebuilt it")
        want = expected[command]
        if answer.trace:
            trial.failures.append(f"{' '.join(command)}: {answer.trace}")
        elif (answer.status, answer.out) != (want.status, want.out):
            trial.failures.append(f"{' '.join(command)}: exit {answer.status} (wanted "
                                  f"{want.status}), output {'same' if answer.out == want.out else 'differs'}")
    if trial.notices > 1:
        trial.failures.append(f"rebuilt {trial.notices} times")
    shutil.rmtree(root, ignore_errors=True)
    return trial


def add_hostile_files(work: Path, seed: int, big_bytes: int) -> tuple[Path, Answer]:
    data = work / "data"
    files = hostile_files(work / "files", random.Random(seed), big_bytes)
    return data, run_cli("--index", str(work / "first-index"), "--data", str(data), "add",
                         str(files))


def run(trials: int = 20, seed: int = 1, big_bytes: int = 200_000) -> dict:
    with tempfile.TemporaryDirectory(prefix="hostile-monkey-") as temporary:
        work = Path(temporary)
        data, added = add_hostile_files(work, seed, big_bytes)
        pristine = work / "pristine"
        expected = {command: run_cli("--index", str(pristine), "--data", str(data), *command)
                    for command in COMMANDS}
        results = [one_trial(n, seed, pristine, data, expected, work) for n in range(trials)]
    failures = [asdict(t) for t in results if t.failures]
    add_failures = [added.trace] if added.trace else []
    if added.status != 1 or "Traceback" in added.err:
        add_failures.append(f"add: exit {added.status}: {added.err[-2000:]}")
    return {
        "seed": seed, "trials": trials,
        "add": {"exit": added.status, "lines": added.err.strip().splitlines(),
                "seconds": added.seconds},
        "add_failures": add_failures,
        "detected": sum(t.notices == 1 for t in results),
        "failed": len(failures), "failures": failures,
        "baseline": {" ".join(c): a.status for c, a in expected.items()},
        "seconds": {" ".join(c): a.seconds for c, a in expected.items()},
    }


def render(report: dict) -> str:
    lines = [f"seed {report['seed']}: {report['trials']} damaged indexes, "
             f"{report['detected']} detected and rebuilt, {report['failed']} failed",
             f"add of the hostile files: exit {report['add']['exit']} "
             f"({report['add']['seconds']} s with the index update)"]
    lines += [f"  {line}" for line in report["add"]["lines"]]
    lines.append("the commands on the undamaged index (first one builds it): " + ", ".join(
        f"{command} {seconds} s" for command, seconds in report["seconds"].items()))
    lines += [f"FAILED {failure}" for failure in report["add_failures"]]
    lines += [f"FAILED {json.dumps(failure)}" for failure in report["failures"]]
    return "\n".join(lines)


def smoke() -> dict:
    report = run(trials=4, seed=1)
    if report["failed"] or report["add_failures"]:
        raise AssertionError(render(report))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile_monkey",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big", action="store_true", help="a 4 MB article instead of 200 KB")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.trials, args.seed, 4_000_000 if args.big else 200_000)
    print(json.dumps(report, indent=1) if args.json else render(report))
    return 1 if report["failed"] or report["add_failures"] else 0


if __name__ == "__main__":
    exit_with(main)
