"""`gsomia-tui`: the interactive explorer by default, plus script-friendly subcommands.

Only the interactive path imports Textual; the subcommands start fast.
"""

from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path

from corpus import compiled_patterns
from corpus.finding import shown_path
from corpus.library_lock import WaitStopped
from explorer.cli.output import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, error, folder_problem
from explorer.cli.parser import build_parser

HANDLERS = {"search": ("commands", "search"), "articles": ("commands", "articles"),
            "show": ("commands", "show"), "events": ("event_commands", "events"),
            "add": ("library_commands", "add"), "remove": ("library_commands", "remove"),
            "edit": ("library_commands", "edit"), "export": ("report_commands", "export"),
            "trend": ("report_commands", "trend"), "overlap": ("compare_commands", "overlap"),
            "quotes": ("compare_commands", "quotes")}


def main(argv: list[str] | None = None) -> int:
    compiled_patterns.install()  # (the rules' patterns built from the cache: corpus/compiled_patterns.py)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as usage:
        _hint_dashed_file_names(sys.argv[1:] if argv is None else argv)
        raise usage
    for option, folder in (("--index", args.index), ("--data", args.data)):
        if problem := folder_problem(option, folder):
            return error(problem)
    if args.command is None:
        return _interactive(args.index, args.data)
    module, function = HANDLERS[args.command]
    # only the command's own module: reading commands need not import the rules that add
    handler = getattr(import_module(f"explorer.cli.{module}"), function)
    try:
        return handler(args)
    except WaitStopped as stopped:
        print(f"gsomia-tui: interrupted: {stopped}; nothing was changed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`); nothing left to say
        return EXIT_OK


def _hint_dashed_file_names(argv: list[str]) -> None:
    """After a usage error: a file whose name starts with `-` was read as an option."""
    dashed = [arg for arg in argv if arg.startswith("-") and arg != "-" and Path(arg).exists()]
    if dashed and "--" not in argv:
        shown = " ".join(shown_path(arg) for arg in dashed)
        print(f"gsomia-tui: {shown} was read as an option: to add a file whose name starts "
              f"with -, put -- before it: gsomia-tui add -- {shown}", file=sys.stderr)


def _interactive(index_root: Path | None, data_root: Path | None) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("gsomia-tui: the explorer needs a terminal; from scripts and pipes use "
              "`gsomia-tui search QUERY`, `gsomia-tui articles` or `gsomia-tui show ID` "
              "(see `gsomia-tui --help`)", file=sys.stderr)
        return EXIT_USAGE
    from explorer.tui.app import run_interactive

    return run_interactive(index_root, data_root)

