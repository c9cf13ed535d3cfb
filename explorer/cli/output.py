"""What every subcommand shares: exit statuses, the one-line error, hits marked in plain and Rich
output. Strings from the corpus or the query are data: Rich gets `Text` objects, never markup."""

from __future__ import annotations

import sys

from corpus.sanitize import clean_line

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE = 0, 1, 2
HIT_MARKS = ("«", "»")  # how plain output shows a hit


def error(message: str) -> int:
    """One line on stderr, untrusted parts already sanitised; the usage exit status."""
    print(f"gsomia-tui: {clean_line(message)}", file=sys.stderr)
    return EXIT_USAGE


def marked(text: str, spans) -> str:
    """`text` with each span wrapped in HIT_MARKS: hits in plain output."""
    pieces, cursor = [], 0
    for span in spans:
        pieces += [text[cursor:span.start], HIT_MARKS[0], text[span.start:span.end], HIT_MARKS[1]]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def highlighted(plain: str, spans, shift: int = 0, style: str = ""):
    """A Rich Text of untrusted `plain` with the spans emphasised (never parsed as markup)."""
    from rich.text import Text

    text = Text(plain, style=style)
    for span in spans:
        text.stylize("bold reverse", span.start + shift, span.end + shift)
    return text
