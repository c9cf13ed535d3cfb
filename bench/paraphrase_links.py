"""Whether a listed event links a paraphrase: the sentence as the one passage of an article of its own,
dated with `published` (or undated, the sentence then carrying its date), read by the timeline and offered
to the event. Shared by `bench.paraphrase_eval` and `tests/test_event_paraphrases.py`."""

from __future__ import annotations

from corpus.events import dated_mentions, load_event_specs
from corpus.loader import article_from_raw
from index.readings import read_article
from index.timeline import listed_event


def specs_by_id() -> dict:
    return {spec.id: spec for spec in load_event_specs()}


def paraphrase_article(published: str | None, text: str, number: int = 0):
    known = {"id": f"para{number:04d}", "outlet": "Paraphrase Wire", "headline": "Paraphrase"}
    if published:
        known.update(date=published, date_precision="day", date_provenance="given by the test")
    return article_from_raw(f"Paraphrase\n\n{text}\n", known, "test:paraphrase")


def paraphrase_passages(published: str | None, text: str) -> list[str]:
    return [passage.text for passage in paraphrase_article(published, text).passages]


def event_links(specs: dict, event_id: str, published: str | None, text: str) -> bool:
    """Whether the listed event `event_id` (of `specs`, id -> spec) takes the paraphrase as its coverage."""
    article = paraphrase_article(published, text)
    event = listed_event(specs[event_id], [read_article(article, dated_mentions(article))], tuple(specs.values()))
    return bool(event.coverage)
