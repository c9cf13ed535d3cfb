"""The command-line face of gsomia-tui: `gsomia-tui` and its subcommands (entry point `main`)."""

from explorer.cli.main import main

__all__ = ["main"]
