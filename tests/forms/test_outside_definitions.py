"""Hostile and unusual definition and answers files through ``intake forms validate``.

What an outside checker feeds the command: every one gives a location and a sentence
and exits 1 (never a traceback or a hang); a valid one prints ``ok``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from forms import load_form
from forms.errors import FormDefinitionError
from intake_app.cli import main

from .xlsx import write_xlsform

MINI: dict[str, Any] = {
    "id": "t",
    "version": "1",
    "default_language": "en",
    "languages": ["en"],
    "title": "T",
    "pages": [{"name": "p", "title": "P", "items": [{"name": "a", "type": "text", "label": "A"}]}],
}


def mini(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINI)
    item = data["pages"][0]["items"][0]
    for key, value in changes.items():
        if key.startswith("item_"):
            item[key.removeprefix("item_")] = value
        else:
            data[key] = value
    return data


def run_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: bytes, *args: str
) -> tuple[int, str, str]:
    path = tmp_path / "form.json"
    path.write_bytes(raw)
    code = main(["forms", "validate", str(path), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (b"", "/: The form definition is not valid JSON (line 1, column 1)."),
        (b"[1, 2]", "/: A form definition must be a JSON object."),
        (dumps(MINI)[:-1] + b",}", "/: The form definition is not valid JSON (line 1, "),
        (b'{"id": "t", "id": "u"}', "/: The key 'id' appears twice in one object of the"),
        (dumps(MINI).replace(b'"T"', b"NaN", 1), "/: The form definition contains NaN, which"),
        (b'{"format": -Infinity}', "/: The form definition contains -Infinity, which JSON"),
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, "/: The form definition is nested too deeply."),
        (b'{"format": 1' + b"0" * 5000 + b"}", "/: The form definition contains a number with"),
        (dumps(MINI).replace(b'"T"', b'"\xe9"'), "/: The form definition is not UTF-8 text."),
        (dumps(mini(format=True)), "/format: This program reads format 1 only."),
        (dumps(mini(item_label="A\x1b[2J")), "/pages/0/items/0/label/en: The text contains a"),
        (dumps(mini(item_name="имя")), "/pages/0/items/0/name: A name must start with a letter"),
        (dumps(mini(item_requird=True)), "/pages/0/items/0/requird: Unknown key 'requird'."),
        (dumps(mini(item_relevant=7)), "/pages/0/items/0/relevant: An expression must be a"),
        (dumps(mini(item_relevant="${a} != ''")), "/pages/0/items/0/relevant: Relevance goes"),
        (
            dumps(mini(item_relevant="(" * 500 + "1 = 1" + ")" * 500)),
            "/pages/0/items/0/relevant: The expression is nested too deeply",
        ),
        (
            dumps(mini(languages=["en", "ru"], title={"en": "T"})),
            "/title: The text in 'ru' is missing.",
        ),
    ],
)
def test_a_hostile_definition_gives_a_located_sentence_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: bytes, line: str
) -> None:
    code, out, err = run_validate(tmp_path, capsys, raw)
    assert code == 1
    assert out.startswith(line), out
    assert err.strip().startswith("The form definition has")


def test_a_byte_order_mark_and_x_keys_are_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = mini()
    data["x-editor"] = {"note": "kept, ignored"}
    code, out, _ = run_validate(tmp_path, capsys, b"\xef\xbb\xbf" + dumps(data))
    assert (code, out) == (0, "ok\n")


def test_a_definition_over_the_size_limit_says_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_validate(tmp_path, capsys, b" " * (2 * 1024 * 1024 + 1))
    assert code == 1
    assert err.strip().endswith("form.json is larger than 2 MiB.")


def test_control_characters_are_refused_but_tab_and_line_break_are_text() -> None:
    load_form(mini(item_label="Line one\n\tLine two"))
    for bad in ("\x00", "\x07", "\x1b", "\r", "\x7f", "\x9b"):
        with pytest.raises(FormDefinitionError):
            load_form(mini(item_label=f"A{bad}B"))


def test_windows_line_breaks_in_spreadsheet_cells_become_line_breaks(tmp_path: Path) -> None:
    from forms.xlsform import convert_xlsform

    survey = [["type", "name", "label"], ["note", "n", "First line\r\nSecond line"]]
    path = write_xlsform(tmp_path / "f.xlsx", survey, choices=False, settings=False)
    note = convert_xlsform(path).definition["pages"][0]["items"][0]
    assert note["label"] == {"en": "First line\nSecond line"}


@pytest.mark.parametrize(
    ("answers", "lines"),
    [
        ({"a": {"nested": [1, [2]]}}, ["a: This answer is not of the kind this question"]),
        ({"a": "x" * 1001}, ["a: This text is too long: at most 1000 characters."]),
        ({"zzz": 1, "a": "ok"}, ["zzz: This answer does not belong to any question"]),
        ([1], ["/: The answers must be"]),
    ],
)
def test_hostile_answers_are_listed_by_path_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: Any, lines: list[str]
) -> None:
    answers_path = tmp_path / "answers.json"
    answers_path.write_bytes(dumps(answers))
    code, out, _ = run_validate(tmp_path, capsys, dumps(MINI), "--answers", str(answers_path))
    assert code == 1
    got = out.splitlines()
    assert len(got) == len(lines) and all(g.startswith(w) for g, w in zip(got, lines, strict=True))


def test_import_refuses_to_write_over_the_spreadsheet_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    survey = [["type", "name", "label"], ["text", "a", "A"]]
    source = write_xlsform(tmp_path / "form.xlsx", survey, choices=False, settings=False)
    before = source.read_bytes()
    alias = tmp_path / "sub" / ".." / "form.xlsx"
    (tmp_path / "sub").mkdir()
    assert main(["forms", "import-xlsform", str(source), "-o", str(alias)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("is the spreadsheet itself; give another name, e.g. FORM.json.")
    assert source.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "f.xlsx is an old .xls file or a password-protected spreadsheet; save it as an "
            "Excel Workbook (.xlsx) without a password and try again.",
        ),
        (
            None,  # an OpenDocument spreadsheet (LibreOffice's .ods)
            "f.xlsx is an OpenDocument spreadsheet; save it as an Excel Workbook (.xlsx) "
            "and try again.",
        ),
    ],
)
def test_other_spreadsheet_formats_say_how_to_save_as_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, sentence: str
) -> None:
    import zipfile

    path = tmp_path / "f.xlsx"
    if content is None:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            zf.writestr("content.xml", "<office:document-content/>")
    else:
        path.write_bytes(content)
    assert main(["forms", "import-xlsform", str(path), "-o", str(tmp_path / "o.json")]) == 1
    assert capsys.readouterr().err.strip() == sentence
    assert not (tmp_path / "o.json").exists()


def test_a_default_that_does_not_fit_says_why_in_the_authors_words() -> None:
    data = mini()
    data["choice_lists"] = {"l": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]}
    data["pages"][0]["items"] += [
        {"name": "s", "type": "single_choice", "label": "S", "choices": "l", "default": "z"},
        {
            "name": "m",
            "type": "multiple_choice",
            "label": "M",
            "choices": "l",
            "default": ["a"] * 2,
        },
        {"name": "c", "type": "country", "label": "C", "default": "XX"},
        {"name": "y", "type": "yes_no_unknown", "label": "Y", "default": "maybe"},
        {"name": "i", "type": "integer", "label": "I", "default": "5"},
    ]
    with pytest.raises(FormDefinitionError) as info:
        load_form(data)
    assert [str(p) for p in info.value.problems] == [
        "/pages/0/items/1/default: The default is not one of the choices (a, b).",
        "/pages/0/items/2/default: The default names the same choice twice.",
        "/pages/0/items/3/default: The default is not a country code such as 'TR'.",
        "/pages/0/items/4/default: The default is not one of the choices (yes, no, unknown).",
        "/pages/0/items/5/default: The default does not fit the type integer.",
    ]
