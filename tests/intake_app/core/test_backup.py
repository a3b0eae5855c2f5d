"""Encrypted single-file backups: round trip, verification, refusal of altered files."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from intake_app.core.errors import (
    BackupCorruptError,
    BackupTargetError,
    FolderNotEmptyError,
    VaultExistsError,
    WrongPassphraseError,
)
from intake_app.core.vault import Session, restore_backup, unlock_vault
from tests.conftest import PASSPHRASE
from tests.intake_app.core.helpers import vault_content

MakeVault = Callable[..., Session]


def _backed_up(make_vault: MakeVault, tmp_path: Path) -> tuple[Path, Path]:
    s = make_vault()
    case = s.cases.create(form_id="f", form_version="1", form_hash="h", answers={"k": "v"})
    s.attachments.add(case.id, io.BytesIO(b"A" * 150_000), "a.bin", "x/y")
    s.attachments.add(case.id, io.BytesIO(b""), "empty.bin", "x/y")
    s.settings.neutral_title = True
    bak = tmp_path / "vault.backup"
    s.backup(bak)
    s.close()
    return s.path, bak


def test_restored_vault_holds_the_same_content(make_vault: MakeVault, tmp_path: Path) -> None:
    vault, bak = _backed_up(make_vault, tmp_path)
    restore_backup(bak, tmp_path / "restored", PASSPHRASE)
    assert vault_content(tmp_path / "restored", PASSPHRASE) == vault_content(vault, PASSPHRASE)


def test_restore_into_existing_empty_folder_works(make_vault: MakeVault, tmp_path: Path) -> None:
    _vault, bak = _backed_up(make_vault, tmp_path)
    (tmp_path / "empty").mkdir()
    restore_backup(bak, tmp_path / "empty", PASSPHRASE)
    unlock_vault(tmp_path / "empty", PASSPHRASE).close()


def test_backup_reports_progress_up_to_the_total(make_vault: MakeVault, tmp_path: Path) -> None:
    s = make_vault()
    seen: list[tuple[int, int]] = []
    s.backup(tmp_path / "b", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_backup_never_overwrites(make_vault: MakeVault, tmp_path: Path) -> None:
    s = make_vault()
    (tmp_path / "b").write_text("keep")
    with pytest.raises(BackupTargetError):
        s.backup(tmp_path / "b")
    assert (tmp_path / "b").read_text() == "keep"


def _leftovers(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-1],  # truncated by one byte
        lambda b: b[: len(b) // 2],  # truncated in the middle
        lambda b: b + b"\0",  # extended
        lambda b: _flip(b, len(b) // 2),  # a byte in the payload
        lambda b: _flip(b, len(b) - 5),  # a byte in the end frame's tag
        lambda b: _flip(b, 8),  # the format version
        lambda b: _flip(b, 9 + 129 + 3),  # the salt
        lambda b: b"NOTABACKUP" + b[10:],
    ],
)
def test_altered_backup_is_refused_and_leaves_nothing(
    make_vault: MakeVault, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    _vault, bak = _backed_up(make_vault, tmp_path)
    bak.write_bytes(damage(bak.read_bytes()))
    before = _leftovers(tmp_path)
    with pytest.raises(BackupCorruptError) as info:
        restore_backup(bak, tmp_path / "restored", PASSPHRASE)
    assert str(info.value) == "The backup file is damaged or was altered; nothing was restored."
    assert not (tmp_path / "restored").exists()
    assert _leftovers(tmp_path) == before


def _flip(data: bytes, at: int) -> bytes:
    raw = bytearray(data)
    raw[at] ^= 0x01
    return bytes(raw)


def test_backup_with_wrong_passphrase_is_refused(make_vault: MakeVault, tmp_path: Path) -> None:
    _vault, bak = _backed_up(make_vault, tmp_path)
    with pytest.raises(WrongPassphraseError):
        restore_backup(bak, tmp_path / "restored", b"wrong")
    assert not (tmp_path / "restored").exists()


def test_backup_opens_with_the_passphrase_current_when_written(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    s = make_vault()
    s.backup(tmp_path / "old")
    s.change_passphrase(b"new passphrase")
    s.backup(tmp_path / "new")
    restore_backup(tmp_path / "old", tmp_path / "r1", PASSPHRASE)
    restore_backup(tmp_path / "new", tmp_path / "r2", b"new passphrase")
    with pytest.raises(WrongPassphraseError):
        restore_backup(tmp_path / "new", tmp_path / "r3", PASSPHRASE)


def test_restore_refuses_a_vault_or_a_non_empty_folder(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    vault, bak = _backed_up(make_vault, tmp_path)
    with pytest.raises(VaultExistsError):
        restore_backup(bak, vault, PASSPHRASE)
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x").write_text("x")
    with pytest.raises(FolderNotEmptyError):
        restore_backup(bak, tmp_path / "busy", PASSPHRASE)
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["x"]


def test_backup_leaves_no_snapshot_in_the_vault(make_vault: MakeVault, tmp_path: Path) -> None:
    s = make_vault()
    before = sorted(p.name for p in s.path.iterdir())
    s.backup(tmp_path / "b")
    assert sorted(p.name for p in s.path.iterdir()) == before
