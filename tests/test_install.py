"""Issue 12: the README's two commands are what CI runs, a reader that cannot work skips only its
file, and the command says which version it is."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from explorer.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _load_ci_module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / ".ci" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ci_runs_the_readme_commands_as_written():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install_and_run, install_and_test = _load_ci_module("readme_commands").newcomer_commands(readme)
    # the newcomer's two commands, each from a fresh venv, with the pip `python3 -m venv` ships
    assert install_and_run.startswith("python3 -m venv .venv && . .venv/bin/activate && ")
    assert install_and_run.endswith("pip install . && gsomia-tui")
    assert install_and_test.startswith("python3 -m venv .venv && . .venv/bin/activate && ")
    assert install_and_test.endswith("pip install -e '.[test]' && python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = [line.strip() for line in ci.splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    # CI installs nothing of its own: no pip, no venv; it runs what the README says
    assert not [s for s in steps if re.search(r"\bpip\b|-m venv|--upgrade", s)], steps
    assert "python3 .ci/readme_commands.py README.md" in ci
    assert 'python3 .ci/in_terminal.py "${newcomer[0]}"' in steps
    assert 'bash -c "${newcomer[1]}"' in steps
    assert steps.index("rm -rf .venv") < steps.index('python3 .ci/in_terminal.py "${newcomer[0]}"')


def test_the_readme_block_must_hold_exactly_two_commands():
    extract = _load_ci_module("readme_commands").newcomer_commands
    with pytest.raises(SystemExit, match="3 commands"):
        extract("```sh\n# a\none\ntwo\nthree\n```\n")
    with pytest.raises(SystemExit, match="no ```sh block"):
        extract("# nothing here\n")
    assert extract("text\n```sh\n# comment\n one \n\ntwo\n```\n```sh\nthree\n```") == ["one", "two"]


def test_in_terminal_reports_the_explorer_status(tmp_path):
    runner = str(ROOT / ".ci" / "in_terminal.py")
    drew_and_failed = subprocess.run(
        [sys.executable, runner, r"printf '\033[?1049h'; sleep 2.5; exit 3"],
        capture_output=True, text=True, timeout=60)
    assert drew_and_failed.returncode == 3
    never_drew = subprocess.run([sys.executable, runner, "echo installing; false"],
                                capture_output=True, text=True, timeout=60)
    assert never_drew.returncode == 1
    assert "before the explorer appeared" in never_drew.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"gsomia-tui {version('gsomia-tui')}"


def test_every_dependency_the_html_path_imports_is_installed():
    import trafilatura

    page = "<html><body><article>" + "<p>Seoul and Tokyo signed the pact today.</p>" * 20
    assert "signed the pact" in trafilatura.extract(page + "</article></body></html>")


def _folder_with_html_and_text(tmp_path: Path) -> Path:
    folder = tmp_path / "clippings"
    folder.mkdir()
    (folder / "page.html").write_bytes((FIXTURES / "japan_times.html").read_bytes())
    (folder / "story.txt").write_bytes((FIXTURES / "latin1.txt").read_bytes())
    return folder


def test_a_missing_library_skips_only_its_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` now fails
    assert main(["add", str(_folder_with_html_and_text(tmp_path))]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "1 added, 0 duplicates, 1 skipped" in err
    skip = next(line for line in err.splitlines() if "page.html" in line)
    assert "a library needed to read it is missing" in skip and "pip install ." in skip


def test_an_unexpected_failure_skips_only_its_file(tmp_path, monkeypatch, capsys):
    import corpus.library as library

    real = library.describe_received

    def fails_on_html(received, *args, **kwargs):
        if received.format == "html":
            raise RuntimeError("boom\nsecond line")
        return real(received, *args, **kwargs)

    monkeypatch.setattr(library, "describe_received", fails_on_html)
    assert main(["add", str(_folder_with_html_and_text(tmp_path))]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "1 added" in err
    skip = next(line for line in err.splitlines() if "page.html" in line)
    assert "could not be read (RuntimeError: boom second line)" in skip
