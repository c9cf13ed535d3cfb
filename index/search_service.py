"""Searches answered by a long-lived process of their own: a search in a thread of the
explorer shares the interpreter lock with drawing (each Whoosh call delays the echo of the
keys typed meanwhile); a process does not.

The process opens the index once (`open_engine`, called there), reopens it when told the
library changed, and answers `answer(engine, request)` for the latest request only: requests
that arrive while it works replace each other, and the caller drops any answer that is not
for the last request it asked. What travels is pickled plain data (requests, frozen results).

It is started as `python -c ...` with standard error to /dev/null rather than through
`multiprocessing`: the explorer is a threaded process (so no fork), Textual captures standard
error (multiprocessing's resource tracker fails on its descriptor, textual#3593), and nothing
the child prints can reach the terminal the explorer draws on. The child exits when its input
closes, so it never outlives the explorer, even one that is killed.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable

PROJECT_ROOT = Path(__file__).resolve().parents[1]  # where `index` is imported from
STOP_WAIT_S = 1.0
NICENESS = 10  # added to the process's nice value (lower priority)
NICENESS_ENV = "GSOMIA_TUI_SEARCH_NICE"  # another increment, for measuring (0: the caller's)


@dataclass(frozen=True)
class Reply:
    """What the process says. kind: "ready" (searches may be asked), "answer" (`value` is
    what `answer` returned for request `number`), "error" (that request failed: `value` is
    one line), "notice" (`value`: a line for the user, e.g. the index was rebuilt), "ended"
    (the process cannot serve: `value` says why)."""

    kind: str
    number: int = 0
    value: Any = None


class SearchProcessError(Exception):
    """The search process could not be started."""


class SearchProcess:
    """The caller's side: `start`, then `ask` (any thread), `reopen`, `stop`. Replies come to
    `on_reply` on a thread of this object's own."""

    def __init__(self, open_engine: Callable[[], Any], answer: Callable[[Any, Any], Any],
                 on_reply: Callable[[Reply], None]) -> None:
        self.open_engine, self.answer, self.on_reply = open_engine, answer, on_reply
        self._process: subprocess.Popen | None = None
        self._send_lock = threading.Lock()
        self._asked = 0  # the number of the last request asked
        self._stopping = False

    def start(self) -> None:
        """Start the process and give it what to run; raise SearchProcessError if it cannot
        start (the functions must be importable by name: they are pickled)."""
        try:
            spec = pickle.dumps((self.open_engine, self.answer))
        except (pickle.PicklingError, TypeError, AttributeError) as error:
            raise SearchProcessError(f"cannot hand the search to a process: {error}") from error
        code = (f"import sys; sys.path.insert(0, {str(PROJECT_ROOT)!r}); "
                "from index.search_service import serve; serve()")
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, close_fds=True, start_new_session=True)
        except OSError as error:
            raise SearchProcessError(f"cannot start the search process: {error}") from error
        if not self._send_raw(spec):
            raise SearchProcessError("the search process ended as it started")
        threading.Thread(target=self._listen, name="search-process-replies",
                         daemon=True).start()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def ask(self, request: Any) -> int:
        """Search for `request` (replacing any request not yet begun); its number."""
        self._asked += 1
        self._send(("search", self._asked, request))
        return self._asked

    def reopen(self) -> None:
        """The library changed: open the index and articles again before the next search."""
        self._send(("reopen", 0, None))

    def stop(self) -> None:
        """End the process now, even in the middle of a search."""
        self._stopping = True
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        # (its output is closed by the listening thread: closing a stream another thread is
        # reading waits for that read)
        _close_quietly(process.stdin)

    def _send(self, message: tuple) -> None:
        if not self._send_raw(pickle.dumps(message)):
            self._ended("it stopped answering")

    def _send_raw(self, data: bytes) -> bool:
        process = self._process
        if process is None or process.stdin is None:
            return False
        try:
            with self._send_lock:
                process.stdin.write(data)
                process.stdin.flush()
        except (OSError, ValueError):  # a broken pipe, or closed by `stop`
            return False
        return True

    def _listen(self) -> None:
        process = self._process
        if process is None or process.stdout is None:
            return
        while True:
            try:
                reply = pickle.load(process.stdout)
            except Exception:  # noqa: BLE001 - end of file, a closed pipe, a torn reply
                _close_quietly(process.stdout)
                self._ended(_exit_status(process))
                return
            if reply.kind == "ended":
                self._ended(reply.value)
                return
            if reply.kind in ("answer", "error") and reply.number != self._asked:
                continue  # a newer request has been asked since
            self.on_reply(reply)

    def _ended(self, why: str) -> None:
        if not self._stopping:
            self._stopping = True
            self.on_reply(Reply("ended", value=why))


def _exit_status(process: subprocess.Popen) -> str:
    try:  # its output just ended: it is exiting
        return f"it exited (status {process.wait(STOP_WAIT_S)})"
    except subprocess.TimeoutExpired:
        return "it stopped answering"


def _close_quietly(stream: IO[bytes] | None) -> None:
    try:
        if stream is not None:
            stream.close()
    except OSError:
        pass


# --- the process's side -------------------------------------------------------------------------
class _Inbox:
    """What the process has been asked and not yet done: a reopen, and the latest search."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._search: tuple | None = None
        self._reopen = self._closed = False

    def put(self, kind: str, number: int, request: Any) -> None:
        with self._changed:
            if kind == "reopen":
                self._reopen = True
            else:
                self._search = (number, request)
            self._changed.notify()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify()

    def has_search(self) -> bool:
        with self._changed:
            return self._search is not None

    def take(self) -> tuple[str, int, Any]:
        """The next thing to do: ("stop", ...), ("reopen", ...) or ("search", number, request)."""
        with self._changed:
            self._changed.wait_for(lambda: self._closed or self._reopen or self._search)
            if self._closed:
                return "stop", 0, None
            if self._reopen:
                self._reopen = False
                return "reopen", 0, None
            (number, request), self._search = self._search, None
            return "search", number, request


def serve() -> None:
    """The process: read the spec, open the engine, answer until the input closes."""
    requests = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb")
    silence = os.open(os.devnull, os.O_WRONLY)
    os.dup2(silence, 1)  # a stray print must not corrupt the replies
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    try:
        open_engine, answer = pickle.load(requests)
    except Exception:  # noqa: BLE001 - nothing to serve
        return
    reply = _Replier(answers)
    _yield_to_the_caller()
    engine = _opened(open_engine, reply)
    if engine is None:
        return
    inbox = _Inbox()
    threading.Thread(target=_read, args=(requests, inbox), daemon=True).start()
    reply(Reply("ready"))
    _warm(engine, inbox)
    while True:
        kind, number, request = inbox.take()
        if kind == "stop":
            return
        if kind == "reopen":
            _close(engine)
            engine = _opened(open_engine, reply)
            if engine is None:
                return
            _warm(engine, inbox)
            continue
        try:
            answered = Reply("answer", number, answer(engine, request))
        except Exception as error:  # noqa: BLE001 - the caller shows it in one line
            answered = Reply("error", number, _one_line(error))
        if not inbox.has_search():  # else a newer request came meanwhile: the caller drops
            reply(answered)         # this answer, so it is neither pickled nor read


def _warm(engine: Any, inbox: _Inbox) -> None:
    """Let the engine read what its searches share (`warm()`, if it has one) unless a search
    is already waiting (which reads it anyway)."""
    warm = getattr(engine, "warm", None)
    if warm is None or inbox.has_search():
        return
    try:
        warm()
    except Exception:  # noqa: BLE001 - only an optimisation: the first search reads it
        pass


def _yield_to_the_caller() -> None:
    """Run below the caller's priority: on a busy machine (more runnable processes than
    cores) the scheduler then gives the caller's drawing the CPU before a search."""
    try:
        os.nice(niceness())
    except (AttributeError, OSError):  # not on this system: the same priority
        pass


def niceness() -> int:
    """`NICENESS`, or the whole number `GSOMIA_TUI_SEARCH_NICE` gives (a benchmark's variant)."""
    given = os.environ.get(NICENESS_ENV, "")
    return int(given) if given.strip().lstrip("-").isdigit() else NICENESS


class _Replier:
    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def __call__(self, reply: Reply) -> None:
        pickle.dump(reply, self.stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.stream.flush()


def _opened(open_engine: Callable[[], Any], reply: _Replier) -> Any:
    try:
        engine = open_engine()
    except Exception as error:  # noqa: BLE001 - the caller searches in its own process
        reply(Reply("ended", value=f"it could not open the articles: {_one_line(error)}"))
        return None
    if hasattr(engine, "on_notice"):  # told when a read forced a rebuild
        engine.on_notice = lambda notice: reply(Reply("notice", value=notice))
    return engine


def _one_line(error: Exception) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


def _close(engine: Any) -> None:
    try:
        engine.close()
    except Exception:  # noqa: BLE001 - the old engine is dropped either way
        pass


def _read(requests: IO[bytes], inbox: _Inbox) -> None:
    while True:
        try:
            kind, number, request = pickle.load(requests)
        except Exception:  # noqa: BLE001 - the caller is gone (end of file) or stopped us
            inbox.close()
            return
        inbox.put(kind, number, request)
