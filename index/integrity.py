"""Checksums of the index's files, so that damage is found on open, not as a wrong answer.

Whoosh never rewrites a file it has written (a commit adds segment files and a new table of
contents, a merge deletes old ones), so a file whose CRC-32 no longer matches the one taken
after the commit that wrote it was damaged: random bytes, a bad disk, a careless tool. Files
written since (by another process's commit) are not listed yet and are not judged; files
gone (merged away) neither. CRC-32 runs at gigabytes a second: a few milliseconds for the
bundled corpus' index.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

CHECKSUM_FILE = "checksums.json"
_CHUNK = 1 << 20


class DamagedFile(Exception):
    """An index file whose bytes are not those that were written."""


def _index_files(location: Path) -> list[Path]:
    """Whoosh's segment and table-of-contents files (not its lock, not our side files)."""
    return sorted(p for p in location.iterdir()
                  if p.name.startswith(("MAIN_", "_MAIN_")) and not p.name.endswith("LOCK"))


def file_checksum(path: Path) -> int:
    crc = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def has_checksums(location: Path) -> bool:
    return (location / CHECKSUM_FILE).exists()


def record_checksums(location: Path) -> None:
    """After a commit: remember every index file's size and CRC-32."""
    sums = {path.name: [path.stat().st_size, file_checksum(path)]
            for path in _index_files(location)}
    partial = location / f".{CHECKSUM_FILE}.{os.getpid()}"
    try:
        partial.write_text(json.dumps(sums), encoding="ascii")
        os.replace(partial, location / CHECKSUM_FILE)
    except OSError:
        partial.unlink(missing_ok=True)  # unwritable: the next open checks what it can


def verify_checksums(location: Path) -> None:
    """Raise DamagedFile when a listed file's bytes changed (or the list itself is damaged)."""
    try:
        text = (location / CHECKSUM_FILE).read_text(encoding="ascii")
    except FileNotFoundError:
        return  # an index from before checksums: nothing to compare with
    except (OSError, UnicodeDecodeError) as error:
        raise DamagedFile(f"{CHECKSUM_FILE} cannot be read ({error})") from None
    try:
        sums = json.loads(text)
        expected = {name: (int(size), int(crc)) for name, (size, crc) in sums.items()}
    except (ValueError, TypeError, AttributeError):
        raise DamagedFile(f"{CHECKSUM_FILE} is damaged") from None
    for name, (size, crc) in expected.items():
        path = location / name
        try:
            if path.stat().st_size != size or file_checksum(path) != crc:
                raise DamagedFile(f"{name} is not as written")
        except FileNotFoundError:
            continue  # merged away by a later commit
