"""The README's query-language examples are true of the bundled corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def query_examples():
    text = README.read_text(encoding="utf-8")
    block = text.split("<!-- query-examples")[1].split("<!-- /query-examples -->")[0]
    rows = re.findall(r"^\| `(.+?)` \| (\d+) \|", block, flags=re.MULTILINE)
    assert len(rows) >= 15
    return rows


@pytest.mark.parametrize("query,count", query_examples())
def test_readme_query_example(engine, query, count):
    assert engine.search(query).total == int(count)
