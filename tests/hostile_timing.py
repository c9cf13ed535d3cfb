"""The hostile-text check the word-list rounds share: each new wording reads a ~100 KB hostile text in under 0.1 s
of CPU (`time.process_time`, not wall time)."""

from __future__ import annotations

import re
import time


def assert_each_reads_quickly(wordings: list[re.Pattern], text: str, limit: float = 0.1) -> None:
    """Fail, naming the pattern, if any of `wordings` takes `limit` seconds of CPU or more over `text`."""
    for wording in wordings:
        started = time.process_time()
        for _ in wording.finditer(text):
            pass
        assert time.process_time() - started < limit, wording.pattern
