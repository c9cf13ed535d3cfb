"""`gsomia-tui overlap ID` and `gsomia-tui quotes`: what outlets share, what each added."""

from __future__ import annotations

import json
import sys
from argparse import Namespace

from explorer.cli.output import EXIT_NO_MATCH, EXIT_OK, error
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



def quotes(args: Namespace) -> int:
    from index.quote_groups import by_speaker, corpus_quotes, group_quotes

    corpus = load_corpus(args.data)
    groups = group_quotes(corpus_quotes(corpus), corpus)
    if args.event:
        from index.timeline_cache import store_timeline

        try:
            event = store_timeline(corpus).event(args.event)
        except KeyError as missing:
            return error(str(missing.args[0]))
        covering = {(c.article_id, c.passage) for c in event.coverage}
        groups = tuple(g for g in groups if any(
            (c.quote.article_id, c.quote.passage) in covering for c in g.copies))
    if args.speaker:
        groups = by_speaker(groups, args.speaker)
    for group in groups:
        if args.json:
            print(json.dumps(quote_record(group), ensure_ascii=False))
        else:
            _print_group(group)
    if not groups:
        print("gsomia-tui: no quote matches", file=sys.stderr)
        return EXIT_NO_MATCH
    return EXIT_OK


def quote_record(group) -> dict:
    return {"speaker": group.speaker, "text": group.text, "outlets": list(group.outlets),
            "copies": [{"article_id": c.quote.article_id, "outlet": c.outlet_label,
                        "date": c.date, "headline": c.headline, "passage": c.quote.passage,
                        "start": c.quote.start, "end": c.quote.end, "text": c.quote.text,
                        "speaker_as_written": c.quote.speaker, "speaker": c.quote.speaker_name,
                        "kind": c.quote.kind, "difference": c.difference}
                       for c in group.copies]}


def _print_group(group) -> None:
    from index.citations import date_label

    print(f"{group.speaker or 'unattributed'}: \u201c{group.text}\u201d")
    for copy in group.copies:
        said = f" (as {copy.quote.speaker_name})" if copy.quote.speaker_name not in (
            group.speaker, None) else ""
        reported = ", reported speech" if copy.quote.kind == "reported" else ""
        difference = f": {copy.difference}" if copy.difference else ""
        print(f"  {copy.outlet_label}, {date_label(copy.date)}, passage {copy.quote.passage}"
              f"{reported}{said}{difference}")
    print()
