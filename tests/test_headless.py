"""The core never imports the drawing libraries: proven in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = ["corpus", "corpus.loader", "corpus.cleaning", "corpus.sanitize", "index",
                "index.search", "index.store", "index.query", "index.highlight", "index.describe",
                "index.spelling", "index.timeline", "index.mention_cache", "corpus.library",
                "corpus.formats", "corpus.metadata", "corpus.dates", "explorer.cli"]


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
