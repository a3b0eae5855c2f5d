"""The vault subcommands, run in-process (fast KDF) and, for a few, as real processes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from intake_app.cli import main
from intake_app.core.vault import unlock_vault


@pytest.fixture(autouse=True)
def _fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI calibrates Argon2id to ~0.5 s; in-process tests use the test double instead.
    monkeypatch.setattr("intake_app.core.vault.calibrate", lambda: fast_kdf_params())


@pytest.fixture
def pw(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_bytes(b"first passphrase\n")
    return path


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_init_then_check_prints_ok(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    assert main(["init", "--vault", str(vault), "--passphrase-file", str(pw)]) == 0
    assert main(["--vault", str(vault), "--passphrase-file", str(pw), "check"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "ok"


def test_check_json_reports_ok(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    capsys.readouterr()
    assert main(["check", "--json", "--vault", str(vault), "--passphrase-file", str(pw)]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "problems": [], "vault": str(vault)}


def test_init_over_existing_vault_fails_with_one_sentence(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    before = _hashes(vault)
    capsys.readouterr()
    assert main(["init", "--vault", str(vault), "--passphrase-file", str(pw)]) == 1
    assert _one_sentence(capsys.readouterr().err) == "A vault already exists in this folder."
    assert _hashes(vault) == before


def test_wrong_passphrase_fails_and_changes_no_byte(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    before = _hashes(vault)
    wrong = tmp_path / "wrong.txt"
    wrong.write_bytes(b"guess")
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(wrong)]) == 1
    assert _one_sentence(capsys.readouterr().err) == "The passphrase is not correct."
    assert _hashes(vault) == before


def test_passwd_rewraps_key_and_leaves_database_bytes_identical(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    db_before = (vault / "vault.db").read_bytes()
    key_before = (vault / "vault.key").read_bytes()
    new = tmp_path / "new.txt"
    new.write_bytes(b"second passphrase\n")
    args = ["passwd", "--vault", str(vault), "--passphrase-file", str(pw)]
    assert main([*args, "--new-passphrase-file", str(new)]) == 0
    assert (vault / "vault.db").read_bytes() == db_before
    assert (vault / "vault.key").read_bytes() != key_before
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(pw)]) == 1
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(new)]) == 0


def test_backup_and_restore_round_trip(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, copy, bak = tmp_path / "v", tmp_path / "copy", tmp_path / "v.backup"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    with unlock_vault(vault, b"first passphrase") as s:
        case = s.cases.create(form_id="f", form_version="1", form_hash="h", title="mine")
    assert (
        main(["backup", "-o", str(bak), "--vault", str(vault), "--passphrase-file", str(pw)]) == 0
    )
    assert main(["restore", str(bak), "--vault", str(copy), "--passphrase-file", str(pw)]) == 0
    with unlock_vault(copy, b"first passphrase") as s:
        assert s.cases.get(case.id).title == "mine"


def test_restore_into_non_empty_folder_is_refused(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, bak, other = tmp_path / "v", tmp_path / "v.backup", tmp_path / "other"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    main(["backup", "-o", str(bak), "--vault", str(vault), "--passphrase-file", str(pw)])
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    capsys.readouterr()
    assert main(["restore", str(bak), "--vault", str(other), "--passphrase-file", str(pw)]) == 1
    assert "not empty" in _one_sentence(capsys.readouterr().err)
    assert [p.name for p in other.iterdir()] == ["keep.txt"]


def test_backup_refuses_to_overwrite_a_file(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, bak = tmp_path / "v", tmp_path / "exists"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    bak.write_text("precious")
    capsys.readouterr()
    assert (
        main(["backup", "-o", str(bak), "--vault", str(vault), "--passphrase-file", str(pw)]) == 1
    )
    assert "already exists" in _one_sentence(capsys.readouterr().err)
    assert bak.read_text() == "precious"


def test_restore_of_missing_backup_file_is_one_sentence(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["restore", str(tmp_path / "nope"), "--vault", str(tmp_path / "v")]
    assert main([*args, "--passphrase-file", str(pw)]) == 1
    assert "no backup file" in _one_sentence(capsys.readouterr().err)
    assert not (tmp_path / "v").exists()


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    repo = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    env.pop("INTAKE_TESTING", None)  # a real run: production calibration, no test doubles
    return subprocess.run(
        [sys.executable, "-m", "intake_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_real_process_init_and_check_with_calibrated_kdf(tmp_path: Path, pw: Path) -> None:
    vault = tmp_path / "v"
    created = _run(["init", "--vault", str(vault), "--passphrase-file", str(pw)], tmp_path)
    assert created.returncode == 0, created.stderr
    checked = _run(["--vault", str(vault), "check", "--passphrase-file", str(pw)], tmp_path)
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")


def test_real_process_without_passphrase_source_fails_cleanly(tmp_path: Path) -> None:
    result = _run(["init", "--vault", str(tmp_path / "v")], tmp_path)
    assert result.returncode == 1
    assert _one_sentence(result.stderr).startswith("No passphrase")
    assert not (tmp_path / "v").exists()


def _damage_key(vault: Path) -> None:
    (vault / "vault.key").write_bytes((vault / "vault.key").read_bytes()[:50])


def _damage_first_page(vault: Path) -> None:
    raw = bytearray((vault / "vault.db").read_bytes())
    raw[64] ^= 0xFF
    (vault / "vault.db").write_bytes(bytes(raw))


@pytest.mark.parametrize(
    ("damage", "sentence"),
    [
        (_damage_key, "The vault's key file is damaged; restore the vault from a backup."),
        (_damage_first_page, "The vault's database is damaged; restore the vault from a backup."),
        (lambda v: (v / "vault.key").unlink(), "This folder is not a vault."),
        (lambda v: None, "ok"),
    ],
)
def test_check_names_what_is_wrong_in_one_sentence(
    tmp_path: Path,
    pw: Path,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[Path], None],
    sentence: str,
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    damage(vault)
    before = _hashes(vault)
    capsys.readouterr()
    status = main(["check", "--vault", str(vault), "--passphrase-file", str(pw)])
    captured = capsys.readouterr()
    if sentence == "ok":
        assert (status, captured.out.strip()) == (0, "ok")
    else:
        assert status == 1
        assert _one_sentence(captured.err) == sentence
    assert _hashes(vault) == before


def test_check_of_a_missing_vault_says_so(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--vault", str(tmp_path / "none"), "--passphrase-file", str(pw)]) == 1
    assert _one_sentence(capsys.readouterr().err) == "There is no vault in this folder."
    assert not (tmp_path / "none").exists()


def test_restore_of_altered_backup_is_refused(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, bak = tmp_path / "v", tmp_path / "v.backup"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    main(["backup", "-o", str(bak), "--vault", str(vault), "--passphrase-file", str(pw)])
    raw = bytearray(bak.read_bytes())
    raw[-100] ^= 0x01
    bak.write_bytes(bytes(raw))
    capsys.readouterr()
    args = ["restore", str(bak), "--vault", str(tmp_path / "r"), "--passphrase-file", str(pw)]
    assert main(args) == 1
    assert _one_sentence(capsys.readouterr().err) == (
        "The backup file is damaged or was altered; nothing was restored."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pass.txt", "v", "v.backup"]


def test_check_while_open_elsewhere_says_so(
    tmp_path: Path, pw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.intake_app.core.helpers import python_child
    from tests.intake_app.core.test_bad_input import _HOLD_OPEN

    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    child = python_child(_HOLD_OPEN, str(vault), "first passphrase")
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        capsys.readouterr()
        assert main(["check", "--vault", str(vault), "--passphrase-file", str(pw)]) == 1
        assert _one_sentence(capsys.readouterr().err) == (
            "This vault is open in another window or program."
        )
    finally:
        child.communicate("\n", timeout=30)


class _Terminal:
    """Stands in for a person at a terminal: answers getpass prompts in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
        self.prompts: list[str] = []
        self._answers = iter(answers)
        monkeypatch.setattr("sys.stdin.isatty", lambda: True)
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def _getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return next(self._answers)


def test_init_at_a_terminal_asks_twice_and_creates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _Terminal(monkeypatch, ["Şifrem güçlü", "Şifrem güçlü"])
    assert main(["init", "--vault", str(tmp_path / "v")]) == 0
    assert len(terminal.prompts) == 2
    with unlock_vault(tmp_path / "v", "Şifrem güçlü".encode()):
        pass


def test_init_with_two_different_passphrases_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _Terminal(monkeypatch, ["one passphrase", "another one"])
    assert main(["init", "--vault", str(tmp_path / "v")]) == 1
    assert _one_sentence(capsys.readouterr().err) == (
        "The two passphrases differ; nothing was changed."
    )
    assert not (tmp_path / "v").exists()


def test_passwd_at_a_terminal_asks_current_then_new_twice(
    tmp_path: Path, pw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    terminal = _Terminal(monkeypatch, ["first passphrase", "new one", "new one"])
    assert main(["passwd", "--vault", str(vault)]) == 0
    assert len(terminal.prompts) == 3
    unlock_vault(vault, b"new one").close()


def test_backup_at_a_terminal_shows_progress_up_to_100(
    tmp_path: Path, pw: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "v"
    main(["init", "--vault", str(vault), "--passphrase-file", str(pw)])
    capsys.readouterr()
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    args = ["backup", "-o", str(tmp_path / "b"), "--vault", str(vault), "--passphrase-file"]
    assert main([*args, str(pw)]) == 0
    err = capsys.readouterr().err
    assert err.endswith("\rBacking up: 100%\n")


@pytest.mark.parametrize(
    ("passphrase", "warned"),
    [(b"password1\n", True), (b"plum kettle orbit seventeen lantern\n", False)],
)
def test_init_warns_about_an_easily_guessed_passphrase_but_creates_the_vault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], passphrase: bytes, warned: bool
) -> None:
    pw = tmp_path / "pass.txt"
    pw.write_bytes(passphrase)
    assert main(["init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(pw)]) == 0
    err = capsys.readouterr().err
    assert ("easy to guess" in err) is warned
    assert "password1" not in err  # the passphrase itself is never echoed
