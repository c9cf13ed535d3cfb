"""perf30: a pattern built from the kept compiled form is the pattern `re.compile` builds; a damaged, foreign,
oversized or unwritable cache file means compiling as usual, silently; a second process finds the first's patterns."""

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import compiled_patterns
from corpus.compiled_patterns import CACHE_ENV, PatternCache

_PATTERNS = (
    (r"(?P<day>\d{1,2})\s+(?P<month>Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+(?P<year>\d{4}))?", 0),
    (r"(?<![\w-])(?:sign(?:ed|s)?|inks?|seal(?:ed)?)(?![\w-])", re.IGNORECASE),
    (r"^\s*(?:SEOUL|TOKYO)\b.*?--\s*$", re.MULTILINE | re.DOTALL),
    (r"""(?x) ( [A-Z][a-z]+ ) \s+ (?: said | told ) # a speaker
         (?(1) \b | (?!) )""", 0),
    (r"군사정보보호협정|軍事情報包括保護協定|GSOMIA|ſign|\u0130stanbul", re.IGNORECASE),
    ("|".join(f"word{number}x" for number in range(3000)), re.IGNORECASE),
)
_TEXTS = (
    "SEOUL, 23 Nov. 2016 -- South Korea and Japan signed the GSOMIA pact.\nTOKYO -- \n",
    "Officials SIGNED it; Kim said the seal was inked on 4 December. ſign İSTANBUL word2999X",
    "군사정보보호협정 체결 軍事情報包括保護協定 " * 3 + "x" * 500,
    "",
)


@pytest.fixture(autouse=True)
def every_pattern_kept(monkeypatch):
    """(Here every pattern is kept, however quickly it is built; not so in the test of that bound.)"""
    monkeypatch.setattr(compiled_patterns, "MIN_KEPT_CPU_S", 0.0)


def _behaviour(pattern: re.Pattern) -> list:
    found = [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)]
    for text in _TEXTS:
        found.append([(match.span(), match.groups(), match.groupdict()) for match in pattern.finditer(text)])
        found.append([pattern.sub("#", text), pattern.split(text)])
    return found


def _filled_cache(path: Path) -> None:
    cache = PatternCache(path)
    for pattern, flags in _PATTERNS:
        cache.compiled(pattern, flags)
    cache.write()


def _assert_compiles_as_re_does(cache: PatternCache) -> None:
    for pattern, flags in _PATTERNS:
        built, expected = cache.compiled(pattern, flags), re.compile(pattern, flags)
        assert built == expected  # (a pattern's equality compares its compiled code)
        assert _behaviour(built) == _behaviour(expected)


def test_a_pattern_read_back_from_the_file_is_the_one_re_compile_builds(tmp_path):
    path = tmp_path / "regex-cache.json"
    _filled_cache(path)
    again = PatternCache(path)
    assert len(again.entries) == len(_PATTERNS)
    _assert_compiles_as_re_does(again)
    assert again.added == 0  # every one built from the file


def test_the_module_compile_gives_re_compiles_pattern_and_keeps_it(tmp_path, monkeypatch):
    path = tmp_path / "kept.json"
    monkeypatch.setenv(CACHE_ENV, str(path))
    monkeypatch.setattr(compiled_patterns, "_cache_made", False)
    monkeypatch.setattr(compiled_patterns, "_the_cache", None)
    for pattern, flags in _PATTERNS:
        assert compiled_patterns.compile(pattern, re.RegexFlag(flags)) == re.compile(pattern, flags)
    compiled_patterns._the_cache.write()
    assert len(PatternCache(path).entries) == len(_PATTERNS)


def _damaged_files(good: bytes) -> dict:
    header, payload = good.split(b"\n", 1)
    entries = json.loads(payload)
    key = next(iter(entries))
    garbage_code = dict(entries, **{key: entries[key][:4] + ["AAAAAAAAAAAAAAAA"]})
    wrong_shape = dict(entries, **{key: [0, "1", {}, [], ""]})

    def signed(entries: dict) -> bytes:  # a hostile file whose checksum holds
        body = json.dumps(entries).encode()
        top = dict(json.loads(header), sha256=hashlib.sha256(body).hexdigest())
        return json.dumps(top).encode() + b"\n" + body

    return {"empty": b"", "truncated": good[: len(good) // 2], "random": os.urandom(5000),
            "payload changed": good[:-40] + b"0" + good[-39:], "not json": b"{\n[[[",
            "header only": header + b"\n", "signed garbage code": signed(garbage_code),
            "signed wrong shape": signed(wrong_shape), "signed list": signed([1, 2])}


def test_a_damaged_truncated_or_hostile_file_means_compiling_as_usual(tmp_path):
    path = tmp_path / "regex-cache.json"
    _filled_cache(path)
    for name, content in _damaged_files(path.read_bytes()).items():
        damaged = tmp_path / f"{name}.json"
        damaged.write_bytes(content)
        cache = PatternCache(damaged)
        _assert_compiles_as_re_does(cache)
        assert cache.added >= 1, name


def test_a_file_of_another_python_or_engine_is_not_used(tmp_path):
    path = tmp_path / "regex-cache.json"
    _filled_cache(path)
    header, payload = path.read_bytes().split(b"\n", 1)
    for engine in ([[3, 10, 12], 20171005, 4], [list(sys.version_info[:3]), 1, 4], None):
        foreign = tmp_path / "foreign.json"
        foreign.write_bytes(json.dumps(dict(json.loads(header), engine=engine)).encode() + b"\n" + payload)
        cache = PatternCache(foreign)
        assert cache.entries == {}
        _assert_compiles_as_re_does(cache)


def test_a_missing_internal_falls_back_to_re_compile(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "never.json"))
    monkeypatch.setattr(compiled_patterns, "_cache_made", False)
    monkeypatch.setattr(compiled_patterns, "_the_cache", None)
    import _sre

    monkeypatch.delattr(_sre, "MAGIC")
    for pattern, flags in _PATTERNS:
        assert compiled_patterns.compile(pattern, flags) == re.compile(pattern, flags)
    assert compiled_patterns._the_cache is None


def test_an_unwritable_place_and_an_oversized_file_mean_compiling_as_usual(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    unwritable = PatternCache(blocker / "regex-cache.json")
    _assert_compiles_as_re_does(unwritable)
    unwritable.write()  # (silently nothing)
    assert blocker.read_text() == "not a folder"
    path = tmp_path / "regex-cache.json"
    _filled_cache(path)
    monkeypatch.setattr(compiled_patterns, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert PatternCache(path).entries == {}


def test_the_file_keeps_only_the_newest_entries_within_its_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled_patterns, "MAX_ENTRIES", 2)
    path = tmp_path / "regex-cache.json"
    _filled_cache(path)
    kept = PatternCache(path)
    assert len(kept.entries) == 2
    kept.compiled(*_PATTERNS[-1])
    kept.compiled(*_PATTERNS[-2])
    assert kept.added == 0
    kept.compiled(*_PATTERNS[0])
    assert kept.added == 1
    kept.write()  # the one used last before the new one stays, the other goes
    assert set(PatternCache(path).entries) == {compiled_patterns.entry_key(*_PATTERNS[index]) for index in (-2, 0)}


def test_only_a_pattern_slower_to_build_than_to_read_back_is_kept(tmp_path, monkeypatch):
    # The thresholds stand far from any build time (a loaded machine made a ~0.05 ms build take 0.3 ms of CPU).
    cache = PatternCache(tmp_path / "regex-cache.json")
    cheap, costly = _PATTERNS[0], _PATTERNS[-1]  # (~0.05 ms and ~10 ms to build)
    monkeypatch.setattr(compiled_patterns, "MIN_KEPT_CPU_S", 1.0)
    assert cache.compiled(*cheap) == re.compile(*cheap)
    assert cache.added == 0 and cache.entries == {}
    monkeypatch.setattr(compiled_patterns, "MIN_KEPT_CPU_S", 0.0)
    assert cache.compiled(*costly) == re.compile(*costly)
    assert cache.added == 1 and len(cache.entries) == 1


def test_off_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "off")
    monkeypatch.setattr(compiled_patterns, "_cache_made", False)
    monkeypatch.setattr(compiled_patterns, "_the_cache", None)
    assert compiled_patterns.compile(*_PATTERNS[0]) == re.compile(*_PATTERNS[0])
    assert compiled_patterns._the_cache is None


_SECOND_PROCESS = """
import re, sys
from corpus import compiled_patterns
pattern = compiled_patterns.compile(sys.argv[1], re.IGNORECASE)
assert pattern == re.compile(sys.argv[1], re.IGNORECASE)
print(compiled_patterns._the_cache.added)
"""


def test_a_second_process_builds_the_pattern_from_the_first_ones_file(tmp_path):
    path = tmp_path / "regex-cache.json"
    env = dict(os.environ, **{CACHE_ENV: str(path)})
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")])
    pattern = "|".join(f"second{number}process" for number in range(500))

    def added() -> int:
        done = subprocess.run([sys.executable, "-c", _SECOND_PROCESS, pattern], env=env,
                              capture_output=True, text=True, check=True)
        return int(done.stdout)

    assert added() == 1
    assert path.exists()
    assert added() == 0


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """`install()` in this process, undone after the test."""
    import re._compiler

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "installed.json"))
    monkeypatch.setattr(compiled_patterns, "_cache_made", False)
    monkeypatch.setattr(compiled_patterns, "_the_cache", None)
    # (the CLI's tests may have installed it in this process before: start from re's own compile)
    plain = compiled_patterns._plain_compile or re._compiler.compile
    monkeypatch.setattr(compiled_patterns, "_plain_compile", None)
    monkeypatch.setattr(re._compiler, "compile", plain)
    compiled_patterns.install()
    compiled_patterns.install()  # (a second call changes nothing)
    assert compiled_patterns._plain_compile is plain
    yield plain


def test_once_installed_re_compile_builds_text_patterns_through_the_cache(installed):
    unique = f"installed{os.getpid()}(?P<n>\\d+)|nothing"
    pattern = re.compile(unique, re.IGNORECASE)
    assert compiled_patterns._the_cache.added == 1
    assert pattern == installed(unique, re.IGNORECASE) and pattern.search(f"INSTALLED{os.getpid()}7x").group("n") == "7"
    assert re.compile(unique.encode()).search(b"nothing")  # (bytes: compiled as usual, not kept)
    assert compiled_patterns._the_cache.added == 1
    with pytest.raises(re.error, match="missing \\)"):
        re.compile(f"unbalanced{os.getpid()}(")


def test_the_command_line_builds_its_patterns_through_the_cache(tmp_path, monkeypatch, capsys):
    import re._compiler

    from explorer.cli import main

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cli.json"))
    monkeypatch.setattr(compiled_patterns, "_plain_compile", None)
    monkeypatch.setattr(re._compiler, "compile", re._compiler.compile)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert re._compiler.compile is compiled_patterns.compile


def test_on_a_python_whose_compiler_was_not_read_re_is_left_as_it_is(monkeypatch):
    import re._compiler

    monkeypatch.setattr(compiled_patterns, "VERIFIED_PYTHONS", ())
    monkeypatch.setattr(compiled_patterns, "_plain_compile", None)
    monkeypatch.setattr(re._compiler, "compile", re._compiler.compile)
    plain = re._compiler.compile
    compiled_patterns.install()
    assert re._compiler.compile is plain and compiled_patterns._plain_compile is None


def test_installed_twice_across_a_reset_it_never_calls_itself(monkeypatch):
    """The process had it installed; its record of re's own compile was lost (a reload, a test's reset):
    installing again must not take itself for re's own compile (every compile would recurse)."""
    import re._compiler

    plain = compiled_patterns._plain_compile or re._compiler.compile
    monkeypatch.setattr(compiled_patterns, "_plain_compile", None)
    monkeypatch.setattr(re._compiler, "compile", plain)
    compiled_patterns.install()
    monkeypatch.setattr(compiled_patterns, "_plain_compile", None)
    compiled_patterns.install()
    assert compiled_patterns._plain_compile is not compiled_patterns.compile
    assert re.compile(f"never{os.getpid()}(recursing)".encode()).search(b"neverrecursing") is None
