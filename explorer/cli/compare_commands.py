"""`gsomia-tui overlap ID`: what an article shares with other outlets, what it alone reported."""

from __future__ import annotations

import json
from argparse import Namespace

from explorer.cli.output import EXIT_OK, error
from explorer.cli.session import load_corpus, open_engine


def overlap(args: Namespace) -> int:
    from index.overlap import article_overlap, shared_sentences

    corpus = load_corpus(args.data)
    try:
        article = corpus.get(args.id)
    except KeyError as missing:
        return error(str(missing.args[0]))
    engine = open_engine(args, corpus)
    found = article_overlap(article, shared_sentences(corpus, engine.opened.location), corpus)
    if args.json:
        print(json.dumps(overlap_record(found), ensure_ascii=False))
    else:
        _print_overlap(found)
    return EXIT_OK


def overlap_record(found) -> dict:
    article = found.article
    return {
        "article_id": article.id, "outlet": article.outlet_label, "date": article.date,
        "headline": article.headline, "shared": round(found.shared_share, 4),
        "by_outlet": [{"outlet": label, "shared": round(share, 4)}
                      for label, share in found.by_outlet],
        "own_passages": list(found.own_passages),
        "passages": [{"number": p.number, "shared": [
            {"start": part.start, "end": part.end, "carried_by": [
                {"article_id": c.article_id, "outlet": c.outlet_label, "date": c.date,
                 "headline": c.headline, "passage": c.passage, "start": c.start, "end": c.end,
                 "text": c.text, "overlap": c.overlap} for c in part.carriers]}
            for part in p.shared]} for p in found.passages],
    }


def _print_overlap(found) -> None:
    from index.citations import article_date_label

    article = found.article
    print(f"\u201c{article.headline}\u201d \u2014 {article.outlet_label}, "
          f"{article_date_label(article)}")
    if not found.by_outlet:
        print("no passage of it is carried by another article: all its own reporting")
        return
    with_whom = ", ".join(f"{label} {share:.0%}" for label, share in found.by_outlet)
    print(f"{found.shared_share:.0%} of its text is carried by other articles: {with_whom}")
    own = ", ".join(map(str, found.own_passages)) or "none"
    print(f"its own reporting: passage{'s' if len(found.own_passages) != 1 else ''} {own}")
    for passage in found.passages:
        for part in passage.shared:
            where = "; ".join(f"{c.outlet_label} passage {c.passage}, "
                              f"{c.overlap:.0%} of the wording in common" for c in part.carriers)
            print(f"\n[{passage.number}] also in {where}")
            print(f"    {passage.text[part.start:part.end]}")
            for carrier in part.carriers:
                print(f"  \u2248 {carrier.outlet_label}: {carrier.text}")

