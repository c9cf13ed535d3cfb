"""Functions the search-process tests hand to `index.search_service` (imported by name in the
child process, so they live in a module of their own, found through PYTHONPATH)."""

from __future__ import annotations

import time

ANSWERED: list[str] = []  # in the child: the requests it answered, in order


class Engine:
    def close(self) -> None:
        pass


def open_engine() -> Engine:
    return Engine()


def open_nothing() -> Engine:
    raise FileNotFoundError("no index at /nowhere")


def slow_answer(engine: Engine, request: str) -> tuple[str, list[str]]:
    """Each answer takes 0.4 s; says which requests the process has answered so far."""
    time.sleep(0.4)
    ANSWERED.append(request)
    return request, list(ANSWERED)


def failing_answer(engine: Engine, request: str) -> str:
    raise ValueError(f"cannot read {request!r}\nsecond line")


def answer_after_a_while(engine: Engine, request: str) -> str:
    """Sleeps 30 s, then leaves a file named `request`: proof the search was not cut short."""
    time.sleep(30)
    with open(request, "w", encoding="utf-8") as done:
        done.write("answered")
    return request
