"""builtin_forms() reads resources/forms/<id>.json; the JSON Schema matches the loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forms import FieldType, FormDefinitionError, builtin_forms, load_form

from .helpers import FIXTURES, example_definition

SCHEMA = Path(__file__).resolve().parents[2] / "forms" / "schema" / "form.schema.json"


def test_builtin_forms_loads_every_file_by_id(tmp_path: Path) -> None:
    data = example_definition()
    (tmp_path / "example-notice.json").write_text(json.dumps(data), "utf-8")
    forms = builtin_forms(tmp_path)
    assert list(forms) == ["example-notice"]
    assert forms["example-notice"].hash == load_form(data).hash


def test_builtin_form_whose_file_name_is_not_its_id_is_refused(tmp_path: Path) -> None:
    (tmp_path / "other.json").write_text(json.dumps(example_definition()), "utf-8")
    with pytest.raises(FormDefinitionError) as info:
        builtin_forms(tmp_path)
    assert info.value.problems[0].location == "other.json:/id"


def test_broken_builtin_form_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", "utf-8")
    with pytest.raises(FormDefinitionError) as info:
        builtin_forms(tmp_path)
    assert info.value.problems[0].location.startswith("broken.json:")


def test_builtin_forms_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert builtin_forms(tmp_path / "none") == {}


def test_shipped_builtin_forms_all_load() -> None:
    for form_id, form in builtin_forms().items():
        assert form.id == form_id and len(form.languages) >= 1


def test_schema_is_draft_2020_12_and_lists_exactly_the_field_types() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["$defs"]["field"]["properties"]["type"]["enum"]) == {
        t.value for t in FieldType
    }
    assert set(schema["required"]) == {
        "id", "version", "default_language", "languages", "title", "pages",
    }  # fmt: skip


def test_example_refers_to_the_schema_for_editors() -> None:
    data = json.loads((FIXTURES / "example.json").read_text("utf-8"))
    assert (FIXTURES / data["$schema"]).resolve() == SCHEMA
