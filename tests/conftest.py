"""Shared fixtures. Sections: core fixtures (lead); app fixtures (appended below)."""

from __future__ import annotations

import datetime
import os
import random
import threading
import uuid

import pytest

from corpus import date_value
from corpus.loader import load_bundled


TERMINAL_SIZE_VARIABLES = ("COLUMNS", "LINES")


def pytest_configure(config):
    """Under pytest-xdist every worker must collect the same tests in the same order, and some
    parameters are built from sets (string hashes): the workers share one hash seed, drawn
    afresh each run unless PYTHONHASHSEED is set (it is printed in the header). A worker also
    starts with COLUMNS=80 and LINES=24 set, which the apps it starts in real terminals would
    take for their size: it gets the run's own values (mostly none) instead."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        for name in TERMINAL_SIZE_VARIABLES:
            os.environ.pop(name, None)
        os.environ.update(workerinput.get("gsomia_terminal_size", {}))
    elif getattr(config.option, "numprocesses", None):
        os.environ.setdefault("PYTHONHASHSEED", str(random.randrange(1, 2**32)))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """(pytest-xdist, in the run itself, for each worker it starts.)"""
    node.workerinput["gsomia_terminal_size"] = {
        name: os.environ[name] for name in TERMINAL_SIZE_VARIABLES if name in os.environ}


def pytest_report_header(config):
    if getattr(config.option, "numprocesses", None):
        return f"workers' PYTHONHASHSEED={os.environ.get('PYTHONHASHSEED')}"


# --- core fixtures ---
TODAY = datetime.date(2026, 12, 7)  # the day the date rules' rounds were written


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """The date rules' today fixed (`corpus.date_value.today`): no test's answer moves with the calendar."""
    monkeypatch.setattr(date_value, "today", lambda: TODAY)


@pytest.fixture(scope="session")
def corpus():
    return load_bundled()


@pytest.fixture(scope="session")
def engine(corpus, tmp_path_factory):
    from index.search import SearchEngine

    engine = SearchEngine.open(corpus, tmp_path_factory.mktemp("index"))
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """An engine of 400 generated articles: several blocks of postings, where Whoosh's
    block-quality skipping and the ways of collecting a search come into play."""
    from bench.generate import generate_articles
    from corpus.loader import Corpus
    from index.search import SearchEngine

    engine = SearchEngine.open(Corpus(tuple(generate_articles(400, seed=11))),
                               tmp_path_factory.mktemp("generated-index"))
    yield engine
    engine.close()


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path_factory, monkeypatch):
    """No test writes to the real user cache (the index, nor the compiled patterns kept by
    `gsomia-tui`'s `main`)."""
    monkeypatch.setenv("GSOMIA_TUI_INDEX", str(tmp_path_factory.getbasetemp() / "index-cache"))
    monkeypatch.setenv("GSOMIA_TUI_REGEX_CACHE", str(tmp_path_factory.getbasetemp() / "regex-cache.json"))


def span_texts(text, spans):
    return [text[s.start:s.end] for s in spans]


# --- app fixtures ---
# Events built from real corpus passages, for the app tests, until/unless index.timeline
# is importable (then `app_timeline_builder` returns the real `build_timeline`).
SAMPLE_EVENTS = (
    ("cabinet-2012", "Seoul cabinet approves the pact, quietly", "2012-06-26", "26 Jun 2012", "day",
     "cabinet"),
    ("attempt-2012", "The 2012 attempt collapses", "2012-06", "Jun 2012", "month", "2012"),
    ("talks-restart", "Talks on the pact restart", "2016-10-27", "27 Oct 2016", "day",
     "restarted OR resume"),
    ("signing", "GSOMIA signed in Seoul", "2016-11-23", "23 Nov 2016", "day", "Nagamine"),
    ("us-welcome", "Washington welcomes the deal", "2016-11-24", "24 Nov 2016", "day",
     "welcomes OR welcome"),
)


def sample_timeline(engine):
    """A Timeline whose coverage comes from `engine.search_passages`, like the real one."""
    from index.results import Coverage, Timeline, TimelineEvent

    events = []
    for event_id, title, date, label, granularity, query in SAMPLE_EVENTS:
        coverage = []
        for match in engine.search_passages(query):
            article = engine.corpus.get(match.article_id)
            passage = article.passage(match.number)
            coverage.append(Coverage(article.id, article.outlet_id, article.outlet_label,
                                     article.date, article.headline, passage.number,
                                     passage.start, passage.end, match.spans))
        coverage.sort(key=lambda c: (c.article_date or "", c.outlet_label, c.passage))
        events.append(TimelineEvent(event_id, title, date, label, granularity, False,
                                    tuple(coverage)))
    events.sort(key=lambda e: e.date)
    return Timeline(tuple(events), tuple(engine.corpus.outlets()))


def app_timeline_builder():
    """The real `build_timeline` when the core provides it, else `sample_timeline`."""
    try:
        from index.timeline import build_timeline
    except ImportError:
        return sample_timeline
    return build_timeline


def rendered_screen(app):
    """(plain text, raw terminal output) of the app's current screen, as a terminal gets it."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False)
    console.print(app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens))
    return console.export_text(), console.file.getvalue()


def finishes(work, seconds: float = 60.0):
    """`work()`'s value; fails, instead of hanging the suite, if it never returns. Not a
    timing: the limit is far above any run of the fixed code (the quadratic and backtracking
    code it guards against took minutes to hours)."""
    box = []
    thread = threading.Thread(target=lambda: box.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert box, f"still running after {seconds} s"
    return box[0]


class DamagedSearcher:
    """A Whoosh searcher over a segment that turns out damaged on its first read."""

    def __getattr__(self, name):
        raise EOFError("read past the end of a segment")

    def close(self):
        pass


async def settle(app, pilot, rounds=2):
    """Let workers finish and the messages they post be handled."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def wait_for(pilot, condition, seconds=10.0):
    """Pause until `condition()` holds (what no worker signals: a toast, a timer's work)."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"not within {seconds} s: {condition.__doc__ or condition}")


@pytest.fixture(scope="session")
def shared_timeline_builder():
    """The timeline builder, its result kept per corpus so that each app test skips the work."""
    build = app_timeline_builder()
    built = {}

    def builder(engine):
        key = engine.corpus.fingerprint
        if key not in built:
            built[key] = build(engine)
        return built[key]

    return builder


@pytest.fixture
def make_app(tmp_path_factory, corpus, shared_timeline_builder):
    """A GsomiaApp on the bundled corpus (loaded once), a per-session index, the timeline."""
    from explorer.tui.app import GsomiaApp

    root = tmp_path_factory.getbasetemp() / "app-index"

    def make(**kwargs):
        kwargs.setdefault("build_timeline", shared_timeline_builder)
        kwargs.setdefault("load_corpus", lambda: corpus)
        return GsomiaApp(root, **kwargs)

    return make


@pytest.fixture(autouse=True)
def private_data_dir(request, tmp_path_factory, monkeypatch):
    """No test reads or writes the real user library: each gets an empty one, `tmp_path / "user-data"`
    for a test that asks for tmp_path. Others get a path of their own that nothing creates until
    used: a tmp_path made for each of thousands of tests cost CI a minute."""
    if "tmp_path" in request.fixturenames:
        data = request.getfixturevalue("tmp_path") / "user-data"
    else:
        data = tmp_path_factory.getbasetemp() / "user-data" / uuid.uuid4().hex
    monkeypatch.setenv("GSOMIA_TUI_DATA", str(data))


# --- real terminals ---
@pytest.fixture
def terminal(tmp_path):
    """A tmux window of our own for the installed command (skipped without tmux)."""
    from tmux_harness import TMUX, Terminal

    if TMUX is None:
        pytest.skip("tmux is not installed: the real-terminal tests need it")
    term = Terminal(f"gsomia-test-{os.getpid()}-{tmp_path.name}", tmp_path / "status")
    yield term
    term.close()


@pytest.fixture(scope="module")
def happenings_pattern_built():
    """`find_happenings` with its one combined pattern built, as a long `add` has it from its first
    100,000 characters on: a call timed after it measures the search, not the one-time build (a
    second or more on a loaded machine)."""
    from corpus.happenings import find_happenings
    from corpus.word_starts import WHOLE_SEARCH_CHARACTERS

    find_happenings("The pact was signed. " * (WHOLE_SEARCH_CHARACTERS // 21 + 1))
