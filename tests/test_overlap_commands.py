"""Shared text through the commands: the first `add` builds the store, later ones and `remove`
bring it up to date article by article (never building it whole again), and
`search --fold-copies` folds syndicated copies."""

from __future__ import annotations

import json

import pytest

from explorer.cli import main
from index import overlap_store

WIRE = ("Defense Minister Han Min-koo and Ambassador Yasumasa Nagamine signed the Kwangju "
        "intelligence accord at a closed ceremony in the ministry building on Wednesday. "
        "The accord allows both militaries to swap classified data on ballistic launches and "
        "submarine movements without routing it through Washington first.")
COPY = WIRE.replace("Defense", "Defence").replace("Han Min-koo", "Han Min Koo")


def add(tmp_path, capsys, name: str, text: str, outlet: str, date: str) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"Kwangju accord, {name}\n\n{text}\n", encoding="utf-8")
    assert main(["add", str(path), "--outlet", outlet, "--date", date]) == 0
    out = capsys.readouterr().out
    return out.split()[1]  # "added <id> ..."


def store_file():
    from index.store import default_index_root, index_location

    return index_location(default_index_root()) / overlap_store.STORE_FILE


def store_in_step() -> bool:
    """Is the store beside the index already in step with the library (no command since)?"""
    from corpus.store_sync import open_library

    assert store_file().exists()
    with overlap_store.OverlapStore(store_file()) as store:
        return store.in_step(open_library())


def search_lines(capsys, *options: str) -> list[str]:
    assert main(["search", "Kwangju", *options]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.fixture
def never_built_whole(monkeypatch):
    def refuse(*_args):
        raise AssertionError("the store was built whole")

    return lambda: monkeypatch.setattr(overlap_store.OverlapStore, "_build", refuse)


def test_add_and_remove_keep_the_store_in_step_and_search_folds_copies(
        tmp_path, capsys, never_built_whole):
    wire = add(tmp_path, capsys, "wire", WIRE, "Yonhap", "2016-11-23")
    assert store_file().exists()  # the first add built it
    never_built_whole()
    first = add(tmp_path, capsys, "first", COPY, "The Korea Times", "2016-11-24")
    assert store_in_step()
    assert main(["overlap", first]) == 0
    assert "Yonhap" in capsys.readouterr().out
    second = add(tmp_path, capsys, "second", "SEOUL (Yonhap) -- " + COPY, "[/]Herald",
                 "2016-11-25")
    assert store_in_step()  # brought up to date by the add itself
    lines = search_lines(capsys, "--fold-copies")
    assert len(lines) == 1 and lines[0].startswith(wire)
    assert "\tYonhap +2 copies\t" in lines[0]
    assert len(search_lines(capsys)) == 3  # without the option: every hit
    assert main(["search", "Kwangju", "--fold-copies", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {c[:8] for c in record["copies"]} == {first, second}
    assert main(["remove", second]) == 0
    capsys.readouterr()
    assert store_in_step()
    lines = search_lines(capsys, "--fold-copies")
    assert "\tYonhap +1 copy\t" in lines[0]
    assert main(["overlap", first]) == 0
    out = capsys.readouterr().out
    assert "[/]Herald" not in out and "Yonhap" in out


def test_an_add_to_a_library_from_before_the_store_builds_it(tmp_path, capsys):
    add(tmp_path, capsys, "wire", WIRE, "Yonhap", "2016-11-23")
    store_file().unlink()  # as a library made before the store was
    add(tmp_path, capsys, "first", COPY, "The Korea Times", "2016-11-24")
    assert store_in_step()
