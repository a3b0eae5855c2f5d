"""XLSForm spreadsheets from outside, part 2: cells, headers, sheets, languages, settings.

What spreadsheet programs and translators leave in a workbook (formulas, #REF!, TRUE,
duplicate or aliased headers, extra sheets, language columns named every which way),
and what a careful importer does with each.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from forms.errors import XLSFormError
from forms.xlsform import convert_xlsform

from .outside import convert, errors, items
from .xlsx import Table, write_xlsform


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


def test_true_and_false_cells_read_as_the_spreadsheet_shows_them(tmp_path: Path) -> None:
    survey: Table = [["type", "name", "label", "required"], ["select_one b", "a", "A", True]]
    choices: Table = [["list_name", "name", "label"], ["b", "t", True], ["b", "f", False]]
    definition, _ = convert(tmp_path, survey, choices=choices)
    assert items(definition)[0]["required"] is True
    labels = [c["label"]["en"] for c in definition["choice_lists"]["b"]]
    assert labels == ["TRUE", "FALSE"]


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


def test_two_columns_for_one_language_disagreeing_is_a_warning(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label::English", "label::English (en)"],
        ["text", "a", "Name", "Full name"],
        ["text", "b", "Same", "Same"],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert items(definition)[0]["label"] == {"en": "Name"}
    assert warnings == ["survey!D2: Two columns give the 'en' label; the first one is used."]


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


@pytest.mark.parametrize(
    "doctype",
    [
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">',  # expansion
        '<!ENTITY b SYSTEM "file:///etc/passwd">',  # external entity
    ],
)
def test_xml_entity_tricks_in_a_sheet_are_refused_in_one_sentence(
    tmp_path: Path, doctype: str
) -> None:
    survey: Table = [["type", "name", "label"], ["text", "a", "A"]]
    path = write_xlsform(tmp_path / "f.xlsx", survey, choices=False, settings=False)
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    parts["xl/worksheets/sheet1.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE w [{doctype}]><worksheet xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
        't="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>'
    ).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with pytest.raises(XLSFormError) as info:
        convert_xlsform(path)
    assert str(info.value) in (
        "f.xlsx is not a readable .xlsx spreadsheet.",
        "f.xlsx is damaged and cannot be read.",
    )


def test_language_headers_with_spaces_or_capitals_are_read(tmp_path: Path) -> None:
    survey: Table = [
        ["Type", "Name", "Label :: English (en)", "LABEL::Russian (RU)"],
        ["text", "a", "Name", "Имя"],
    ]
    definition, warnings = convert(tmp_path, survey)
    assert items(definition)[0]["label"] == {"en": "Name", "ru": "Имя"}
    assert warnings == []


def test_language_codes_with_a_region_keep_their_usual_case(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label::Português (pt-BR)", "label::zh-Hant", "label::fa"],
        ["text", "a", "Nome", "名字", "نام"],
    ]
    settings: Table = [["default_language"], ["pt-br"]]
    definition, warnings = convert(tmp_path, survey, settings=settings)
    assert definition["languages"] == ["pt-BR", "zh-Hant", "fa"]
    assert definition["default_language"] == "pt-BR"
    assert warnings == []


def test_english_language_names_with_a_region_and_farsi_are_recognised(tmp_path: Path) -> None:
    survey: Table = [
        ["type", "name", "label::Brazilian Portuguese", "label::Dari", "label::Farsi"],
        ["text", "a", "Nome", "نام", "نام"],
    ]
    definition, _ = convert(tmp_path, survey)
    assert definition["languages"] == ["pt-BR", "fa-AF", "fa"]
