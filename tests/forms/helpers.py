"""Small forms built in code, so each test shows exactly what it exercises."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from forms import FormDefinition, load_form

FIXTURES = Path(__file__).parent / "fixtures"


def label(text: str) -> dict[str, str]:
    return {"en": text}


def field(name: str, type_: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": type_, "label": label(name), **extra}


def definition(
    items: list[dict[str, Any]], choice_lists: dict[str, Any] | None = None, **top: Any
) -> dict[str, Any]:
    """A one-page, English-only definition holding ``items``."""
    d: dict[str, Any] = {
        "id": "t",
        "version": "1",
        "default_language": "en",
        "languages": ["en"],
        "title": label("Test"),
        "pages": [{"name": "p", "title": label("Page"), "items": items}],
    }
    if choice_lists is not None:
        d["choice_lists"] = choice_lists
    d.update(top)
    return d


COLOURS = {
    "colours": [
        {"value": "red", "label": label("Red"), "properties": {"warm": "y"}},
        {"value": "blue", "label": label("Blue"), "properties": {"warm": "n"}},
        {"value": "green", "label": label("Green")},
    ]
}

#: A field of every expression type, referenced by the probes in expression tests.
PROBE_FIELDS: list[dict[str, Any]] = [
    field("n", "integer"),
    field("x", "decimal"),
    field("t", "text"),
    field("d", "date"),
    field("pd", "partial_date"),
    field("r", "date_range"),
    field("s", "single_choice", choices="colours"),
    field("m", "multiple_choice", choices="colours"),
    field("c", "country"),
    field("y", "yes_no_unknown"),
    field("files", "attachment"),
    {
        "name": "rep",
        "type": "repeat",
        "label": label("rep"),
        "items": [field("k", "integer"), field("kt", "text")],
    },
]


def probe_form(expression: str) -> FormDefinition:
    """A form whose note ``probe`` is relevant exactly when ``expression`` is true."""
    items = [*copy.deepcopy(PROBE_FIELDS), field("probe", "note", relevant=expression)]
    return load_form(definition(items, COLOURS))


def example_definition() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "example.json").read_text("utf-8"))
    return data


def example_answers() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "example.answers.json").read_text("utf-8"))
    return data
