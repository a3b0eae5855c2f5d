"""``intake forms list/show/add`` and ``intake case ...``, run in-process on a fast-KDF vault."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.intake_app.cases.conftest import INTERPOL_ANSWERS, Cli, gps_jpeg, has_gps, write_json
from tests.intake_app.cases.test_form_registry import SMALL_FORM
from tests.intake_app.core.helpers import folder_hashes


def _new(cli: Cli, tmp_path: Path, *extra: str) -> str:
    answers = write_json(tmp_path / "answers.json", INTERPOL_ANSWERS)
    status, out, err = cli(
        "case", "new", "--form", "interpol_abuse", "--answers", str(answers), *extra
    )
    assert status == 0, err
    return out.strip()


def test_forms_list_shows_builtin_and_vault_forms(cli: Cli, tmp_path: Path) -> None:
    form = write_json(tmp_path / "form.json", SMALL_FORM)
    status, out, _err = cli("forms", "add", str(form))
    assert status == 0 and out.startswith("Added form ngo-intake version 1")
    listed = {f["id"]: f for f in cli.json("forms", "list")}
    assert listed["interpol_abuse"]["origin"] == "builtin"
    assert listed["ngo-intake"]["origin"] == "vault"
    assert listed["ngo-intake"]["title"] == "NGO intake"
    status, out, _err = cli("forms", "list", "--language", "ru")
    assert "Анкета НКО" in out


def test_forms_show_gives_questions_in_the_chosen_language(cli: Cli) -> None:
    status, out, _err = cli("forms", "show", "interpol_abuse", "--language", "ru")
    assert status == 0
    assert "requesting_country (country): Какая страна направила запрос?" in out
    data = cli.json("forms", "show", "interpol_abuse")
    assert len(data["hash"]) == 64 and data["definition"]["id"] == "interpol_abuse"


def test_forms_add_lists_every_problem_and_adds_nothing(cli: Cli, tmp_path: Path) -> None:
    bad = dict(SMALL_FORM, version="2", title={"en": "x"})  # 'ru' title missing
    bad["pages"] = [dict(SMALL_FORM["pages"][0], items=[{"name": "a", "type": "nope"}])]
    path = write_json(tmp_path / "bad.json", bad)
    before = folder_hashes(cli.vault)
    status, _out, err = cli("forms", "add", str(path))
    assert status == 1
    lines = err.strip().splitlines()
    assert lines[0] == "/title: The text in 'ru' is missing."
    assert any(ln.startswith("/pages/0/items/0/type: ") for ln in lines)
    assert lines[-1] == "The form definition has 3 problems and cannot be used. Nothing was added."
    assert folder_hashes(cli.vault) == before


def test_unknown_form_is_one_sentence(cli: Cli, tmp_path: Path) -> None:
    answers = write_json(tmp_path / "a.json", {})
    status, _out, err = cli("case", "new", "--form", "nope", "--answers", str(answers))
    assert status == 1
    assert err.strip() == "There is no such form in this vault; see 'intake forms list'."


def test_case_new_prints_the_id_and_what_metadata_was_removed(cli: Cli, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    answers = write_json(tmp_path / "answers.json", INTERPOL_ANSWERS)
    status, out, err = cli(
        "case", "new", "--form", "interpol_abuse", "--answers", str(answers),
        "--attach", f"ev_notice={photo}",
    )  # fmt: skip
    assert status == 0, err
    case_id = out.strip()
    assert "photo.jpg: removed location (GPS coordinates)" in err
    with cli.open() as s:
        case = s.cases.get(case_id)
        (att,) = s.attachments.for_case(case_id)
        assert case.answers["ev_notice"] == [att.id]
        assert not has_gps(s.attachments.read_all(att.id))


def test_case_new_with_keep_metadata_warns_and_keeps_it(cli: Cli, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    case_id = _new(cli, tmp_path, "--attach", str(photo), "--keep-metadata")
    with cli.open() as s:
        (att,) = s.attachments.for_case(case_id)
        assert has_gps(s.attachments.read_all(att.id))


def test_invalid_answers_list_every_issue_exit_1_and_change_no_byte(
    cli: Cli, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    answers = write_json(
        tmp_path / "bad.json",
        {"requesting_country": "XX", "was_detained": "maybe", "extra": 1},
    )
    before = folder_hashes(cli.vault)
    status, out, err = cli(
        "case", "new", "--form", "interpol_abuse", "--answers", str(answers),
        "--attach", str(photo),
    )  # fmt: skip
    assert status == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[-1] == "4 answers need to be corrected; nothing was saved."
    paths = {ln.split(": ", 1)[0] for ln in lines[:-1]}
    assert paths == {"requesting_country", "was_detained", "extra", "request_types"}
    assert folder_hashes(cli.vault) == before


def test_answers_that_are_not_json_are_one_sentence(cli: Cli, tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_text("{not json", "utf-8")
    status, _out, err = cli("case", "new", "--form", "interpol_abuse", "--answers", str(answers))
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "not valid JSON" in err


def test_missing_attachment_file_saves_nothing(cli: Cli, tmp_path: Path) -> None:
    before = folder_hashes(cli.vault)
    answers = write_json(tmp_path / "answers.json", INTERPOL_ANSWERS)
    status, _out, err = cli(
        "case", "new", "--form", "interpol_abuse", "--answers", str(answers),
        "--attach", str(tmp_path / "nothing.jpg"),
    )  # fmt: skip
    assert status == 1 and "nothing was saved" in err
    assert folder_hashes(cli.vault) == before


def test_case_list_and_show_render_labels_and_attachments(cli: Cli, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    case_id = _new(cli, tmp_path, "--attach", str(photo))
    listed = cli.json("case", "list")
    assert [c["id"] for c in listed] == [case_id]
    assert listed[0]["form"]["id"] == "interpol_abuse"

    status, out, _err = cli("case", "show", case_id[:8], "--language", "ru")
    assert status == 0
    assert "Какая страна направила запрос? Турция" in out
    assert "В какой стране? Германия" in out
    assert "metadata removed: location (GPS coordinates)" in out

    data = cli.json("case", "show", case_id, "--language", "tr")
    assert data["answers"] == INTERPOL_ANSWERS
    assert data["attachments"][0]["name"] == "photo.jpg"
    assert data["attachments"][0]["size"] > 0
    assert "location (GPS coordinates)" in data["attachments"][0]["metadata_removed"]
    labels = {ln["path"]: ln["value"] for ln in data["rendered"] if ln["value"]}
    assert labels["was_detained"] == "Evet"
    assert [h["event"] for h in data["history"]] == ["case_created", "attachment_added"]


def test_case_attach_adds_a_file_to_an_existing_case(cli: Cli, tmp_path: Path) -> None:
    case_id = _new(cli, tmp_path)
    doc = tmp_path / "letter.txt"
    doc.write_text("letter", "utf-8")
    status, out, err = cli("case", "attach", case_id[:6], str(doc), "--field", "ev_other")
    assert status == 0, err
    with cli.open() as s:
        (att,) = s.attachments.for_case(case_id)
        assert att.id == out.strip()
        assert s.cases.get(case_id).answers["ev_other"] == [att.id]


def test_case_delete_needs_yes_outside_a_terminal_then_removes_files(
    cli: Cli, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    case_id = _new(cli, tmp_path, "--attach", str(photo))
    attachments = cli.vault / "attachments"
    assert len(list(attachments.iterdir())) == 1

    status, _out, err = cli("case", "delete", case_id)
    assert status == 1 and "--yes" in err
    assert len(list(attachments.iterdir())) == 1

    status, out, _err = cli("case", "delete", case_id[:8], "--yes")
    assert status == 0 and case_id in out
    assert list(attachments.iterdir()) == []
    assert cli.json("case", "list") == []
    status, _out, err = cli("case", "show", case_id)
    assert status == 1
    assert err.strip() == "There is no case with this id in the vault; see 'intake case list'."


def test_forms_validate_from_the_forms_helper_still_works(cli: Cli, tmp_path: Path) -> None:
    form = write_json(tmp_path / "form.json", SMALL_FORM)
    status, out, _err = cli("forms", "validate", str(form))
    assert status == 0 and out.strip() == "ok"
    assert json.loads(cli("forms", "validate", str(form), "--json")[1])["id"] == "ngo-intake"


def test_case_new_reads_answers_from_standard_input(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(INTERPOL_ANSWERS).encode()))
    )
    status, out, err = cli("case", "new", "--form", "interpol_abuse", "--answers", "-")
    assert status == 0, err
    with cli.open() as s:
        assert s.cases.get(out.strip()).answers == INTERPOL_ANSWERS


def test_case_show_never_prints_terminal_escapes_from_case_content(
    cli: Cli, tmp_path: Path
) -> None:
    answers = {**INTERPOL_ANSWERS, "stated_charges": "line one\nline two \x1b]0;owned\x07 \u202e"}
    path = write_json(tmp_path / "a.json", answers)
    status, out, err = cli(
        "case", "new", "--form", "interpol_abuse", "--answers", str(path),
        "--title", "title \x1b[2J here",
    )  # fmt: skip
    assert status == 0, err
    case_id = out.strip()
    for args in (("case", "show", case_id), ("case", "list")):
        status, out, _err = cli(*args)
        assert status == 0
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "title \ufffd[2J here" in out
    status, out, _err = cli("case", "show", case_id)
    assert "line one\n" in out and "line two" in out


def test_forms_show_accepts_the_content_hash_a_case_names(cli: Cli, tmp_path: Path) -> None:
    case_id = _new(cli, tmp_path)
    form_hash = cli.json("case", "show", case_id)["form"]["hash"]
    data = cli.json("forms", "show", form_hash)
    assert data["hash"] == form_hash and data["id"] == "interpol_abuse"
