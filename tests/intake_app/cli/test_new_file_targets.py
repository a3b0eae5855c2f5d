"""Commands that write a new file say plainly when its folder is missing, before unlocking.

`intake backup -o nodir/b` used to say "A file operation failed (nodir/.b.<random>.tmp):
No such file or directory." - naming a temporary file the person never chose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crypto.testing import fast_kdf_params
from intake_app.cli import main

COMMANDS = [
    ["backup", "-o"],
    ["identity", "card", "-o"],
    ["identity", "card", "--text", "-o"],
    ["identity", "export-age", "-o"],
]


@pytest.fixture(autouse=True)
def _fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("intake_app.core.vault.calibrate", lambda: fast_kdf_params())


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:-1]))
def test_a_missing_folder_is_one_sentence_before_the_passphrase_is_asked(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pw").write_text("passphrase\n")
    vault = str(tmp_path / "vault")
    assert main(["init", "--vault", vault, "--passphrase-file", str(tmp_path / "pw")]) == 0
    capsys.readouterr()
    target = tmp_path / "missing" / "out"
    # No --passphrase-file and no terminal: asking for the passphrase would fail differently.
    code = main(["--vault", vault, *command, str(target)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == f"The folder {target.parent} does not exist."
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:-1]))
def test_an_existing_file_is_never_overwritten(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "taken"
    target.write_bytes(b"keep me")
    code = main(["--vault", str(tmp_path / "vault"), *command, str(target)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == f"{target} already exists; choose a new file name."
    assert target.read_bytes() == b"keep me"
