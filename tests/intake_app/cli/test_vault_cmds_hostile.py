"""Hostile uses of the vault commands: one sentence, a non-zero exit, nothing changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from intake_app.cli import main


@pytest.fixture(autouse=True)
def _fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI calibrates Argon2id to ~0.5 s; in-process tests use the test double instead.
    monkeypatch.setattr("intake_app.core.vault.calibrate", lambda: fast_kdf_params())


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    pw = tmp_path / "pw"
    pw.write_bytes(b"first passphrase\n")
    assert main(["init", "--vault", str(path), "--passphrase-file", str(pw)]) == 0
    return path


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("command", ["init", "restore"])
def test_init_or_restore_inside_a_vault_is_refused_before_the_prompt(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    backup = tmp_path / "some.backup"
    backup.write_bytes(b"IDBACKUP")  # never read: the folder is refused first
    before = _hashes(vault)
    capsys.readouterr()
    args = [command] + ([str(backup)] if command == "restore" else [])
    # No --passphrase-file and stdin not a terminal: reaching the prompt would fail with
    # another sentence, so this also shows the folder is checked before asking.
    assert main([*args, "--vault", str(vault / "inner")]) == 1
    err = capsys.readouterr().err
    assert err == "This folder is inside another vault; choose a folder outside it.\n"
    assert _hashes(vault) == before
    assert not (vault / "inner").exists()


def test_backup_into_a_missing_folder_names_the_folder_before_the_prompt(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _hashes(vault)
    capsys.readouterr()
    # No --passphrase-file: the sentence below shows it was refused before asking.
    dest = tmp_path / "no such folder" / "vault.backup"
    assert main(["backup", "--vault", str(vault), "-o", str(dest)]) == 1
    err = capsys.readouterr().err
    assert err == f"There is no folder {dest.parent}; create it or choose another place.\n"
    assert _hashes(vault) == before
    assert not dest.parent.exists()


def test_passphrase_file_saved_with_a_byte_order_mark_and_crlf_still_unlocks(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What Windows Notepad (before 2019) saves for the line "first passphrase".
    windows = tmp_path / "pw-windows.txt"
    windows.write_bytes(b"\xef\xbb\xbffirst passphrase\r\n")
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(windows)]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_passphrase_file_holding_only_a_byte_order_mark_is_empty(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bom_only = tmp_path / "pw-bom.txt"
    bom_only.write_bytes(b"\xef\xbb\xbf\n")
    before = _hashes(vault)
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(bom_only)]) == 1
    assert capsys.readouterr().err == f"The passphrase file {bom_only} is empty.\n"
    assert _hashes(vault) == before
