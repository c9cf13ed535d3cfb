"""What `bench.search_bench` asks every engine: one query a kind, written in our query language
and as an FTS5 MATCH expression, and how many hits a search returns."""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 10


@dataclass(frozen=True)
class BenchQuery:
    kind: str
    text: str  # our query language
    fts: str  # FTS5 MATCH expression
    outlets: tuple[str, ...] | None = None
    date_range: tuple[str, str] | None = None
    fuzzy: str | None = None  # the word of a fuzzy query (FTS5 expands it itself)


QUERIES = (
    BenchQuery("common", "military", "military"),
    BenchQuery("rare", "ratification", "ratification"),
    BenchQuery("and", "nuclear AND Nagamine", "nuclear AND nagamine"),
    BenchQuery("or", "Nagamine OR Kishida", "nagamine OR kishida"),
    BenchQuery("phrase", '"intelligence sharing"', '"intelligence sharing"'),
    BenchQuery("name", "Han Min-koo", '"han min koo"'),
    BenchQuery("prefix", "sec*", "sec*"),
    BenchQuery("fuzzy", "nucleer~", "", fuzzy="nucleer"),
    BenchQuery("outlet", "agreement", "agreement", outlets=("korea-herald",)),
    BenchQuery("date", "missile", "missile", date_range=("2016-01-01", "2016-12-31")),
)
