"""XLSForm import: what maps is converted, everything else is reported by sheet/row/column."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path
from typing import Any

import pytest

from forms import Severity, load_form, relevant_fields, validate
from forms.errors import XLSFormError
from forms.xlsform import convert_expression, convert_xlsform

from .xlsx import CHOICES, SETTINGS, SURVEY, write_xlsform


def convert(tmp_path: Path, **tables: Any) -> tuple[dict[str, Any], list[str]]:
    result = convert_xlsform(write_xlsform(tmp_path / "form.xlsx", **tables))
    return result.definition, [f"{w.location}: {w.message}" for w in result.warnings]


def failure(tmp_path: Path, **tables: Any) -> list[str]:
    with pytest.raises(XLSFormError) as info:
        convert_xlsform(write_xlsform(tmp_path / "form.xlsx", **tables))
    return [str(p) for p in info.value.problems if p.severity is Severity.ERROR]


def test_full_example_converts_to_a_loadable_bilingual_form(tmp_path: Path) -> None:
    definition, warnings = convert(tmp_path)
    form = load_form(definition)
    assert (form.id, form.version, form.languages) == ("intake_test", "2024.1", ("en", "ru"))
    story = form.field("story")
    assert story is not None and story.type.value == "long_text"  # text + multiline
    assert form.field("kind").required is True  # type: ignore[union-attr]
    assert form.field("age").hint == {"en": "In years", "ru": "В годах"}  # type: ignore[union-attr]
    assert form.items["detentions"].repeat_chain == ()
    assert form.field("detained_on").repeat_chain == ("detentions",)  # type: ignore[union-attr]
    assert form.field("how").default == ["red", "diffusion"]  # type: ignore[union-attr]
    assert warnings == [
        "settings!A2: The form title has one language only; it is used for every language."
    ]


def test_converted_logic_behaves_like_the_spreadsheet(tmp_path: Path) -> None:
    form = load_form(convert(tmp_path)[0])
    assert "details" not in relevant_fields(form, {"kind": "other"})
    assert "thanks" in relevant_fields(form, {"kind": "red", "detentions": [{}]})
    # choice_filter "region = ${kind}" became choice('region') = ${kind}
    issues = validate(form, {"kind": "red", "city": "ank"}, "ru").issues
    assert [(i.path, i.code.value) for i in issues] == [("city", "not_a_choice")]
    issues = validate(form, {"kind": "red", "age": 200, "city": "ist"}, "ru").issues
    assert [(i.path, i.message) for i in issues] == [
        ("age", "Укажите настоящий возраст."),
        ("story", "Пожалуйста, ответьте на этот вопрос."),
    ]


@pytest.mark.parametrize(
    ("row", "warning"),
    [
        (
            ["calculate", "calc", None],
            "The type 'calculate' is not supported; this row was left out.",
        ),
        (["geopoint", "where", "Where"], "The type 'geopoint' is not supported"),
        (["start", "start", None], "The metadata 'start' is not collected"),
        (["image", "photo", "Photo"], "'image' becomes an attachment field"),
        (["acknowledge", "ok", "OK?"], "'acknowledge' becomes a yes/no/unknown question"),
        (["select_one kinds or_other", "k2", "Kind"], "'or_other' adds the choice 'Other'"),
    ],
)
def test_unsupported_rows_are_warnings_with_sheet_row_and_column(
    tmp_path: Path, row: list[Any], warning: str
) -> None:
    survey = [SURVEY[0][:3], ["text", "a", "A"], row + [None] * (3 - len(row))]
    _, warnings = convert(tmp_path, survey=survey, settings=False)
    assert any(w.startswith("survey!A3: " + warning) for w in warnings), warnings


def test_unknown_column_is_warned_once_where_first_used(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "calculation", "media::image"],
        ["text", "a", "A", None, None],
        ["text", "b", "B", "1 + 1", "pic.png"],
        ["text", "c", "C", "2 + 2", None],
    ]
    _, warnings = convert(tmp_path, survey=survey, choices=False, settings=False)
    assert warnings == [
        "survey!D3: The column 'calculation' is not supported and was ignored (first use here).",
        "survey!E3: The column 'media::image' is not supported and was ignored (first use here).",
    ]


def test_missing_translation_is_filled_from_the_default_language_with_a_warning(
    tmp_path: Path,
) -> None:
    survey = copy.deepcopy(SURVEY)
    survey[2][3] = None  # age has no Russian label
    definition, warnings = convert(tmp_path, survey=survey)
    assert definition["pages"][0]["items"][1]["label"] == {"en": "Age", "ru": "Age"}
    assert "survey!D3: The label has no 'ru' text; the 'en' text is used." in warnings


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (
            lambda s: s.__setitem__(2, ["integer", None, "Age", "Возраст"]),
            "survey!B3: The row has no name.",
        ),
        (
            lambda s: s.__setitem__(2, ["integer", "my age", "Age", "Возраст"]),
            "survey!B3: The name 'my age'",
        ),
        (
            lambda s: s.__setitem__(2, ["select_one nolist", "x", "X", "X"]),
            "survey!A3: There is no choice list 'nolist'",
        ),
        (
            lambda s: s.__setitem__(2, ["integer", "kind", "Again", "Снова"]),
            "survey!B3: The name 'kind' is used twice",
        ),
        (
            lambda s: s[2].__setitem__(7, "${ghost} = 1"),
            "survey!H3: The form has no field named 'ghost'",
        ),
        (
            lambda s: s[2].__setitem__(7, "/data/kind = 'x'"),
            "survey!H3: The expression contains a character",
        ),
        (lambda s: s[2].__setitem__(8, "int(.) > 3"), "survey!I3: Unknown function 'int'"),
        (lambda s: s.__delitem__(6), "survey!A4: This 'begin group' has no 'end group'."),
        (
            lambda s: s.insert(2, ["end repeat"]),
            "survey!A3: 'end repeat' has no matching 'begin repeat'.",
        ),
        (lambda s: s[2].__setitem__(12, "abc"), "survey!M3: The default is not a whole number."),
    ],
)
def test_errors_name_sheet_row_and_column_and_stop_the_conversion(
    tmp_path: Path, change: Any, error: str
) -> None:
    survey = copy.deepcopy(SURVEY)
    change(survey)
    errors = failure(tmp_path, survey=survey)
    assert any(e.startswith(error) for e in errors), errors


def test_choice_without_label_is_an_error_on_the_choices_sheet(tmp_path: Path) -> None:
    choices = copy.deepcopy(CHOICES)
    choices[2][2] = choices[2][3] = None
    assert any(
        e.startswith("choices!C3: The choice has no label")
        for e in failure(tmp_path, choices=choices)
    )


def test_unknown_language_column_is_an_error(tmp_path: Path) -> None:
    survey = [["type", "name", "label::Klingonish"], ["text", "a", "A"]]
    errors = failure(tmp_path, survey=survey, choices=False, settings=False)
    assert any(e.startswith("survey!C1: The language of column") for e in errors)


def test_language_names_without_codes_are_recognised(tmp_path: Path) -> None:
    survey = [["type", "name", "label::English", "label::Turkish"], ["text", "a", "A", "A tr"]]
    definition, _ = convert(tmp_path, survey=survey, choices=False, settings=False)
    assert definition["languages"] == ["en", "tr"]


def test_settings_form_id_is_made_valid_with_a_warning(tmp_path: Path) -> None:
    settings = [SETTINGS[0], ["Title", "My Form 2", 3, "English (en)"]]
    definition, warnings = convert(tmp_path, settings=settings)
    assert (definition["id"], definition["version"]) == ("my-form-2", "3")
    assert (
        "settings!B2: The form id was changed to 'my-form-2' (lower case, no spaces)." in warnings
    )


def test_choice_filter_bare_names_become_choice_calls() -> None:
    assert convert_expression("region = ${r} and name != 'x'", choice_filter=True) == (
        "choice('region') = ${r} and choice('value') != 'x'"
    )
    assert convert_expression("selected(${a}, 'b')") == "selected(${a}, 'b')"


def test_a_file_that_is_not_a_spreadsheet_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(XLSFormError, match=r"is not an \.xlsx spreadsheet"):
        convert_xlsform(path)


def test_a_zip_that_is_not_a_workbook_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(XLSFormError, match=r"not a readable \.xlsx"):
        convert_xlsform(path)


def test_a_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (101 * 1024 * 1024))
    with pytest.raises(XLSFormError, match="unpacks to more than"):
        convert_xlsform(path)


def test_workbook_without_survey_sheet_is_one_clear_error(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "form.xlsx", survey=[], extra={})
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["survey"].title = "questions"
    book.save(path)
    with pytest.raises(XLSFormError, match="has no 'survey' sheet"):
        convert_xlsform(path)


def test_a_huge_survey_sheet_is_refused(tmp_path: Path) -> None:
    survey = [["type", "name", "label"]] + [["text", f"q{i}", "Q"] for i in range(5001)]
    with pytest.raises(XLSFormError, match="more than 5000 rows"):
        convert_xlsform(
            write_xlsform(tmp_path / "f.xlsx", survey=survey, choices=False, settings=False)
        )


def test_numeric_choice_codes_work_as_in_kobo_forms(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yn", "q", "Detained?", None],
        ["integer", "days", "How many days?", "${q} = 1"],
    ]
    choices = [["list_name", "name", "label"], ["yn", 1, "Yes"], ["yn", 2, "No"]]
    definition, warnings = convert(tmp_path, survey=survey, choices=choices, settings=False)
    assert warnings == []
    form = load_form(definition)
    assert [c.value for c in form.field("q").choices] == ["1", "2"]  # type: ignore[union-attr]
    assert "days" in relevant_fields(form, {"q": "1"})
    assert "days" not in relevant_fields(form, {"q": "2"})
    assert form.id == "form" and form.languages == ("en",)


def test_expression_using_a_left_out_calculate_says_where_it_was(tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label", "calculation", "relevant"],
        ["integer", "age", "Age", None, None],
        ["calculate", "adult", None, "${age} >= 18", None],
        ["text", "job", "Job", None, "${adult} = 'true'"],
    ]
    errors = failure(tmp_path, survey=survey, choices=False, settings=False)
    assert any(
        e.startswith("survey!E4: The form has no field named 'adult'")
        and "left out at survey!row 3" in e
        for e in errors
    ), errors


def test_field_references_inside_labels_are_warned_about(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["text", "n", "Name"], ["note", "hi", "Hello ${n}"]]
    definition, warnings = convert(tmp_path, survey=survey, choices=False, settings=False)
    assert warnings == [
        "survey!C3: The label names a field with ${...}; it is shown as written, not filled in."
    ]
    assert definition["pages"][0]["items"][1]["label"] == {"en": "Hello ${n}"}


def test_calculated_default_is_warned_and_left_out(tmp_path: Path) -> None:
    survey = [["type", "name", "label", "default"], ["date", "d", "When?", "today()"]]
    definition, warnings = convert(tmp_path, survey=survey, choices=False, settings=False)
    assert "default" not in definition["pages"][0]["items"][0]
    assert warnings == [
        "survey!D2: A calculated default is not supported and was ignored (the field starts empty)."
    ]
