"""Regular expressions whose compiled form is kept between processes.

Building the matcher of one of the intake's largest patterns costs more than a whole one-article
`gsomia-tui add` otherwise does, and a command builds ~600-1,000 of them; the result depends only
on the pattern, its flags and the regular-expression engine. `compile(pattern, flags)` keeps what
CPython's `re._compiler.compile` hands to `_sre.compile` (the code list, the groups and their
names) in one file and, in a later process, builds the pattern from that file without parsing it
again; `install()` (called by `gsomia-tui`'s `main`) puts it in the place of
`re._compiler.compile`, so that every module's `re.compile` goes through it unchanged.

The file is the user's cache directory's `regex-cache.json` (platformdirs; `$GSOMIA_TUI_REGEX_CACHE`
names another file, `off` turns it off): it is the engine's derived data, the same for every
library, and no library's folder need be writable. It is used only by the CPython that wrote it
(its version, `_sre.MAGIC` and `_sre.CODESIZE` are in it), its payload's sha256 is checked before
any use, each entry is found by the sha256 of its pattern and flags, and it holds plain data (JSON;
the code as base64 of 4-byte words). Whatever goes wrong (a missing internal, a truncated, foreign
or hostile file, a read-only place) this module compiles with `re.compile` and says nothing.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
import time
from array import array
from pathlib import Path

CACHE_ENV = "GSOMIA_TUI_REGEX_CACHE"
FORMAT = 1
MAX_FILE_BYTES = 48 * 1024 * 1024
MAX_ENTRIES = 5000
# Kept: the patterns that take longer to build than to read back. ~330 of the ~1,050 patterns of a
# one-article add, 0.43 of their 0.52 CPU s; the rest, and a pattern made anew in each process
# (a query's, one built from a set in hash order), are built as usual.
MIN_KEPT_CPU_S = 0.0003
_TEMPLATE_FLAG = 1  # re.TEMPLATE (deprecated; named here so that nothing warns)
_PLAIN_ONLY_FLAGS = re.DEBUG | _TEMPLATE_FLAG
# The Pythons whose `re._compiler.compile` was read and found to be what `compile_with_entry` does
# (3.11.7, 3.12.1 and 3.13.0: the same function); on any other, `install` leaves `re` as it is.
VERIFIED_PYTHONS = ((3, 11), (3, 12), (3, 13))


def install() -> None:
    """Has this process's `re.compile` (and `re.search(text_pattern, ...)` and the like) build
    text patterns through the cache: `re` asks `re._compiler.compile` for every pattern it has
    not memoised yet, and this module's `compile` does what that does."""
    global _plain_compile
    if sys.version_info[:2] not in VERIFIED_PYTHONS:
        return
    try:
        from re import _compiler

        with _setup_lock:
            if _plain_compile is None and _compiler.compile is not compile:
                _plain_compile, _compiler.compile = _compiler.compile, compile
    except Exception:
        pass


def compile(pattern, flags: int = 0) -> re.Pattern:  # noqa: A001 (as re._compiler.compile)
    """What `re._compiler.compile(pattern, flags)` returns, built from the cache when it holds
    the pattern."""
    if isinstance(pattern, str) and not int(flags) & _PLAIN_ONLY_FLAGS:
        try:
            cache = _cache()
            if cache is not None:
                return cache.compiled(pattern, int(flags))
        except Exception:
            pass
    return (_plain_compile or _RE_OWN_COMPILE)(pattern, flags)


def cache_path() -> Path | None:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return None if configured.strip().lower() == "off" else Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("gsomia-tui")) / "regex-cache.json"


def engine_key() -> list:
    """What the code lists are valid for (raises when an internal is missing)."""
    import _sre

    if sys.implementation.name != "cpython" or array("I").itemsize != _sre.CODESIZE:
        raise RuntimeError("no cache for this engine")
    return [list(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE]


def entry_key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


class PatternCache:
    """The entries of one file, read when first needed, written back at exit if any was added."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.engine = engine_key()
        self.entries = read_entries(path, self.engine) if path else {}
        self.added = 0

    def compiled(self, pattern: str, flags: int) -> re.Pattern:
        key = entry_key(pattern, flags)
        entry = self.entries.pop(key, None)
        if entry is not None:
            try:
                built = pattern_from_entry(pattern, entry)
                self.entries[key] = entry  # (now the newest: the oldest go first when the file is full)
                return built
            except Exception:
                pass
        started = time.thread_time()
        built, entry = compile_with_entry(pattern, flags)
        if time.thread_time() - started >= MIN_KEPT_CPU_S:
            entry[-1] = base64.b64encode(array("I", entry[-1]).tobytes()).decode("ascii")
            self.entries[key] = entry
            self.added += 1
        return built

    def write(self) -> None:
        if self.added and self.path is not None:
            try:  # (a thread may still add one meanwhile: then nothing is written)
                write_entries(self.path, self.engine, dict(self.entries))
            except Exception:
                pass


def compile_with_entry(pattern: str, flags: int) -> tuple[re.Pattern, list]:
    """What `re._compiler.compile` (CPython 3.11 to 3.13) does, with the arguments it gives `_sre.compile`
    as the cache's entry (the code as a list)."""
    import _sre
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = [flags | parsed.state.flags, parsed.state.groups, dict(groupindex), indexgroup, code]
    return _sre.compile(pattern, entry[0], code, entry[1] - 1, groupindex, tuple(indexgroup)), entry


def pattern_from_entry(pattern: str, entry: list) -> re.Pattern:
    import _sre

    final_flags, groups, groupindex, indexgroup, encoded = entry
    if not (type(final_flags) is int and type(groups) is int and type(encoded) is str
            and _plain_group_names(groupindex, indexgroup, groups)):
        raise ValueError("malformed entry")
    code = array("I")
    code.frombytes(base64.b64decode(encoded, validate=True))
    return _sre.compile(pattern, final_flags, code.tolist(), groups - 1, groupindex, tuple(indexgroup))


def _plain_group_names(groupindex, indexgroup, groups: int) -> bool:
    return (type(groupindex) is dict and type(indexgroup) is list and len(indexgroup) == groups
            and all(type(name) is str and type(index) is int for name, index in groupindex.items())
            and all(name is None or type(name) is str for name in indexgroup))


def read_entries(path: Path, engine: list) -> dict:
    """The file's entries, or none when it is missing, too big, foreign or damaged."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
        header_line, _, payload = data.partition(b"\n")
        header = json.loads(header_line)
        if (len(data) > MAX_FILE_BYTES or header.get("format") != FORMAT
                or header.get("engine") != engine
                or header.get("sha256") != hashlib.sha256(payload).hexdigest()):
            return {}
        entries = json.loads(payload)
        return entries if isinstance(entries, dict) else {}
    except Exception:
        return {}


def write_entries(path: Path, engine: list, entries: dict) -> None:
    """The newest entries that fit the bounds, written to a temporary file then put in place."""
    kept = dict(list(entries.items())[-MAX_ENTRIES:])
    payload = json.dumps(kept, separators=(",", ":")).encode("ascii")
    while len(payload) > MAX_FILE_BYTES - 1024 and kept:
        kept = dict(list(kept.items())[len(kept) // 4 + 1:])  # (the oldest quarter dropped)
        payload = json.dumps(kept, separators=(",", ":")).encode("ascii")
    header = {"format": FORMAT, "engine": engine, "sha256": hashlib.sha256(payload).hexdigest()}
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".regex-cache-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(json.dumps(header).encode("ascii") + b"\n" + payload)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


_plain_compile = None  # re._compiler.compile, once `install` has put `compile` in its place


def _re_own_compile():
    """`re._compiler.compile` as this module found it on import (before any `install`), or `re.compile`
    where there is none (Python 3.10: `install` changes nothing there)."""
    try:
        from re import _compiler

        return _compiler.compile
    except Exception:
        return re.compile


_RE_OWN_COMPILE = _re_own_compile()
_the_cache: PatternCache | None = None
_cache_made = False
_setup_lock = threading.RLock()  # (re-entered when making the cache imports a module that compiles)


def _cache() -> PatternCache | None:
    """The process's cache, made once; none when it is turned off or cannot be used here."""
    global _the_cache, _cache_made
    with _setup_lock:
        if not _cache_made:
            _cache_made = True
            path = cache_path()
            _the_cache = PatternCache(path) if path is not None else None
            if _the_cache is not None:
                atexit.register(_the_cache.write)
    return _the_cache
