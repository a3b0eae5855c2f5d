"""Expressions: syntax, types, evaluation and hostile input, through the public API."""

from __future__ import annotations

import time
from typing import Any

import pytest

from forms import FormDefinitionError, relevant_fields
from forms.errors import ExpressionError
from forms.expressions import parse

from .helpers import probe_form

TODAY = "2026-11-25"


def holds(expression: str, answers: dict[str, Any]) -> bool:
    return "probe" in relevant_fields(probe_form(expression), answers, today=TODAY)


@pytest.mark.parametrize(
    ("expression", "answers", "expected"),
    [
        ("${n} = 3", {"n": 3}, True),
        ("${n} != 3", {"n": 3}, False),
        ("${n} > 2 and ${n} < 4", {"n": 3}, True),
        ("${n} >= 4 or ${n} <= 2", {"n": 3}, False),
        ("not(${n} = 3)", {"n": 3}, False),
        ("${n} + 2 * 3 = 9", {"n": 3}, True),  # * binds tighter than +
        ("(${n} + 2) * 3 = 15", {"n": 3}, True),
        ("${n} div 2 = 1.5", {"n": 3}, True),
        ("${n} mod 2 = 1", {"n": 3}, True),
        ("-7 mod 3 = -1", {}, True),  # the sign of the left side, as in XPath
        ("- ${n} = -3", {"n": 3}, True),
        ("${x} > 2.25", {"x": 2.5}, True),
        ("${n} = '3'", {"n": 3}, True),  # a numeric literal in quotes is converted
        ("${s} = 1", {"s": "red"}, False),  # a number literal compared with a choice is text
        ("selected(${m}, 1)", {"m": ["red"]}, False),
        ("${t} = 'abc'", {"t": "abc"}, True),
        ('${t} = "it\'s"', {"t": "it's"}, True),
        ("${t} = ''", {}, True),
        ("${t} != ''", {"t": "x"}, True),
        ("${n} = ''", {}, True),
        ("${n} > 0", {}, False),  # empty makes ordering false
        ("${n} + 1 = ''", {}, True),  # and arithmetic empty
        ("${d} < today()", {"d": "2020-01-01"}, True),
        ("${d} >= date('2020-01-01')", {"d": "2020-01-01"}, True),
        ("${d} >= '2020-01-02'", {"d": "2020-01-01"}, False),
        ("${pd} < ${d}", {"pd": "2019", "d": "2020-01-01"}, True),
        ("${pd} <= today()", {"pd": "2026-11"}, True),
        ("${pd} <= today()", {"pd": "2026-12"}, False),
        ("selected(${m}, 'red')", {"m": ["red", "blue"]}, True),
        ("selected(${m}, 'green')", {"m": ["red", "blue"]}, False),
        ("selected(${s}, 'red')", {"s": "red"}, True),
        ("count-selected(${m}) = 2", {"m": ["red", "blue"]}, True),
        ("count-selected(${files}) = 1", {"files": ["a1"]}, True),
        ("${m} = ''", {"m": []}, True),
        ("string-length(${t}) = 5", {"t": "Привет"[:5]}, True),
        ("string-length(${t}) = 0", {}, True),
        ("regex(${t}, '^[0-9]{3}$')", {"t": "123"}, True),
        ("regex(${t}, '^[0-9]{3}$')", {"t": "1234"}, False),
        ("if(${n} > 1, 'big', 'small') = 'big'", {"n": 3}, True),
        ("if(${n} > 5, ${n}, '') = ''", {"n": 3}, True),
        ("coalesce(${t}, 'none') = 'none'", {}, True),
        ("concat(${t}, '-', ${n}) = 'a-3'", {"t": "a", "n": 3}, True),
        ("count(${rep}) = 2", {"rep": [{}, {"k": 1}]}, True),
        ("count(${rep}) = 0", {}, True),
        ("range-start(${r}) = '2020'", {"r": {"start": "2020", "end": "2021"}}, True),
        ("range-end(${r}) = ''", {"r": {"start": "2020"}}, True),
        ("${r} != ''", {"r": {"start": "2020"}}, True),
        ("${y} = 'yes'", {"y": "yes"}, True),
        ("${c} = 'TR'", {"c": "TR"}, True),
        ("true() and not(false())", {}, True),
        ("${n} div 0 = ''", {"n": 3}, True),  # a failed calculation is empty
        ("999999999999999 * 999999999999999 = ''", {}, True),  # beyond the bound: empty
    ],
)
def test_expression_evaluates_as_documented(
    expression: str, answers: dict[str, Any], expected: bool
) -> None:
    assert holds(expression, answers) is expected


def test_wrongly_typed_answer_counts_as_empty_in_expressions() -> None:
    assert holds("${n} = ''", {"n": "three"})
    assert not holds("${n} > 1", {"n": "three"})


def test_sibling_reference_inside_repeat_uses_the_same_instance() -> None:
    from forms import load_form

    from .helpers import COLOURS, definition, field, label

    form = load_form(
        definition(
            [
                field("outer", "integer"),
                {
                    "name": "rep",
                    "type": "repeat",
                    "label": label("rep"),
                    "items": [
                        field("k", "integer"),
                        field("big", "note", relevant="${k} > ${outer}"),
                    ],
                },
            ],
            COLOURS,
        )
    )
    paths = relevant_fields(form, {"outer": 5, "rep": [{"k": 1}, {"k": 9}, {"k": 6}]})
    assert "rep[1].big" in paths and "rep[2].big" in paths
    assert "rep[0].big" not in paths


@pytest.mark.parametrize(
    ("expression", "fragment"),
    [
        ("${nope} = 1", "no field named 'nope'"),
        ("${n} = 'abc'", "needs number, not text"),
        ("${n} = ${t}", "compares number with text"),
        ("${n} and true()", "'and' needs true/false"),
        ("${n} + 1", "gives number but true/false is needed"),
        ("${m} = 'red'", "can only be compared with ''"),
        ("frobnicate(1)", "Unknown function 'frobnicate'"),
        ("selected(${m})", "selected() takes 2 arguments"),
        ("string-length(${n}) > 1", "string-length() needs text"),
        ("regex(${t}, ${t})", "quoted pattern"),
        ("regex(${t}, '(a)\\1')", "not valid"),
        ("regex(${t}, '(?=a)')", "not valid"),
        (". = 1", "only be used in a constraint"),
        ("${k} = 1", "inside the repeat 'rep'"),
        ("${rep} = ''", "is a repeat"),
        ("count(${n}) = 1", "not a repeat"),
        ("date('2020-13-01') < today()", "date()"),
        ("choice('x') = 'y'", "choice_filter"),
        ("${n} = ", "ends too early"),
        ("(${n} = 1", "not closed"),
        ("${n} = 1)", "Unexpected"),
        ("${n} == 1", "Unexpected"),
        ("$n = 1", "${name}"),
        ("'abc", "not closed"),
        ("${n} = 1 # 2", "cannot use"),
        ("n = 1", "not a function call"),
        ("1234567890123456789 = ${n}", "at most 18 digits"),
    ],
)
def test_invalid_expression_is_a_load_problem_with_its_location(
    expression: str, fragment: str
) -> None:
    with pytest.raises(FormDefinitionError) as info:
        probe_form(expression)
    problems = info.value.problems
    assert len(problems) == 1
    assert problems[0].location == "/pages/0/items/12/relevant"
    assert fragment in problems[0].message
    assert "at character" in problems[0].message


def test_expression_error_reports_the_character_position() -> None:
    with pytest.raises(ExpressionError) as info:
        parse("${a} = = 1")
    assert info.value.position == 7


@pytest.mark.parametrize(
    "source",
    [
        "(" * 10_000 + "1" + ")" * 10_000,
        "(" * 1000 + "1" + ")" * 1000,
        "not(" * 500 + "true()" + ")" * 500,
        "-" * 1500 + "1",
        " + ".join(["1"] * 600),
        "1" * 5000,
        "${" + "a" * 3000 + "}",
    ],
)
def test_hostile_expression_is_refused_quickly_without_recursion_error(source: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ExpressionError):
        parse(source)
    # Not a speed assertion: a sanity bound far above the real cost (microseconds), to
    # catch a hang or exponential blow-up rather than to measure anything.
    assert time.perf_counter() - started < 5


def test_catastrophic_regex_on_long_input_stays_linear() -> None:
    form = probe_form("regex(${t}, '^(a+)+$')")
    started = time.perf_counter()
    assert "probe" not in relevant_fields(form, {"t": "a" * 999 + "!"})
    assert time.perf_counter() - started < 5  # backtracking engines need ages here


def test_regex_on_text_beyond_the_input_cap_is_false() -> None:
    form = probe_form("regex(${t}, 'a')")
    assert "probe" not in relevant_fields(form, {"t": "a" * 30_000})
    assert "probe" in relevant_fields(form, {"t": "a"})
