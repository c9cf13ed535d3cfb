"""Off a terminal, a long job of the store (indexing, events, shared text, reading a library)
is named in one line on stderr as it starts, so that a log says what the minutes went to;
a short one says nothing."""

from __future__ import annotations

import explorer.cli.progress as progress


def off_terminal(monkeypatch):
    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: False, raising=False)


def test_a_long_job_is_named_once_as_it_starts(monkeypatch, capsys):
    off_terminal(monkeypatch)
    report = progress.store_progress("indexing")
    for done in range(0, 10_001, 2_500):
        report(done, 10_000)
    assert capsys.readouterr().err == "gsomia-tui: indexing (10,000 articles) ...\n"


def test_a_short_or_finished_job_says_nothing(monkeypatch, capsys):
    off_terminal(monkeypatch)
    short = progress.store_progress("indexing")
    for done in range(0, 21, 5):
        short(done, progress.LONG_JOB - 1)
    progress.store_progress("finding events in the new articles")(5_000, 5_000)  # told only its end
    assert capsys.readouterr().err == ""


def test_on_a_terminal_it_is_a_bar_not_a_line(monkeypatch, capsys):
    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: True, raising=False)
    shown = []

    class Bar:
        def __init__(self, label, total):
            shown.append((label, total))

        def __enter__(self):
            return lambda steps: shown.append(steps)

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(progress, "_bar", Bar)
    report = progress.store_progress("indexing")
    report(0, 10_000)
    report(10_000, 10_000)
    assert shown == [("indexing", 10_000), 0, 10_000]
    assert "gsomia-tui:" not in capsys.readouterr().err
