"""The README's "What each outlet added" examples are the commands' real output."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

from explorer.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def examples() -> list[tuple[str, list[str]]]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## What each outlet added"):text.index("## Your own articles")]
    found = []
    for block in re.findall(r"```console\n(.*?)```", section, re.S):
        for command, output in re.findall(r"^\$ gsomia-tui (.*)\n((?:(?!\$ ).*\n)*)", block, re.M):
            found.append((command, output.rstrip("\n").split("\n")))
    return found


def test_the_section_has_an_example_of_every_command():
    commands = {command.split()[0] for command, _ in examples()}
    assert commands == {"export", "trend", "overlap", "quotes"}


@pytest.mark.parametrize("command,expected", examples(), ids=[c for c, _ in examples()])
def test_each_example_is_the_real_output(command, expected, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: "--csv" not in command and
                        command.startswith("trend"))  # the bars are what a terminal shows
    main(shlex.split(command))
    lines = capsys.readouterr().out.rstrip("\n").splitlines()  # CSV ends lines with CRLF
    shown = [line for line in expected if line != "\u2026"]
    for line in shown:
        if line.endswith("\u2026"):  # shortened in the README
            assert any(real.startswith(line[:-1].rstrip()) for real in lines), line
        else:
            assert line in lines, line
    if not any("\u2026" in line for line in expected):
        assert lines == expected
