"""--help that fits the terminal: the examples and notes keep the lines and columns they are
written in, and a paragraph with a line wider than the terminal is wrapped again, under its own
column (argparse's raw formatter printed such lines whole: an 80-column terminal broke them at
any letter)."""

from __future__ import annotations

import argparse
import re
import textwrap

# "  gsomia-tui events      the story's timeline": a term, two or more spaces, its description
TERM_AND_DESCRIPTION = re.compile(r"^ *\S+(?: \S+)*? {2,}(?=\S)")
ROOM_BESIDE = 20  # a description with fewer columns left beside its term goes under it, set in


def _hang(line: str) -> int:
    """The column where the line's text goes on: its description's, else its own start."""
    term = TERM_AND_DESCRIPTION.match(line)
    return len(term.group(0)) if term else len(line) - len(line.lstrip(" "))


def _goes_on(paragraph: list[str], line: str) -> bool:
    """Whether `line` continues the paragraph: under its term's description, or prose from the
    first column (an indented line of its own, such as an example command, stands alone)."""
    first, last = paragraph[0], paragraph[-1]
    if not (line.strip() and last.strip()) or last.endswith(":") or TERM_AND_DESCRIPTION.match(line):
        return False
    starts_prose = not first.startswith(" ") and not TERM_AND_DESCRIPTION.match(first)
    return (starts_prose or bool(TERM_AND_DESCRIPTION.match(first))) and _hang(line) == _hang(first)


def paragraphs(text: str) -> list[list[str]]:
    """The lines in paragraphs: a term with the lines under its description, or lines of prose
    at the first column; a blank line, a new term or a line ending with ":" ends one."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        current = blocks[-1] if blocks else None
        goes_on = current is not None and _goes_on(current, line)
        if goes_on:
            current.append(line)
        else:
            blocks.append([line])
    return blocks


def fit_paragraph(lines: list[str], width: int) -> list[str]:
    """The lines as written when they all fit, else their words wrapped to `width`."""
    if all(len(line) <= width for line in lines):
        return lines
    first = lines[0]
    term = TERM_AND_DESCRIPTION.match(first)
    if term and width - term.end() < ROOM_BESIDE:
        return _under_term(lines, term.group(0), width)
    hang = _hang(first)
    if hang and not term:
        hang += 4  # an indented line of its own (a command): its rest set in, not a new line
    indent = " " * (hang if term else min(hang, width // 2))  # (a term leaves room beside it)
    if len(lines) == 1 and (term := TERM_AND_DESCRIPTION.match(first)):
        columns = re.split(r" {2,}", first[term.end():].strip())
        if len(columns) > 1:  # "words   all of them:   Nagamine signed": a column a line
            return [line for number, column in enumerate(columns)
                    for line in _wrap(column, width, term.group(0) if number == 0 else indent, indent)]
    joined = " ".join([first.strip()] + [line.strip() for line in lines[1:]])
    start = len(first) - len(first.lstrip(" "))
    return _wrap(joined, width, " " * start, indent) or lines


def _under_term(lines: list[str], term: str, width: int) -> list[str]:
    """The term alone, its description's words under it (argparse's way with a long option)."""
    indent = " " * (len(term) - len(term.lstrip(" ")) + 4)
    description = " ".join([lines[0][len(term):].strip()] + [line.strip() for line in lines[1:]])
    return [term.rstrip(), *_wrap(re.sub(r" {2,}", " ", description), width, indent, indent)]


def _wrap(text: str, width: int, first_indent: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first_indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


class FittingHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = [indent + line for block in paragraphs(text) for line in fit_paragraph(block, width)]
        return "\n".join(lines) + ("\n" if text.endswith("\n") else "")
