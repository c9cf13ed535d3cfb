"""Shared copy and quotes on the development set's pages (tests/fixtures/pages/dev, dev2):
pages in the forms of real news pages, their prose rewritten but officials' words as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import Corpus

PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def devset() -> Corpus:
    from corpus.formats import Received, read_articles
    from corpus.library import describe_received
    from corpus.loader import article_from_raw

    articles = []
    for path in sorted([*PAGES.glob("dev/*.txt"), *PAGES.glob("dev2/*.txt")]):
        received = next(item for item in read_articles(path) if isinstance(item, Received))
        known = describe_received(received, overrides={}, source=path.name, path=path)
        articles.append(article_from_raw(received.text, known, path.name))
    return Corpus(tuple(articles))


def by_file(corpus: Corpus, name: str):
    return next(article for article in corpus if article.source == name)


def test_a_wire_lead_carried_by_a_reposting_page_is_shared(devset):
    from index.overlap import article_overlap, shared_sentences

    repost = by_file(devset, "008_ajosshi_2012_noname.txt")
    found = article_overlap(repost, shared_sentences(devset, None), devset)
    carriers = {c.article_id for p in found.passages for part in p.shared for c in part.carriers}
    assert by_file(devset, "006_wopular_nyt_2012.txt").id in carriers
    assert 0 < found.shared_share < 1 and found.own_passages


def test_a_statement_carried_by_two_outlets_is_listed_once(devset):
    from index.quote_groups import corpus_quotes, group_quotes

    groups = group_quotes(corpus_quotes(devset), devset)
    pentagon = [g for g in groups if "strong concern and disappointment" in g.text]
    assert len(pentagon) == 1
    sources = {devset.get(c.quote.article_id).source for c in pentagon[0].copies}
    assert sources == {"015_thehill_2019_pentagon.txt", "016_gopbriefing_usatoday_2019.txt"}
    assert {c.quote.speaker_name for c in pentagon[0].copies} == {"Dave Eastburn"}
    grave = [g for g in groups if g.text.casefold() == "grave change"]
    assert len(grave) == 1 and len(grave[0].outlets) >= 4 and grave[0].speaker == "Kim You-geun"
