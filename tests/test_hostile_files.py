"""Issue 16, files given to `add`: each hostile file is added, or skipped with one line, and
never hurts the files after it, the commands after it, or what was already kept."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

import corpus.library as library
from conftest import finishes
from corpus.library import add_paths, load_corpus
from corpus.removals import remove_article
from corpus.loader import article_from_raw
from explorer.cli import main

STORY = ("Pact story {tag}\n\nSEOUL, Nov. 23 (Yonhap) -- South Korea and Japan signed the "
         "military intelligence pact {tag} on Wednesday in Seoul, officials said today.\n\n"
         "The agreement lets the two neighbours share secrets about North Korea directly.\n")


def story(tag: str) -> str:
    return STORY.format(tag=tag)


@pytest.fixture
def data(tmp_path):
    return tmp_path / "library"


def add(data, *paths, **kwargs):
    return add_paths([Path(p) for p in paths], {}, load_corpus(data), data, **kwargs)


def statuses(outcomes):
    return [(Path(o.source.split(" (")[0]).name, o.status) for o in outcomes]


def test_a_line_of_ten_thousand_spaces_adds_whole_and_slows_nothing(data, tmp_path):
    spaced = tmp_path / "spaces.txt"
    spaced.write_text(story("spaced").replace("signed the", "signed" + " " * 30_000 + "the")
                      + " " * 10_000 + "\n", encoding="utf-8")
    [outcome] = finishes(lambda: add(data, spaced))
    assert outcome.status == "added"
    assert "signed the military" in outcome.article.clean_text
    assert "  " not in outcome.article.clean_text
    [article] = finishes(lambda: load_corpus(data).articles[-1:])
    assert article.id == outcome.article.id


def test_json_dates_are_normalised_or_refused_at_add_time(data, tmp_path, capsys):
    dated = tmp_path / "dates.json"
    dated.write_text(json.dumps([{"text": story(d), "date": d}
                                 for d in ("2016-1-5", "2016-1", "2016-02-30")]))
    outcomes = add(data, dated)
    assert [(o.status, o.article and o.article.date) for o in outcomes] == [
        ("added", "2016-01-05"), ("added", "2016-01"), ("skipped", None)]
    assert outcomes[1].article.date_precision == "month"
    assert "2016-02-30" in outcomes[2].reason and "29 days" in outcomes[2].reason
    assert "\n" not in outcomes[2].reason
    for argv in (["search", "pact"], ["events"]):
        assert main(["--data", str(data), *argv]) == 0


def test_a_date_stored_by_an_older_version_is_read_back_normalised():
    article = article_from_raw(story("old"), {"date": "2016-1", "date_precision": None}, "x")
    assert (article.date, article.date_precision) == ("2016-01", "month")
    impossible = article_from_raw(story("old"), {"date": "2016-02-30"}, "x")
    assert impossible.date is None and impossible.date_precision is None


def test_an_impossible_date_on_the_command_line_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(story("cli"))
    assert main(["add", str(tmp_path / "a.txt"), "--date", "2016-02-30"]) == 2
    assert main(["add", str(tmp_path / "a.txt"), "--date", "2016-1-5"]) == 0
    assert "2016-01-05" in capsys.readouterr().out


@pytest.mark.parametrize("junk", ["\x1b]0;", "\x1b]52;c;", "\x90", "\x9d", "\x1bP"])
def test_an_unended_escape_or_a_stray_c1_removes_only_itself(data, tmp_path, junk, capsys):
    path = tmp_path / "junk.txt"
    path.write_text(story("junk").replace("signed the", f"signed {junk}the"), encoding="utf-8")
    [outcome] = add(data, path)
    assert outcome.status == "added"
    assert "signed the military intelligence pact junk on Wednesday" in outcome.article.clean_text
    assert "share secrets about North Korea" in outcome.article.clean_text
    assert main(["--data", str(data), "show", outcome.article.id]) == 0
    assert "share secrets about North Korea" in capsys.readouterr().out


def test_ten_thousand_nested_arrays_are_one_skip_and_later_files_are_read(data, tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a-nested.json").write_text("[" * 10_000 + "]" * 10_000)
    (folder / "b-story.txt").write_text(story("after"))
    outcomes = add(data, folder)
    assert statuses(outcomes) == [("a-nested.json", "skipped"), ("b-story.txt", "added")]
    assert "nested too deeply" in outcomes[0].reason


def test_file_names_not_in_utf8_or_starting_with_a_dash(data, tmp_path, capsys):
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9-\xff.txt")).write_text(story("latin name"))
    (folder / "-rf.txt").write_text(story("dash name"))
    assert main(["--data", str(data), "add", str(folder)]) == 0
    assert main(["--data", str(data), "add", "--", str(folder / "-rf.txt")]) == 0
    assert "1 duplicate" in capsys.readouterr().err
    assert main(["--data", str(data), "articles"]) == 0
    listed = capsys.readouterr().out
    assert "caf\\xe9-\\xff.txt" in listed and "-rf.txt" in listed


def test_text_with_many_non_breaking_spaces_is_text(data, tmp_path):
    path = tmp_path / "nbsp.txt"
    words = (story("nbsp") + "The pact was signed by the two of them in Seoul. " * 20).split(" ")
    spaces = ("\u00a0" if n % 3 == 0 else " " for n in range(len(words)))
    path.write_text("".join(w + next(spaces) for w in words), encoding="utf-8")
    [outcome] = add(data, path)
    assert outcome.status == "added" and "\u00a0" not in outcome.article.clean_text


def test_jsonl_with_one_bad_line_adds_the_good_lines(data, tmp_path):
    path = tmp_path / "wire.jsonl"
    good = [json.dumps({"text": story(f"line {n}")}) for n in range(3)]
    path.write_text("\n".join([good[0], "", "{broken", good[1], good[2]]) + "\n")
    outcomes = add(data, path)
    assert [o.status for o in outcomes] == ["added", "skipped", "added", "added"]
    assert outcomes[1].reason.startswith("line 3: not valid JSON")
    assert outcomes[2].source.endswith("(line 4)")


def test_an_unreadable_folder_is_reported_as_a_skip(data, tmp_path, monkeypatch):
    folder = tmp_path / "files"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "a.txt").write_text(story("locked"))
    (folder / "open.txt").write_text(story("open"))
    real_scandir = os.scandir

    def scandir(path="."):  # what chmod 000 does to anyone but root
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    outcomes = add(data, folder)
    assert statuses(outcomes) == [("locked", "skipped"), ("open.txt", "added")]
    assert "cannot be read (Permission denied)" in outcomes[0].reason


def test_links_outside_the_folder_are_followed_only_when_asked(data, tmp_path, capsys):
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "secret.txt").write_text(story("secret"))
    (outside / "deep" / "deeper.txt").write_text(story("deeper"))
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "inside.txt").write_text(story("inside"))
    (folder / "inner-link.txt").symlink_to(folder / "inside.txt")
    (folder / "file-link.txt").symlink_to(outside / "secret.txt")
    (folder / "folder-link").symlink_to(outside / "deep")
    outcomes = add(data, folder)
    assert sorted(statuses(outcomes)) == [
        ("file-link.txt", "skipped"), ("folder-link", "skipped"), ("inner-link.txt", "added"),
        ("inside.txt", "duplicate")]
    assert all("--follow-links" in o.reason for o in outcomes if o.status == "skipped")
    assert main(["--data", str(data), "add", "--follow-links", str(folder)]) == 0
    assert "2 added, 2 duplicates, 0 skipped" in capsys.readouterr().err


def test_the_same_text_spaced_differently_is_one_article(data, tmp_path):
    text = story("twin")
    variants = {"a.txt": text, "b.txt": text.replace(" ", "  "), "c.txt": text.replace(" ", "\t"),
                "d.txt": text.replace("\n", "\r\n"), "e.txt": text.replace(" ", "\u00a0 ")}
    for name, variant in variants.items():
        (tmp_path / name).write_bytes(variant.encode("utf-8"))
    outcomes = add(data, *(tmp_path / name for name in variants))
    assert [o.status for o in outcomes] == ["added"] + ["duplicate"] * 4


def test_a_stray_latin1_byte_keeps_the_utf8_quotes(data, tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_bytes(story("\u201cquoted\u201d \u2013 caf\xe9").encode("utf-8")
                     .replace("caf\xe9".encode("utf-8"), b"caf\xe9"))
    [outcome] = add(data, path)
    assert "\u201cquoted\u201d \u2013 caf\xe9" in outcome.article.clean_text
    meta = json.loads((data / "articles" / outcome.article.id / "meta.json").read_text())
    assert meta["encoding"].startswith("utf-8")


def test_a_full_disk_keeps_what_was_added_and_says_so_in_one_line(data, tmp_path, capsys,
                                                                     monkeypatch):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(story(f"disk {n}"))
    real_store, stored = library._store, []

    def store_until_full(*args):
        if stored:
            raise OSError(errno.ENOSPC, "No space left on device")
        stored.append(real_store(*args))

    monkeypatch.setattr(library, "_store", store_until_full)
    argv = ["--data", str(data), "add", *(str(tmp_path / f"{n}.txt") for n in range(3))]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("gsomia-tui: cannot write to the library at ")
    assert "No space left on device" in err[-1] and "the 1 article added before it is kept" in err[-1]
    assert len(load_corpus(data).articles) == 6  # the bundle's five and the one kept


def test_a_library_that_cannot_be_written_is_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(story("read-only"))
    not_writable = Path("/proc/gsomia-tui-library")  # read-only for root too
    assert main(["--data", str(not_writable), "add", str(tmp_path / "a.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nothing was added" in err[0]


def test_remove_after_a_killed_remove_finishes_the_job(data, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(story("removed"))
    [outcome] = add(data, tmp_path / "a.txt")
    article_id = outcome.article.id
    assert main(["--data", str(data), "search", "removed"]) == 0
    # What a remove killed mid-way leaves: the article moved aside, partly deleted.
    trash = data / "articles" / f".removing-{article_id}"
    os.replace(data / "articles" / article_id, trash)
    (trash / "text.txt").unlink()
    capsys.readouterr()
    assert main(["--data", str(data), "remove", article_id[:8]]) == 0
    assert capsys.readouterr().out.startswith(f"removed {article_id[:8]}  Pact story removed")
    assert not trash.exists()
    assert main(["--data", str(data), "search", "removed"]) == 1
    with pytest.raises(KeyError):
        remove_article(article_id, load_corpus(data), data)


def test_a_dashed_file_name_read_as_an_option_says_how_to_add_it(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-notes.txt").write_text(story("dashed"))
    with pytest.raises(SystemExit):
        main(["add", "-notes.txt"])
    assert "gsomia-tui add -- -notes.txt" in capsys.readouterr().err
    assert main(["add", "--", "-notes.txt"]) == 0


def test_a_header_line_with_an_impossible_date_is_not_a_date(data, tmp_path):
    path = tmp_path / "impossible.txt"
    undated = story("x").replace("SEOUL, Nov. 23 (Yonhap) -- ", "")  # its year is inferable
    path.write_text(undated.replace("Pact story x", "Politics 2016-02-30"))
    [outcome] = add(data, path)
    assert outcome.status == "added" and outcome.article.date is None


@pytest.mark.parametrize("text, refused", [
    ("", True),
    ("Seoul and Tokyo signed.\r\n\tThe pact\n\n", False),
    ("\x01\x02\x03\x04 mostly controls \x05\x06\x07\x08\x0b\x0c\x0e\x0f" * 3, True),
    ("a page\x0b with a vertical tab and \u2028 a line separator", False),
    ("one stray \x07 bell in a long line of ordinary text that goes on and on", False),
])
def test_text_that_is_mostly_control_characters_is_refused(text, refused):
    from corpus.formats import Unreadable, decode

    if refused and not text:
        assert _mostly_unprintable_reference(text)
        return
    try:
        decode(text.encode("utf-8"))
        was_refused = False
    except Unreadable:
        was_refused = True
    assert was_refused == refused == _mostly_unprintable_reference(text)


def _mostly_unprintable_reference(text: str) -> bool:
    """The rule, character by character (what the quick check must agree with)."""
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return printable < 0.95 * max(len(text), 1)
