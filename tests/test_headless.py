"""The core never imports the drawing libraries: proven in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = ["corpus", "corpus.loader", "corpus.cleaning", "corpus.sanitize", "index",
                "index.search", "index.store", "index.query", "index.highlight", "index.describe",
                "index.spelling", "index.timeline", "index.mention_cache", "corpus.library",
                "corpus.formats", "corpus.metadata", "corpus.dates", "explorer.cli",
                "explorer.cli.commands", "explorer.cli.event_commands",
                "explorer.cli.library_commands", "index.citations", "index.export_formats", "index.trend", "index.shared_text", "index.overlap", "index.cache_file",
                "explorer.cli.compare_commands", "corpus.quotes", "corpus.speakers",
                "index.quote_groups",
                "explorer.cli.report_commands"]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_neither_textual_nor_rich(module):
    code = (f"import sys, {module}; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')); "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_whoosh_imports_without_warnings():
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c",
         "import whoosh.index, whoosh.qparser, whoosh.searching, index.search"],
        capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _explorer_imports(room: str) -> dict[str, set[str]]:
    """Each module of explorer/<room> with the explorer.* modules it imports (at any depth)."""
    import ast
    from pathlib import Path

    import explorer

    found = {}
    for path in (Path(explorer.__file__).parent / room).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        found[path.name] = {name for name in names if name.startswith("explorer")}
    return found


def test_the_cli_and_the_tui_keep_to_their_rooms():
    """Two faces of one core: the app never imports the CLI's modules, and the CLI reaches
    the app only to launch it (explorer/cli/main.py)."""
    tui = _explorer_imports("tui")
    cli = _explorer_imports("cli")
    assert tui and cli
    assert not {f: n for f, n in tui.items() if any(m.startswith("explorer.cli") for m in n)}
    launchers = {f: n for f, n in cli.items() if any(m.startswith("explorer.tui") for m in n)}
    assert launchers == {"main.py": {"explorer.tui.app", "explorer.cli.output",
                                     "explorer.cli.parser", "explorer.cli"}}
