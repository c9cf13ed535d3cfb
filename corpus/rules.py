"""The version of the rules that derive a stored article from its raw text.

Computed from the source of every module of corpus/ that takes part (cleaning, metadata,
dates, ...) and its data files, so a change to any of them reaches the article store on the
next open without anyone remembering to bump a number. Kept apart from the rules themselves:
reading the version must not import them (the date patterns alone take 120 ms to compile).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# Bump by hand for a change the module sources do not show (a data file, a dependency).
RULES_EDITION = 1
# Bump when the rules that find outlet, date and headline change: the articles added before
# are then read again once (`corpus.edits.refresh_once`), by the next command that opens the
# library. Kept here, not in corpus/edits.py, so that checking it costs no import of the rules.
INTAKE_VERSION = 161
# Files of corpus/ that play no part in deriving a stored article from its raw text (every
# other module and data file of the package does, or may: it is safer to re-derive).
# (events.json takes part: a dateline without a year may take it from a listed event.)
_NOT_RULES = {"__init__.py", "article_store.py", "store_schema.py", "store_sync.py", "bulk.py",
              "finding.py", "formats.py", "interrupts.py", "json_stream.py", "library.py",
              "library_lock.py", "rules.py", "web_archives.py",
              "compiled_patterns.py"}  # (builds the very patterns re.compile builds)


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Changes whenever the derivation rules' code does."""
    digest = hashlib.sha256(f"edition-{RULES_EDITION}".encode())
    folder = Path(__file__).parent
    sources = sorted(folder.rglob("*.py")) + sorted(folder.glob("*.json"))
    for path in sources:
        if path.name not in _NOT_RULES:
            digest.update(path.name.encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()[:16]
