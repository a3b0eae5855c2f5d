"""load_form: every problem in a definition is found up front, with its location."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from forms import AnswersError, FormDefinitionError, form_hash, load_form, read_answers
from forms.canonical import canonical_json

from .helpers import COLOURS, definition, example_definition, field, label


def problems_of(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(FormDefinitionError) as info:
        load_form(data)
    return [(p.location, p.message) for p in info.value.problems]


def test_example_form_loads_with_all_its_parts() -> None:
    form = load_form(example_definition())
    assert form.id == "example-notice"
    assert form.languages == ("en", "ru", "tr")
    assert [p.name for p in form.pages] == ["request", "detention", "contact"]
    assert form.field("detention_country") is not None
    assert form.field("detention_country").repeat_chain == ("detentions",)  # type: ignore[union-attr]
    assert set(form.answer_names) == {"", "detentions"}


def test_json_text_and_bytes_load_the_same_form() -> None:
    data = example_definition()
    text = json.dumps(data, indent=4)
    assert load_form(text).hash == load_form(text.encode()).hash == load_form(data).hash


def test_form_hash_is_sha256_of_canonical_json_and_ignores_layout() -> None:
    import hashlib

    data = example_definition()
    expected = hashlib.sha256(
        json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    ).hexdigest()
    assert form_hash(data) == expected == load_form(json.dumps(data, indent=1)).hash
    assert canonical_json({"b": 1, "a": "ü"}) == '{"a":"ü","b":1}'.encode()
    changed = copy.deepcopy(data)
    changed["title"]["en"] += "!"
    assert form_hash(changed) != expected


Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def apply(d: dict[str, Any]) -> None:
        for key in path[:-1]:
            d = d[key]
        d[path[-1]] = value

    return apply


def _delete(path: list[Any]) -> Mutation:
    def apply(d: dict[str, Any]) -> None:
        for key in path[:-1]:
            d = d[key]
        del d[path[-1]]

    return apply


ITEMS = ["pages", 0, "items"]


@pytest.mark.parametrize(
    ("mutation", "location", "fragment"),
    [
        (_delete(["id"]), "", "'id' is missing"),
        (_set(["id"], "Bad Id"), "/id", "lower-case"),
        (_set(["version"], 1), "/version", "short text"),
        (_set(["format"], 2), "/format", "format 1 only"),
        (_set(["languages"], ["en", "en"]), "/languages", "distinct"),
        (_set(["default_language"], "de"), "/default_language", "one of languages"),
        (_set(["colour"], 1), "/colour", "Unknown key 'colour'"),
        (_delete(["title", "ru"]), "/title", "text in 'ru' is missing"),
        (_set(["title", "de"], "Titel"), "/title/de", "not one of the form's languages"),
        (_set(["title", "tr"], " "), "/title/tr", "non-empty"),
        (_set(["title", "tr"], "x" * 5000), "/title/tr", "longer than 4000"),
        (_set([*ITEMS, 1, "name"], "request_type x"), "/pages/0/items/1/name", "A name must"),
        (_set([*ITEMS, 2, "name"], "request_type"), "/pages/0/items/2/name", "used twice"),
        (_set([*ITEMS, 1, "type"], "slider"), "/pages/0/items/1/type", "Unknown type"),
        (_set([*ITEMS, 1, "choices"], "nope"), "/pages/0/items/1/choices", "no choice list"),
        (_delete([*ITEMS, 1, "choices"]), "/pages/0/items/1", "'choices' is missing"),
        (_set([*ITEMS, 1, "requird"], True), "/pages/0/items/1/requird", "Unknown key"),
        (_set([*ITEMS, 0, "required"], True), "/pages/0/items/0/required", "Unknown key"),
        (_set([*ITEMS, 2, "max_length"], 5), "/pages/0/items/2/max_length", "Unknown key"),
        (
            _set([*ITEMS, 1, "default"], "purple"),
            "/pages/0/items/1/default",
            "not one of the choices",
        ),
        (
            _set([*ITEMS, 2, "relevant"], "${nowhere} = 1"),
            "/pages/0/items/2/relevant",
            "no field named 'nowhere'",
        ),
        (
            _set([*ITEMS, 3, "constraint"], ". = 'x'"),
            "/pages/0/items/3/constraint",
            "needs date",
        ),
        (
            _set(["choice_lists", "request_types", 1, "value"], "red_notice"),
            "/choice_lists/request_types/1/value",
            "appears twice",
        ),
        (
            _set(["choice_lists", "request_types", 1, "value"], "a b"),
            "/choice_lists/request_types/1/value",
            "A choice value",
        ),
        (_set(["pages"], []), "/pages", "1 to 100 pages"),
        (_set(["pages", 0], "page"), "/pages/0", "A page must be an object"),
        (_set([*ITEMS, 0], 7), "/pages/0/items/0", "An item must be an object"),
        (_set(["pages", 2, "items"], []), "/pages/2/items", "non-empty list"),
        (_set(["choice_lists"], []), "/choice_lists", "must be an object"),
        (
            _set(["choice_lists", "consequences", 0, "properties"], {"kind": 5}),
            "/choice_lists/consequences/0/properties",
            "short texts",
        ),
        (_set([*ITEMS, 1, "appearance"], "x" * 200), "/pages/0/items/1/appearance", "short"),
        (_set([*ITEMS, 4, "hint"], {"en": "h"}), "/pages/0/items/4/hint", "'ru' is missing"),
        (
            _set(["pages", 2, "items", 1, "max_length"], 100_000),
            "/pages/2/items/1/max_length",
            "from 1 to 20000",
        ),
        (_set([*ITEMS, 1, "required"], 1), "/pages/0/items/1/required", "non-empty text"),
        (
            _set(["pages", 1, "items", 0, "min_count"], 11),
            "/pages/1/items/0",
            "min_count",
        ),
        (
            _set(["pages", 1, "items", 0, "max_count"], 500),
            "/pages/1/items/0",
            "max_count",
        ),
        (
            _set(["pages", 0, "relevant"], "${days_held} > 1"),
            "/pages/0/relevant",
            "inside the repeat 'detentions'",
        ),
    ],
)
def test_loader_reports_problem_at_its_location(
    mutation: Mutation, location: str, fragment: str
) -> None:
    data = example_definition()
    mutation(data)
    found = problems_of(data)
    assert any(loc == location and fragment in msg for loc, msg in found), found


def test_loader_reports_every_problem_not_just_the_first() -> None:
    data = example_definition()
    del data["title"]["tr"]
    data["pages"][0]["items"][1]["choices"] = "nope"
    data["pages"][0]["items"][2]["relevant"] = "${ghost} = 'x'"
    assert len(problems_of(data)) == 3


@pytest.mark.parametrize(
    ("items", "cycle"),
    [
        ([field("a", "text", relevant="${a} = 'x'")], "${a} -> ${a}"),
        (
            [field("a", "text", relevant="${b} = 'x'"), field("b", "text", relevant="${a} = 'y'")],
            "${a} -> ${b} -> ${a}",
        ),
        (
            [
                {
                    "name": "g",
                    "type": "group",
                    "label": label("g"),
                    "relevant": "${inner} = 'x'",
                    "items": [field("inner", "text")],
                }
            ],
            "${g} -> ${inner} -> ${g}",
        ),
    ],
)
def test_relevance_cycle_is_reported_with_its_members(
    items: list[dict[str, Any]], cycle: str
) -> None:
    found = problems_of(definition(items))
    assert len(found) == 1
    assert "circle" in found[0][1]
    assert cycle in found[0][1] or cycle.split(" -> ")[1] in found[0][1]


def test_long_chain_of_relevance_loads_without_recursion() -> None:
    items = [field("f0", "integer")] + [
        field(f"f{i}", "integer", relevant=f"${{f{i - 1}}} > 0") for i in range(1, 999)
    ]
    form = load_form(definition(items))
    assert [i.name for i in form.relevance_order][:3] == ["p", "f0", "f1"]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"{", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"id": "a", "id": "b"}', "appears twice"),
        (b'{"x": NaN}', "NaN"),
        (b'{"x": 1e400}', "a number that is too large"),  # read as infinity otherwise
        (b"[1, 2]", "must be a JSON object"),
        (b"[" * 100_000 + b"]" * 100_000, "too deep"),
        (b" " * (3 * 1024 * 1024), "larger than 2 MiB"),
    ],
)
def test_malformed_definition_file_is_one_clear_problem(data: bytes, fragment: str) -> None:
    found = problems_of(data)
    assert len(found) == 1
    assert fragment in found[0][1]


def test_too_many_items_is_refused() -> None:
    items = [field(f"f{i}", "text") for i in range(1001)]
    assert any("more than 1000 items" in m for _, m in problems_of(definition(items)))


def test_repeats_nest_at_most_three_deep() -> None:
    inner: dict[str, Any] = field("leaf", "text")
    for depth in range(4):
        inner = {"name": f"r{depth}", "type": "repeat", "label": label("r"), "items": [inner]}
    assert any("Repeats nest" in m for _, m in problems_of(definition([inner])))


def test_plain_string_text_is_accepted_only_in_single_language_forms() -> None:
    load_form(definition([{"name": "a", "type": "text", "label": "A"}]))
    data = definition([{"name": "a", "type": "text", "label": "A"}], languages=["en", "ru"])
    data["title"] = {"en": "T", "ru": "Т"}
    data["pages"][0]["title"] = {"en": "P", "ru": "С"}
    assert any("object from language" in m for _, m in problems_of(data))


def test_x_keys_are_ignored_but_hashed() -> None:
    data = definition([field("a", "text", **{"x-note": "for editors"})], COLOURS)
    data["x-author"] = "NGO"
    form = load_form(data)
    assert form.hash == form_hash(data)
    del data["x-author"]
    assert form_hash(data) != form.hash


def test_choice_filter_with_choice_properties_loads() -> None:
    form = load_form(
        definition(
            [
                field("warm", "yes_no_unknown"),
                field(
                    "s",
                    "single_choice",
                    choices="colours",
                    choice_filter="choice('warm') = 'y' or ${warm} != 'yes'",
                ),
            ],
            COLOURS,
        )
    )
    assert form.field("s").choice_filter is not None  # type: ignore[union-attr]


def test_canonical_json_escapes_exactly_as_documented() -> None:
    value = {"z": [1, 2.5, True, None], "a": '\x00\x1f\x7f\u2028\b\n"\\é'}
    assert canonical_json(value) == (
        '{"a":"\\u0000\\u001f\x7f\u2028\\b\\n\\"\\\\é","z":[1,2.5,true,null]}'.encode()
    )


def test_answers_with_a_number_read_as_infinity_are_refused() -> None:
    """1e400 never passes parse_constant, so it slipped past the NaN/Infinity check and
    came back out of 'intake case show --json' as the non-JSON word Infinity."""
    with pytest.raises(AnswersError, match="a number that is too large"):
        read_answers(b'{"x": -1e400}')
    assert read_answers(b'{"x": 1e300, "y": 1e-400}') == {"x": 1e300, "y": 0.0}
