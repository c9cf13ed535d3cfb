"""The timeline: listed events linked to their coverage by rule, proposed events, the CLI."""

from __future__ import annotations

import datetime
import json

import pytest

from corpus.dates import find_dates, parse_date_value
from corpus.event_rules import REPORTED_WITHIN_DAYS
from corpus.events import dated_mentions, load_event_specs
from corpus.loader import Corpus, article_from_raw
from explorer.cli import main
from index.search import SearchEngine
from index.timeline import build_timeline


@pytest.fixture(scope="module")
def timeline(engine):
    return build_timeline(engine)


def test_events_are_in_date_order_with_dates_at_their_granularity(timeline):
    keys = [tuple(int(x) for x in (e.date + "-0-0").split("-")[:3]) for e in timeline.events]
    assert keys == sorted(keys)
    by_id = {e.id: e for e in timeline.events}
    assert (by_id["signing"].date, by_id["signing"].granularity) == ("2016-11-23", "day")
    assert by_id["signing"].date_label == "23 Nov 2016"
    assert (by_id["collapse-2012"].date, by_id["collapse-2012"].granularity) == ("2012-06", "month")
    assert by_id["north-korea-tests-2016"].granularity == "year"
    assert by_id["tentative-agreement"].date_label == "14 Nov 2016"


def test_every_listed_event_of_the_bundled_years_has_coverage(timeline):
    """The 2019 and 2023 events have no bundled coverage: tests/test_event_paraphrases.py
    and the end-to-end test cover them. Nor has Japan's cabinet approval of 29 June 2012: the bundled page of
    28 June only foresees it ("likely to endorse the agreement this Friday"), shown as anticipated (round 82)."""
    listed = [e for e in timeline.events if not e.proposed]
    assert {e.id for e in listed} == {spec.id for spec in load_event_specs()}
    for event in listed:
        assert bool(event.coverage) == (event.date < "2017" and event.id not in FORESEEN_ONLY), event.id
    assert [(e.date, e.coverage[0].article_id) for e in timeline.anticipated if e.date < "2013"] == [
        ("2012-06-29", "e7526d7d388919c6")]


FORESEEN_ONLY = frozenset({"japan-cabinet-due-2012"})


def test_no_passage_is_claimed_against_its_own_dates(timeline, corpus):
    """Where a passage's dates speak to the event, one of them agrees with the event's date (or
    with a day the event was also held: the talks announced on 27 Oct 2016 resumed on 1 Nov)."""
    held = {spec.id: spec.held for spec in load_event_specs()}
    for event in timeline.events:
        value = parse_date_value(event.date)
        days = (value, *held.get(event.id, ()))
        for item in event.coverage:
            article = corpus.get(item.article_id)
            own = [m for m in dated_mentions(article) if m.passage == item.passage]
            assert any(all(m.value.compatible(day) or _coarser_by_two(m.value, day) for m in own)
                       or any(m.value.compatible(day) for m in own) for day in days), \
                (event.id, item.article_id, item.passage)
            published = parse_date_value(article.date)
            if not any(m.value.iso() == value.iso() for m in own):
                assert published.bounds()[1] >= value.bounds()[0], (event.id, item.article_id)


def _coarser_by_two(mention, event):
    rank = {"year": 0, "month": 1, "week": 2, "day": 2}
    return rank[event.granularity] - rank[mention.granularity] >= 2


def test_the_signing_is_covered_by_three_outlets(timeline, corpus):
    signing = timeline.event("signing")
    assert set(signing.outlet_ids) == {"unknown-81cfaf9f", "korea-herald", "kbs-world-radio"}
    herald = [c for c in signing.coverage if c.outlet_id == "korea-herald"]
    assert [c.passage for c in herald] == [1, 2]  # "Earlier in the day" is Wednesday's
    stops = signing.first_by_outlet()
    assert [s.outlet_id for s in stops] == ["unknown-81cfaf9f", "korea-herald", "kbs-world-radio"]
    text = corpus.get(herald[0].article_id).clean_text
    assert {text[s.start:s.end] for s in herald[0].spans} >= {"Wednesday", "signing"}


def test_a_passage_about_2012_is_not_claimed_by_the_2016_signing(timeline):
    signing = timeline.event("signing")
    assert ("5dc33988083df1cc", 7) not in {(c.article_id, c.passage) for c in signing.coverage}
    collapse = timeline.event("collapse-2012")
    assert ("5dc33988083df1cc", 7) in {(c.article_id, c.passage) for c in collapse.coverage}


def test_an_article_cannot_report_what_had_not_happened(timeline):
    """The October 2016 article mentions signing a GSOMIA, but before the signing; the page of 28 June 2012 tells
    Japan's cabinet as "likely to endorse the agreement this Friday": not its approval (timeline round 82)."""
    signing = timeline.event("signing")
    assert "90dd09783d8c4acf" not in {c.article_id for c in signing.coverage}
    assert "e7526d7d388919c6" not in {c.article_id for c in timeline.event("japan-cabinet-due-2012").coverage}


def test_the_matrix_leaves_uncovering_outlets_out(timeline):
    matrix = timeline.matrix()
    assert set(matrix["signing"]) == {"unknown-81cfaf9f", "korea-herald", "kbs-world-radio"}
    assert "joongang-daily" not in matrix["signing"]
    assert set(matrix["talks-resumed"]) == {"joongang-daily"}
    assert {oid for oid, _ in timeline.outlets} == {"korea-herald", "kbs-world-radio", "unknown-81cfaf9f",
                                                    "joongang-daily"}


def test_the_bundle_needs_no_proposed_events(timeline):
    assert not [e for e in timeline.events if e.proposed]


ADDED_ARTICLE = """Seoul, Tokyo seal military intelligence pact

SEOUL, Nov. 23 (Newsroom) -- South Korea's Defense Minister Han Min-koo and Japan's ambassador
Yasumasa Nagamine signed the General Security of Military Information Agreement on Wednesday in
Seoul, the defense ministry said.

The two countries will also hold a joint press briefing on Dec. 5 about how the pact will work, an
official said, adding that the briefing would be held at the defense ministry.

Officials said the joint briefing on Dec. 5 would explain the new rules to lawmakers.
"""


def test_an_added_article_joins_the_events_it_reports(corpus, tmp_path):
    added = article_from_raw(ADDED_ARTICLE, {"outlet": "Newsroom Daily", "date": "2016-11-24",
                                             "date_precision": "day"}, "test:added.txt")
    engine = SearchEngine.open(Corpus(corpus.articles + (added,)), tmp_path)
    timeline = build_timeline(engine)
    signing = timeline.event("signing")
    assert "newsroom-daily" in signing.outlet_ids
    covering = [c for c in signing.coverage if c.outlet_id == "newsroom-daily"]
    assert [c.passage for c in covering] == [1]
    # "will also hold a joint press briefing on Dec. 5": a plan, anticipated apart, not an event
    assert not [e for e in timeline.events if e.proposed]
    later = [e for e in timeline.anticipated if e.date > "2016"]  # (not the bundled 2012 cabinet foreseen)
    assert [(e.date, len(e.coverage), e.anticipated) for e in later] == [("2016-12-05", 2, True)]
    assert later[0].title.startswith("The two countries will also hold a joint press briefing")


def test_no_event_is_claimed_without_a_date_within_the_reporting_window(corpus, tmp_path):
    """... unless the event happened once to what the sentence names: the GSOMIA was signed
    once, so a later page's "signed the GSOMIA recently" is that signing; "a pact" may be any."""
    undated = ADDED_ARTICLE.replace("on Wednesday", "recently").replace(", Nov. 23", "")
    unnamed = undated.replace("the General Security of Military Information Agreement", "a pact")
    late = [article_from_raw(text, {"outlet": outlet, "date": "2017-03-01"}, f"test:{outlet}.txt")
            for outlet, text in (("Late Weekly", unnamed), ("Named Weekly", undated))]
    engine = SearchEngine.open(Corpus(corpus.articles + tuple(late)), tmp_path)
    covering = build_timeline(engine).event("signing").outlet_ids
    assert "late-weekly" not in covering and "named-weekly" in covering
    assert REPORTED_WITHIN_DAYS == 7


def test_same_day_anaphora_refers_to_the_day_named_before():
    text = "The White House on Wednesday welcomed it.\n\nEarlier in the day, Seoul signed it."
    values = [e.value.iso() for e in find_dates(text, datetime.date(2016, 11, 24))]
    assert values == ["2016-11-23", "2016-11-23"]


def test_events_command_plain_and_json(capsys):
    assert main(["events"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert lines[0].startswith("liberation-1945\t1945\t")
    signing = next(line for line in lines if line.startswith("signing\t"))
    assert "unknown (81cfaf9f) first, The Korea Herald +1 d, KBS World Radio +4 d" in signing
    assert "e2bd4677#2" in signing
    assert main(["events", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.strip().split("\n")]
    listed = [r for r in records if not r["proposed"]]
    assert listed[-1]["id"] == "normalization-2023" and not listed[-1]["coverage"]
    signing = next(r for r in records if r["id"] == "signing")
    assert signing["first_report"]["outlet_id"] == "unknown-81cfaf9f" and signing["first_report"]["lag_days"] == 0
    assert [(r["outlet_id"], r["lag_days"]) for r in signing["reports"]] == [
        ("unknown-81cfaf9f", 0), ("korea-herald", 1), ("kbs-world-radio", 4)]
    assert all(r["coverage"] for r in listed if not r["id"].endswith(("2019", "2023")) and r["id"] not in FORESEEN_ONLY)


def test_event_command_prints_passages_outlet_by_outlet(capsys):
    assert main(["events", "signing"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("South Korea and Japan sign the pact in Seoul — 23 Nov 2016\n")
    assert "reported by 3 outlets: unknown (81cfaf9f) first, The Korea Herald +1 d, KBS World Radio +4 d" in out
    assert "KBS World Radio · 2016-11-27 · “S. Korea, Japan Sign Military Info Sharing Deal” · " \
           "passage 2" in out
    assert "«Nagamine»" not in out and "«signed»" in out
    assert main(["events", "no-such-event"]) == 2
    assert "no event" in capsys.readouterr().err


def test_dated_mentions_and_happenings_are_cached_beside_the_index_and_stay_right(corpus, tmp_path,
                                                                   monkeypatch):
    import index.mention_cache as cache

    engine = SearchEngine.open(corpus, tmp_path)
    first = build_timeline(engine)
    assert (engine.opened.location / cache.CACHE_FILE).exists()

    def must_not_resolve(article):
        raise AssertionError(f"resolved {article.id} again")

    monkeypatch.setattr(cache, "dated_mentions", must_not_resolve)
    monkeypatch.setattr(cache, "find_happenings", must_not_resolve)
    assert build_timeline(engine) == first  # every mention and happening from the cache
    monkeypatch.setattr(cache, "resolver_version", lambda: "a-new-resolver")
    with pytest.raises(AssertionError, match="resolved"):
        build_timeline(engine)  # a changed resolver makes the cache stale


def test_damaged_cache_rows_are_read_again_from_the_articles(corpus, tmp_path):
    import index.mention_cache as cache

    engine = SearchEngine.open(corpus, tmp_path)
    first = build_timeline(engine)
    path = engine.opened.location / cache.CACHE_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    for number, key in enumerate(data["articles"]):
        data["articles"][key] = [["not", "a row"]] if number % 2 else {"mentions": 7}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert build_timeline(engine) == first
