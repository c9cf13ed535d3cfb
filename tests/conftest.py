"""Shared fixtures. Sections: core fixtures (lead); app fixtures (appended below)."""

from __future__ import annotations

import pytest

from corpus.loader import load_bundled


# --- core fixtures ---
@pytest.fixture(scope="session")
def corpus():
    return load_bundled()


@pytest.fixture(scope="session")
def engine(corpus, tmp_path_factory):
    from index.search import SearchEngine

    engine = SearchEngine.open(corpus, tmp_path_factory.mktemp("index"))
    yield engine
    engine.close()


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path_factory, monkeypatch):
    """No test writes to the real user cache."""
    monkeypatch.setenv("GSOMIA_TUI_INDEX", str(tmp_path_factory.getbasetemp() / "index-cache"))


def span_texts(text, spans):
    return [text[s.start:s.end] for s in spans]
