"""`gsomia-tui add PATH...`, `edit ID` and `remove ID`: the user's own articles."""

from __future__ import annotations

import re
import shlex
import sys
from argparse import Namespace
from collections import Counter
from pathlib import Path
from typing import Callable

from corpus.edits import EditError, edit_article, refresh_intake, undo_edits
from corpus.library import (
    AddOutcome,
    LibraryUnwritable,
    add_stream,
    kept_after,
    data_root,
)
from corpus.library_lock import (
    CORRECTING,
    LibraryBusy,
    WaitStopped,
    library_lock,
    report_waits,
)
from corpus.model import NO_HEADLINE, ArticleSummary, user_file_name
from corpus.removals import Removed, remove_article, restore_article
from corpus.sanitize import clean_line
from corpus.stated_dates import BadDate, normalise_stated_date
from explorer.cli.output import (
    EXIT_INTERRUPTED,
    EXIT_NO_MATCH,
    EXIT_OK,
    date_problem,
    error,
)
from explorer.cli.progress import REREAD_KEPT, add_progress, refresh_progress, wait_reporter
from explorer.cli.session import follow_changes, load_corpus


def add(args: Namespace) -> int:
    report_waits(wait_reporter())  # (waiting for another gsomia-tui: said at once)
    date = _given_date(args.date) or args.date  # 2016-1-5 is 2016-01-05
    if problem := date_problem("--date", date):
        return error(problem)
    from index.timeline_rows import part_kept_with  # (kept with each article: no pass after)

    overrides = {"outlet": args.outlet, "date": date, "url": args.url}
    if (stopped := _read_again(args)) is not None:
        return stopped
    try:
        corpus = load_corpus(args.data, writing=True)
    except KeyboardInterrupt:  # (reading the library, which an add would bring up to date)
        return _interrupted(0, rest_unread=True)
    paths = [Path(p) for p in args.paths]
    counts: Counter[str] = Counter()
    not_added: list[AddOutcome] = []
    unknown = []  # added articles with no outlet or no date (their summaries: memory stays flat)
    again: list[tuple[str, str, str]] = []  # (earlier id, new id, file) of files added after an edit
    try:
        with add_progress(paths, args.follow_links) as advance:
            for outcome in add_stream(paths, overrides, corpus, args.data,
                                      follow_links=args.follow_links, dry_run=args.dry_run,
                                      extras=None if args.dry_run else part_kept_with):
                counts[outcome.status] += 1
                advance()
                if outcome.status == "added":  # printed at once: memory stays flat
                    _print_added(outcome.article, "would add" if args.dry_run else "added")
                    if outcome.article.outlet is None or outcome.article.date is None:
                        unknown.append(outcome.article.summary())
                    if outcome.earlier:
                        again.append((outcome.earlier, outcome.article.id, outcome.source))
                else:
                    not_added.append(outcome)
    except LibraryBusy as busy:
        return error(str(busy))
    except KeyboardInterrupt:
        return _interrupted(counts["added"], rest_unread=True)
    except LibraryUnwritable as unwritable:
        if counts:
            _report(not_added, counts)
        if counts["added"]:
            follow_changes(args, corpus)
        stopped = LibraryUnwritable(unwritable.root, unwritable.error, kept_after(counts["added"]))
        print(f"gsomia-tui: {clean_line(str(stopped))}", file=sys.stderr)
        return EXIT_NO_MATCH
    if args.dry_run:
        _report(not_added, counts, "dry run, nothing kept: ")
        return EXIT_NO_MATCH if counts["skipped"] else EXIT_OK
    try:
        _report(not_added, counts)
        command = _command_for(args)
        _advise_edits(unknown, command)
        _advise_removals(again, command)
        if counts["added"]:
            follow_changes(args, corpus, counts["added"])  # the index up to date with the store
    except KeyboardInterrupt:
        return _interrupted(counts["added"], rest_unread=False)
    return EXIT_NO_MATCH if counts["skipped"] else EXIT_OK


def _read_again(args: Namespace) -> int | None:
    """Articles added under older intake rules read again before the add, with a bar on a
    terminal (one line otherwise); an exit status if it was stopped."""
    root = args.data or data_root()
    try:
        refresh_intake(root, refresh_progress())
    except LibraryBusy as busy:
        return error(str(busy))
    except WaitStopped as stopped:
        print(f"gsomia-tui: interrupted: {stopped}; nothing was added", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print(f"gsomia-tui: interrupted: nothing was added; {REREAD_KEPT}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError:
        pass  # (a library that cannot be written: the add says so, and what it kept)
    return None


def _interrupted(added: int, rest_unread: bool) -> int:
    """Ctrl-C during an add (its workers have stopped): one line saying what is kept."""
    kept = "nothing was added" if not added else (
        f"the {added} article{'s' if added != 1 else ''} added {'are' if added != 1 else 'is'}"
        " kept; the next search (or the explorer) brings the index up to date")
    if added and rest_unread:
        kept += "; add the same files again to add the rest (those kept are reported as duplicates)"
    print(f"gsomia-tui: interrupted: {kept}", file=sys.stderr)
    return EXIT_INTERRUPTED


def _given_date(text: str | None) -> str | None:
    try:
        return normalise_stated_date(text) if text and text[:4].isdigit() else None
    except BadDate:
        return None


def _print_added(article, done: str = "added") -> None:
    print(f"{done} {article.id[:8]}  {article.date or 'undated'}  {article.outlet_label}  "
          f"{article.headline}")


# "record 12 has no text ...", "line 7: not valid JSON ...": a file's records, told by number
RECORD_NUMBER = re.compile(r"^(?:record|line) \d+:? ")
# a file's records not added for one reason are told one by one up to this many, then counted
RECORDS_TOLD_ONE_BY_ONE = 3


def _not_added_lines(not_added: list[AddOutcome]) -> list[str]:
    """A line for each article not added, but a JSON export of 300 records with no text is not 300
    lines: past the third record of a file with the same reason, one line counts the rest."""
    lines, told, more = [], Counter(), Counter()
    for outcome in not_added:
        reason = RECORD_NUMBER.sub("", outcome.reason)
        kind = (outcome.status, outcome.source, reason)
        told[kind] += 1
        if reason == outcome.reason or told[kind] <= RECORDS_TOLD_ONE_BY_ONE:
            lines.append(f"{outcome.status}: {clean_line(outcome.source)}: {outcome.reason}")
        else:
            more[kind] += 1
    for (status, source, reason), count in more.items():
        lines.append(f"{status}: {clean_line(source)}: {count} more record{'s' if count != 1 else ''} "
                     f"the same: {reason}")
    return lines


def _report(not_added: list[AddOutcome], counts: Counter, dry_run: str = "") -> None:
    for line in _not_added_lines(not_added):
        print(line, file=sys.stderr)
    duplicates = counts["duplicate"]
    added = f"{counts['added']} {'would be added' if dry_run else 'added'}"
    summary = (f"{dry_run}{added}, {duplicates} duplicate{'s' if duplicates != 1 else ''},"
               f" {counts['skipped']} skipped")
    if counts["left out"]:
        summary += f", {counts['left out']} left out"
    print(summary, file=sys.stderr)


def _command_for(args: Namespace) -> str:
    """`gsomia-tui`, with `--data DIR` when this command was given one: without it, the command
    told to the user, copied, would look in the default library and find no such article."""
    if not args.data:
        return "gsomia-tui"
    return f"gsomia-tui --data {shlex.quote(str(Path(args.data).expanduser().absolute()))}"


OUTLET_PLACEHOLDER = "NAME"  # in the edit commands `add` advises; copied as written, refused


def _advise_edits(missing: list[ArticleSummary], command: str = "gsomia-tui") -> None:
    """The added articles with no outlet or no date, each with the command that sets them."""
    if not missing:
        return
    print(f"{len(missing)} article{'s' if len(missing) != 1 else ''} with no outlet or no date "
          "found; set what you know with:", file=sys.stderr)
    for article in missing:
        options = " ".join(option for option, absent in (
            (f"--outlet {OUTLET_PLACEHOLDER}", article.outlet is None), ("--date YYYY-MM-DD", article.date is None))
            if absent)
        print(f"  {command} edit {article.id[:8]} {options}   # {_told_apart(article)}", file=sys.stderr)


def _told_apart(article: ArticleSummary) -> str:
    """The headline, or for a page that shows none, the file it came from: of a folder's twenty
    articles with no headline, "(no headline)" twenty times told none apart."""
    if article.headline != NO_HEADLINE:
        return clean_line(article.headline)
    return f"{NO_HEADLINE[:-1]}: {user_file_name(article.source) or article.source})"


def _advise_removals(again: list[tuple[str, str, str]], command: str = "gsomia-tui") -> None:
    """Files added before with other text (edited since): both versions are kept; say so, with
    the command that takes out each earlier one."""
    if not again:
        return
    files = f"{len(again)} file{'s' if len(again) != 1 else ''}"
    print(f"{files} added before with other text: the earlier version is kept beside the new; "
          "take it out with:", file=sys.stderr)
    for earlier, new, source in again:
        print(f"  {command} remove {earlier[:8]}   # {clean_line(source)} (now {new[:8]})",
              file=sys.stderr)


def edit(args: Namespace) -> int:
    report_waits(wait_reporter())
    date = _given_date(args.date) or args.date  # 2016-1-5 is 2016-01-05, as add reads it
    if problem := date_problem("--date", date):
        return error(problem)
    changes = {"outlet": args.outlet, "date": date, "headline": args.headline, "url": args.url}
    root = args.data or data_root()
    try:
        with library_lock(root, task=CORRECTING):
            article_id = _edited(args, changes, root)
    except KeyError as missing:
        return error(str(missing.args[0]))
    except (EditError, LibraryBusy) as problem:
        return error(str(problem))
    corpus = load_corpus(args.data)
    follow_changes(args, corpus)  # the index follows the edit
    article = corpus.get(article_id)
    print(f"edited {article.id[:8]}  {article.date or 'undated'}  {article.outlet_label}  "
          f"{clean_line(article.headline)}")
    return EXIT_OK


def _edited(args: Namespace, changes: dict[str, str | None], root: Path) -> str:
    """What `--undo` forgets first, then what is set; the article's full id."""
    for option, value in changes.items():
        if value is not None and not clean_line(value):
            raise EditError(f"--{option} is empty: give the right {option}, or --undo {option} "
                            "to go back to what the page gives")
    if changes["outlet"] == OUTLET_PLACEHOLDER:
        raise EditError(f"--outlet {OUTLET_PLACEHOLDER} stands for the outlet's name: give it, "
                        "as in --outlet 'The Korea Herald'")
    corpus = load_corpus(args.data)
    article_id = corpus.get(args.id).id
    if args.undo:
        undo_edits(article_id, args.undo, corpus, root)
    if any(changes.values()) or not args.undo:
        edit_article(article_id, changes, corpus, root)
    return article_id


def remove(args: Namespace) -> int:
    report_waits(wait_reporter())
    if args.undo:
        return _put_back(args)
    corpus = load_corpus(args.data)
    article = _library_changed(lambda: remove_article(args.id, corpus, args.data))
    if isinstance(article, int):
        return article
    follow_changes(args, corpus)
    print(f"removed {article.id[:8]}  {article.headline}")
    edits = f", with what you set with edit ({', '.join(article.set_by_you)})" if article.set_by_you else ""
    print(f"  kept{edits}: `{_command_for(args)} remove --undo {article.id[:8]}` puts it back")
    return EXIT_OK


def _put_back(args: Namespace) -> int:
    """`remove --undo ID`: the removed article back as it was, the store and index following."""
    article = _library_changed(lambda: restore_article(args.id, args.data))
    if isinstance(article, int):
        return article
    follow_changes(args, load_corpus(args.data))
    edits = f"  (with what you set with edit: {', '.join(article.set_by_you)})" if article.set_by_you else ""
    print(f"put back {article.id[:8]}  {article.headline}{edits}")
    return EXIT_OK


def _library_changed(change: Callable[[], Removed]) -> Removed | int:
    """What a remove or its undo did, or the exit status of its one-line error."""
    try:
        return change()
    except KeyError as missing:
        return error(str(missing.args[0]))
    except LibraryBusy as busy:
        return error(str(busy))
    except LibraryUnwritable as unwritable:
        print(f"gsomia-tui: {clean_line(str(unwritable))}", file=sys.stderr)
        return EXIT_NO_MATCH
