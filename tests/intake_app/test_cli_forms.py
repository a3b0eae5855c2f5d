"""``intake forms validate`` and ``intake forms import-xlsform`` (no vault needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.cli import main
from tests.forms.helpers import FIXTURES
from tests.forms.xlsx import write_xlsform

EXAMPLE = FIXTURES / "example.json"
ANSWERS = FIXTURES / "example.answers.json"


def test_validate_prints_ok_for_a_good_definition(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "validate", str(EXAMPLE)]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_validate_json_gives_id_version_and_hash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "validate", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["id"] == "example-notice"
    assert len(data["hash"]) == 64


def test_validate_lists_every_problem_with_location_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["pages"][0]["items"][2]["relevant"] = "${ghost} = 'x'"
    del data["title"]["tr"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    assert main(["forms", "validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "/title: The text in 'tr' is missing." in out
    assert "/pages/0/items/2/relevant: The form has no field named 'ghost' (at character 1)." in out
    assert err.strip() == "The form definition has 2 problems and cannot be used."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"[]", "must be a JSON object"),
        (None, "Cannot read the form definition"),
    ],
)
def test_validate_bad_file_is_one_sentence_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "f.json"
    if content is not None:
        path.write_bytes(content)
    assert main(["forms", "validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert message in out + err


def test_validate_answers_lists_issues_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = json.loads(ANSWERS.read_text("utf-8"))
    assert main(["forms", "validate", str(EXAMPLE), "--answers", str(ANSWERS)]) == 0
    capsys.readouterr()
    answers["requesting_country"] = "Turkey"
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers), "utf-8")
    code = main(["forms", "validate", str(EXAMPLE), "--answers", str(path), "--language", "tr"])
    assert code == 1
    out, err = capsys.readouterr()
    assert out.strip() == "requesting_country: Listeden bir ülke seçin."
    assert err.strip() == "The answers have 1 issue."


def test_import_xlsform_writes_a_valid_definition_and_lists_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsform(tmp_path / "form.xlsx")
    target = tmp_path / "form.json"
    assert main(["forms", "import-xlsform", str(source), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "settings!A2: warning: The form title has one language only" in out
    assert f"Wrote {target}" in out
    assert main(["forms", "validate", str(target)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["form.json", "form.xlsx"]


def test_import_xlsform_with_errors_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsform(
        tmp_path / "form.xlsx", survey=[["type", "name", "label"], ["integer", None, "Age"]]
    )
    target = tmp_path / "form.json"
    assert main(["forms", "import-xlsform", str(source), "-o", str(target)]) == 1
    out, err = capsys.readouterr()
    assert "survey!B2: The row has no name." in out
    assert "converting it" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["form.xlsx"]


def test_import_xlsform_replaces_output_only_on_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "form.json"
    target.write_text("previous", "utf-8")
    bad = write_xlsform(tmp_path / "bad.xlsx", survey=[["type", "name"], ["integer", None]])
    assert main(["forms", "import-xlsform", str(bad), "-o", str(target)]) == 1
    assert target.read_text("utf-8") == "previous"
    good = write_xlsform(tmp_path / "good.xlsx")
    assert main(["forms", "import-xlsform", str(good), "-o", str(target)]) == 0
    assert json.loads(target.read_text("utf-8"))["id"] == "intake_test"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx", "form.json", "good.xlsx"]


def test_import_of_a_non_spreadsheet_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "x.xlsx"
    source.write_text("hello", "utf-8")
    assert main(["forms", "import-xlsform", str(source), "-o", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "x.xlsx is not an .xlsx spreadsheet."
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"a": 1, "a": 2}', "The key 'a' appears twice in one object of the answers file."),
        (b"{", "The answers file is not valid JSON (line 1, column 2)."),
        (b'{"n": NaN}', "The answers file contains NaN, which JSON does not allow."),
    ],
)
def test_validate_refuses_a_broken_answers_file_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(content)
    assert main(["forms", "validate", str(EXAMPLE), "--answers", str(path)]) == 1
    assert capsys.readouterr().err.strip() == message
