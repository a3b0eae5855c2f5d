"""Property tests: random text never breaks the parser, random answers never break validate."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import FormDefinitionError, load_form, relevant_fields, validate
from forms.errors import ExpressionError, FormsError
from forms.expressions import parse

from .helpers import example_definition, probe_form

# Pieces of the grammar, so random text often gets deep into the parser.
TOKENS = [
    "${n}", "${t}", "${m}", "${rep}", "${nope}", ".", "'a'", '"b"', "''", "1", "2.5", "-",
    "+", "*", " div ", " mod ", "=", "!=", "<", "<=", ">", ">=", " and ", " or ", "not(",
    "(", ")", ",", "selected(", "count-selected(", "string-length(", "today()", "date(",
    "regex(", "if(", "count(", "coalesce(", "concat(", "true()", "$", "{", "}", "'", "é", "\n",
]  # fmt: skip

expressions = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions)
def test_parser_raises_only_expression_error(source: str) -> None:
    try:
        tree = parse(source)
    except ExpressionError as exc:
        assert 0 <= exc.position <= len(source)
    else:
        assert tree.depth <= 128


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40).map("".join))
def test_loading_random_expressions_raises_only_definition_errors(source: str) -> None:
    try:
        form = probe_form(source)
    except FormDefinitionError as exc:
        assert exc.problems
        return
    # It loaded: then it must evaluate on arbitrary answers without raising.
    relevant_fields(form, {"n": 1, "t": "x", "m": ["red"], "rep": [{"k": 2}]})
    relevant_fields(form, {})


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)

FORM = load_form(example_definition())
NAMES = [
    "request_type", "requesting_country", "learned_on", "consequences", "detentions", "email",
    "phone", "story", "documents", "detention_country", "detention_period", "released",
    "days_held", "intro", "unknown",
]  # fmt: skip
plausible = st.sampled_from(["red_notice", "TR", "2019-05", ["detained"], "yes", "a@b.org"])
answers = st.dictionaries(
    st.sampled_from(NAMES),
    st.one_of(
        json_values,
        plausible,
        st.lists(st.dictionaries(st.sampled_from(NAMES), json_values | plausible), max_size=3),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(answers, json_values), st.sampled_from(["en", "ru", "tr", "fa", ""]))
def test_validate_never_raises_and_keeps_only_known_relevant_answers(
    values: Any, language: str
) -> None:
    result = validate(FORM, values, language)
    assert isinstance(result.answers, dict)
    relevant = relevant_fields(FORM, values)
    for key in result.answers:
        assert key in relevant
    for issue in result.issues:
        assert issue.message  # every issue has a sentence
    # Cleaned answers are stable: validating them again drops nothing more.
    again = validate(FORM, result.answers, language)
    assert again.answers == result.answers


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_random_json_as_a_definition_gives_only_forms_errors(value: Any) -> None:
    try:
        load_form(json.dumps(value, allow_nan=True))
    except FormsError as exc:
        assert str(exc)
    else:
        raise AssertionError("random JSON is never a valid form")


cells = st.one_of(
    st.none(),
    st.integers(-5, 5),
    st.sampled_from(
        ["text", "integer", "select_one l", "select_multiple l", "begin group", "end group",
         "begin repeat", "end repeat", "note", "calculate", "a", "b", "${a} = 1", "yes", "."]
    ),
    st.text(alphabet="abc${}()'= .", max_size=12),
)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.lists(cells, min_size=4, max_size=4), max_size=8))
def test_random_spreadsheets_convert_or_give_xlsform_errors(
    tmp_path_factory: Any, rows: list[list[Any]]
) -> None:
    from forms.errors import XLSFormError
    from forms.xlsform import convert_xlsform

    from .xlsx import write_xlsform

    path = tmp_path_factory.mktemp("x") / "f.xlsx"
    survey = [["type", "name", "label", "relevant"], *rows]
    choices = [["list_name", "name", "label"], ["l", "a", "A"]]
    write_xlsform(path, survey=survey, choices=choices, settings=False)
    try:
        result = convert_xlsform(path)
    except XLSFormError as exc:
        assert str(exc)
    else:
        assert load_form(result.definition).id == "f"


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


EXAMPLE_PATHS = _paths(example_definition())[1:]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(EXAMPLE_PATHS), json_values), min_size=1, max_size=3))
def test_damaged_definitions_give_only_definition_errors(damage: list[Any]) -> None:
    data = example_definition()
    for path, value in damage:
        node: Any = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    try:
        form = load_form(json.dumps(data))
    except FormDefinitionError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
    else:
        validate(form, {}, "en")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=20))
def test_any_language_code_falls_back_instead_of_failing(language: str) -> None:
    from forms import IssueCode, countries, engine_message, localized_text

    assert len(countries(language)) >= 249
    assert localized_text({"en": "x"}, language) == "x"
    assert engine_message(IssueCode.REQUIRED, language)
