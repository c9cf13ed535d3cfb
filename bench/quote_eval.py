"""Precision and recall of quote finding and speaker naming against hand-labelled quotes.

    python -m bench.quote_eval [--errors]           the bundled articles (tests/fixtures/quotes.json)
    python -m bench.quote_eval --held-out ../shared/timex-dev [--errors]
                                                    five TimeML articles never tuned on
                                                    (tests/fixtures/quotes-heldout.json)
    python -m bench.quote_eval --held-out ../shared/timex-dev --gold tests/fixtures/quotes-heldout2.json

A found quote is right when it lies in the labelled passage and holds the labelled fragment
(or lies inside it); its speaker is right when the normalised names agree
(`corpus.speakers.speaker_key`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.common import exit_with
from corpus.quotes import Quote, article_quotes
from corpus.speakers import speaker_key

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
DEFAULT_GOLD = FIXTURES / "quotes.json"
HELD_OUT_GOLD = FIXTURES / "quotes-heldout.json"


def evaluate(gold: list[dict], articles) -> dict:
    found = [quote for article in articles for quote in article_quotes(article)]
    matched_found, matched_gold, right_speaker, errors = set(), set(), 0, []
    for g, label in enumerate(gold):
        match = next((i for i, q in enumerate(found) if i not in matched_found and
                      _same(q, label)), None)
        if match is None:
            errors.append(f"missed: {label['article'][:8]}#{label['passage']} {label['quote']!r}")
            continue
        matched_found.add(match)
        matched_gold.add(g)
        if found[match].speaker_name and \
                speaker_key(found[match].speaker_name) == speaker_key(label["speaker"]):
            right_speaker += 1
        else:
            errors.append(f"speaker: {label['quote']!r} said by {label['speaker']!r}, "
                          f"found {found[match].speaker_name!r}")
    errors += [f"not a labelled quote: {q.article_id[:8]}#{q.passage} {q.text[:60]!r}"
               for i, q in enumerate(found) if i not in matched_found]
    return {
        "labelled": len(gold), "found": len(found),
        "quote_precision": _ratio(len(matched_found), len(found)),
        "quote_recall": _ratio(len(matched_gold), len(gold)),
        "speaker_accuracy": _ratio(right_speaker, len(matched_gold)),
        "quote_and_speaker_precision": _ratio(right_speaker, len(found)),
        "quote_and_speaker_recall": _ratio(right_speaker, len(gold)),
        "errors": errors,
    }


def _same(quote: Quote, label: dict) -> bool:
    if quote.article_id != label["article"] or quote.passage != label["passage"]:
        return False
    ours, theirs = _fold(quote.text), _fold(label["quote"])
    return theirs in ours or ours in theirs


def _fold(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").casefold().split())


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def load_gold(path: Path = DEFAULT_GOLD) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["quotes"]


def timeml_articles(folder: Path, ids) -> list:
    """TimeML news articles as Articles: the TEXT element's paragraphs, tags removed, the
    Penn Treebank quote marks (`` and '') read as curly quotes."""
    from bench.timex_eval import parse_timeml
    from corpus.model import Article, Passage

    articles = []
    for doc_id in sorted(set(ids)):
        body = parse_timeml((folder / f"{doc_id}.tml").read_text(encoding="utf-8"), doc_id).text
        body = body.replace("``", "\u201c").replace("''", "\u201d")
        paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
        passages, offset = [], 0
        for number, text in enumerate(paragraphs, start=1):
            passages.append(Passage(doc_id, number, offset, offset + len(text), text))
            offset += len(text) + 2
        articles.append(Article(doc_id, "", None, "unknown", None, None, "", None, None,
                                f"timeml:{doc_id}", body, "\n\n".join(paragraphs),
                                tuple(passages)))
    return articles


def main(argv: list[str] | None = None) -> int:
    from corpus.loader import load_bundled

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", type=Path, metavar="TIMEML_DIR",
                        help="evaluate on the held-out TimeML articles in this folder")
    parser.add_argument("--gold", type=Path, default=HELD_OUT_GOLD,
                        help="the labels of the held-out articles (default quotes-heldout.json)")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if args.held_out:
        gold = load_gold(args.gold)
        report = evaluate(gold, timeml_articles(args.held_out, (g["article"] for g in gold)))
    else:
        report = evaluate(load_gold(DEFAULT_GOLD), load_bundled())
    errors = report.pop("errors")
    print(json.dumps(report))
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    exit_with(main)
