"""Syndicated copies folded under the earliest article they copy (`index.copies`)."""

from __future__ import annotations

from corpus.loader import article_from_raw
from index.copies import SharedIndex, fold_copies
from index.shared_text import find_shared

WIRE = [
    "Defense Minister Han Min-koo and Ambassador Yasumasa Nagamine signed the Kwangju "
    "intelligence accord at a closed ceremony in the ministry building on Wednesday.",
    "The accord allows both militaries to swap classified data on ballistic launches and "
    "submarine movements without routing it through Washington first.",
]
SIGNED = ("South Korea's Defense Minister Han Min-koo and Japanese Ambassador to Seoul Yasumasa "
          "Nagamine signed the General Security of Military Information Agreement(GSOMIA) on "
          "Wednesday.")
NAME_ONLY = ("South Korea and Japan signed the General Security of Military Information Agreement "
             "on Wednesday despite protests from opposition parties.")


def article(number: int, date: str | None, paragraphs: list[str]):
    known = {"id": f"{number:016d}", "outlet": f"Outlet {number}"}
    if date:
        known["date"] = date
    return article_from_raw(f"Headline {number}\n\n" + "\n\n".join(paragraphs), known, "test")


def folds_of(articles):
    shared = SharedIndex.of(find_shared(
        (a.id, p.number, p.text) for a in articles for p in a.passages))
    return [(fold.original.id[-1], [c.id[-1] for c in fold.copies])
            for fold in fold_copies(articles, shared)]


def test_copies_fold_under_the_earliest_in_the_order_of_the_hits():
    wire = article(1, "2016-11-23", WIRE)
    later = article(2, "2016-11-24", ["SEOUL (Yonhap) -- " + WIRE[0], WIRE[1]])
    undated = article(3, None, WIRE)
    other = article(4, "2016-11-20", ["Analysts doubt the accord will outlast the cabinet."])
    # the hits' order: the undated copy first; its fold takes that place, headed by the wire
    assert folds_of([undated, other, later, wire]) == [("1", ["2", "3"]), ("4", [])]


def test_sharing_one_weak_sentence_is_no_copy():
    """The brief's one sentence shares the pact's long name with the wire's (a third of its
    wording): shared text, but no copy (the bundled Korea Times brief of tests/fixtures)."""
    wire = article(1, "2016-11-23", [SIGNED])
    brief = article(2, "2016-11-24", [NAME_ONLY])
    shared = find_shared((a.id, p.number, p.text) for a in (wire, brief) for p in a.passages)
    assert shared and all(s.overlap < 0.6 for s in shared)
    assert folds_of([wire, brief]) == [("1", []), ("2", [])]


def test_without_shared_text_every_article_is_its_own_row():
    articles = [article(n, "2016-11-23", [WIRE[0]]) for n in (1, 2)]
    assert [(f.original.id, f.copies) for f in fold_copies(articles, SharedIndex())] == [
        (a.id, ()) for a in articles]
