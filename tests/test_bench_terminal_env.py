"""The environment the benchmarks start the explorer in (`bench.tui_common.terminal_env`): the
benchmark's own index and data directories, none of the caller's explorer or Textual settings,
and the caller's regex cache kept, so that a run from the tests never writes the user's cache."""

from __future__ import annotations

from pathlib import Path

from bench.tui_common import terminal_env


def test_the_callers_regex_cache_passes_through_and_other_settings_do_not(monkeypatch, tmp_path):
    monkeypatch.setenv("GSOMIA_TUI_REGEX_CACHE", str(tmp_path / "regex-cache.json"))
    monkeypatch.setenv("GSOMIA_TUI_INDEX", "/somewhere/else")
    monkeypatch.setenv("GSOMIA_TUI_THEME", "bright")
    monkeypatch.setenv("TEXTUAL_DRIVER", "headless")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = terminal_env(Path("/bench/index"), Path("/bench/data"))
    assert env["GSOMIA_TUI_REGEX_CACHE"] == str(tmp_path / "regex-cache.json")
    assert (env["GSOMIA_TUI_INDEX"], env["GSOMIA_TUI_DATA"]) == ("/bench/index", "/bench/data")
    assert not {"GSOMIA_TUI_THEME", "TEXTUAL_DRIVER", "PYTHONDONTWRITEBYTECODE"} & env.keys()


def test_without_a_regex_cache_set_none_is_invented(monkeypatch):
    monkeypatch.delenv("GSOMIA_TUI_REGEX_CACHE", raising=False)
    assert "GSOMIA_TUI_REGEX_CACHE" not in terminal_env(Path("/i"), Path("/d"))
