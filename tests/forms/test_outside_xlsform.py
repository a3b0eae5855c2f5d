"""XLSForm spreadsheets as NGOs write them (ODK/KoboToolbox habits), checked from outside.

Each test recreates a small spreadsheet with openpyxl in the shape real forms have, and
states what a careful importer does with it: convert, warn at the cell, or refuse at the
cell. Regression tests for what the outside check found.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from forms import Severity, load_form
from forms.errors import XLSFormError
from forms.xlsform import convert_xlsform

from .xlsx import Table, write_xlsform


def convert(tmp_path: Path, survey: Table, **tables: Any) -> tuple[dict[str, Any], list[str]]:
    tables.setdefault("choices", False)
    tables.setdefault("settings", False)
    result = convert_xlsform(write_xlsform(tmp_path / "form.xlsx", survey, **tables))
    load_form(result.definition)
    return result.definition, [f"{w.location}: {w.message}" for w in result.warnings]


def errors(tmp_path: Path, survey: Table, **tables: Any) -> list[str]:
    tables.setdefault("choices", False)
    tables.setdefault("settings", False)
    with pytest.raises(XLSFormError) as info:
        convert_xlsform(write_xlsform(tmp_path / "form.xlsx", survey, **tables))
    return [str(p) for p in info.value.problems if p.severity is Severity.ERROR]


def items(definition: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    stack = list(reversed(definition["pages"][0]["items"]))
    while stack:
        item = stack.pop()
        result.append(item)
        stack.extend(reversed(item.get("items", [])))
    return result


def test_select_type_keyword_in_any_case_keeps_the_list_names_case(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label"],
        ["select one  Yes_No", "a", "A"],
        ["SELECT_MULTIPLE Yes_No", "b", "B"],
    ]
    choices = [["list name", "name", "label"], ["Yes_No", "y", "Yes"], ["Yes_No", "n", "No"]]
    definition, warnings = convert(tmp_path, survey, choices=choices)
    assert [(i["type"], i["choices"]) for i in items(definition)] == [
        ("single_choice", "Yes_No"),
        ("multiple_choice", "Yes_No"),
    ]
    assert warnings == []


def test_a_misspelt_type_is_an_error_that_suggests_the_right_one(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label"],
        ["txt", "a", "A"],
        ["select_onne l", "b", "B"],
        ["begin grp", "g", "G"],
        ["text", "c", "C"],
    ]
    assert errors(tmp_path, survey) == [
        "survey!A2: The type 'txt' is not an XLSForm type. Did you mean 'text'?",
        "survey!A3: The type 'select_onne l' is not an XLSForm type. Did you mean 'select_one'?",
        "survey!A4: The type 'begin grp' is not an XLSForm type. Did you mean 'begin group'?",
    ]


@pytest.mark.parametrize(
    "row",
    [
        ["select_one_from_file cities.csv", "city", "City"],
        ["select_one_external l", "ext", "Ext"],
        ["rank l", "rk", "Rank"],
        ["time", "t", "Time"],
        ["hidden", "h", None],
        ["geoshape", "area", "Area"],
    ],
)
def test_xlsform_types_that_do_not_map_are_left_out_with_a_warning(
    tmp_path: Path, row: list[Any]
) -> None:
    survey: Table = [["type", "name", "label"], ["text", "a", "A"], row]
    definition, warnings = convert(tmp_path, survey)
    assert [i["name"] for i in items(definition)] == ["a"]
    assert warnings == [f"survey!A3: The type '{row[0]}' is not supported; this row was left out."]


def test_multiline_appearance_is_recognised_in_any_case(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label", "appearance"],
        ["text", "story", "Story", "Multiline"],
    ]
    definition, _ = convert(tmp_path, survey)
    assert items(definition)[0]["type"] == "long_text"


def test_rows_with_errors_do_not_also_cause_misleading_errors(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label"],
        ["begin group", None, "Group"],
        ["text", "1abc", "A"],
        ["end group", None, None],
    ]
    assert errors(tmp_path, survey) == [
        "survey!B2: The row has no name.",
        "survey!B3: The name '1abc' may only use letters, digits, '_' and '-' "
        "(starting with a letter).",
    ]


def test_a_wrong_integer_default_is_one_plain_sentence(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label", "default"], ["integer", "n", "N", "five"]]
    assert errors(tmp_path, survey) == ["survey!D2: The default is not a whole number."]


def test_language_columns_named_in_their_own_language_are_recognised(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label::Русский", "label::Türkçe"],
        ["text", "a", "Имя", "Ad"],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert definition["languages"] == ["ru", "tr"]
    assert items(definition)[0]["label"] == {"ru": "Имя", "tr": "Ad"}
    assert warnings == []


def test_an_unknown_language_column_is_one_error_not_also_an_ignored_column(
    tmp_path: Path,
) -> None:
    survey: Table = [["type", "name", "label", "label::Elvish"], ["text", "a", "A", "Aa"]]
    assert errors(tmp_path, survey) == [
        "survey!D1: The language of column 'label::Elvish' is unknown; "
        "write it like 'label::English (en)'."
    ]


def test_plain_label_beside_a_default_language_column_is_not_silently_dropped(
    tmp_path: Path,
) -> None:
    survey: Table = [
        ["type", "name", "label", "label::English (en)", "label::Русский (ru)"],
        ["text", "a", "Your name", "Full name", "Имя"],
        ["text", "b", "Same", "Same", "Так же"],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert items(definition)[0]["label"] == {"en": "Full name", "ru": "Имя"}
    assert warnings == [
        "survey!C2: This label and the one in column 'label::English (en)' are both 'en' "
        "texts; the one in that column is used."
    ]


def test_a_missing_default_language_text_names_the_language_actually_used(
    tmp_path: Path,
) -> None:
    survey: Table = [["type", "name", "label", "label::Russian (ru)"], ["text", "a", None, "Имя"]]
    definition, warnings = convert(tmp_path, survey)
    assert items(definition)[0]["label"] == {"en": "Имя", "ru": "Имя"}
    assert warnings == ["survey!C2: The label has no 'en' text; the 'ru' text is used."]


def test_a_default_language_without_any_column_falls_back_with_a_warning(
    tmp_path: Path,
) -> None:
    survey: Table = [
        ["type", "name", "label::English (en)", "label::French (fr)"],
        ["text", "a", "A", "B"],
    ]
    settings = [["default_language"], ["Spanish (es)"]]
    definition, warnings = convert(tmp_path, survey, settings=settings)
    assert (definition["languages"], definition["default_language"]) == (["en", "fr"], "en")
    assert warnings == [
        "settings!A2: No column has texts in the default_language 'es'; "
        "'en' is the default language instead."
    ]


def test_pyxform_header_aliases_are_read_as_the_usual_columns(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label", "constraint", "jr:constraintMsg", "relevance", "bind::required"],
        ["integer", "age", "Age", ". < 130", "Too old", None, "yes"],
        ["text", "why", "Why?", None, None, "${age} > 100", None],
    ]
    choices: Table = [["list name", "name", "label"], ["l", "x", "X"]]
    definition, warnings = convert(tmp_path, survey, choices=choices)
    age, why = items(definition)
    assert age["constraint_message"] == {"en": "Too old"} and age["required"] is True
    assert why["relevant"] == "${age} > 100"
    assert warnings == []


def test_a_column_written_twice_is_a_warning_naming_the_one_used(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label", "Label "], ["text", "a", "First", "Second"]]
    definition, warnings = convert(tmp_path, survey)
    assert items(definition)[0]["label"] == {"en": "First"}
    assert warnings == ["survey!D1: The column 'Label' appears twice; only column C is used."]


def test_two_choices_sheets_and_unsupported_sheets_are_warnings(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label"], ["select_one l", "a", "A"]]
    choices: Table = [["list_name", "name", "label"], ["l", "x", "X"]]
    extra = {"Choices ": choices, "entities": [["list_name", "label"], ["people", "x"]]}
    _, warnings = convert(tmp_path, survey, choices=choices, extra=extra)
    assert warnings == [
        "Choices : There are two 'choices' sheets; only 'choices' is used.",
        "entities: The 'entities' sheet is not supported and was ignored.",
    ]


def _with_saved_result(path: Path, cell: str, result: str) -> None:
    """Give a formula cell the saved result a spreadsheet program would have written."""
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index(f'<c r="{cell}">')
    end = sheet.index("</c>", start)
    formula = sheet[start:end].split("<v")[0].removeprefix(f'<c r="{cell}">')
    patched = f'<c r="{cell}" t="str">{formula}<v>{result}</v>'
    parts["xl/worksheets/sheet1.xml"] = (sheet[:start] + patched + sheet[end:]).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def test_formulas_are_read_by_their_saved_result_and_refused_without_one(
    tmp_path: Path,
) -> None:
    survey: Table = [
        ["type", "name", "label", "required"],
        ["text", "a", '="Your " & "name"', None],
        ["text", "b", "B", "=1=1"],
    ]
    path = write_xlsform(tmp_path / "form.xlsx", survey, choices=False, settings=False)
    with pytest.raises(XLSFormError) as info:
        convert_xlsform(path)
    assert [str(p) for p in info.value.problems][:2] == [
        f"survey!{cell}: This cell has a formula whose result was not saved; open the file "
        "in a spreadsheet program and save it, or type the value."
        for cell in ("C2", "D3")
    ]
    _with_saved_result(path, "C2", "Your name")
    _with_saved_result(path, "D3", "TRUE")
    result = convert_xlsform(path)
    a, b = items(result.definition)
    assert a["label"] == {"en": "Your name"} and b["required"] is True


def test_duplicate_names_point_at_both_cells_not_at_the_converted_form(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label"], ["text", "a", "A"], ["text", "a", "Again"]]
    assert errors(tmp_path, survey) == [
        "survey!B3: The name 'a' is used twice (also at survey!B2)."
    ]


def test_choice_value_problems_point_at_the_name_column(tmp_path: Path) -> None:
    # Numbers are the usual choice names in Kobo forms; 1 and 1.0 are the same name.
    survey: Table = [["type", "name", "label"], ["select_one l", "q", "Q"]]
    choices: Table = [
        ["list_name", "name", "label"],
        ["l", 1, "One"],
        ["l", 1.0, "One again"],
        ["l", "a b", "With a space"],
    ]
    assert errors(tmp_path, survey, choices=choices) == [
        "choices!B3: The value '1' appears twice in this list.",
        "choices!B4: A choice value must be 1 to 64 letters, digits, '_', '.' or '-'.",
    ]


def test_a_whole_row_problem_points_at_its_type_cell(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label"]]
    for depth in range(4):
        survey.append(["begin repeat", f"r{depth}", "R"])
    survey.append(["text", "deep", "Deep"])
    survey.extend([["end repeat", None, None]] * 4)
    assert errors(tmp_path, survey) == ["survey!A5: Repeats nest more than 3 deep."]


@pytest.mark.parametrize(
    ("relevant", "error"),
    [
        (
            "/data/age > 3",
            "The expression contains a character it cannot use (at character 1). "
            "Paths such as /data/name are not supported; write ${name}.",
        ),
        (
            "jr:choice-name(${age}, '${age}') = 'x'",
            "The expression contains a character it cannot use (at character 3). "
            "The function 'jr:choice-name' is not supported.",
        ),
        (
            "${age} > 0 AND ${age} < 9",
            "Unexpected text after the end of the expression (at character 12). "
            "Write 'and' in lower case.",
        ),
        ("${age} == 1", "Unexpected '=' (at character 9). Compare with a single '='."),
        ("${age} <> 1", "Unexpected '>' (at character 9). Write '!=' for 'is not'."),
    ],
)
def test_xpath_habits_in_expressions_get_a_hint_at_the_cell(
    tmp_path: Path, relevant: str, error: str
) -> None:
    survey: Table = [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age", None],
        ["text", "why", "Why?", relevant],
    ]
    assert errors(tmp_path, survey) == [f"survey!D3: {error}"]


def test_an_xpath_function_we_do_not_have_is_an_error_at_the_cell(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label", "constraint"], ["integer", "n", "N", "int(.) > 0"]]
    [error] = errors(tmp_path, survey)
    assert error.startswith("survey!D2: ") and "int" in error


def test_or_other_adds_an_other_choice_and_a_specify_question_as_pyxform_does(
    tmp_path: Path,
) -> None:
    survey: Table = [
        ["type", "name", "label::English (en)", "label::Русский (ru)"],
        ["select_multiple harm or_other", "harm", "What happened?", "Что произошло?"],
        ["select_one harm", "worst", "Worst?", "Хуже всего?"],
    ]
    choices: Table = [
        ["list_name", "name", "label::English (en)", "label::Русский (ru)"],
        ["harm", "arrest", "Arrest", "Арест"],
    ]
    definition, warnings = convert(tmp_path, survey, choices=choices)
    harm, other, worst = items(definition)
    assert (harm["choices"], worst["choices"]) == ("harm_or_other", "harm")
    assert definition["choice_lists"]["harm_or_other"][-1] == {
        "value": "other",
        "label": {"en": "Other", "ru": "Другое"},
    }
    assert other == {
        "name": "harm_other",
        "type": "text",
        "label": {"en": "Specify other", "ru": "Уточните, что именно"},
        "relevant": "selected(${harm}, 'other')",
    }
    assert warnings == [
        "survey!A2: 'or_other' adds the choice 'Other' and the question 'harm_other' "
        "(label 'Specify other')."
    ]
    form = load_form(definition)
    from forms import relevant_fields

    assert "harm_other" in relevant_fields(form, {"harm": ["arrest", "other"]})
    assert "harm_other" not in relevant_fields(form, {"harm": ["arrest"]})


def test_a_fixed_repeat_count_fixes_the_number_of_entries(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label", "repeat_count"],
        ["integer", "n", "How many?", None],
        ["begin repeat", "three", "Three", 3],
        ["text", "a", "A", None],
        ["end repeat", None, None, None],
        ["begin repeat", "some", "Some", "${n}"],
        ["text", "b", "B", None],
        ["end repeat", None, None, None],
    ]
    definition, warnings = convert(tmp_path, survey)
    three, some = (i for i in items(definition) if i["type"] == "repeat")
    assert (three["min_count"], three["max_count"]) == (3, 3)
    assert ("min_count" not in some, some["max_count"]) == (True, 200)
    assert warnings == [
        "survey!D6: A calculated repeat_count is not supported; the person adds up to 200 entries."
    ]


def test_a_choice_filter_on_a_missing_choices_column_is_an_error(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label", "choice_filter"],
        ["select_one region", "region", "Region", None],
        ["select_one city", "city", "City", "regin = ${region}"],
    ]
    choices: Table = [
        ["list_name", "name", "label", "region"],
        ["region", 1, "North", None],
        ["city", "ist", "Istanbul", 1],
    ]
    assert errors(tmp_path, survey, choices=choices) == [
        "survey!D3: The choices sheet has no column 'regin'."
    ]
    survey[2][3] = "region = ${region}"
    definition, _ = convert(tmp_path, survey, choices=choices)
    assert items(definition)[1]["choice_filter"] == "choice('region') = ${region}"


def test_a_row_with_only_notes_in_other_columns_is_left_out_with_a_warning(
    tmp_path: Path,
) -> None:
    survey: Table = [
        ["type", "name", "label", "comments"],
        ["text", "a", "A", None],
        [None, None, None, "TODO: ask the lawyer"],
        [None, "b", "B", None],
    ]
    assert errors(tmp_path, survey) == ["survey!A4: The row has no type."]
    del survey[3]
    definition, warnings = convert(tmp_path, survey)
    assert [i["name"] for i in items(definition)] == ["a"]
    assert warnings == ["survey!D3: This row has no type, name or label; it was left out."]


def test_html_or_markdown_in_a_label_is_warned_about(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label"],
        ["text", "a", '<span style="color:red">Name</span>'],
        ["text", "b", "Your **full** name"],
        ["text", "c", "2 < 3 and 5 * 2"],
    ]
    _, warnings = convert(tmp_path, survey)
    assert warnings == [
        f"survey!C{n}: The label has formatting (HTML or Markdown); it is shown as written."
        for n in (2, 3)
    ]


def test_an_integer_default_from_a_number_cell_is_a_whole_number(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label", "default"], ["integer", "n", "N", 5.0]]
    definition, _ = convert(tmp_path, survey)
    assert items(definition)[0]["default"] == 5


def test_the_formula_pass_runs_only_for_workbooks_with_formulas(tmp_path: Path) -> None:
    from forms.xlsform_read import _has_formulas

    plain: Table = [["type", "name", "label"], ["text", "a", "f = 1 <f>"]]
    with_formula: Table = [["type", "name", "label"], ["text", "a", "=1+1"]]
    assert not _has_formulas(write_xlsform(tmp_path / "a.xlsx", plain))
    assert _has_formulas(write_xlsform(tmp_path / "b.xlsx", with_formula))


@pytest.mark.parametrize(
    ("cell", "version", "warned"),
    [
        ("vW8nQ2x3", "vW8nQ2x3", False),  # KoboToolbox's random versions
        (2024112501, "2024112501", False),  # ODK's yyyymmddrr habit, as a number cell
        (1.1, "1.1", False),
        ("1 (2021-03-04 10:11:12)", "1-2021-03-04-10-11-12", True),
        ("  ", "1", False),
        ("---", "1", True),
    ],
)
def test_the_settings_version_is_made_valid_with_a_warning_if_changed(
    tmp_path: Path, cell: Any, version: str, warned: bool
) -> None:
    survey: Table = [["type", "name", "label"], ["text", "a", "A"]]
    settings: Table = [["form_id", "version"], ["f", cell]]
    definition, warnings = convert(tmp_path, survey, settings=settings)
    assert definition["version"] == version
    assert warnings == (
        [f"settings!B2: The version was changed to '{version}' (letters, digits, '.', '-' only)."]
        if warned
        else []
    )


def test_cells_on_an_end_row_are_warned_about_not_dropped_silently(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age", None],
        ["begin group", "adult", "Adult", None],
        ["text", "job", "Job", None],
        ["end group", "adult", None, "${age} > 17"],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert "relevant" not in items(definition)[1]
    assert warnings == [
        "survey!D5: Cells on an 'end group' row are ignored; put them on the 'begin' row."
    ]


def test_true_and_false_cells_read_as_the_spreadsheet_shows_them(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label", "required"], ["select_one b", "a", "A", True]]
    choices: Table = [["list_name", "name", "label"], ["b", "t", True], ["b", "f", False]]
    definition, _ = convert(tmp_path, survey, choices=choices)
    assert items(definition)[0]["required"] is True
    labels = [c["label"]["en"] for c in definition["choice_lists"]["b"]]
    assert labels == ["TRUE", "FALSE"]


def test_problems_with_a_whole_choice_list_point_at_its_first_row(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label"], ["select_one 1list", "a", "A"]]
    choices: Table = [["list_name", "name", "label"], ["1list", "x", "X"]]
    assert errors(tmp_path, survey, choices=choices) == [
        "choices!A2: A choice list name must be like a field name."
    ]
    survey = [["type", "name", "label"], ["select_one big", "a", "A"]]
    choices = [["list_name", "name", "label"], *(["big", n, f"C{n}"] for n in range(1001))]
    assert errors(tmp_path, survey, choices=choices) == [
        "choices!A2: A choice list must hold 1 to 1000 choices.",
        "survey!A2: There is no choice list named 'big'.",
    ]


def test_a_missing_key_column_is_one_error_at_the_header_not_one_per_row(
    tmp_path: Path,
) -> None:
    survey: Table = [["type", "question name", "label"], ["text", "a", "A"], ["text", "b", "B"]]
    assert errors(tmp_path, survey) == [
        "survey!row 1: The survey sheet has no 'name' column (its first row holds the column "
        "names)."
    ]
    survey = [["type", "name", "label"], ["select_one l", "a", "A"]]
    choices: Table = [["list", "name", "label"], ["l", "x", "X"], ["l", "y", "Y"]]
    assert errors(tmp_path, survey, choices=choices)[0] == (
        "choices!row 1: The choices sheet has no 'list_name' column (its first row holds the "
        "column names)."
    )


def test_kobotoolbox_matrix_score_and_rank_blocks_are_left_out_whole(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label", "kobo--score-choices"],
        ["text", "a", "A", None],
        ["begin_score", "sc", "Score", "agree"],
        ["score__row", "r1", "Police", None],
        ["end_score", None, None, None],
        ["begin_kobomatrix", "mx", "Matrix", None],
        ["text", "mx_a", "Cell", None],
        ["end_kobomatrix", None, None, None],
        ["text", "b", "B", None],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert [i["name"] for i in items(definition)] == ["a", "b"]
    assert warnings == [
        "survey!A3: KoboToolbox's 'begin_score' block is not supported; rows 3 to 5 were left out.",
        "survey!A6: KoboToolbox's 'begin_kobomatrix' block is not supported; rows 6 to 8 "
        "were left out.",
    ]
    assert errors(tmp_path, survey[:4]) == ["survey!A3: This block has no 'end_score' row."]


def test_two_columns_for_one_language_disagreeing_is_a_warning(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label::English", "label::English (en)"],
        ["text", "a", "Name", "Full name"],
        ["text", "b", "Same", "Same"],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert items(definition)[0]["label"] == {"en": "Name"}
    assert warnings == ["survey!D2: Two columns give the 'en' label; the first one is used."]


def test_pyxform_type_aliases_string_and_select_all_that_apply(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label"],
        ["string", "a", "A"],
        ["select all that apply l", "b", "B"],
    ]
    choices: Table = [["list_name", "name", "label"], ["l", "x", "X"]]
    definition, _ = convert(tmp_path, survey, choices=choices)
    assert [i["type"] for i in items(definition)] == ["text", "multiple_choice"]


def test_cells_that_mean_nothing_on_their_row_are_warned_about(tmp_path: Path) -> None:
    survey: Table = [
        [
            "type",
            "name",
            "label",
            "choice_filter",
            "constraint_message::English (en)",
            "repeat_count",
        ],
        ["text", "a", "A", "x = 1", None, None],
        ["note", "n", "N", None, "Never shown", None],
        ["begin group", "g", "G", None, None, 2],
        ["text", "b", "B", None, None, None],
        ["end group", None, None, None, None, None],
    ]
    choices: Table = [["list_name", "name", "label", "hint::English (en)"], ["l", "x", "X", "h"]]
    settings: Table = [["form_id"], ["first"], ["second"]]
    definition, warnings = convert(tmp_path, survey, choices=choices, settings=settings)
    assert definition["id"] == "first"
    assert warnings == [
        "settings!row 3: Only the first row of settings is read; this row and those below "
        "were ignored.",
        "choices!D1: The choices column 'hint::English (en)' is not supported and was ignored.",
        "survey!D2: 'choice_filter' on a text question is not supported and was ignored.",
        "survey!E3: 'constraint_message' on a note is not supported and was ignored.",
        "survey!F4: 'repeat_count' on a group is not supported and was ignored.",
    ]


def test_a_missing_translation_is_reported_at_a_cell_of_that_text(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label::English (en)", "label::Turkish (tr)", "constraint",
         "constraint_message::English (en)"],
        ["integer", "age", "Age", "Yaş", ". < 130", "Too old"],
    ]  # fmt: skip
    _, warnings = convert(tmp_path, survey)
    assert warnings == [
        "survey!F2: The constraint_message has no 'tr' text; the 'en' text is used."
    ]


def test_a_form_wide_problem_names_the_sheet(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label"], *(["text", f"q{n}", "Q"] for n in range(1001))]
    assert errors(tmp_path, survey) == ["survey: The form has more than 1000 items."]


def test_a_cell_showing_a_spreadsheet_error_is_an_error_at_that_cell(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label"], ["text", "a", "#REF!"]]
    [first, *_] = errors(tmp_path, survey)
    assert first == (
        "survey!C2: This cell shows the spreadsheet error #REF!; correct its formula or type "
        "the value."
    )


def test_or_other_with_a_choice_filter_still_offers_other(tmp_path: Path) -> None:
    from forms import choices_for

    survey: Table = [
        ["type", "name", "label", "choice_filter"],
        ["select_one region", "region", "Region", None],
        ["select_one city or_other", "city", "City", "region = ${region}"],
    ]
    choices: Table = [
        ["list_name", "name", "label", "region"],
        ["region", "n", "North", None],
        ["region", "s", "South", None],
        ["city", "ist", "Istanbul", "n"],
        ["city", "izm", "Izmir", "s"],
    ]
    definition, _ = convert(tmp_path, survey, choices=choices)
    form = load_form(definition)
    offered = [c.value for c in choices_for(form, {"region": "n"}, "city")]
    assert offered == ["ist", "other"]
