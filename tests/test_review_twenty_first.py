"""Session 21's review by a demanding newcomer who adds a folder of pages saved from a browser:
"Web Page, complete" (the page and a `NAME_files` folder of scripts, styles, pictures and
advertising frames beside it) and "Web Page, Single File" (`.mhtml`), then exports what it
found for others to read. Each was found wrong first (scripts and styles added as articles, an
archive read as plain text, an export only its owner could read), with what must not change
beside it. Texts and pages of our own."""

from __future__ import annotations

import base64
import json
import os
import quopri
import stat
from pathlib import Path

import pytest

from corpus.library import add_paths
from explorer.cli import main
from index.export_formats import write_whole

STORY = ("<p>South Korea and Japan signed a military intelligence-sharing pact on Wednesday in "
         "Seoul, despite protests from opposition parties and civic groups outside the ministry.</p>"
         "<p>The deal lets the two neighbours share what they learn of the North's missiles "
         "directly, without going through their common ally.</p>")
PAGE = (f"<html><head><title>Neighbours sign a pact</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>Neighbours sign a pact</h1>{STORY}</article></body></html>")
ADVERTISING = ("<html><body><p>Subscribe to our morning letter for every story from the region, "
               "delivered before breakfast each day of the week.</p></body></html>")
A_SCRIPT = "window.dataLayer = window.dataLayer || [];\nfunction track(){dataLayer.push(arguments);}\n"
A_STYLE = "body { font-family: serif; }\n.nav { display: none; }\n"
NOTE = "The two neighbours signed the pact on Wednesday, and critics protested outside the ministry.\n"


def _saved_whole(folder: Path, name: str = "Neighbours sign a pact") -> Path:
    """A page saved as "Web Page, complete": the page, and its folder of what it needs."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.html").write_text(PAGE, encoding="utf-8")
    needs = folder / f"{name}_files"
    needs.mkdir()
    (needs / "track.js").write_text(A_SCRIPT, encoding="utf-8")
    (needs / "site.css").write_text(A_STYLE, encoding="utf-8")
    (needs / "frame.html").write_text(ADVERTISING, encoding="utf-8")
    return needs


def _by_status(outcomes) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for outcome in outcomes:
        seen.setdefault(outcome.status, []).append(Path(outcome.source).name)
    return seen


def test_the_folder_saved_beside_a_page_is_left_out_and_said_so(tmp_path, corpus):
    needs = _saved_whole(tmp_path / "saved")
    outcomes = add_paths([tmp_path / "saved"], {}, corpus, tmp_path / "data")
    assert _by_status(outcomes) == {"added": ["Neighbours sign a pact.html"],
                                    "left out": ["Neighbours sign a pact_files"]}
    left_out = next(o for o in outcomes if o.status == "left out")
    assert Path(left_out.source) == needs
    assert "saved page “Neighbours sign a pact.html”" in left_out.reason


def test_the_add_command_counts_what_it_left_out_and_still_succeeds(tmp_path, capsys):
    _saved_whole(tmp_path / "saved", name="Story")
    assert main(["add", str(tmp_path / "saved")]) == 0
    out, err = capsys.readouterr()
    assert out.count("added ") == 1
    assert f"left out: {tmp_path / 'saved' / 'Story_files'}: what the saved page" in err
    assert "\n1 added, 0 duplicates, 0 skipped, 1 left out\n" in err


@pytest.mark.parametrize("folder, page", [
    ("notes_files", None),  # no page beside it: a folder like any other
    ("notes_files", "other.html"),  # the page beside it is another's
    ("notes", "notes.html"),  # a folder named like a page, without the browser's ending
])
def test_a_folder_that_is_no_saved_pages_is_still_read(tmp_path, corpus, folder, page):
    (tmp_path / "mine" / folder).mkdir(parents=True)
    (tmp_path / "mine" / folder / "note.txt").write_text(NOTE, encoding="utf-8")
    if page:
        (tmp_path / "mine" / page).write_text(PAGE, encoding="utf-8")
    outcomes = add_paths([tmp_path / "mine"], {}, corpus, tmp_path / "data")
    assert "note.txt" in _by_status(outcomes)["added"]
    assert "left out" not in _by_status(outcomes)


@pytest.mark.parametrize("name, text, why", [
    ("track.js", A_SCRIPT, "(a page's scripts and styles, not articles)"),
    ("site.css", A_STYLE, "(a page's scripts and styles, not articles)"),
    ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h24"/></svg>', "(pictures, not articles)"),
    ("notes.rtf", r"{\rtf1\ansi The two neighbours signed the pact on Wednesday.}", "(not read: save it as text"),
])
def test_what_is_never_an_article_is_skipped_with_its_reason_not_read_as_text(tmp_path, corpus, name, text, why):
    (tmp_path / name).write_text(text, encoding="utf-8")
    [outcome] = add_paths([tmp_path / name], {}, corpus, tmp_path / "data")
    assert outcome.status == "skipped"
    assert outcome.reason.startswith(f"{Path(name).suffix} files are not supported {why}")


@pytest.mark.parametrize("name", ["clipping.log", "clipping", "clipping.TXT"])
def test_a_text_of_another_or_no_ending_is_still_read_as_text(tmp_path, corpus, name):
    (tmp_path / name).write_text(NOTE, encoding="utf-8")
    [outcome] = add_paths([tmp_path / name], {}, corpus, tmp_path / "data")
    assert outcome.status == "added"


def _single_file(page: str, address: str = "https://news.example.org/2016/11/23/pact",
                 picture_bytes: int = 0) -> bytes:
    """A page saved as "Web Page, Single File" (MHTML), the way a browser writes one."""
    boundary = "----MultipartBoundary--r23"
    html = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    parts = [f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             f"Content-Location: {address}\r\n\r\n{html}\r\n"]
    if picture_bytes:
        picture = base64.encodebytes(b"\x89PNG" + bytes(picture_bytes)).decode("ascii")
        parts.append(f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                     f"Content-Location: https://news.example.org/photo.png\r\n\r\n{picture}\r\n")
    head = ("From: <Saved by a browser>\r\nSubject: Neighbours sign a pact\r\n"
            "Date: Sat, 3 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"\r\n\r\n')
    return (head + "".join(parts) + f"--{boundary}--\r\n").encode("ascii")


@pytest.mark.parametrize("ending", [".mhtml", ".mht"])
def test_a_page_saved_as_one_file_is_read_as_the_page_it_holds(tmp_path, corpus, ending):
    (tmp_path / f"pact{ending}").write_bytes(_single_file(PAGE))
    [outcome] = add_paths([tmp_path / f"pact{ending}"], {}, corpus, tmp_path / "data")
    article = outcome.article
    assert (outcome.status, article.headline) == ("added", "Neighbours sign a pact")
    assert article.raw_text.startswith("Neighbours sign a pact")
    assert "despite protests from opposition parties" in article.clean_text
    assert "quoted-printable" not in article.raw_text and "=\n" not in article.raw_text
    assert article.url == "https://news.example.org/2016/11/23/pact"
    assert article.date != "2026-12-03"  # the day it was saved is not the day it was published


def test_a_page_saved_as_one_file_with_its_pictures_is_read_past_the_limit_of_one_file(tmp_path, corpus):
    (tmp_path / "pact.mhtml").write_bytes(_single_file(PAGE, picture_bytes=6 * 1024 * 1024))
    assert (tmp_path / "pact.mhtml").stat().st_size > 5 * 1024 * 1024
    [outcome] = add_paths([tmp_path / "pact.mhtml"], {}, corpus, tmp_path / "data")
    assert (outcome.status, outcome.article.headline) == ("added", "Neighbours sign a pact")


def test_an_archive_holding_no_page_is_skipped_with_its_reason(tmp_path, corpus):
    archive = _single_file(PAGE).replace(b"Content-Type: text/html\r\n", b"Content-Type: text/plain\r\n")
    (tmp_path / "pact.mhtml").write_bytes(archive)
    [outcome] = add_paths([tmp_path / "pact.mhtml"], {}, corpus, tmp_path / "data")
    assert (outcome.status, outcome.reason) == ("skipped",
                                                "no web page in the saved archive (no text/html part)")


def test_a_saved_page_with_its_own_address_keeps_it(tmp_path, corpus):
    own = PAGE.replace("<head>", "<head><link rel='canonical' href='https://news.example.org/own'>")
    (tmp_path / "pact.mhtml").write_bytes(_single_file(own, address="https://cdn.example.net/copy"))
    [outcome] = add_paths([tmp_path / "pact.mhtml"], {}, corpus, tmp_path / "data")
    assert outcome.article.url == "https://news.example.org/own"


@pytest.fixture
def umask_022():
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_an_export_written_anew_is_readable_as_the_umask_allows(tmp_path, umask_022):
    assert write_whole(tmp_path / "pact.md", "# Search: pact\n") is None
    assert stat.S_IMODE((tmp_path / "pact.md").stat().st_mode) == 0o644


def test_an_export_that_replaces_a_file_keeps_its_permissions_and_writes_it_whole(tmp_path, umask_022):
    (tmp_path / "pact.md").write_text("old", encoding="utf-8")
    (tmp_path / "pact.md").chmod(0o640)
    assert write_whole(tmp_path / "pact.md", "# Search: pact\n") is None
    assert stat.S_IMODE((tmp_path / "pact.md").stat().st_mode) == 0o640
    assert (tmp_path / "pact.md").read_text(encoding="utf-8") == "# Search: pact\n"
    assert [path.name for path in tmp_path.iterdir()] == ["pact.md"]  # no part left behind


def test_a_file_added_again_after_an_edit_names_its_earlier_version(tmp_path, capsys):
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    assert main(["add", str(tmp_path / "note.txt")]) == 0
    first = capsys.readouterr().out.split()[1]
    (tmp_path / "note.txt").write_text(NOTE + "\nOpposition lawmakers vowed to fight the deal.\n", encoding="utf-8")
    assert main(["add", str(tmp_path / "note.txt")]) == 0
    out, err = capsys.readouterr()
    second = out.split()[1]
    assert second != first
    assert ("1 file added before with other text: the earlier version is kept beside the new; take it out with:\n"
            f"  gsomia-tui remove {first}   # {tmp_path / 'note.txt'} (now {second})\n") in err


def test_the_same_text_again_or_another_file_of_the_same_name_names_no_earlier_version(tmp_path, corpus):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "note.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "two" / "note.txt").write_text(NOTE + "\nA second, different story.\n", encoding="utf-8")
    data = tmp_path / "data"
    [first] = add_paths([tmp_path / "one" / "note.txt"], {}, corpus, data)
    [same] = add_paths([tmp_path / "one" / "note.txt"], {}, corpus, data)
    [other] = add_paths([tmp_path / "two" / "note.txt"], {}, corpus, data)
    assert [(o.status, getattr(o, "earlier", None)) for o in (first, same, other)] == [
        ("added", None), ("duplicate", None), ("added", None)]


def _toasts(app) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_a_key_held_on_an_event_one_outlet_covers_shows_its_toast_once(make_app):
    from conftest import settle
    from test_app_events import choose_event

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        singles = [i for i, e in enumerate(app.screen.timeline.events) if len(e.outlet_ids) == 1]
        await choose_event(app, pilot, singles[0])
        await pilot.press(*["right_square_bracket"] * 5)
        await pilot.pause()
        assert len(_toasts(app)) == 1 and "covers this event" in _toasts(app)[0]


async def test_different_toasts_are_still_all_shown(make_app):
    from conftest import settle

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for said, severity in (("One thing happened", "information"), ("Another thing happened", "information"),
                               ("One thing happened", "warning")):
            app.notify(said, markup=False, severity=severity)
        await pilot.pause()
        assert sorted(_toasts(app)) == ["Another thing happened", "One thing happened", "One thing happened"]


def test_an_unknown_outlets_label_cuts_a_long_file_name_in_its_middle():
    from corpus.model import unknown_outlet_label

    name = "Seoul and Tokyo sign the military intelligence pact despite protests - Example News.html"
    label = unknown_outlet_label("0853daddce4b3c38", None, f"/home/reader/saved/{name}")
    assert label == "unknown (Seoul and Tokyo sign th…xample News.html, 0853dadd)"  # 40 characters of it


@pytest.mark.parametrize("name", ["latin1.txt", "a" * 36 + ".txt"])
def test_an_unknown_outlets_label_keeps_a_short_file_name_whole(name):
    from corpus.model import unknown_outlet_label

    assert unknown_outlet_label("0853daddce4b3c38", None, f"saved/{name}") == f"unknown ({name}, 0853dadd)"


def test_every_environment_variable_the_code_reads_is_in_the_help(capsys):
    import re

    root = Path(__file__).resolve().parents[1]
    read = {name for folder in ("corpus", "index", "explorer") for path in (root / folder).rglob("*.py")
            for name in re.findall(r"GSOMIA_TUI_[A-Z_]+", path.read_text(encoding="utf-8"))}
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert {"GSOMIA_TUI_DATA", "GSOMIA_TUI_INDEX"} < read
    assert sorted(name for name in read if name not in shown) == []


@pytest.mark.parametrize("hidden, why", [
    (False, "no file in this folder to add"),
    (True, "no file in this folder to add (what it holds is hidden, its names starting with “.”, and left out)"),
])
def test_a_folder_with_no_file_to_add_is_said_so(tmp_path, corpus, hidden, why):
    (tmp_path / "given" / "empty inside").mkdir(parents=True)
    if hidden:
        (tmp_path / "given" / ".notes.txt").write_text(NOTE, encoding="utf-8")
    [outcome] = add_paths([tmp_path / "given"], {}, corpus, tmp_path / "data")
    assert (outcome.status, Path(outcome.source).name, outcome.reason) == ("skipped", "given", why)


def test_a_folder_with_a_file_to_add_says_nothing_of_its_hidden_entries(tmp_path, corpus):
    (tmp_path / "given").mkdir()
    (tmp_path / "given" / ".notes.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "given" / "note.txt").write_text(NOTE, encoding="utf-8")
    assert [o.status for o in add_paths([tmp_path / "given"], {}, corpus, tmp_path / "data")] == ["added"]


def test_a_dry_run_says_what_an_add_would_do_and_keeps_nothing(tmp_path, capsys):
    _saved_whole(tmp_path / "saved", name="Story")
    (tmp_path / "saved" / "note.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "saved" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["add", "--dry-run", str(tmp_path / "saved")]) == 1  # (a picture skipped)
    out, err = capsys.readouterr()
    would = sorted(line.split()[2] for line in out.splitlines())
    assert [line.split()[:2] for line in out.splitlines()] == [["would", "add"]] * 2
    assert err.splitlines()[-1] == "dry run, nothing kept: 2 would be added, 0 duplicates, 1 skipped, 1 left out"
    assert main(["articles", "--json"]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert not [source for source in sources if source.startswith(str(tmp_path))]
    assert main(["add", str(tmp_path / "saved")]) == 1
    assert sorted(line.split()[1] for line in capsys.readouterr().out.splitlines()) == would


def _records_without_text(path: Path, count: int) -> Path:
    path.write_text(json.dumps([{"title": f"Entry {n}", "url": f"https://example.org/{n}"}
                                for n in range(1, count + 1)]), encoding="utf-8")
    return path


def test_a_file_of_records_with_no_text_is_told_in_a_few_lines(tmp_path, capsys):
    """A manifest of 300 records (no text field) printed 300 skip lines: the first three are told,
    then one line counts the rest; the summary still counts every record."""
    assert main(["add", str(_records_without_text(tmp_path / "manifest.json", 300))]) == 1
    lines = capsys.readouterr().err.splitlines()
    told = [line for line in lines if line.startswith("skipped: ")]
    assert len(told) == 4 and all("has no text" in line for line in told)
    assert told[0].endswith("record 1 has no text (fields: text, body or content)")
    assert told[3].endswith("297 more records the same: has no text (fields: text, body or content)")
    assert lines[-1].endswith("0 added, 0 duplicates, 300 skipped")


def test_three_records_with_no_text_are_each_told(tmp_path, capsys):
    assert main(["add", str(_records_without_text(tmp_path / "few.json", 3))]) == 1
    told = [line for line in capsys.readouterr().err.splitlines() if line.startswith("skipped: ")]
    assert [line.split("few.json: ", 1)[1] for line in told] == [
        f"record {n} has no text (fields: text, body or content)" for n in (1, 2, 3)]
