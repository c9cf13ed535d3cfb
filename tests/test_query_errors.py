"""Every syntax problem raises the one QueryError with a message a person understands."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.results import QueryError

BAD_QUERIES = [
    ('"Han Min', "quote"),
    ("(Seoul OR Tokyo", "'(' is not closed"),
    ("Seoul)", "closes nothing"),
    ("AND", "AND needs"),
    ("Seoul AND", "AND needs"),
    ("OR Tokyo", "OR needs"),
    ("Seoul AND OR Tokyo", "needs a word"),
    ("NOT", "NOT needs"),
    ("Seoul NOT", "NOT needs"),
    ("x" * 10_000, "10,000 characters"),
    ("", "empty"),
    ("   ", "empty"),
    ("*", "wildcard"),
    ("n*", "wildcard"),
    ("?orea", "wildcard"),
    ("Nagamine~7", "edits"),
    ("date:2016-13", "not a date"),
    ("date:yesterday", "not a date"),
    ("date:[2016-10-01 to", "not closed"),
    ("kind:passage", "unknown field"),
    ("doc_id:x", "unknown field"),
    ("()", "holds nothing"),
    ("the of and", "too common"),
    (" ".join(["word"] * 80), "80 words"),
]


@pytest.mark.parametrize("query,fragment", BAD_QUERIES)
def test_bad_queries_raise_one_error_type_with_a_clear_message(engine, query, fragment):
    with pytest.raises(QueryError) as caught:
        engine.search(query)
    assert fragment in caught.value.message
    assert "Traceback" not in caught.value.message and "\n" not in caught.value.message


def test_query_error_is_a_value_error_carrying_the_query(engine):
    with pytest.raises(ValueError) as caught:
        engine.search("(japan")
    assert caught.value.query == "(japan"


def test_control_characters_in_a_query_are_stripped(engine):
    assert engine.search("Naga\x1b[31mmine").total == 2
    result = engine.search("Nagamine\x1b]0;title\x07")
    assert result.total == 2 and "\x1b" not in result.query


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_string_gives_results_or_a_query_error(engine, text):
    try:
        result = engine.search(text)
    except QueryError as problem:
        assert problem.message
    else:
        assert result.total >= len(result.hits)


@settings(max_examples=80, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "(", ")", "AND", "OR", "NOT", "Seoul", "nucl*", "Han~",
                                 "date:2016", "outlet:kbs", "[", "]", "to", ":", "^2", "-"]),
                max_size=8))
def test_operator_soup_gives_results_or_a_query_error(engine, words):
    try:
        engine.search(" ".join(words))
    except QueryError:
        pass
