"""The query language: checking, parsing, rewriting and describing queries.

Words, "phrases", AND / OR / NOT, ( ), `*` and `?` wildcards, `~` fuzzy words, and the
fields `headline:`, `body:`, `outlet:` and `date:` (`date:2016-11`,
`date:[2016-10-01 to 2016-11-30]`). Any problem raises `QueryError` with a message a
person understands; nothing else escapes `parse_query`.
"""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, MultifieldPlugin, QueryParser

from corpus.sanitize import clean_line
from index.analysis import story_analyzer, word_analyzer
from index.phrase import adjacent_phrases
from index.results import QueryError
from index.schema import QUERY_FIELDS, SEARCHABLE_FIELDS

MAX_QUERY_CHARS = 500
MAX_WORDS = 64
MIN_WILDCARD_PREFIX = 2
MAX_FUZZY_DISTANCE = 2
MAX_BOOST = 100.0

# Names written two ways in this story: a query for one also finds the other.
ALIASES = (
    ("GSOMIA", "General Security of Military Information Agreement"),
    ("ACSA", "Acquisition and Cross-Servicing Agreement"),
    ("NSC", "National Security Council"),
    ("ROK", "Republic of Korea"),
    ("DPRK", "Democratic People's Republic of Korea"),
    ("UN", "United Nations"),
)

BINARY_OPERATORS = {"AND", "OR", "ANDNOT", "ANDMAYBE"}
_TOKEN = re.compile(r'"[^"]*"?|\[[^\]]*\]?|\{[^}]*\}?|[()]|[^\s()"\[\]{}]+')
_FIELD = re.compile(r"^(\w+):(?!//)")
_DATE_VALUE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_FUZZY = re.compile(r"~(\d*)$")


def _alias_table() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    analyzer = story_analyzer()
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for names in ALIASES:
        forms = [tuple(token.text for token in analyzer(name)) for name in names]
        for form in forms:
            table[form] = [other for other in forms if other != form]
    return table


ALIAS_TABLE = _alias_table()


def check_syntax(text: str) -> None:
    """Raise QueryError for anything the parser would silently misread."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS}", text
        )
    if not text.strip():
        raise QueryError("the query is empty: type some words to search for", text)
    if text.count('"') % 2:
        raise QueryError('a quote (") is not closed: phrases go between two quotes', text)
    tokens = _TOKEN.findall(text)
    _check_brackets(text, tokens)
    _check_operators(text, tokens)
    words = [t for t in tokens if t not in "()" and t not in BINARY_OPERATORS | {"NOT"}]
    if len(words) > MAX_WORDS:
        raise QueryError(f"the query has {len(words)} words; the limit is {MAX_WORDS}", text)
    for word in words:
        _check_word(text, word)
    _check_field_values(text, tokens)


def _check_brackets(text: str, tokens: list[str]) -> None:
    for token in tokens:
        if token[0] in "[{" and token[-1] not in "]}":
            raise QueryError(f"a range opened with {token[0]!r} is not closed", text)
    depth = 0
    for token in tokens:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth < 0:
            raise QueryError("a ')' closes nothing: remove it or add '(' before it", text)
    if depth:
        raise QueryError("a '(' is not closed: add ')' after the group", text)
    if re.search(r"\(\s*\)", text):
        raise QueryError("'()' holds nothing: put words inside or remove it", text)


def _check_operators(text: str, tokens: list[str]) -> None:
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else "("
        after = tokens[i + 1] if i + 1 < len(tokens) else ")"
        if token in BINARY_OPERATORS:
            if before in BINARY_OPERATORS | {"(", "NOT"} or after in BINARY_OPERATORS | {")"}:
                raise QueryError(f"{token} needs a word or phrase on both sides", text)
        elif token == "NOT" and (after in BINARY_OPERATORS | {")", "NOT"}):
            raise QueryError("NOT needs a word or phrase after it", text)


def _check_field_values(text: str, tokens: list[str]) -> None:
    """`headline:` with nothing after it would be searched as the literal text "headline:"."""
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        field = _FIELD.match(token)
        if field and field.end() == len(token) and (not after or after[0] not in '"[{('):
            raise QueryError(f"{token!r} has nothing after the colon: write {token}word or "
                             f'{token}"a phrase" (no space after the colon)', text)


def _check_word(text: str, word: str) -> None:
    field = _FIELD.match(word)
    if field and field[1] not in QUERY_FIELDS:
        known = ", ".join(f"{name}:" for name in sorted(QUERY_FIELDS))
        raise QueryError(f"unknown field {field[1]!r}: the fields are {known}", text)
    value = word[field.end():] if field else word
    if field and field[1] == "date" and value[:1] not in "[{" and not _DATE_VALUE.match(value):
        raise QueryError(f"{word!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", text)
    if value[:1] in '"[{':
        return
    if fuzzy := _FUZZY.search(value):
        distance = int(fuzzy[1] or 1)
        if distance > MAX_FUZZY_DISTANCE:
            raise QueryError(
                f"{word!r} allows {distance} edits; the most is {MAX_FUZZY_DISTANCE} (word~2)", text
            )
    if "*" in value or "?" in value:
        literal = re.split(r"[*?]", value, maxsplit=1)[0]
        if len(literal) < MIN_WILDCARD_PREFIX:
            raise QueryError(
                f"{word!r}: a wildcard needs at least {MIN_WILDCARD_PREFIX} letters before * or ?",
                text,
            )


class StoryParser(QueryParser):
    """Prefixes and wildcards of the headline and body keep their letters as written (folded,
    not stemmed: `intelligence*` is not `intellig*`); `index.wildcards` matches them against
    the words as written."""

    _folding = word_analyzer()

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        if fieldname in SEARCHABLE_FIELDS and issubclass(termclass, (wq.Prefix, wq.Wildcard)):
            folded = self._folding(text, mode="query", tokenize=False, removestops=False)
            return termclass(fieldname, next(folded).text, boost=boost)
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)


def make_parser(schema) -> QueryParser:
    parser = StoryParser(None, schema)
    parser.add_plugin(MultifieldPlugin(list(SEARCHABLE_FIELDS)))
    parser.add_plugin(FuzzyTermPlugin())
    return parser


def parse_query(parser: QueryParser, text: str) -> wq.Query:
    """Check, parse and rewrite `text` into a Whoosh query, or raise QueryError."""
    text = clean_line(text)
    check_syntax(text)
    try:
        parsed = parser.parse(text)
    except Exception as error:  # Whoosh raises many kinds; the user needs one message
        raise QueryError(f"cannot read the query: {error}", text) from error
    if parsed is wq.NullQuery or not list(parsed.leaves()):
        raise QueryError(f"nothing to search for: {_why_nothing(text)}", text)
    check_parsed(parsed, text)
    return adjacent_phrases(expand_aliases(rewrite_dates(parsed)))


_BOOSTS_AND_EDITS = re.compile(r"[\^~][\d./]*")


def _why_nothing(text: str) -> str:
    if not any(char.isalnum() for char in _BOOSTS_AND_EDITS.sub("", text)):  # (`""`, `^2`)
        return "the query has no word in it: type a word, or words between quotes"
    return "the words are too common to be indexed (the, of, and...)"


def check_parsed(parsed: wq.Query, text: str) -> None:
    """Limits on what the parser built, whatever the spelling (`word~9/1`, `word~9^2`,
    `word^999...`): edits, fuzzy prefixes and boosts."""
    for node in _nodes(parsed):
        if not 0 <= node.boost <= MAX_BOOST:  # 400 digits parse as infinity
            raise QueryError(f"a boost (^) is at most {MAX_BOOST:g}", text)
        if isinstance(node, wq.FuzzyTerm):
            _check_fuzzy(node, text)


def _check_fuzzy(term: wq.FuzzyTerm, text: str) -> None:
    if term.maxdist > MAX_FUZZY_DISTANCE:
        raise QueryError(f"{term.text!r} allows {term.maxdist} edits; the most is "
                         f"{MAX_FUZZY_DISTANCE} (word~2)", text)
    if term.prefixlength > len(term.text):
        raise QueryError(f"{term.text!r}: the fixed prefix (~{term.maxdist}/{term.prefixlength})"
                         f" is longer than the word", text)


def _nodes(q: wq.Query):
    yield q
    if not q.is_leaf():
        for child in q.children():
            yield from _nodes(child)


def date_bounds(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Inclusive bounds over ISO dates of any precision: an end of '2016-11' takes all of November."""
    for value in (start, end):
        if value is not None and not _DATE_VALUE.match(value):
            raise QueryError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", value)
    return start, (end + "\uffff" if end and len(end) < 10 else end)


def date_range_query(start: str | None, end: str | None) -> wq.Query:
    low, high = date_bounds(start, end)
    return wq.TermRange("date", low, high, startexcl=False, endexcl=False)


def rewrite_dates(q: wq.Query) -> wq.Query:
    """`date:2016-11` means the whole month; ranges include their end month or year."""
    if isinstance(q, wq.Term) and q.fieldname == "date":
        return wq.Prefix("date", q.text) if len(q.text) < 10 else q
    if isinstance(q, wq.TermRange) and q.fieldname == "date":
        return date_range_query(q.start or None, q.end or None)
    if q.is_leaf():
        return q
    return q.apply(rewrite_dates)


def expand_aliases(q: wq.Query) -> wq.Query:
    if isinstance(q, (wq.Term, wq.Phrase)) and q.fieldname in SEARCHABLE_FIELDS:
        words = (q.text,) if isinstance(q, wq.Term) else tuple(q.words)
        others = ALIAS_TABLE.get(words)
        if not others:
            return q
        return wq.Or([q] + [_words_query(q.fieldname, other, q.boost) for other in others])
    if q.is_leaf():
        return q
    return q.apply(expand_aliases)


def _words_query(fieldname: str, words: tuple[str, ...], boost: float) -> wq.Query:
    if len(words) == 1:
        return wq.Term(fieldname, words[0], boost=boost)
    return wq.Phrase(fieldname, list(words), boost=boost)
