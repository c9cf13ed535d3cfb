"""Records of a JSON Lines file or a JSON list read one at a time, so an export of any size
is read with flat memory; the size limit applies to each record (each article)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any, Iterator

CHUNK = 1 << 20


class RecordProblem(Exception):
    """One record (or the file from there on) cannot be read; the message says why."""


def json_lines(path: Path, limit: int) -> Iterator[tuple[int, bytes | RecordProblem]]:
    """(line number, the line's bytes or why it is skipped) for every line with text."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if len(line) > limit:
                yield number, RecordProblem(_too_big(len(line), limit))
            elif line.strip():
                yield number, line


def json_list(path: Path, limit: int) -> Iterator[tuple[int, Any | RecordProblem]]:
    """(item number, the decoded item or why it is skipped) for every item of a top-level
    JSON list; reading stops at the first place that is not valid JSON."""
    reader = _Reader(path)
    if reader.next_char() != "[":
        yield 1, RecordProblem("a JSON file this large must be a list of articles "
                               "(or one article a line: JSON Lines)")
        return
    reader.position += 1
    number = 0
    while True:
        if reader.next_char() == "]":
            return
        number += 1
        try:
            item, size = reader.value(limit)
        except RecordProblem as problem:
            yield number, problem
            return
        yield number, item if size <= limit else RecordProblem(_too_big(size, limit))
        following = reader.next_char()
        if following == "]":
            return
        if following != ",":
            yield number + 1, RecordProblem(f"not valid JSON after record {number}: expected , "
                                            f"or ] but found {following or 'the end'!r}")
            return
        reader.position += 1


def _too_big(size: int, limit: int) -> str:
    return (f"{size / 1024 / 1024:.1f} MB is over the {limit // 1024 // 1024} MB limit for "
            "one article")


class _Reader:
    """UTF-8 text read in chunks, with a cursor: just enough of a JSON list parser."""

    def __init__(self, path: Path) -> None:
        self.handle = open(path, "rb")
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self.text, self.position, self.ended = "", 0, False
        self.parse = json.JSONDecoder().raw_decode

    def more(self) -> bool:
        if self.ended:
            return False
        chunk = self.handle.read(CHUNK)
        self.ended = not chunk
        self.text = self.text[self.position:] + self.decoder.decode(chunk, final=self.ended)
        self.position = 0
        if self.ended:
            self.handle.close()
        return True

    def next_char(self) -> str:
        """The next character that is not white space (not consumed), or '' at the end."""
        while True:
            while self.position < len(self.text) and self.text[self.position] in " \t\r\n":
                self.position += 1
            if self.position < len(self.text):
                return self.text[self.position]
            if not self.more():
                return ""

    def value(self, limit: int) -> tuple[Any, int]:
        """The JSON value at the cursor and its size in characters."""
        while True:
            try:
                item, end = self.parse(self.text, self.position)
            except json.JSONDecodeError as error:
                if len(self.text) - self.position > 2 * limit + CHUNK or not self.more():
                    raise RecordProblem(f"not valid JSON ({error.msg}; reading stopped "
                                        "there)") from None
                continue
            size, self.position = end - self.position, end
            return item, size
