"""The user's outlets.json, read strictly where a slip would mislead silently: an alias with no letters or
digits (it would name every rule line of "." or "-"), a domain written as an address (it never matched), a
"common_word" that is not true or false (it was read as false). Each is a one-line problem naming the file;
the bundled list is used meanwhile."""

from __future__ import annotations

import json

import pytest

from corpus.intake.outlets import _load, config_dir, outlets


def _user_file(tmp_path, entries) -> str:
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("entry, said", [
    ({"name": "Harbour Times", "aliases": ["."]}, "the alias '.' has no letters or digits"),
    ({"name": "Harbour Times", "aliases": ["HT", " – "]}, "has no letters or digits"),
    ({"name": "Harbour Times", "common_word": "yes"}, '"common_word" must be true or false'),
    ({"name": "Harbour Times", "domains": ["harbour times"]}, "is not a domain"),
])
def test_a_misleading_entry_is_a_problem_naming_the_file(tmp_path, entry, said):
    directory = _load(_user_file(tmp_path, [entry]))
    assert directory.problem and said in directory.problem
    assert str(tmp_path / "outlets.json") in directory.problem and "\n" not in directory.problem
    assert directory.named("Harbour Times") is None and directory.named("Reuters") == "Reuters"


@pytest.mark.parametrize("written", ["https://www.harbourtimes.example/news/", "harbourtimes.example",
                                     "WWW.HarbourTimes.example", "http://harbourtimes.example:8080"])
def test_a_domain_written_as_an_address_is_read_as_its_host(tmp_path, written):
    directory = _load(_user_file(tmp_path, [{"name": "Harbour Times", "domains": [written]}]))
    assert directory.problem is None
    assert directory.at_host("harbourtimes.example") == "Harbour Times"


def test_good_entries_are_read_as_before(tmp_path):
    directory = _load(_user_file(tmp_path, [{"name": "Harbour Times", "aliases": ["東港時報", "HT News"],
                                             "common_word": False}]))
    assert directory.problem is None
    assert directory.named("東港時報") == "Harbour Times" and directory.named("HT News") == "Harbour Times"


def test_the_config_directory_follows_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_CONFIG", str(tmp_path / "mine"))
    assert config_dir() == tmp_path / "mine"
    (tmp_path / "mine").mkdir()
    _user_file(tmp_path / "mine", [{"name": "Harbour Times", "aliases": ["-"]}])
    assert "no letters or digits" in outlets().problem
