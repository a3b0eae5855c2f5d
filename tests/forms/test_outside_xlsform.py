"""XLSForm spreadsheets as NGOs write them (ODK/KoboToolbox habits), checked from outside:
types, structure, expressions, choices.

Each test recreates a small spreadsheet with openpyxl in the shape real forms have, and
states what a careful importer does with it: convert, warn at the cell, or refuse at the
cell. Regression tests for what the outside check found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from forms import load_form

from .outside import convert, errors, items
from .xlsx import Table


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


def test_pyxform_type_aliases_string_and_select_all_that_apply(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label"],
        ["string", "a", "A"],
        ["select all that apply l", "b", "B"],
    ]
    choices: Table = [["list_name", "name", "label"], ["l", "x", "X"]]
    definition, _ = convert(tmp_path, survey, choices=choices)
    assert [i["type"] for i in items(definition)] == ["text", "multiple_choice"]


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
