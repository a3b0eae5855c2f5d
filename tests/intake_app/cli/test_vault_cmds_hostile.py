"""Hostile uses of the vault commands: one sentence, a non-zero exit, nothing changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
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
    assert err == f"The folder {dest.parent} does not exist.\n"
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


REPO = Path(__file__).resolve().parents[3]
DENIED = "Intake Desk may not read or write here (read-only disk or another user's files).\n"


def _as_an_ordinary_user() -> list[str]:
    """A command prefix under which file permissions apply (root overrides them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root without setpriv cannot give up its file permission override")
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, "--bounding-set", caps, "--inh-caps", caps]


@pytest.mark.parametrize(
    ("target", "mode", "command"),
    [
        ("vault.key", 0o000, ["check"]),  # was: "the key file is damaged; restore a backup"
        ("vault.lock", 0o400, ["check"]),
        (".", 0o500, ["passwd", "--new-passphrase-file", "{new}"]),  # no new key file
        ("vault.db", 0o000, ["check"]),  # was: "Internal error (OperationalError)"
        ("vault.db", 0o400, ["case", "new", "--form", "whistleblower", "--answers", "{ans}"]),
    ],
)
def test_files_the_user_may_not_use_are_named_as_such_not_as_damage(
    vault: Path, tmp_path: Path, target: str, mode: int, command: list[str]
) -> None:
    pw = tmp_path / "pw"
    answers = tmp_path / "answers.json"
    answers.write_text(
        '{"organisation": "o", "witnessed": "w", "consent_publish": "yes_anonymous",'
        ' "consent_share": "no"}'
    )
    new = tmp_path / "new-pw"
    new.write_bytes(b"violin harbour tractor orange 42\n")  # strong: no warning line
    before = _hashes(vault)
    (vault / target).chmod(mode)
    try:
        args = [a.format(ans=answers, new=new) for a in command]
        args += ["--vault", str(vault), "--passphrase-file", str(pw)]
        result = subprocess.run(
            [*_as_an_ordinary_user(), sys.executable, "-m", "intake_app", *args],
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        (vault / target).chmod(0o700 if target == "." else 0o600)
    assert (result.returncode, result.stderr) == (1, DENIED)
    assert _hashes(vault) == before
