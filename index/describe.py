"""The parsed query echoed back in words, so a user sees how it was understood."""

from __future__ import annotations

import re

from whoosh import query as wq

from index.analysis import story_analyzer
from index.query import ALIASES
from index.schema import SEARCHABLE_FIELDS

_FIELD_NAMES = {"headline": "the headline", "body": "the text", "outlet": "the outlet"}
_QUERY_WORD = re.compile(r'"([^"]+)"|(?:\w+:)?([^\s"()\[\]{}^~]+)')
_ANALYZER = story_analyzer()


def describe(q: wq.Query, text: str = "") -> str:
    """E.g. `“Han Min-koo” and words starting “nuc” in the headline`."""
    forms = _display_forms(text)
    return _describe(_merge_fields(q), forms)


def _display_forms(text: str) -> dict[tuple[str, ...], str]:
    """Analysed words -> how the user (or the alias list) wrote them."""
    written = [name for names in ALIASES for name in names]
    written += [quoted or bare for quoted, bare in _QUERY_WORD.findall(text)]
    forms: dict[tuple[str, ...], str] = {}
    for original in written:
        analysed = tuple(token.text for token in _ANALYZER(original))
        if analysed:
            forms[analysed] = original
    return forms


def _merge_fields(q: wq.Query) -> wq.Query:
    """A word is searched in the headline OR the text: say it once, without a field."""
    if q.is_leaf():
        return q
    q = q.apply(_merge_fields)
    if not isinstance(q, wq.Or):
        return q
    kept: dict[object, wq.Query] = {}
    for child in q.subqueries:
        shape = _shape(child)
        if shape not in kept or _fields(child) == {"body"}:
            kept[shape] = child
    return next(iter(kept.values())) if len(kept) == 1 else wq.Or(list(kept.values()))


def _shape(q: wq.Query):
    """What a query asks for, ignoring which searchable field it asks it of."""
    if q.is_leaf():
        field = getattr(q, "fieldname", None)
        field = "*" if field in SEARCHABLE_FIELDS else field
        return type(q).__name__, field, repr(getattr(q, "words", getattr(q, "text", None)))
    return type(q).__name__, tuple(_shape(c) for c in q.children())


def _fields(q: wq.Query) -> set[str]:
    return {getattr(leaf, "fieldname", "") for leaf in q.leaves()}


def _describe(q: wq.Query, forms) -> str:
    if isinstance(q, wq.And):
        return " and ".join(_grouped(c, forms) for c in q.subqueries)
    if isinstance(q, wq.Or):
        return " or ".join(_grouped(c, forms) for c in q.subqueries)
    if isinstance(q, wq.Not):
        return f"not {_grouped(q.query, forms)}"
    if isinstance(q, wq.AndNot):
        return f"{_grouped(q.a, forms)} but not {_grouped(q.b, forms)}"
    return _describe_leaf(q, forms)


def _grouped(q: wq.Query, forms) -> str:
    text = _describe(q, forms)
    return f"({text})" if isinstance(q, (wq.And, wq.Or)) and len(q.subqueries) > 1 else text


def _describe_leaf(q: wq.Query, forms) -> str:
    field = getattr(q, "fieldname", "")
    if field == "date":
        return _describe_date(q)
    where = f" in {_FIELD_NAMES.get(field, field)}" if field in ("headline", "outlet") else ""
    if isinstance(q, wq.Phrase):
        return f"“{forms.get(tuple(q.words), ' '.join(q.words))}”{where}"
    if isinstance(q, wq.FuzzyTerm):
        edits = f"{q.maxdist} edit{'s' if q.maxdist > 1 else ''}"
        return f"words within {edits} of “{_word(q.text, forms)}”{where}"
    if isinstance(q, wq.Prefix):
        return f"words starting “{q.text}”{where}"
    if isinstance(q, wq.Wildcard):
        return f"words like “{q.text}”{where}"
    if isinstance(q, wq.Term):
        return f"“{_word(q.text, forms)}”{where}"
    return str(q)


def _word(term: str, forms) -> str:
    return forms.get((term,), term).rstrip("~0123456789")


def _describe_date(q: wq.Query) -> str:
    if isinstance(q, wq.TermRange):
        end = (q.end or "").rstrip("\uffff")
        return f"dated from {q.start or 'the first'} to {end or 'the last'}"
    return f"dated {getattr(q, 'text', q)}"
