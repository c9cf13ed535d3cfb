"""An add of many articles into a new library builds the shared-text store in another process
while the index is built (`index.overlap_beside`), with the same sentences as finding them whole."""

from __future__ import annotations

import json
import os
import random
import time

import pytest

import index.overlap as overlap
from corpus.store_sync import open_store
from explorer.cli.main import main
from index import overlap_beside
from index.overlap_store import STORE_FILE
from index.shared_text import find_shared
from index.store import index_location

WORDS = ("minister envoy pact ceremony intelligence missile tokyo seoul border treaty cabinet "
         "parliament rally protest budget reactor satellite harbour summit doctrine garrison").split()


def export_with_copies(path, count: int) -> None:
    """`count` articles; every fifth carries two sentences of the one before it (wire copy)."""
    rng = random.Random(18)
    sentences = []
    with open(path, "w", encoding="utf-8") as out:
        for number in range(count):
            own = [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(6)]
            copied = sentences[-6:-4] if number % 5 == 4 else []
            sentences += own
            text = f"Story {number} of the pact\n\n" + " ".join(own[:3] + copied) + "\n\n" + " ".join(own[3:])
            out.write(json.dumps({"text": text, "outlet": f"Outlet {number % 3}",
                                  "date": f"2019-08-{1 + number % 28:02d}"}) + "\n")


def test_a_new_library_of_many_articles_gets_its_shared_text_built_beside_the_index(
        tmp_path, monkeypatch):
    monkeypatch.setattr(overlap_beside, "BACKGROUND_FROM", 20)
    data, index_root = tmp_path / "data", tmp_path / "index"
    export_with_copies(tmp_path / "export.jsonl", 30)
    answers = []
    update_shared = overlap.update_shared
    monkeypatch.setattr(overlap, "update_shared",
                        lambda *args, **kwargs: answers.append(update_shared(*args, **kwargs)))
    assert main(["--data", str(data), "--index", str(index_root), "add",
                 str(tmp_path / "export.jsonl")]) == 0
    assert answers == ["in step"]  # built beside, then moved in: nothing left to build here
    location = index_location(index_root)
    assert (location / STORE_FILE).is_file()
    assert not [entry for entry in index_root.iterdir() if "shared" in entry.name]  # cleared
    store = open_store(data)
    found = overlap.shared_sentences(store, location)
    assert found == find_shared((a.id, p.number, p.text) for a in store for p in a.passages)
    assert len(found) >= 10


@pytest.mark.parametrize("added", [19, 20])
def test_an_add_of_few_articles_or_to_a_library_with_a_store_builds_it_in_place(tmp_path, monkeypatch, added):
    monkeypatch.setattr(overlap_beside, "BACKGROUND_FROM", 20)
    store = open_store(tmp_path / "data")
    started = overlap_beside.SharedBeside.start(store.path, tmp_path / "index", added)
    assert (started is None) == (added < 20)
    if started is not None:
        reported = []
        started.finish(None, lambda done, total: reported.append((done, total)))
        assert started.process.exitcode == 0 and not started.staging.exists()  # removed
        assert reported[-1] == (len(store), len(store))  # the bar ends with the build
        assert all(done < total for done, total in reported[:-1])
    location = index_location(tmp_path / "index")
    location.mkdir(parents=True, exist_ok=True)
    (location / STORE_FILE).write_bytes(b"")
    assert overlap_beside.SharedBeside.start(store.path, tmp_path / "index", 10_000) is None


def test_a_build_beside_an_index_that_failed_is_stopped_and_its_folder_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(overlap_beside, "BACKGROUND_FROM", 20)
    export_with_copies(tmp_path / "export.jsonl", 30)
    import explorer.cli.session as session

    def index_fails(*_args):
        raise OSError("no room for the index")

    monkeypatch.setattr(session, "open_engine", index_fails)
    with pytest.raises(OSError):
        main(["--data", str(tmp_path / "data"), "--index", str(tmp_path / "index"), "add",
              str(tmp_path / "export.jsonl")])
    assert not [entry for entry in (tmp_path / "index").iterdir() if "shared" in entry.name]


def test_ctrl_c_reaches_the_build_beside_as_no_traceback_and_stops_it_with_the_add(
        tmp_path, monkeypatch, capfd):
    """Ctrl-C goes to every process of the terminal's group: the build beside must not print
    a traceback of its own, and the add that waits for it stops it and removes its folder."""
    import os
    import signal

    monkeypatch.setattr(overlap_beside, "BACKGROUND_FROM", 20)
    store = open_store(tmp_path / "data")
    started = overlap_beside.SharedBeside.start(store.path, tmp_path / "index", 20)
    os.kill(started.process.pid, signal.SIGINT)  # (at once: while it is still starting)
    started.process.join(30)
    assert started.process.exitcode == 0  # the interrupt is the add's to act on
    assert "Traceback" not in capfd.readouterr().err

    started = overlap_beside.SharedBeside.start(store.path, tmp_path / "index", 20)
    join, pressed = started.process.join, []

    def interrupted_once(timeout=None):
        join(timeout)
        if not pressed:
            pressed.append(True)
            raise KeyboardInterrupt

    monkeypatch.setattr(started.process, "join", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        started.finish(index_location(tmp_path / "index"))
    assert not started.process.is_alive() and not started.staging.exists()


def _children(pid: int) -> list[int]:
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            status = open(f"/proc/{entry}/status").read()
        except OSError:
            continue
        if int(status.split("PPid:")[1].split()[0]) == pid:
            found.append(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        return "zombie" not in open(f"/proc/{pid}/status").read()
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process table from /proc")
def test_a_build_beside_stopped_stops_the_workers_it_started(tmp_path, monkeypatch):
    """Its workers left behind would run on for ever (and hold a pipe the add writes to)."""
    monkeypatch.setenv("GSOMIA_TUI_WORKERS", "2")
    export_with_copies(tmp_path / "export.jsonl", 120)
    assert main(["--data", str(tmp_path / "data"), "--index", str(tmp_path / "first"), "add",
                 str(tmp_path / "export.jsonl")]) == 0
    started = overlap_beside.SharedBeside.start(open_store(tmp_path / "data").path,
                                                tmp_path / "index", 10_000)
    deadline = time.monotonic() + 60
    while len(workers := _children(started.process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert workers, "the build started no workers"
    started.cancel()
    # it ended itself, its workers with it (killed, it left their queues' semaphores to the
    # resource tracker, which warned of them on the add's stderr as the add ended)
    assert started.process.exitcode == 1
    deadline = time.monotonic() + 10
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, workers))
