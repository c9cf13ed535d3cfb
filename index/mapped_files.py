"""Index files read in place from the memory map, not copied into memory on open.

Whoosh opens each file inside a compound segment as a `BufferFile`, whose constructor wraps
the mapped bytes in a `BytesIO`: a copy of the whole file (the postings of a 10k-article
segment are ~90 MB). Here the readers that stream (a header read after a seek) read the map
through a cursor instead (10k search: 0.4 s and ~300 MB less per process). Installed once, by
importing this module (index.store does).
"""

from __future__ import annotations

import os

from whoosh.filedb import compound, filestore, structfile


class MappedStream:
    """Just the file methods Whoosh's readers use, over a buffer, without copying it."""

    def __init__(self, buf) -> None:
        self._buf, self._position = buf, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._buf) if size is None or size < 0 else self._position + size
        data = bytes(self._buf[self._position:end])
        self._position += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        rest = self.read(size)
        line, newline, _ = rest.partition(b"\n")
        self._position -= len(rest) - len(line) - len(newline)
        return line + newline

    def __iter__(self):
        while line := self.readline():
            yield line

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: len(self._buf)}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._buf = b""


class LazyBufferFile(structfile.BufferFile):
    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self._stream = None
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    @property
    def file(self):
        if self._stream is None:
            self._stream = MappedStream(self._buf)
        return self._stream

    @file.setter
    def file(self, stream):
        self._stream = stream

    def close(self):
        if self.is_closed:
            raise ValueError("This file is already closed")
        if self.onclose:
            self.onclose(self)
        if self._stream is not None:
            self._stream.close()
        self.is_closed = True


for _module in (structfile, compound, filestore):
    _module.BufferFile = LazyBufferFile
