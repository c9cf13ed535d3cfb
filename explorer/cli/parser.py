"""The `gsomia-tui` command line: its subcommands, options, help texts and examples."""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli.help_format import FittingHelpFormatter
from index.query_help import QUERY_LANGUAGE

MAIN_EXAMPLES = """\
examples:
  gsomia-tui                          open the explorer on the bundled corpus
  gsomia-tui search 'Han Min-koo'     search from a script or a pipe
  gsomia-tui articles                 list the articles with their provenance
  gsomia-tui show 5dc3                print one article (any unique id prefix)
  gsomia-tui events                   the story's timeline, with each event's coverage
  gsomia-tui events signing           one event's passages, outlet by outlet
  gsomia-tui add ~/clippings          add your own articles (txt, md, html, json)
  gsomia-tui export Nagamine -o n.md  the hits, each passage cited, for a story
  gsomia-tui trend pact --by outlet   articles per month, per outlet
  gsomia-tui overlap e2bd             what an article shares with others (wire copy)
  gsomia-tui quotes --event signing   who said what at the signing

The index is cached in the user's cache directory (GSOMIA_TUI_INDEX or --index DIR to
move it); added articles live in the user data directory (GSOMIA_TUI_DATA or --data DIR).

environment:
  GSOMIA_TUI_DATA, GSOMIA_TUI_INDEX  as --data and --index
  GSOMIA_TUI_CONFIG    the folder of your own outlets.json (default: the user config directory)
  GSOMIA_TUI_WORKERS   processes that read articles at once (default: one per core)
  GSOMIA_TUI_SEARCH=thread  the explorer searches in a thread, not a process of its own
  GSOMIA_TUI_SEARCH_NICE=N  the nice value of the explorer's search process (default: 10)
  GSOMIA_TUI_REGEX_CACHE=FILE  where compiled patterns are kept (default: the user cache
                       directory's regex-cache.json; off: not kept)
  NO_COLOR=1           the explorer in greys only; TEXTUAL_ANIMATIONS=full animates scrolling
"""

SEARCH_EXAMPLES = f"""\
query language:
{QUERY_LANGUAGE}

exit status: 0 with hits, 1 with none, 2 on a usage or query error.

examples:
  gsomia-tui search GSOMIA --sort date
  gsomia-tui search 'Nagamine OR Kishida' --outlet herald --from 2016-11 --json
  gsomia-tui search Nagamine --fold-copies
"""


EDIT_EXAMPLES = """\
What you set is kept as "set by you": it wins over what the page's text says, through
re-indexing and when newer rules read your articles again. Bundled articles are not edited.
--undo forgets what you set, and the article shows again what its page gives.

examples:
  gsomia-tui edit 3f2a9c01 --outlet Yonhap --date 2016-11-23
  gsomia-tui edit 3f2a --headline 'S. Korea, Japan sign intel pact' --url https://example.com/a
  gsomia-tui edit 3f2a --undo date
"""


ADD_EXAMPLES = """\
formats (by file name ending):
  .txt             plain text as copied from a page: headline, date line, dateline and
                   byline are found the way a reader finds them; page chrome is removed
  .md .markdown    Markdown, with optional front matter: title, outlet, date, url, byline
  .html .htm       a saved web page: main text and metadata extracted (trafilatura);
                   the folder saved beside it ("Web Page, complete": Story_files) is left out
  .mhtml .mht      a page saved as one file ("Web Page, Single File"): read as its page
  .json .jsonl     one article object, a list of them, or one per line, with fields
                   text/body/content, title/headline, outlet/source, date/published,
                   url/link, byline/author
Encodings are detected (UTF-8 with or without BOM, UTF-16, CP949/EUC-KR, Latin-1...).
The same text twice (however it is spaced) is stored once; a file added again after an
edit is added beside its earlier version, which add names with the command removing it.
Files are kept as received in the user data directory (or --data DIR / GSOMIA_TUI_DATA).
Links that lead outside a folder given are skipped unless --follow-links; unreadable
folders, and folders with no file to add, are reported.
Scripts, styles, pictures, fonts, archives and documents (.js .css .png .zip .pdf ...)
are skipped as not articles; any other file that is text is read as .txt.

exit status: 0 when every file was added (or was already there, or left out as above),
1 when any was skipped (each skip is listed with its reason) or the library could not
be written (full disk, read-only: one line says what was kept), 2 on a usage error.

examples:
  gsomia-tui add ~/clippings
  gsomia-tui add story.txt --outlet 'Yonhap' --date 2016-11-23
  gsomia-tui add -- -draft.txt        a file name that starts with -
  gsomia-tui add --dry-run ~/saved    what a folder would give (outlets, dates, skips) first
"""

EXPORT_EXAMPLES = """\
Each passage comes with its citation: outlet, date, headline, URL and passage number.
  md     Markdown quotes, article text escaped so that it stays text where it is pasted
  csv    one row per passage; a cell starting with = + - @ gets a leading apostrophe
         so that a spreadsheet shows it instead of running it
  json   one JSON object per passage, one per line (like every --json)
--output never replaces a file that exists unless --force is given, and writes the
whole file or nothing (a temporary file renamed into place).

exit status: 0 with passages, 1 with none, 2 on a usage or query error.

examples:
  gsomia-tui export Nagamine
  gsomia-tui export GSOMIA --sort date --format csv --output gsomia.csv
  gsomia-tui export --event signing --format json
"""

TREND_EXAMPLES = """\
Counts articles, not passages, from every match of the search (its facets agree).
Articles with no date, or dated only to a month or a year when a finer interval is
asked for, are counted apart and said on stderr (in --json: objects with interval null).

exit status: 0 with matches, 1 with none, 2 on a usage or query error.

examples:
  gsomia-tui trend GSOMIA
  gsomia-tui trend GSOMIA --by outlet --interval week
  gsomia-tui trend 'Japan' --share --csv > share.csv
"""

OVERLAP_EXAMPLES = """\
Sentences whose wording another article carries (wire copy, light edits included:
"South Korea's Defense Minister Han Min-koo" = "South Korean Defense Minister Han Min
Koo"), passage by passage, with the outlets that carry them; the passages no other
article carries are the article's own reporting. Computed once for the whole corpus
and kept beside the index.

examples:
  gsomia-tui overlap e2bd
  gsomia-tui overlap e2bd46779e3cb77d --json
"""

QUOTES_EXAMPLES = """\
Quotations in marks attributed before or after ('"...," Kishida told reporters',
'Blinken said, "..."', '"...," said Moon Sang-gyun') and reported speech ('according to
X'), with the speaker's name normalised (titles dropped, "Kishida" given his full name when
the article names him, Min-koo = Min Koo). The same quote carried by several outlets is
listed once, with each outlet's wording and how it differs.

exit status: 0 with quotes, 1 with none, 2 on a usage error.

examples:
  gsomia-tui quotes
  gsomia-tui quotes --speaker Kishida
  gsomia-tui quotes --event signing --json
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gsomia-tui",
        description="Explore how news outlets covered the 2016 South Korea-Japan GSOMIA pact.",
        epilog=MAIN_EXAMPLES,
        formatter_class=FittingHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--index", metavar="DIR", type=Path,
                        help="where to keep the search index (default: the user cache directory)")
    parser.add_argument("--data", metavar="DIR", type=Path,
                        help="where your added articles live (default: the user data directory)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = _command(commands, "search", "search the articles", SEARCH_EXAMPLES)
    search.add_argument("query", help="what to look for (see the query language below)")
    _filters(search)
    search.add_argument("--sort", choices=("relevance", "date", "newest"), default="relevance",
                        help="relevance (default), date (oldest first) or newest (first)")
    search.add_argument("--limit", type=_positive, default=20, metavar="N",
                        help="at most N articles (default 20)")
    search.add_argument("--json", action="store_true", help="one JSON object per hit")
    search.add_argument("--fold-copies", action="store_true",
                        help="syndicated copies folded into the earliest article they copy "
                             "(\"Yonhap +3 copies\"; with --json, its \"copies\" ids)")

    articles = _command(commands, "articles", "list the articles and where each came from",
                        "examples:\n  gsomia-tui articles\n  gsomia-tui articles --json\n")
    articles.add_argument("--json", action="store_true", help="one JSON object per article")

    show = _command(commands, "show", "print an article's clean text, passage by passage",
                    "examples:\n  gsomia-tui show 5dc3\n  gsomia-tui show 5dc33988 --passage 2\n")
    show.add_argument("id", help="article id, or a unique prefix of at least 4 characters")
    show.add_argument("--passage", type=_positive, metavar="N", help="only passage N")
    show.add_argument("--json", action="store_true", help="the article as one JSON object")

    events = _command(commands, "events", "the story's timeline, or one event's coverage",
                      "Each event lists who reported it first and every other outlet's lag in days\n"
                      "(an estimated date is marked so). Proposed events come from your articles;\n"
                      "(anticipated) ones are plans the articles report, listed after the timeline.\n\n"
                      "examples:\n  gsomia-tui events\n  gsomia-tui events signing\n"
                      "  gsomia-tui events --json\n")
    events.add_argument("event_id", nargs="?", metavar="EVENT_ID",
                        help="show this event's passages, outlet by outlet")
    events.add_argument("--json", action="store_true",
                        help="JSON: one object per event, with 'reports' and 'first_report'")

    add = _command(commands, "add", "add your own articles (files or folders)", ADD_EXAMPLES)
    add.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursively)")
    add.add_argument("--outlet", metavar="NAME", help="the outlet of every article added")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the publication date of every article")
    add.add_argument("--url", metavar="URL", help="the web address of the article")
    add.add_argument("--follow-links", action="store_true",
                     help="follow links that lead outside the folders given (default: skip them)")
    add.add_argument("--dry-run", action="store_true",
                     help="say what would be added, found, skipped and left out; keep nothing")

    edit = _command(commands, "edit", "correct the outlet, date, headline or address of one of "
                    "your articles (kept as set by you)", EDIT_EXAMPLES)
    edit.add_argument("id", help="article id, or a unique prefix of at least 4 characters")
    edit.add_argument("--outlet", metavar="NAME", help="the outlet that published it")
    edit.add_argument("--date", metavar="YYYY-MM-DD", help="its publication date "
                      "(or YYYY-MM, YYYY)")
    edit.add_argument("--headline", metavar="TEXT", help="its headline")
    edit.add_argument("--url", metavar="URL", help="its web address")
    edit.add_argument("--undo", metavar="FIELD", action="append", default=[],
                      choices=("outlet", "date", "headline", "url", "all"),
                      help="forget what you set for FIELD (outlet, date, headline, url or all): "
                      "what the page gives is shown again; may be repeated")

    export = _command(commands, "export", "the hits or an event's coverage, each passage cited",
                      EXPORT_EXAMPLES)
    export.add_argument("query", nargs="?", help="what to look for (the query language of search)")
    export.add_argument("--event", metavar="ID", help="an event's coverage instead of a query "
                        "(ids: gsomia-tui events)")
    _filters(export)
    export.add_argument("--sort", choices=("relevance", "date"), default="relevance",
                        help="relevance (default) or date, oldest first")
    export.add_argument("--limit", type=_positive, metavar="N",
                        help="at most N articles (default: every hit)")
    export.add_argument("--format", choices=("md", "csv", "json"), default="md",
                        help="md (default), csv, or json (one object per line)")
    export.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write to FILE instead of the standard output")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")

    trend = _command(commands, "trend", "a search's articles per day, week or month",
                     TREND_EXAMPLES)
    trend.add_argument("query", help="what to look for (the query language of search)")
    _filters(trend)
    trend.add_argument("--interval", choices=("day", "week", "month"), default="month",
                       help="the length of each interval (default month)")
    trend.add_argument("--by", choices=("outlet",), help="also count each outlet")
    trend.add_argument("--share", action="store_true",
                       help="each outlet's share of the interval's articles (implies --by outlet)")
    trend.add_argument("--fill", action="store_true",
                       help="list the empty intervals too, from the first to the last")
    shape = trend.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="one JSON object per interval")
    shape.add_argument("--csv", action="store_true", help="CSV with a header row")

    overlap = _command(commands, "overlap", "what an article shares with others, what it "
                       "alone reported", OVERLAP_EXAMPLES)
    overlap.add_argument("id", help="article id, or a unique prefix of at least 4 characters")
    overlap.add_argument("--json", action="store_true", help="the overlap as one JSON object")

    quotes = _command(commands, "quotes", "who said what, each quote once with every outlet",
                      QUOTES_EXAMPLES)
    quotes.add_argument("--speaker", metavar="NAME", help="only quotes of this speaker "
                        "(any part of the name: Kishida, 'Defense Ministry')")
    quotes.add_argument("--event", metavar="ID", help="only quotes in passages reporting this "
                        "event (ids: gsomia-tui events)")
    quotes.add_argument("--json", action="store_true", help="one JSON object per quote")

    remove = _command(commands, "remove", "take one of your added articles out (--undo puts it back)",
                      "The article is kept, as it was, in the library's folder `removed`:\n"
                      "`remove --undo ID` puts it back with what you set for it with `edit`\n"
                      "(added again from its file instead, it shows what its page gives).\n"
                      "Delete that folder to forget removed articles for good.\n\n"
                      "examples:\n  gsomia-tui remove 3f2a9c01\n  gsomia-tui remove --undo 3f2a9c01\n")
    remove.add_argument("id", help="article id, or a unique prefix of at least 4 characters")
    remove.add_argument("--undo", action="store_true",
                        help="put back the removed article ID, as it was before the remove")
    return parser


def _filters(command: argparse.ArgumentParser) -> None:
    """The outlet and date filters that every command over a search shares."""
    command.add_argument("--outlet", action="append", metavar="X",
                         help="only this outlet (id or part of its name); repeatable")
    command.add_argument("--from", dest="date_from", metavar="D",
                         help="from date D (YYYY[-MM[-DD]])")
    command.add_argument("--to", dest="date_to", metavar="D", help="to date D, inclusive")


def _command(commands, name: str, summary: str, epilog: str) -> argparse.ArgumentParser:
    return commands.add_parser(name, help=summary, description=summary, epilog=epilog,
                               formatter_class=FittingHelpFormatter)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gsomia-tui")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"
